//! A fronted phrase: "After talks with Hollande, Merkel said ...": the noun in a phrase before
//! the main clause takes the main clause's subject as its agent.

use super::cue::{Applies, Args, Construction, Cue};
use crate::extract::args::subject_position;
use crate::extract::clause::starts_clause;
use crate::extract::coordination::group;
use crate::extract::emit::Object;
use crate::extract::items::Kind;
use crate::extract::sentence::{Reading, Sentence, Slot, reading};
use crate::lang::en::grammar::Word;
use crate::model::EntityIx;

/// "After talks with Trump, Merkel said".
pub(super) const FRONTED: Construction = Construction {
    name: "fronted phrase",
    example: "After talks with Trump, Merkel said ...",
    find,
};

fn find(c: &mut Cue, a: &mut Args) -> Applies {
    if matches!(a.object, Object::None) {
        return Applies::No;
    }
    match fronted_subject(c.s, c.t) {
        Some(g) if !g.is_empty() => {
            a.agents = g;
            Applies::Yes
        }
        _ => Applies::No,
    }
}

/// The subject of the main clause when the noun at `t` is in a phrase fronted before it. The
/// phrase opens the sentence with a preposition or subordinator, holds no verb, and ends in a
/// comma that the subject follows with its verb.
fn fronted_subject(s: &Sentence, t: usize) -> Option<Vec<EntityIx>> {
    if !matches!(
        s.items.first()?.kind,
        Kind::Word(Word::Prep(_) | Word::Subordinator)
    ) {
        return None;
    }
    let comma = (t + 1..s.items.len()).find(|&k| matches!(s.items[k].kind, Kind::Punct(b',')))?;
    let verb_before = s.items[1..comma].iter().enumerate().any(|(j, it)| match it.kind {
        Kind::Trigger { verb, noun, .. } => matches!(reading(s, j + 1, verb, noun), Reading::Verb(..)),
        Kind::Word(Word::Be | Word::Have | Word::Modal | Word::Speech) => true,
        _ => false,
    });
    let subject = comma + 1;
    let Kind::Mention(m) = s.items.get(subject)?.kind else {
        return None;
    };
    if verb_before || !subject_position(s, m, subject) {
        return None;
    }
    starts_clause(s, subject).then(|| group(s, subject, Slot::Agent))
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    #[test]
    fn fronted_table() {
        check(&[
            (
                "After talks with Trump, Merkel said the plan was sound.",
                &["merkel met trump"],
            ),
            (
                "During a meeting with Putin, Merkel criticized Trump.",
                &["merkel criticized trump", "merkel met putin"],
            ),
            // rejected: a fronted phrase with a verb, a subject after a preposition
            (
                "After Merkel held talks with Trump, it rained.",
                &["merkel met trump"],
            ),
            ("After talks with Trump, in Moscow, nothing changed.", &[]),
        ]);
    }
}
