//! "Talks between Kerry and Lavrov": the between-phrase after an event noun names the parties,
//! who relate to one another.

use super::cue::{Applies, Args, Construction, Cue};
use crate::extract::emit::Object;
use crate::extract::noun_args::AgentsFrom;
use crate::model::Polarity;

/// "talks between Kerry and Lavrov".
pub(super) const BETWEEN: Construction = Construction {
    name: "between",
    example: "talks between Kerry and Lavrov",
    find,
};

fn find(c: &mut Cue, a: &mut Args) -> Applies {
    let p = c.noun_phrase();
    a.polarity = Polarity::from_flags(p.negated, false);
    if !p.objects.is_empty() {
        a.object = Object::Entities(p.objects.clone());
    }
    if p.agents_from != AgentsFrom::Between || p.agents.is_empty() {
        return Applies::No;
    }
    a.agents = p.agents.clone();
    Applies::Yes
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    #[test]
    fn between_table() {
        check(&[
            (
                "Talks between Kerry and Lavrov lasted five hours.",
                &["kerry met lavrov"],
            ),
            (
                "No talks between Merkel and Putin are planned.",
                &["merkel !met putin"],
            ),
            // rejected: a between-phrase of places, or with one party
            ("Talks between Crimea and Ukraine resumed.", &[]),
            ("The talks between Putin and the rebels stalled.", &[]),
        ]);
    }
}
