//! Reads a sentence's [phrases](super::phrases) in one pass over its items.

use super::args::is_passive;
use super::items::Kind;
use super::phrase::{modifier, raising, title_of};
use super::phrases::{Clause, ClauseKind, Head, NounGroup, Phrases, VerbGroup, Voice};
use super::polarity::polarity;
use super::sentence::{Reading, Sentence, reading};
use crate::dict::lexicon::VerbForm;
use crate::lang::en::grammar::{Prep, Word};
use crate::tag::Target;

/// Reads the phrases of `s` into `p` (cleared first).
pub(super) fn read(p: &mut Phrases, s: &Sentence) {
    p.nouns.clear();
    p.verbs.clear();
    p.clauses.clear();
    read_nouns(p, s);
    read_verbs(p, s);
    read_clauses(p, s);
}

fn read_nouns(p: &mut Phrases, s: &Sentence) {
    let mut k = 0;
    while k < s.items.len() {
        match noun_group(s, k) {
            Some(g) => {
                k = g.items.end;
                p.nouns.push(g);
            }
            None => k += 1,
        }
    }
}

fn read_verbs(p: &mut Phrases, s: &Sentence) {
    for t in 0..s.items.len() {
        let Kind::Trigger { verb, noun, .. } = s.items[t].kind else {
            continue;
        };
        let Reading::Verb(_, form) = reading(s, t, verb, noun) else {
            continue;
        };
        let mut start = t;
        while start > 0
            && t - start < 4
            && matches!(
                s.items[start - 1].kind,
                Kind::Word(
                    Word::Be | Word::Have | Word::Do | Word::Modal | Word::Negator | Word::Prep(Prep::To)
                ) | Kind::Trigger {
                    word: Some(Word::Negator | Word::Modal),
                    ..
                }
            )
        {
            start -= 1;
        }
        let voice = if form == VerbForm::Past && is_passive(s, t) {
            Voice::Passive
        } else {
            Voice::Active
        };
        p.verbs.push(VerbGroup {
            items: start..t + 1,
            head: t,
            form,
            voice,
            polarity: polarity(s, t),
        });
    }
}

fn read_clauses(p: &mut Phrases, s: &Sentence) {
    p.clauses.push(Clause {
        start: 0,
        kind: ClauseKind::Main,
    });
    let n = s.items.len();
    for k in 0..n {
        let kind = match s.items[k].kind {
            Kind::Word(Word::Speech) if raising(s, k) => None,
            Kind::Word(Word::Speech) if parenthetical(s, k) => Some((k - 2, ClauseKind::Parenthetical)),
            Kind::Word(Word::Speech | Word::That) => Some((k + 1, ClauseKind::Reported)),
            Kind::Word(Word::Relative) => Some((k, ClauseKind::Relative)),
            Kind::Word(Word::Subordinator) => Some((k, ClauseKind::Subordinate)),
            Kind::Trigger {
                verb: Some((_, VerbForm::Gerund)),
                ..
            } if k > 0 && matches!(s.items[k - 1].kind, Kind::Punct(b',')) => {
                Some((k, ClauseKind::Participial))
            }
            Kind::Punct(b';') => Some((k + 1, ClauseKind::Main)),
            _ => None,
        };
        if let Some((start, kind)) = kind
            && start < n
        {
            // a reported clause right after "said that" opens once
            if p.clauses
                .last()
                .is_some_and(|c| c.start + 1 >= start && c.kind == kind)
            {
                continue;
            }
            p.clauses.push(Clause { start, kind });
        }
    }
}

/// ", he said," around the speech verb at `k`.
fn parenthetical(s: &Sentence, k: usize) -> bool {
    k >= 2
        && matches!(s.items[k - 2].kind, Kind::Punct(b','))
        && matches!(
            s.items[k - 1].kind,
            Kind::Mention(_) | Kind::Word(Word::Pronoun(_) | Word::Plural)
        )
        && matches!(s.items.get(k + 1).map(|x| x.kind), Some(Kind::Punct(b',')))
}

