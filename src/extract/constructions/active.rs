//! The active clause: the subject acts on the object ("Merkel criticized Putin"), across the
//! clause shapes the subject finder handles (coordinated verbs, participles, parentheticals,
//! relative pronouns, raising verbs).

use super::cue::{Applies, Args, Construction, Cue};
use crate::extract::args::{object, verb_subject};
use crate::extract::sentence::Slot;

/// "Merkel criticized Putin", "Kerry met Lavrov and accused Russia".
pub(super) const ACTIVE: Construction = Construction {
    name: "active",
    example: "Merkel criticized Putin",
    find,
};

fn find(c: &mut Cue, a: &mut Args) -> Applies {
    a.polarity = c.verb_group().0;
    if let Some(subj) = verb_subject(c.s, c.t, c.form, Slot::Agent) {
        a.agents = subj;
        a.object = object(c.s, c.t, c.def.objects, c.consumed);
    }
    Applies::Yes
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    /// What is discussed is no participant: the subjects discuss with each other and with a
    /// with-phrase.
    #[test]
    fn topic_table() {
        check(&[
            (
                "Merkel and Trump discussed trade and Ukraine.",
                &["merkel discussed trump"],
            ),
            (
                "Merkel discussed Ukraine with Putin.",
                &["merkel discussed putin"],
            ),
            ("Merkel discussed the Ukraine crisis.", &[]),
            ("Merkel discussed Russia.", &[]),
            ("Trump and Putin discussed proposals.", &["putin discussed trump"]),
        ]);
    }

    /// A verb the lexicon knows only as a verb is no verb after an article.
    #[test]
    fn article_table() {
        check(&[
            ("The criticized Putin met Merkel.", &["merkel met putin"]),
            ("Merkel felt the urge to meet Putin.", &["merkel ?met putin"]),
            // still verbs: after a name, an auxiliary, a pronoun
            ("Merkel urged Putin to act.", &["merkel urged putin"]),
            ("Merkel was criticized by Putin.", &["putin criticized merkel"]),
        ]);
    }

    /// A trigger noun in the object: its agent is the verb's object ("rejected a proposal made
    /// by Putin").
    #[test]
    fn object_noun_table() {
        check(&[
            (
                "Merkel rejected a proposal made by Putin.",
                &["merkel rejected putin"],
            ),
            ("Merkel rejected a proposal by Putin.", &["merkel rejected putin"]),
            (
                "Merkel rejected proposals from Putin.",
                &["merkel rejected putin"],
            ),
            // rejected: a proposal about an actor is none of theirs
            ("Merkel rejected a proposal about Putin.", &[]),
        ]);
    }
}
