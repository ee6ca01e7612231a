//! Counting guessed names, per document and then over the corpus, and turning the counts into
//! suggestions: a single word that ends exactly one longer name becomes its alias (unless it
//! is a known person's surname or a demonym), and the type most often guessed wins.

use super::rules::Known;
use crate::model::{EntityId, EntityKind, Gender};
use std::collections::BTreeMap;

/// How a suggestion was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// An actor the names stage discovered from the way news introduces it (`names::cast`).
    Discovered,
    /// A capitalised name no alias covers, its type guessed from the words around it.
    Guessed,
}

impl Found {
    pub fn as_str(self) -> &'static str {
        match self {
            Found::Discovered => "discovered",
            Found::Guessed => "guess",
        }
    }
}

/// One name the gazetteer lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub found: Found,
    pub label: String,
    pub kind: EntityKind,
    /// Mentions over the corpus (its aliases' included).
    pub count: usize,
    pub documents: usize,
    /// Shorter forms that name it ("Yatsenyuk" for "Arseniy Yatsenyuk").
    pub aliases: Vec<String>,
    /// A title seen before it ("Ukrainian PM"), or the role discovery gave it.
    pub role: String,
    /// The gazetteer entity it belongs to (discovered actors: from a demonym or a country).
    pub affiliation: Option<EntityId>,
    pub gender: Option<Gender>,
    /// The first sentence it was seen in, as written.
    pub sample: String,
}

/// What was seen of one name.
#[derive(Default)]
struct Tally {
    count: usize,
    documents: usize,
    /// Guesses per kind, in [`EntityKind::ALL`] order.
    votes: [usize; 4],
    role: BTreeMap<String, usize>,
    sample: String,
}

/// The tallies of every name, and of single capitalised words that open a sentence (names only
/// if seen as names elsewhere). One document's, or the corpus's once merged.
#[derive(Default)]
pub(super) struct Tallies {
    names: BTreeMap<String, Tally>,
    initials: BTreeMap<String, usize>,
}

impl Tallies {
    /// A single capitalised word that opens a sentence.
    pub(super) fn initial(&mut self, word: &str) {
        *self.initials.entry(word.to_string()).or_default() += 1;
    }

    /// One sighting of `label` in this document, guessed as `kind`, after `title` (may be empty).
    pub(super) fn record(
        &mut self,
        label: String,
        kind: EntityKind,
        title: &str,
        sample: impl FnOnce() -> String,
    ) {
        let t = self.names.entry(label).or_default();
        t.count += 1;
        t.documents = 1;
        t.votes[kind as usize] += 1;
        if !title.is_empty() {
            *t.role.entry(title.to_string()).or_default() += 1;
        }
        if t.sample.is_empty() {
            t.sample = sample();
        }
    }

    /// Adds the tallies of a later document (or documents).
    pub(super) fn merge(&mut self, later: Tallies) {
        for (label, l) in later.names {
            let t = self.names.entry(label).or_default();
            t.count += l.count;
            t.documents += l.documents;
            for (v, n) in t.votes.iter_mut().zip(l.votes) {
                *v += n;
            }
            for (r, n) in l.role {
                *t.role.entry(r).or_default() += n;
            }
            if t.sample.is_empty() {
                t.sample = l.sample;
            }
        }
        for (w, n) in later.initials {
            *self.initials.entry(w).or_default() += n;
        }
    }

    /// The suggestions, most frequent first.
    pub(super) fn finish(self, known: &Known) -> Vec<Suggestion> {
        let mut tally = self.names;
        let person = |t: &Tally| most_voted(&t.votes) == EntityKind::Person;
        let multi: Vec<String> = tally.keys().filter(|k| k.contains(' ')).cloned().collect();
        let persons: std::collections::BTreeSet<&String> = multi
            .iter()
            .filter(|m| tally.get(*m).is_some_and(person))
            .collect();
        // words seen as places ("from England", so never an alias of "Middle England"); a
        // single word is an organisation only by default, which says nothing
        let not_persons: std::collections::BTreeSet<String> = tally
            .iter()
            .filter(|(k, t)| {
                !k.contains(' ') && t.votes[EntityKind::Place as usize] > t.votes[EntityKind::Person as usize]
            })
            .map(|(k, _)| k.clone())
            .collect();
        // a person's surname: the one longer name it ends, if exactly one does and is a person
        let owner = |w: &str| {
            let suffix = format!(" {w}");
            let ends: Vec<&String> = multi.iter().filter(|m| m.ends_with(&suffix)).collect();
            // "Alan Milburn", not also "Blairite Alan Milburn", which ends with it
            let shortest = |m: &&&String| {
                !ends
                    .iter()
                    .any(|o| o.len() < m.len() && m.ends_with(&format!(" {o}")))
            };
            let mut ends = ends.iter().filter(shortest);
            match (ends.next(), ends.next()) {
                (Some(full), None)
                    if persons.contains(full) && !not_persons.contains(w) && known.free_alias(w) =>
                {
                    Some((*full).clone())
                }
                _ => None,
            }
        };
        for (w, n) in self.initials {
            if let Some(t) = tally.get_mut(&w) {
                t.count += n;
            } else if owner(&w).is_some() {
                tally.entry(w).or_default().count += n;
            }
        }
        let mut absorbed: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for label in tally.keys().filter(|l| !l.contains(' ')) {
            if let Some(full) = owner(label) {
                absorbed.entry(full).or_default().push(label.clone());
            }
        }
        let counts: BTreeMap<String, usize> = tally.iter().map(|(k, t)| (k.clone(), t.count)).collect();
        let aliases: std::collections::BTreeSet<String> = absorbed.values().flatten().cloned().collect();
        let mut out = Vec::new();
        for (label, t) in tally {
            if aliases.contains(&label) {
                continue;
            }
            let aliases = absorbed.remove(&label).unwrap_or_default();
            let extra = aliases.iter().map(|a| counts.get(a).copied().unwrap_or(0)).sum();
            out.push(suggestion(label, t, aliases, extra));
        }
        out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
        out
    }
}

/// The suggestion for a name: its most frequent type and title, `extra` sightings of its aliases.
fn suggestion(label: String, t: Tally, aliases: Vec<String>, extra: usize) -> Suggestion {
    Suggestion {
        found: Found::Guessed,
        aliases,
        role: most(&t.role).unwrap_or_default(),
        kind: most_voted(&t.votes),
        label,
        count: t.count + extra,
        documents: t.documents,
        affiliation: None,
        gender: None,
        sample: t.sample,
    }
}

/// The kind with most votes (the first of [`EntityKind::ALL`] on a tie).
pub(super) fn most_voted(votes: &[usize; 4]) -> EntityKind {
    EntityKind::ALL[(0..4)
        .max_by_key(|&i| (votes[i], std::cmp::Reverse(i)))
        .unwrap_or(0)]
}

/// The most frequent key (the smallest on a tie).
pub(super) fn most<K: Ord + Clone>(counts: &BTreeMap<K, usize>) -> Option<K> {
    counts
        .iter()
        .max_by_key(|(k, n)| (**n, std::cmp::Reverse(*k)))
        .map(|(k, _)| k.clone())
}
