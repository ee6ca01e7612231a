//! The shape of noun phrases around a mention: the preposition that governs it, whether it only
//! modifies a following name or title ("U.S. President Donald Trump"), "of" inside a title
//! ("Secretary of State"), and the first mention of a phrase.

use super::items::Kind;
use super::sentence::Sentence;
use crate::lang::en::grammar::{Prep, Word};
use crate::model::EntityKind;

/// The first mention item after `k` within a noun phrase (skipping determiners and title words).
pub(super) fn next_mention(s: &Sentence, k: usize) -> Option<usize> {
    let mut i = k + 1;
    let mut lower = 0;
    while i < s.items.len() && i <= k + 8 {
        match s.items[i].kind {
            Kind::Mention(_) if modifier(s, i) => {}
            Kind::Mention(_) => return Some(i),
            Kind::Word(Word::Prep(Prep::Of)) if title_of(s, i) => {}
            Kind::Word(Word::Pronoun(_) | Word::PossessivePronoun(_)) if s.ents[i].is_some() => {
                return Some(i);
            }
            Kind::Word(Word::Determiner) | Kind::Other { cap: true, .. } | Kind::Punct(b'-') => {}
            Kind::Other { cap: false, .. } if lower < 2 => lower += 1,
            _ => return None,
        }
        i += 1;
    }
    None
}

/// The preposition that governs a mention, looking back over determiners and title words
/// ("by Russian President Vladimir Putin" → by).
pub(super) fn governing_prep(s: &Sentence, i: usize) -> Option<Prep> {
    for j in (i.saturating_sub(6)..i).rev() {
        match s.items[j].kind {
            Kind::Word(Word::Prep(Prep::Of)) if title_of(s, j) => {}
            Kind::Word(Word::Prep(p)) => return Some(p),
            Kind::Word(Word::Determiner | Word::PossessivePronoun(_)) | Kind::Other { cap: true, .. } => {}
            Kind::Other { num: true, .. } => {}
            Kind::Mention(m) if !s.mentions[m].possessive && modifier(s, j) => {}
            _ => return None,
        }
    }
    None
}

/// A mention used as a modifier of a following name, title or noun: "U.S. President Donald
/// Trump", "Russian Foreign Minister", "London mayor Ken Livingstone", "a London news conference"
/// (no article "a" comes before a name that stands alone).
pub(super) fn modifier(s: &Sentence, i: usize) -> bool {
    let lower_next = matches!(
        s.items.get(i + 1).map(|x| x.kind),
        Some(
            Kind::Other {
                cap: false,
                num: false
            } | Kind::Trigger { .. }
        )
    );
    // "a Labour Party spokesman" is the party speaking
    let agent_after = || {
        s.actors
            .gaz
            .agents
            .longest(s.items[i + 1..].iter().map(|x| &s.text[x.start..x.end]))
            .is_some()
    };
    if lower_next && i > 0 && s.indefinite(i - 1) && !agent_after() {
        return true;
    }
    // a city's officer is not the city: "London mayor Ken Livingstone"
    let place = s
        .ents
        .get(i)
        .copied()
        .flatten()
        .is_some_and(|e| s.actors.entity(e).kind == EntityKind::Place);
    if lower_next
        && place
        && crate::lang::en::titles::title_word(s.word(i + 1)).is_some()
        && matches!(
            s.items.get(i + 2).map(|x| x.kind),
            Some(
                Kind::Other {
                    cap: true,
                    num: false
                } | Kind::Mention(_)
            )
        )
    {
        return true;
    }
    match s.items.get(i + 1).map(|x| x.kind) {
        Some(Kind::Other {
            cap: true,
            num: false,
        }) => {
            // a capitalised word followed by more title words, a name, or the end of a headline
            let word = &s.text[s.items[i + 1].start..s.items[i + 1].end];
            !crate::text::dates::is_calendar_word(word)
                && matches!(
                    s.items.get(i + 2).map(|x| x.kind),
                    None | Some(Kind::Other { cap: true, .. } | Kind::Mention(_) | Kind::Punct(_))
                        | Some(Kind::Word(Word::Prep(Prep::Of)))
                )
        }
        Some(Kind::Mention(_)) => true,
        _ => false,
    }
}

/// "of" inside a title between capitalised words: "Secretary of State".
pub(super) fn title_of(s: &Sentence, j: usize) -> bool {
    j > 0
        && matches!(
            s.items[j - 1].kind,
            Kind::Other {
                cap: true,
                num: false
            }
        )
        && matches!(
            s.items.get(j + 1).map(|x| x.kind),
            Some(Kind::Other {
                cap: true,
                num: false
            })
        )
}

/// A verb of saying or expecting used to raise the subject ("Merkel is expected to meet Putin",
/// "is said to have met", "is believed to"): it opens no reported clause, and hedges the verb.
pub(super) fn raising(s: &Sentence, j: usize) -> bool {
    j > 0
        && matches!(s.items[j].kind, Kind::Word(Word::Speech))
        && matches!(s.items[j - 1].kind, Kind::Word(Word::Be))
        && matches!(
            s.items.get(j + 1).map(|x| x.kind),
            Some(Kind::Word(Word::Prep(Prep::To)))
        )
}
