//! The passive: "was rejected by Kerry" (the by-agent acts, the subject is the patient) and the
//! reduced passive "authorities backed by Russia".

use super::coordination::group;
use super::items::Kind;
use super::phrase::next_mention;
use super::sentence::{Sentence, Slot, arg};
use crate::dict::lexicon::ObjectKind;
use crate::lang::en::grammar::{Prep, Word};
use crate::model::EntityIx;

pub(super) fn is_passive(s: &Sentence, t: usize) -> bool {
    for j in (t.saturating_sub(3)..t).rev() {
        match s.items[j].kind {
            Kind::Word(Word::Be) => return true,
            Kind::Word(Word::Negator)
            | Kind::Other {
                cap: false,
                num: false,
            } => {}
            _ => return false,
        }
    }
    false
}

/// The agent of a passive: "was rejected by Kerry".
pub(super) fn by_agent(s: &Sentence, t: usize) -> Option<Vec<EntityIx>> {
    let end = (t + 6).min(s.items.len());
    for k in t + 1..end {
        if let Kind::Word(Word::Prep(Prep::By)) = s.items[k].kind {
            let m = next_mention(s, k)?;
            let g = group(s, m, Slot::Agent);
            return (!g.is_empty()).then_some(g);
        }
    }
    None
}

/// The patient of a reduced passive ("authorities backed by Russia"): the nearest mention to
/// the left, a possessor included ("Crimea's authorities ... backed by Russia").
pub(super) fn reduced_patient(s: &Sentence, t: usize, objects: ObjectKind) -> Option<Vec<EntityIx>> {
    for j in (t.saturating_sub(8)..t).rev() {
        match s.items[j].kind {
            Kind::Mention(_) => return arg(s, j, Slot::Object(objects)).map(|e| vec![e]),
            Kind::Word(Word::Speech | Word::That | Word::Relative | Word::Subordinator) => return None,
            Kind::Punct(b';' | b':' | b',') => return None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    #[test]
    fn passive_table() {
        check(&[
            ("Putin was criticized by Merkel.", &["merkel criticized putin"]),
            ("The offer was rejected by Kerry.", &[]),
            (
                "Ukraine backed by the United States criticized Russia.",
                &["ukraine criticized russia", "usa supported ukraine"],
            ),
        ]);
    }
}
