//! Counting names over documents, then turning the counts into suggestions: single words that
//! end a longer name become its aliases, and the type most often guessed wins.

use crate::model::EntityKind;
use std::collections::{BTreeMap, BTreeSet};

/// One name the gazetteer lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub label: String,
    pub kind: EntityKind,
    pub count: usize,
    pub documents: usize,
    /// Shorter forms seen alone that this name covers ("Yatsenyuk" for "Arseniy Yatsenyuk").
    pub aliases: Vec<String>,
    /// A title seen before it ("Ukrainian PM").
    pub role: String,
    pub sample: String,
}

/// What was seen of one name.
#[derive(Default)]
struct Tally {
    count: usize,
    docs: BTreeSet<usize>,
    /// Guesses per kind, in [`EntityKind::ALL`] order.
    votes: [usize; 4],
    role: BTreeMap<String, usize>,
    sample: String,
}

/// The tallies of every name, and of single capitalised words that open a sentence (names only
/// if seen as names elsewhere).
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

    /// One sighting of `label` in document `doc`, guessed as `kind`, after `title` (may be empty).
    pub(super) fn record(
        &mut self,
        label: String,
        doc: usize,
        kind: EntityKind,
        title: &str,
        sample: impl FnOnce() -> String,
    ) {
        let t = self.names.entry(label).or_default();
        t.count += 1;
        t.docs.insert(doc);
        t.votes[kind as usize] += 1;
        if !title.is_empty() {
            *t.role.entry(title.to_string()).or_default() += 1;
        }
        if t.sample.is_empty() {
            t.sample = sample();
        }
    }

    /// The suggestions, most frequent first.
    pub(super) fn finish(self) -> Vec<Suggestion> {
        let mut tally = self.names;
        // single words that end a longer suggestion become its aliases
        let multi: Vec<String> = tally.keys().filter(|k| k.contains(' ')).cloned().collect();
        for (w, n) in self.initials {
            if let Some(t) = tally.get_mut(&w) {
                t.count += n;
            } else if multi.iter().any(|m| m.ends_with(&format!(" {w}"))) {
                tally.entry(w).or_default().count += n;
            }
        }
        let mut absorbed: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for label in tally.keys() {
            if !label.contains(' ')
                && let Some(full) = multi.iter().find(|m| m.ends_with(&format!(" {label}")))
            {
                absorbed.entry(full.clone()).or_default().push(label.clone());
            }
        }
        let counts: BTreeMap<String, usize> = tally.iter().map(|(k, t)| (k.clone(), t.count)).collect();
        let mut out = Vec::new();
        for (label, t) in tally {
            if absorbed.values().any(|v| v.contains(&label)) {
                continue;
            }
            let extra: usize = absorbed
                .get(&label)
                .map_or(0, |v| v.iter().map(|a| counts[a]).sum());
            let aliases = absorbed.get(&label).cloned().unwrap_or_default();
            out.push(suggestion(label, t, aliases, extra));
        }
        out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
        out
    }
}

/// The suggestion for a name: its most frequent type and title, `extra` sightings of its aliases.
fn suggestion(label: String, t: Tally, aliases: Vec<String>, extra: usize) -> Suggestion {
    let kind = EntityKind::ALL[(0..4)
        .max_by_key(|&i| (t.votes[i], std::cmp::Reverse(i)))
        .unwrap_or(0)];
    Suggestion {
        aliases,
        role: t
            .role
            .iter()
            .max_by_key(|(r, n)| (**n, std::cmp::Reverse((*r).clone())))
            .map_or(String::new(), |(r, _)| r.clone()),
        label,
        kind,
        count: t.count + extra,
        documents: t.docs.len(),
        sample: t.sample,
    }
}
