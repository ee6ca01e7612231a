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
    marked_before(s, t).and(Polarity::from_flags(false, infinitive(s, t) || denied(s, t)))
}

/// Whether the trigger at `t` is in a clause someone denies: "Putin denied that Russia had
/// annexed Crimea", "dismissed reports that ...". A denial leaves the claim unconfirmed: hedged.
fn denied(s: &Sentence, t: usize) -> bool {
    use crate::lang::en::grammar::{CLAIM_NOUNS, DENYING_VERBS};
    let denying = |j: usize| s.word_in(j, DENYING_VERBS);
    // "dismissed reports", "denied the claims" ("reports" may read as a speech verb)
    let denied_claim = |j: usize| s.word_in(j, CLAIM_NOUNS) && (j.saturating_sub(3)..j).any(denying);
    for j in (t.saturating_sub(12)..t).rev() {
        if denied_claim(j) {
            return true;
        }
        match s.items[j].kind {
            // "denied that", "dismissed reports that"
            Kind::Word(Word::That) => return j.checked_sub(1).is_some_and(|b| denying(b) || denied_claim(b)),
            Kind::Word(Word::NegatingVerb) if denying(j) => return true, // "denied Russia had"
            Kind::Word(Word::Speech | Word::Subordinator | Word::Relative | Word::And | Word::But)
            | Kind::Punct(b';' | b':' | b',') => {
                return false;
            }
            _ => {}
        }
    }
    false
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

    /// A denied claim is hedged; the denial itself is no relation of the claim's actors.
    #[test]
    fn denial_table() {
        check(&[
            (
                "Putin denied that Russia had criticized Ukraine.",
                &["russia ?criticized ukraine"],
            ),
            (
                "Putin denied Russia had criticized Ukraine.",
                &["russia ?criticized ukraine"],
            ),
            (
                "Putin dismissed reports that Russia had criticized Ukraine.",
                &["russia ?criticized ukraine"],
            ),
            (
                "Merkel dismissed reports she told Putin to leave.",
                &["merkel ?told putin"],
            ),
            // rejected: a claim no one denies, a denial that ended before the clause
            (
                "Putin said that Russia had criticized Ukraine.",
                &["russia criticized ukraine"],
            ),
            (
                "Putin denied the charge, and Russia criticized Ukraine.",
                &["russia criticized ukraine"],
            ),
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
