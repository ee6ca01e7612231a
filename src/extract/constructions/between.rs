//! "Talks between Kerry and Lavrov": the between-phrase after an event noun names the parties,
//! who relate to one another.

use super::cue::{Applies, Args, Construction, Cue};
use crate::extract::noun_args::AgentsFrom;

/// "talks between Kerry and Lavrov".
pub(super) const BETWEEN: Construction = Construction {
    name: "between",
    example: "talks between Kerry and Lavrov",
    find,
};

fn find(c: &mut Cue, a: &mut Args) -> Applies {
    c.read_noun_phrase(a, AgentsFrom::Between)
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
