//! The tagger: one Aho–Corasick automaton over every alias and title in the gazetteer, run once
//! over a document, keeping leftmost-longest matches that sit on word boundaries and respect case.
//!
//! Case rule: an upper-case letter in an alias must be upper case in the text; a lower-case letter
//! matches either case. So "Kerry" never fires on "kerry", "US" never on "us", while the alias
//! "the secretary of state" still matches "The Secretary of State" and headlines in capitals.

use crate::dict::gazetteer::Gazetteer;
use crate::error::{Error, Result};
use crate::model::EntityIx;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::collections::HashMap;

/// Up to this many patterns the automaton is a full DFA (fastest, memory grows with patterns).
const DFA_MAX_PATTERNS: usize = 2_000;

/// What a matched phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// An entity of the gazetteer.
    Entity(EntityIx),
    /// A title ("the secretary of state"), by index in `Gazetteer::titles`; resolved by coreference.
    Title(usize),
    /// A demonym ("Russian"): an actor only before a collective noun ("Russian officials").
    Demonym(EntityIx),
}

/// One tagged phrase in a document (byte offsets into the normalised text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub target: Target,
    pub start: usize,
    pub end: usize,
    /// Followed by `'s` (or a bare `'` after an s): "Putin's proposal".
    pub possessive: bool,
    /// Joined by a hyphen to a word: "Russia-backed", "Trump-Putin".
    pub compound: bool,
}

/// The compiled automaton and what each of its patterns names.
pub struct Tagger {
    /// Leftmost-longest: the fast path, one pass over the text.
    leftmost: AhoCorasick,
    /// Patterns by their ASCII-lower-case form: consulted only where the leftmost-longest match
    /// breaks a case or boundary rule, to find a shorter valid match at the same place.
    by_lower: HashMap<Box<str>, Vec<u32>>,
    targets: Vec<Target>,
    /// For each pattern, the byte positions holding an ASCII upper-case letter.
    upper: Vec<Box<[u16]>>,
}

impl Tagger {
    /// Compiles every alias and title of the gazetteer into one automaton. Fails (naming the
    /// gazetteer) only when the automaton would exceed aho-corasick's size limits.
    pub fn new(g: &Gazetteer) -> Result<Tagger> {
        let mut seen = std::collections::HashMap::new();
        let mut patterns: Vec<&str> = Vec::new();
        let mut targets = Vec::new();
        let entity_aliases = g
            .iter()
            .flat_map(|(i, e)| e.aliases.iter().map(move |a| (a.as_str(), Target::Entity(i))));
        let demonyms = g
            .iter()
            .flat_map(|(i, e)| e.demonyms.iter().map(move |a| (a.as_str(), Target::Demonym(i))));
        let titles = g
            .titles
            .iter()
            .enumerate()
            .map(|(i, t)| (t.phrase.as_str(), Target::Title(i)));
        // An earlier gazetteer folder wins a shared phrase; within a folder, entity aliases come
        // before titles, and titles before demonyms.
        let folder = |t: Target| match t {
            Target::Entity(i) | Target::Demonym(i) => g.folder_of(i),
            Target::Title(i) => g.titles[i]
                .holders
                .iter()
                .map(|&(e, _)| g.folder_of(e))
                .min()
                .unwrap_or(0),
        };
        let mut phrases: Vec<(&str, Target)> = entity_aliases.chain(titles).chain(demonyms).collect();
        if g.folders() > 1 {
            phrases.sort_by_key(|&(_, t)| folder(t)); // stable: keeps the order within a folder
        }
        for (alias, target) in phrases {
            if alias.is_empty() || seen.contains_key(alias) {
                continue; // the first owner keeps a shared alias (reported by the gazetteer)
            }
            seen.insert(alias, patterns.len());
            patterns.push(alias);
            targets.push(target);
        }
        let upper = patterns
            .iter()
            .map(|p| {
                p.bytes()
                    .enumerate()
                    .filter(|(_, b)| b.is_ascii_uppercase())
                    .map(|(i, _)| i.min(u16::MAX as usize) as u16)
                    .collect()
            })
            .collect();
        let kind = if patterns.len() <= DFA_MAX_PATTERNS {
            AhoCorasickKind::DFA
        } else {
            AhoCorasickKind::ContiguousNFA
        };
        let leftmost = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(kind))
            .build(&patterns)
            .map_err(too_big)?;
        let mut by_lower: HashMap<Box<str>, Vec<u32>> = HashMap::new();
        for (i, pat) in patterns.iter().enumerate() {
            by_lower
                .entry(pat.to_ascii_lowercase().into_boxed_str())
                .or_default()
                .push(i as u32);
        }
        Ok(Tagger {
            leftmost,
            by_lower,
            targets,
            upper,
        })
    }

    /// Number of distinct phrases in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.targets.len()
    }

    /// Tags a normalised text: non-overlapping mentions in order, leftmost-longest.
    pub fn tag(&self, text: &str) -> Vec<Mention> {
        let bytes = text.as_bytes();
        let valid = |s: usize, e: usize, pid: usize| {
            self.case_ok(pid, &bytes[s..e]) && boundary_before(text, s) && boundary_after(text, e)
        };
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let Some(m) = self
                .leftmost
                .find(aho_corasick::Input::new(text).span(at..text.len()))
            else {
                break;
            };
            let (s, e, pid) = (m.start(), m.end(), m.pattern().as_usize());
            if valid(s, e, pid) {
                found.push((s, e, pid));
                at = e;
                continue;
            }
            // the longest valid match that starts here (another pattern of the same length, or a
            // shorter one ending at a word boundary)
            let shorter = (s + 1..=e)
                .rev()
                .filter(|&q| text.is_char_boundary(q) && boundary_after(text, q))
                .find_map(|q| {
                    let key = text[s..q].to_ascii_lowercase();
                    self.by_lower
                        .get(key.as_str())?
                        .iter()
                        .map(|&p| p as usize)
                        .find(|&p| valid(s, q, p))
                        .map(|p| (q, p))
                });
            match shorter {
                Some((q, pid)) => {
                    found.push((s, q, pid));
                    at = q;
                }
                None => at = s + text[s..].chars().next().map_or(1, char::len_utf8),
            }
        }
        let mut out = Vec::with_capacity(found.len());
        for (s, e, pid) in found {
            let rest = &bytes[e..];
            let possessive = rest.starts_with(b"'s")
                && !rest.get(2).is_some_and(|b| b.is_ascii_alphanumeric())
                || (bytes[e - 1] == b's'
                    && rest.first() == Some(&b'\'')
                    && !rest.get(1).is_some_and(|b| b.is_ascii_alphanumeric()));
            let compound = (s > 0 && bytes[s - 1] == b'-' && s >= 2 && bytes[s - 2].is_ascii_alphabetic())
                || (rest.first() == Some(&b'-') && rest.get(1).is_some_and(|b| b.is_ascii_alphabetic()));
            out.push(Mention {
                target: self.targets[pid],
                start: s,
                end: e,
                possessive,
                compound,
            });
        }
        out
    }

    fn case_ok(&self, pid: usize, matched: &[u8]) -> bool {
        self.upper[pid]
            .iter()
            .all(|&i| matched.get(i as usize).is_none_or(|b| !b.is_ascii_lowercase()))
    }
}

