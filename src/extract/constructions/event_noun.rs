//! The event noun's own phrase: its possessor or modifiers act ("Putin's proposal", "Kerry
//! Lavrov talks", "a proposal made by Putin") on its prepositional object ("to Trump").

use super::cue::{Applies, Args, Construction, Cue};
use crate::extract::noun_args::AgentsFrom;

/// "Putin's proposal to Trump", "a proposal made by Putin".
pub(super) const EVENT_NOUN: Construction = Construction {
    name: "event noun",
    example: "Putin's proposal to Trump",
    find,
};

fn find(c: &mut Cue, a: &mut Args) -> Applies {
    c.read_noun_phrase(a, AgentsFrom::Phrase)
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    #[test]
    fn event_noun_table() {
        check(&[
            (
                "Putin's proposal to Trump was discussed.",
                &["putin proposed trump"],
            ),
            (
                "A proposal made by Putin to Trump surprised many.",
                &["putin proposed trump"],
            ),
            (
                "The criticism of Putin by Merkel grew.",
                &["merkel criticized putin"],
            ),
            // rejected: a place before the noun says where, not who
            ("The Crimea talks with Putin stalled.", &[]),
        ]);
    }
}
