//! Negation and hedging: "did not meet", "refused to meet", "may meet", "plans to meet", and the
//! infinitive that reports an intention ("to meet") rather than an act.

use super::items::Kind;
use super::phrase::raising;
use super::sentence::Sentence;
use crate::lang::en::grammar::{Prep, Word};
use crate::model::Polarity;

/// The polarity of the trigger or support verb at `t`: negation and hedging in the few items
/// before it, and hedging by an infinitive.
pub(super) fn polarity(s: &Sentence, t: usize) -> Polarity {
    marked_before(s, t).and(Polarity::from_flags(false, infinitive(s, t)))
}

/// Negation and hedging in the few items before a trigger or support verb.
fn marked_before(s: &Sentence, t: usize) -> Polarity {
    let (mut negated, mut hedged) = (false, false);
    for j in (t.saturating_sub(5)..t).rev() {
        match s.items[j].kind {
            Kind::Word(Word::Negator | Word::NegatingVerb) => negated = true,
            Kind::Trigger {
                word: Some(Word::Negator | Word::NegatingVerb),
                ..
            } => negated = true,
            Kind::Word(Word::Modal) => hedged = true,
            Kind::Word(Word::Speech) if raising(s, j) => hedged = true,
            Kind::Word(Word::Plan) => hedged = true,
            Kind::Word(Word::Be | Word::Have | Word::Do | Word::Prep(Prep::To) | Word::Support) => {}
            Kind::Other { cap: false, .. } | Kind::Punct(b'"') => {}
            _ => break,
        }
    }
    Polarity::from_flags(negated, hedged)
}

/// "to meet", "to invite": an infinitive reports an intention, not an act, unless a causative
/// verb governs it ("prompted the United States to impose sanctions").
fn infinitive(s: &Sentence, t: usize) -> bool {
    if t == 0 || !matches!(s.items[t - 1].kind, Kind::Word(Word::Prep(Prep::To))) {
        return false;
    }
    let causative = (t.saturating_sub(14)..t - 1)
        .rev()
        .any(|j| match s.items[j].kind {
            Kind::Other { cap: false, .. } => matches!(
                s.text[s.items[j].start..s.items[j].end]
                    .to_ascii_lowercase()
                    .as_str(),
                "prompted" | "forced" | "led" | "caused" | "compelled" | "pushed" | "drove"
            ),
            _ => false,
        });
    !causative
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    #[test]
    fn polarity_table() {
        check(&[
            ("Kerry did not meet Lavrov.", &["kerry !met lavrov"]),
            ("Kerry might meet Lavrov.", &["kerry ?met lavrov"]),
            ("Trump wants to meet Putin.", &["putin ?met trump"]),
            (
                "Russia refused to support Ukraine.",
                &["russia !supported ukraine"],
            ),
            ("Putin never visited Washington.", &["putin !visited washington"]),
        ]);
    }

    /// Raising: the subject of "is expected to", "is said to have" is the verb's, hedged.
    #[test]
    fn raising_table() {
        check(&[
            ("Merkel is expected to meet Putin.", &["merkel ?met putin"]),
            (
                "Merkel is said to have criticized Putin.",
                &["merkel ?criticized putin"],
            ),
            (
                "Merkel is believed to back Ukraine.",
                &["merkel ?supported ukraine"],
            ),
            // rejected: a speech verb that reports a clause keeps its speaker out
            ("Merkel said Putin criticized Trump.", &["putin criticized trump"]),
            (
                "Merkel expected Putin to back Ukraine.",
                &["putin ?supported ukraine"],
            ),
        ]);
    }
}
