//! Where a clause starts: whether the mention at an item is the subject of a verb that follows
//! it ("... and Ukraine quickly welcomed the move", "suggested Howard was planning", "After
//! talks with Trump, Merkel said"). One test for coordination (an "and" that joins clauses), the
//! object search (a reported clause ends it) and fronted phrases (the main clause's subject).

use super::items::Kind;
use super::sentence::{Reading, Sentence, reading};
use crate::dict::lexicon::VerbForm;
use crate::lang::en::grammar::{Prep, Word, is_past_tense};

/// Adverbs that may stand between a subject and its verb ("Ukraine later met", "Russia also
/// criticized"); any other lower-case word ending in "-ly" is one too, but for these nouns.
const ADVERBS: &[&str] = &[
    "also",
    "later",
    "then",
    "again",
    "still",
    "already",
    "now",
    "soon",
    "once",
    "first",
    "today",
    "yesterday",
    "subsequently",
    "swiftly",
    "promptly",
    "quickly",
];
const LY_NOUNS: &[&str] = &[
    "ally", "family", "supply", "rally", "reply", "assembly", "anomaly", "monopoly", "belly", "jelly",
];

/// Whether the mention at item `m` starts a clause as its subject: after it, past adverbs and a
/// date ("on Monday"), comes a verb reading of a trigger, an auxiliary, a modal, a negation (not
/// "not to"), a verb of saying, a support verb ("welcomed") or a past tense ("wanted", "saw").
pub(super) fn starts_clause(s: &Sentence, m: usize) -> bool {
    let mut k = m + 1;
    let mut skipped = false;
    while k < s.items.len() && k <= m + 4 {
        match s.items[k].kind {
            Kind::Other {
                cap: false,
                num: false,
            } if adverb(s.word(k)) => {}
            // "Ukraine on Monday welcomed"
            Kind::Word(Word::Prep(Prep::On))
                if s.items
                    .get(k + 1)
                    .is_some_and(|x| matches!(x.kind, Kind::Other { cap: true, .. }))
                    && crate::text::dates::is_calendar_word(s.word(k + 1)) =>
            {
                k += 1;
            }
            _ => break,
        }
        skipped = true;
        k += 1;
    }
    match s.items.get(k).map(|x| x.kind) {
        // a headline's "Kerry Rejects Putin Talks": a trigger that may be a noun is one there
        Some(Kind::Trigger { noun: Some(_), .. }) if s.headline => false,
        Some(Kind::Trigger { verb, noun, .. }) => {
            matches!(reading(s, k, verb, noun), Reading::Verb(..))
                || (skipped && matches!(verb, Some((_, VerbForm::Past))))
        }
        Some(Kind::Word(Word::Negator)) => !matches!(
            s.items.get(k + 1).map(|x| x.kind),
            Some(Kind::Word(Word::Prep(Prep::To)))
        ),
        Some(Kind::Word(
            Word::Be
            | Word::Have
            | Word::Do
            | Word::Modal
            | Word::NegatingVerb
            | Word::Speech
            | Word::Support,
        )) => true,
        Some(Kind::Other {
            cap: false,
            num: false,
        }) => is_past_tense(s.word(k)),
        _ => false,
    }
}

fn adverb(w: &str) -> bool {
    ADVERBS.iter().any(|a| w.eq_ignore_ascii_case(a))
        || (w.len() > 4 && w.ends_with("ly") && !LY_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n)))
}

#[cfg(test)]
mod tests {
    use super::starts_clause;
    use crate::extract::testing::with_sentence;

    /// Whether a clause starts at the named mention: `(text, mention, starts)`.
    #[test]
    fn starts_clause_table() {
        let rows: &[(&str, &str, bool)] = &[
            // a verb, an auxiliary, a modal, a negation, a verb of saying
            ("Kerry met Lavrov.", "Kerry", true),
            ("Russia has annexed Crimea.", "Russia", true),
            ("Russia would never annex Crimea.", "Russia", true),
            ("Russia never criticized Ukraine.", "Russia", true),
            ("Lavrov said little.", "Lavrov", true),
            // a support verb, a past tense out of the lexicon
            ("Ukraine welcomed the move.", "Ukraine", true),
            ("Merkel suggested Russia wanted peace.", "Russia", true),
            ("Merkel suggested Russia saw a threat.", "Russia", true),
            // adverbs and a date before the verb
            ("Ukraine quickly welcomed the move.", "Ukraine", true),
            ("Lavrov later met Kerry.", "Lavrov", true),
            ("Russia also criticized Ukraine.", "Russia", true),
            ("Ukraine on Monday welcomed the move.", "Ukraine", true),
            // not a clause: the end, a conjunction, a preposition, a noun, "not to", a noun in -ly
            ("Putin met Kerry.", "Kerry", false),
            ("Putin met Kerry and Lavrov.", "Kerry", false),
            ("Putin met Kerry in Geneva.", "Kerry", false),
            ("Merkel urged Putin not to invade.", "Putin", false),
            ("Merkel urged Putin to talk.", "Putin", false),
            ("Merkel rejected a Russia proposal.", "Russia", false),
            ("Merkel met a Russia family friend.", "Russia", false),
            ("Merkel met Putin quickly.", "Putin", false),
            ("Merkel met Putin on Monday.", "Putin", false),
        ];
        let mut failures = Vec::new();
        for &(text, name, want) in rows {
            let got = with_sentence(text, |s, _| {
                let m = (0..s.items.len())
                    .find(|&k| {
                        matches!(s.items[k].kind, crate::extract::items::Kind::Mention(_))
                            && s.word(k) == name
                    })
                    .unwrap_or_else(|| panic!("no mention {name} in {text:?}"));
                starts_clause(s, m)
            });
            if got != want {
                failures.push(format!("{text:?} at {name}: want {want}, got {got}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