/// The noun phrase that starts at item `k`, if one does: determiners, capitalised words, title
/// words, numbers and modifying mentions up to a head mention, pronoun or trigger noun.
fn noun_group(s: &Sentence, k: usize) -> Option<NounGroup> {
    let mut j = k;
    while j < s.items.len() && j < k + 10 {
        let head = match s.items[j].kind {
            Kind::Mention(m) if !modifier(s, j) || s.mentions[m].possessive => {
                Some(match s.mentions[m].target {
                    Target::Title(_) => Head::Title,
                    _ => Head::Actor,
                })
            }
            Kind::Mention(_) => None,
            Kind::Word(Word::Pronoun(_) | Word::Plural | Word::Pair(_)) if j == k => Some(Head::Pronoun),
            Kind::Trigger { verb, noun, .. } if noun.is_some() => match reading(s, j, verb, noun) {
                Reading::Noun(_) => Some(Head::EventNoun),
                Reading::Verb(..) => return None,
            },
            Kind::Word(Word::Determiner | Word::PossessivePronoun(_))
            | Kind::Other {
                cap: true,
                num: false,
            }
            | Kind::Other { num: true, .. }
            | Kind::Punct(b'-') => None,
            Kind::Word(Word::Prep(Prep::Of)) if title_of(s, j) => None,
            Kind::Other { cap: false, .. } if j > k => None,
            _ => return None,
        };
        if let Some(head_kind) = head {
            return Some(NounGroup {
                items: k..j + 1,
                head: j,
                head_kind,
            });
        }
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::testing;
    use std::ops::Range;

    /// The phrases of the first sentence of `text`, as `explain` names them.
    fn phrases(text: &str) -> Vec<String> {
        testing::with_sentence(text, |s, p| {
            let word = |r: Range<usize>| r.map(|k| s.word(k).to_string()).collect::<Vec<_>>().join(" ");
            let mut out: Vec<String> = p
                .nouns
                .iter()
                .map(|n| format!("np[{}] {}", n.head_kind.as_str(), word(n.items.clone())))
                .collect();
            out.extend(
                p.verbs
                    .iter()
                    .map(|v| format!("vg[{:?} {:?}] {}", v.voice, v.polarity, word(v.items.clone()))),
            );
            out.extend(
                p.clauses
                    .iter()
                    .skip(1)
                    .map(|c| format!("clause[{}] {}", c.kind.as_str(), s.word(c.start))),
            );
            out
        })
    }

    #[test]
    fn phrase_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov.",
                &[
                    "np[actor] U.S. Secretary of State John Kerry",
                    "np[actor] Russian Foreign Minister Sergei Lavrov",
                    "vg[Active Asserted] met",
                ],
            ),
            (
                "Putin was not criticized by Merkel.",
                &[
                    "np[actor] Putin",
                    "np[actor] Merkel",
                    "vg[Passive Negated] was not criticized",
                ],
            ),
            (
                "Merkel said Russia would meet Ukraine.",
                &[
                    "np[actor] Merkel",
                    "np[actor] Russia",
                    "np[actor] Ukraine",
                    "vg[Active Hedged] would meet",
                    "clause[reported] Russia",
                ],
            ),
            (
                "Lavrov, who rejected the proposal, met Kerry.",
                &[
                    "np[actor] Lavrov",
                    "np[event noun] the proposal",
                    "np[actor] Kerry",
                    "vg[Active Asserted] rejected",
                    "vg[Active Asserted] met",
                    "clause[relative] who",
                ],
            ),
            (
                "Russia, he said, would not annex Crimea.",
                &[
                    "np[actor] Russia",
                    "np[pronoun] he",
                    "np[actor] Crimea",
                    "clause[parenthetical] ,",
                ],
            ),
        ];
        let failures: Vec<String> = cases
            .iter()
            .filter_map(|(text, want)| {
                let got = phrases(text);
                (got != *want).then(|| format!("{text:?}\n    want {want:?}\n    got  {got:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
