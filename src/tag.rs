//! The tagger: Aho–Corasick automata over every alias and title in the gazetteer, walked once
//! from each word start of a document, keeping the longest match that ends on a word boundary and
//! respects case. Matches never start inside a word, so the text between word starts is stepped
//! over, and the automaton is walked anchored (a trie walk, no failure transitions). The phrases
//! are split by first letter into one automaton each, compiled in parallel: a match's first byte
//! picks the only automaton that can hold it, and small automata compile faster than one large one.
//!
//! Case rule: an upper-case letter in an alias must be upper case in the text; a lower-case letter
//! matches either case. So "Kerry" never fires on "kerry", "US" never on "us", while the alias
//! "the secretary of state" still matches "The Secretary of State" and headlines in capitals.

use crate::dict::gazetteer::Gazetteer;
use crate::error::{Error, Result};
use crate::model::EntityIx;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous;
use aho_corasick::{Anchored, MatchKind};
use rayon::prelude::*;

/// States this close to the start get a full transition table (the rest are sparse): the
/// shallow states are walked at every word start.
const DENSE_DEPTH: usize = 2;

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

/// The phrases that begin with one letter (ASCII case folded), compiled.
struct Part {
    /// Walked anchored from word starts.
    automaton: contiguous::NFA,
    /// Where the walk begins.
    start: StateID,
    /// Each of this automaton's patterns as a pattern of the tagger, in the tagger's order.
    patterns: Vec<usize>,
}

/// No part holds phrases beginning with this byte.
const NO_PART: u8 = u8::MAX;

/// The compiled automata and what each of their patterns names.
pub struct Tagger {
    parts: Vec<Part>,
    /// The part that holds the phrases beginning with a byte, or [`NO_PART`].
    part_of: [u8; 256],
    /// Text bytes a valid match can begin with: a phrase's first byte, and the upper case of a
    /// phrase's lower-case first letter (a lower-case letter in the text starts no "Kerry").
    starts: [bool; 256],
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
        let (groups, part_of) = by_first_letter(&patterns);
        let parts = groups
            .into_par_iter()
            .map(|ids| Part::compile(&patterns, ids))
            .collect::<Result<Vec<Part>>>()?;
        Ok(Tagger {
            parts,
            part_of,
            starts: start_bytes(&patterns),
            targets,
            upper,
        })
    }

    /// Number of distinct phrases in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.targets.len()
    }

    /// Tags a normalised text: non-overlapping mentions in order, each the longest valid match at
    /// the first word start where one begins.
    pub fn tag(&self, text: &str) -> Vec<Mention> {
        let found = self.matches(text);
        self.mentions(text, found)
    }

    /// Tags a text that carries no case (all lower-case or all capitals; see
    /// [`crate::text::case`]) without the case rule: "john kerry" is John Kerry here, and so is
    /// "us" the United States, which is why only caseless text is read this way.
    pub fn tag_caseless(&self, text: &str) -> Vec<Mention> {
        // capitals satisfy every alias's case rule and keep every byte offset
        let found = self.matches(&text.to_ascii_uppercase());
        self.mentions(text, found)
    }

    /// Each match as (start, end, pattern).
    fn matches(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let bytes = text.as_bytes();
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        let mut ends = Vec::new();
        let (mut at, mut after_word) = (0, false);
        while let Some(&b) = bytes.get(at) {
            if !after_word
                && self.starts[usize::from(b)]
                && let Some((end, pid)) = self.longest_at(text, at, &mut ends)
            {
                found.push((at, end, pid));
                after_word = text[..end].chars().next_back().is_some_and(char::is_alphanumeric);
                at = end;
                continue;
            }
            if b.is_ascii() {
                after_word = b.is_ascii_alphanumeric();
                at += 1;
            } else {
                let c = text[at..].chars().next().unwrap_or(' ');
                after_word = c.is_alphanumeric();
                at += c.len_utf8();
            }
        }
        found
    }

    /// The matches as mentions, possessive and compound as `text` writes them.
    fn mentions(&self, text: &str, found: Vec<(usize, usize, usize)>) -> Vec<Mention> {
        let bytes = text.as_bytes();
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

    /// The longest valid match starting at `start` (the first pattern among equals): its end and
    /// pattern. `ends` is scratch space for the matches met on the walk.
    fn longest_at(&self, text: &str, start: usize, ends: &mut Vec<(usize, usize)>) -> Option<(usize, usize)> {
        let bytes = text.as_bytes();
        let part = self
            .parts
            .get(usize::from(self.part_of[usize::from(bytes[start])]))?;
        let a = &part.automaton;
        ends.clear();
        let mut sid = part.start;
        for (end, &b) in bytes.iter().enumerate().skip(start) {
            sid = a.next_state(Anchored::Yes, sid, b);
            if !a.is_special(sid) {
                continue;
            }
            if a.is_dead(sid) {
                break;
            }
            let len = end + 1 - start;
            for k in 0..a.match_len(sid) {
                let pid = a.match_pattern(sid, k);
                // a state also carries the matches of its suffixes, which start later
                if a.pattern_len(pid) == len {
                    ends.push((end + 1, pid.as_usize()));
                }
            }
        }
        let mut best: Option<(usize, usize)> = None;
        for &(end, pid) in ends.iter().rev() {
            match best {
                Some((e, _)) if e > end => break,
                Some((_, p)) if p < pid => continue,
                _ => {}
            }
            if self.case_ok(part.patterns[pid], &bytes[start..end]) && boundary_after(text, end) {
                best = Some((end, pid));
            }
        }
        best.map(|(end, pid)| (end, part.patterns[pid]))
    }

    fn case_ok(&self, pid: usize, matched: &[u8]) -> bool {
        self.upper[pid]
            .iter()
            .all(|&i| matched.get(i as usize).is_none_or(|b| !b.is_ascii_lowercase()))
    }
}

