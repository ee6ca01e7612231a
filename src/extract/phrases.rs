//! The phrase layer: a sentence's noun phrases (a head — an actor, a title, an event noun —
//! with its determiners, modifiers and titles: "U.S. Secretary of State John Kerry" is one
//! phrase whose head is Kerry), verb groups (a trigger verb with its auxiliaries, modality,
//! negation, voice and form) and clauses (where a reported, relative, subordinate, participial
//! or parenthetical clause opens). Read in one pass over the items, into buffers reused from
//! sentence to sentence; the constructions read verb groups from here, and `explain` prints it.

use super::args::is_passive;
use super::items::Kind;
use super::phrase::{modifier, raising, title_of};
use super::polarity::polarity;
use super::sentence::{Reading, Sentence, reading};
use crate::dict::lexicon::VerbForm;
use crate::lang::en::grammar::{Prep, Word};
use crate::model::Polarity;
use crate::tag::Target;
use std::ops::Range;

/// The phrases of one sentence.
#[derive(Debug, Default)]
pub struct Phrases {
    pub nouns: Vec<NounGroup>,
    pub verbs: Vec<VerbGroup>,
    pub clauses: Vec<Clause>,
}

/// A noun phrase: its items and its head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NounGroup {
    pub items: Range<usize>,
    pub head: usize,
    pub head_kind: Head,
}

/// What heads a noun phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Head {
    /// A named actor (after its titles and modifiers).
    Actor,
    /// A title standing for its holder ("the secretary of state").
    Title,
    /// A pronoun or plural anaphor.
    Pronoun,
    /// A trigger noun ("talks", "proposal").
    EventNoun,
}

/// A trigger verb with what qualifies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbGroup {
    /// The auxiliaries, negators and the verb.
    pub items: Range<usize>,
    /// The trigger verb.
    pub head: usize,
    pub form: VerbForm,
    pub voice: Voice,
    pub polarity: Polarity,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    Active,
    Passive,
}

/// Where a clause opens (it runs to the next opening).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    pub start: usize,
    pub kind: ClauseKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseKind {
    Main,
    /// After a verb of saying or "that": "said Russia had ...".
    Reported,
    /// After "who", "which": "Lavrov, who met Kerry".
    Relative,
    /// After "if", "when", "because", "after".
    Subordinate,
    /// A comma and an -ing verb: ", urging Moscow to".
    Participial,
    /// Between commas, with a verb of saying: ", he said,".
    Parenthetical,
}

impl ClauseKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClauseKind::Main => "main",
            ClauseKind::Reported => "reported",
            ClauseKind::Relative => "relative",
            ClauseKind::Subordinate => "subordinate",
            ClauseKind::Participial => "participial",
            ClauseKind::Parenthetical => "parenthetical",
        }
    }
}

impl Voice {
    pub fn as_str(self) -> &'static str {
        match self {
            Voice::Active => "active",
            Voice::Passive => "passive",
        }
    }
}

impl Head {
    pub fn as_str(self) -> &'static str {
        match self {
            Head::Actor => "actor",
            Head::Title => "title",
            Head::Pronoun => "pronoun",
            Head::EventNoun => "event noun",
        }
    }
}

impl Phrases {
    /// Reads the phrases of `s` into `self` (cleared first).
    pub(super) fn read(&mut self, s: &Sentence) {
        self.nouns.clear();
        self.verbs.clear();
        self.clauses.clear();
        self.read_nouns(s);
        self.read_verbs(s);
        self.read_clauses(s);
    }

    /// The verb group whose head is item `t`.
    pub(super) fn verb_at(&self, t: usize) -> Option<&VerbGroup> {
        self.verbs
            .binary_search_by_key(&t, |v| v.head)
            .ok()
            .map(|i| &self.verbs[i])
    }

    fn read_nouns(&mut self, s: &Sentence) {
        let mut k = 0;
        while k < s.items.len() {
            match noun_group(s, k) {
                Some(g) => {
                    k = g.items.end;
                    self.nouns.push(g);
                }
                None => k += 1,
            }
        }
    }

    fn read_verbs(&mut self, s: &Sentence) {
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
            self.verbs.push(VerbGroup {
                items: start..t + 1,
                head: t,
                form,
                voice,
                polarity: polarity(s, t),
            });
        }
    }

    fn read_clauses(&mut self, s: &Sentence) {
        self.clauses.push(Clause {
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
                if self
                    .clauses
                    .last()
                    .is_some_and(|c| c.start + 1 >= start && c.kind == kind)
                {
                    continue;
                }
                self.clauses.push(Clause { start, kind });
            }
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
    use super::*;
    use crate::extract::testing;

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