fn too_big(e: aho_corasick::BuildError) -> Error {
    Error::data(
        std::path::Path::new("gazetteer"),
        format!("the aliases do not fit in one automaton ({e}): split the gazetteer or drop rare aliases"),
    )
}

fn boundary_before(text: &str, s: usize) -> bool {
    text[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

fn boundary_after(text: &str, e: usize) -> bool {
    text[e..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, EntityKind};

    fn entity(id: &str, aliases: &[&str]) -> Entity {
        Entity {
            label: aliases[0].into(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            ..Entity::named(id, EntityKind::Person)
        }
    }

    fn tagged(text: &str) -> Vec<(String, &'static str)> {
        let g = Gazetteer::from_entities(vec![
            entity("kerry", &["John Kerry", "Kerry", "Mr Kerry", "Mr. Kerry"]),
            entity("usa", &["United States", "US", "U.S."]),
            entity("putin", &["Vladimir Putin", "Putin"]),
            entity("kremlin", &["the Kremlin"]),
            entity("crimea", &["Crimea", "Crimean Peninsula", "Crimean peninsula"]),
        ]);
        let t = Tagger::new(&g).unwrap();
        t.tag(text)
            .into_iter()
            .map(|m| {
                let flag = match (m.possessive, m.compound) {
                    (true, _) => "poss",
                    (_, true) => "compound",
                    _ => "",
                };
                (text[m.start..m.end].to_string(), flag)
            })
            .collect()
    }

    #[test]
    fn tagging_table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("John Kerry met Putin.", &[("John Kerry", ""), ("Putin", "")]),
            ("Mr. Kerry and Mr Kerry", &[("Mr. Kerry", ""), ("Mr Kerry", "")]),
            ("Putin's proposal", &[("Putin", "poss")]),
            ("the US and us", &[("US", "")]),
            ("kerry in lower case", &[]),
            ("Kerryville is a town", &[]),
            ("The Kremlin said", &[("The Kremlin", "")]),
            (
                "JOHN KERRY REJECTS PUTIN TALKS",
                &[("JOHN KERRY", ""), ("PUTIN", "")],
            ),
            ("Russia-backed and Trump-Putin summit", &[("Putin", "compound")]),
            ("U.S. officials", &[("U.S.", "")]),
            ("the strategic Crimean peninsula", &[("Crimean peninsula", "")]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, &str)> = want.iter().map(|(a, b)| (a.to_string(), *b)).collect();
            assert_eq!(tagged(text), want, "{text:?}");
        }
    }
}