impl Part {
    /// Compiles the patterns `ids` (indices into `patterns`, in order).
    fn compile(patterns: &[&str], ids: Vec<usize>) -> Result<Part> {
        let automaton = contiguous::Builder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .dense_depth(DENSE_DEPTH)
            .build(ids.iter().map(|&i| patterns[i]))
            .map_err(too_big)?;
        let start = automaton.start_state(Anchored::Yes).map_err(|e| {
            Error::data(
                std::path::Path::new("gazetteer"),
                format!("tagger automaton: {e}"),
            )
        })?;
        Ok(Part {
            automaton,
            start,
            patterns: ids,
        })
    }
}

/// The patterns grouped by first byte, ASCII case folded (each group in pattern order), and the
/// group of each text byte.
fn by_first_letter(patterns: &[&str]) -> (Vec<Vec<usize>>, [u8; 256]) {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut part_of = [NO_PART; 256];
    for (i, p) in patterns.iter().enumerate() {
        let Some(&b) = p.as_bytes().first() else { continue };
        let b = b.to_ascii_lowercase();
        if part_of[usize::from(b)] == NO_PART {
            // at most 255 groups: bytes past that share the last one (its walk is still anchored)
            part_of[usize::from(b)] = groups.len().min(usize::from(NO_PART) - 1) as u8;
            if groups.len() < usize::from(NO_PART) {
                groups.push(Vec::new());
            }
        }
        groups[usize::from(part_of[usize::from(b)])].push(i);
    }
    for b in b'A'..=b'Z' {
        part_of[usize::from(b)] = part_of[usize::from(b.to_ascii_lowercase())];
    }
    (groups, part_of)
}

/// The text bytes a valid match can begin with (see [`Tagger::starts`]).
fn start_bytes(patterns: &[&str]) -> [bool; 256] {
    let mut first = [false; 256];
    for p in patterns {
        if let Some(&b) = p.as_bytes().first() {
            first[usize::from(b)] = true;
        }
    }
    let mut starts = first;
    for b in b'A'..=b'Z' {
        starts[usize::from(b)] |= first[usize::from(b.to_ascii_lowercase())];
    }
    starts
}

fn too_big(e: aho_corasick::BuildError) -> Error {
    Error::data(
        std::path::Path::new("gazetteer"),
        format!("the aliases do not fit in one automaton ({e}): split the gazetteer or drop rare aliases"),
    )
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
    fn caseless_text_is_matched_without_case_with_its_offsets() {
        let g = Gazetteer::from_entities(vec![
            entity("kerry", &["John Kerry", "Kerry"]),
            entity("usa", &["United States", "US"]),
        ]);
        let t = Tagger::new(&g).unwrap();
        let text = "john kerry's talks with us";
        let got: Vec<(&str, bool)> = t
            .tag_caseless(text)
            .iter()
            .map(|m| (&text[m.start..m.end], m.possessive))
            .collect();
        assert_eq!(got, [("john kerry", true), ("us", false)]);
        // the ordinary rule still refuses the same text
        assert!(t.tag(text).is_empty());
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
            // no match starts inside a word, nor ends inside one (no shorter alias fits either)
            ("xPutin, éPutin and PutinX", &[]),
            ("the Crimean Peninsulas", &[]),
            ("«Putin» (Kerry)", &[("Putin", ""), ("Kerry", "")]),
            (
                "Crimea's Crimean Peninsula",
                &[("Crimea", "poss"), ("Crimean Peninsula", "")],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<(String, &str)> = want.iter().map(|(a, b)| (a.to_string(), *b)).collect();
            assert_eq!(tagged(text), want, "{text:?}");
        }
    }
}
