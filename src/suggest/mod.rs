//! Gazetteer growth: the actors the names stage discovered (a title, an apposition, an
//! organisation shape), then other capitalised names no alias covers with a guessed type,
//! each with counts and a sample sentence, written as `entities.csv` rows that load as written.
//!
//! Documents stream in as `build` reads them (text, JSON Lines, CSV, gzip, standard input),
//! one batch at a time, each batch read on all cores; the counts do not depend on the thread
//! count.

mod discovered;
mod document;
pub mod rows;
mod rules;
mod scan;
mod tally;
mod words;

use crate::dict::gazetteer::Gazetteer;
use crate::error::Result;
use crate::input::{self, CsvColumns, Document, Item, Warning};
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::PathBuf;
pub use tally::{Found, Suggestion};

/// A batch is read once it holds this many bytes or documents.
const BATCH_BYTES: usize = 4 << 20;
const BATCH_DOCS: usize = 1024;

/// What `suggest` found in a corpus.
#[derive(Debug, Default)]
pub struct Suggestions {
    /// Discovered actors, most mentioned first.
    pub discovered: Vec<Suggestion>,
    /// Other names, most frequent first; none is a discovered actor's label or alias.
    pub guesses: Vec<Suggestion>,
    pub documents: usize,
    pub warnings: Vec<Warning>,
}

impl Suggestions {
    /// Keeps the names seen at least `min_count` times, at most `limit` of them, the
    /// discovered actors first.
    pub fn keep(&mut self, min_count: usize, limit: usize) {
        self.discovered.retain(|s| s.count >= min_count);
        self.discovered.truncate(limit);
        self.guesses.retain(|s| s.count >= min_count);
        self.guesses.truncate(limit - self.discovered.len());
    }

    /// Every suggestion, the discovered actors first.
    pub fn all(&self) -> impl Iterator<Item = &Suggestion> {
        self.discovered.iter().chain(&self.guesses)
    }
}

/// The counts so far, documents added in input order.
struct Corpus<'g> {
    reader: document::Reader<'g>,
    actors: discovered::Actors,
    guesses: tally::Tallies,
    documents: usize,
}

impl<'g> Corpus<'g> {
    fn new(gaz: &'g Gazetteer) -> Result<Corpus<'g>> {
        Ok(Corpus {
            reader: document::Reader::new(gaz)?,
            actors: discovered::Actors::default(),
            guesses: tally::Tallies::default(),
            documents: 0,
        })
    }

    /// Reads a batch of documents on all cores and adds them in order.
    fn add(&mut self, batch: &mut Vec<(String, Option<crate::model::Date>)>) {
        let reader = &self.reader;
        let found: Vec<document::Findings> = batch.par_iter().map(|(t, d)| reader.read(t, *d)).collect();
        for f in found {
            for s in f.actors {
                self.actors.add(self.documents, s);
            }
            self.guesses.merge(f.guesses);
            self.documents += 1;
        }
        batch.clear();
    }

    fn finish(self, warnings: Vec<Warning>) -> Suggestions {
        let known = self.reader.known();
        let discovered = self.actors.finish(known);
        let taken: HashSet<String> = discovered
            .iter()
            .flat_map(|s| std::iter::once(&s.label).chain(&s.aliases))
            .map(|n| n.to_lowercase())
            .collect();
        let guesses = self
            .guesses
            .finish(known)
            .into_iter()
            .filter(|s| !taken.contains(&s.label.to_lowercase()))
            .collect();
        Suggestions {
            discovered,
            guesses,
            documents: self.documents,
            warnings,
        }
    }
}

/// Reads every document of `inputs` (files, folders, JSON Lines, CSV through `csv`, gzip, `-`
/// for standard input) and collects suggestions; unreadable inputs are warnings.
pub fn suggest(
    gaz: &Gazetteer,
    inputs: &[PathBuf],
    links: input::Links,
    csv: &CsvColumns,
) -> Result<Suggestions> {
    let mut warnings = Vec::new();
    let files = input::discover_with(inputs, links, &mut warnings)?;
    let mut corpus = Corpus::new(gaz)?;
    let mut batch = Vec::new();
    let mut bytes = 0usize;
    for f in &files {
        for item in input::documents(f, csv) {
            let d: Document = match item {
                Item::Document(d) => d,
                Item::Warning(w) => {
                    warnings.push(w);
                    continue;
                }
            };
            bytes += d.text.len();
            batch.push((d.text, d.date));
            if bytes >= BATCH_BYTES || batch.len() >= BATCH_DOCS {
                corpus.add(&mut batch);
                bytes = 0;
            }
        }
    }
    corpus.add(&mut batch);
    Ok(corpus.finish(warnings))
}

/// Collects suggestions over texts given in memory (one document each).
pub fn from_texts<'a>(gaz: &Gazetteer, texts: impl IntoIterator<Item = &'a str>) -> Result<Suggestions> {
    let mut corpus = Corpus::new(gaz)?;
    let mut batch: Vec<_> = texts.into_iter().map(|t| (t.to_string(), None)).collect();
    corpus.add(&mut batch);
    Ok(corpus.finish(Vec::new()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityKind;

    #[test]
    fn finds_missing_names_with_type_and_title() {
        let g = Gazetteer::from_entities(vec![]);
        let docs = [
            "Ukrainian PM Arseniy Yatsenyuk tells MPs in Kiev that talks failed. Yatsenyuk left.",
            "The European Central Bank said prices rose. Yatsenyuk spoke in Kiev.",
        ];
        let found = from_texts(&g, docs).unwrap();
        let s: Vec<&Suggestion> = found.all().collect();
        let y = s.iter().find(|x| x.label == "Arseniy Yatsenyuk").unwrap();
        assert_eq!(y.kind, EntityKind::Person);
        assert_eq!(y.aliases, ["Yatsenyuk"]);
        assert_eq!(y.count, 3);
        assert_eq!(y.role, "Ukrainian PM");
        assert_eq!(y.found, Found::Guessed);
        assert_eq!(
            s.iter().find(|x| x.label == "Kiev").unwrap().kind,
            EntityKind::Place
        );
        let bank = s.iter().find(|x| x.label == "European Central Bank").unwrap();
        assert_eq!(bank.kind, EntityKind::Organization);
        assert!(!s.iter().any(|x| x.label == "The"));
    }

    fn person(id: &str, label: &str) -> crate::model::Entity {
        crate::model::Entity {
            label: label.into(),
            aliases: vec![label.into()],
            ..crate::model::Entity::named(id, EntityKind::Person)
        }
    }

    /// The harmful guesses, in sentences of our own: none may come back as a person.
    #[test]
    fn harmful_guesses_are_rejected() {
        let g = Gazetteer::from_entities(vec![person("blair", "Tony Blair")]);
        let docs = [
            "Mr Blair told reporters on Tuesday that the plan would work.",
            "Later that week Cherie Blair opened a school in the north of the city.",
            "Blair said nothing more about it to the waiting press.",
            "During Labour conference week, delegates argued about taxes.",
            "Tourists crowded the shore of Lake Geneva in the long summer.",
            "The North Korean delegation left early on the morning train.",
            "A senior Korean official said the talks would go on for days.",
            "Under Prime Minister Blair the country changed a great deal.",
        ];
        let found = from_texts(&g, docs).unwrap();
        let by = |l: &str| found.all().find(|s| s.label == l);
        // (label, why it must not be suggested)
        let rejected = [
            ("Blair", "the surname of a gazetteer person"),
            ("Mr Blair", "a title and a known surname"),
            ("During Labour", "a function word does not start a name"),
            ("North Korean", "a demonym"),
            ("Korean", "a demonym"),
            (
                "Under Prime Minister Blair",
                "a function word, a title, a known surname",
            ),
        ];
        for (label, why) in rejected {
            assert!(by(label).is_none(), "{label:?} suggested: {why}");
        }
        for s in found.all() {
            assert!(!s.aliases.iter().any(|a| a == "Blair" || a == "Korean"), "{s:?}");
        }
        // (label, kind): what is still suggested
        let accepted = [
            ("Cherie Blair", EntityKind::Person), // another given name: another person
            ("Lake Geneva", EntityKind::Place),   // a place shape, never a person
            ("Labour", EntityKind::Organization),
        ];
        for (label, kind) in accepted {
            assert_eq!(by(label).map(|s| s.kind), Some(kind), "{label}");
        }
    }

    #[test]
    fn headlines_are_skipped_but_sentences_full_of_names_are_read() {
        let g = Gazetteer::from_entities(vec![]);
        let cases: &[(&str, Option<&str>)] = &[
            ("Minister Meets Envoy In Tarvik For Talks", None),
            ("Minister Meets Envoy in Tarvik for Talks", None),
            (
                "Finance Minister Orla Vance met the envoy Petra Holm in Tarvik on Monday.",
                Some("Orla Vance"),
            ),
        ];
        for &(text, want) in cases {
            let found = from_texts(&g, [text]).unwrap();
            let labels: Vec<&str> = found.all().map(|s| s.label.as_str()).collect();
            match want {
                None => assert!(labels.is_empty(), "{text}: {labels:?}"),
                Some(l) => assert!(labels.contains(&l), "{text}: {labels:?}"),
            }
        }
    }

    #[test]
    fn titles_are_split_off_only_when_they_are_titles() {
        let g = Gazetteer::from_entities(vec![]);
        // (sentence, label, role)
        let cases = [
            (
                "Reporters said that Foreign Minister Orla Vance left.",
                "Orla Vance",
                "Foreign Minister",
            ),
            (
                "Reporters said that Vice President Orla Vance left.",
                "Orla Vance",
                "Vice President",
            ),
            (
                "Fans cheered when the comic Vice Tarran came on stage.",
                "Vice Tarran",
                "",
            ),
            (
                "Critics said that Home Secretary Orla Vance left.",
                "Orla Vance",
                "Home Secretary",
            ),
            (
                "Critics said that Deputy Prime Minister Orla Vance left.",
                "Orla Vance",
                "Deputy Prime Minister",
            ),
            (
                "Officials of the State Department declined to comment.",
                "State Department",
                "",
            ),
        ];
        for (text, label, role) in cases {
            let found = from_texts(&g, [text]).unwrap();
            let s = found.all().find(|s| s.label == label);
            assert_eq!(
                s.map(|s| s.role.as_str()),
                Some(role),
                "{text}: {:?}",
                found.guesses
            );
        }
        let found = from_texts(&g, ["Talks with the Secretary of State went on for hours."]).unwrap();
        assert!(!found.all().any(|s| s.label == "State"), "{:?}", found.guesses);
    }

    #[test]
    fn groups_contractions_and_plural_possessives() {
        let g = Gazetteer::from_entities(vec![]);
        let docs = [
            "Polls say the Free Democrats could win the seat of Tarvik North.",
            "But I'm not sure, the mayor of the town said on the radio.",
            "He backed the Greens' Harbour Bill in a close vote last week.",
            "Voters in Middle England are tired, a report on the vote said.",
            "The team from England won the match by two goals in the end.",
            "Our new envoy Orla Vance arrived. Reporters met Ms Vance later.",
            "It was the loyalist Orla Vance who spoke up first for the plan.",
            "Rebel Orla Vance was not there at all, her office said that day.",
            "Ministers met in the capital to talk about the coming budget.",
        ];
        let found = from_texts(&g, docs).unwrap();
        let by = |l: &str| found.all().find(|s| s.label == l);
        assert_eq!(
            by("Free Democrats").map(|s| s.kind),
            Some(EntityKind::Organization)
        );
        for absent in ["I'm", "Greens Harbour Bill", "Ministers"] {
            assert!(by(absent).is_none(), "{absent}: {:?}", found.guesses);
        }
        assert!(
            by("Middle England").is_some_and(|s| s.aliases.is_empty()),
            "a place word is no alias"
        );
        // "Ms Vance" resolves to the name given in full in the same document (names::variants),
        // so it is no sighting of a surname to make an alias of
        let vance = by("Orla Vance").unwrap();
        assert_eq!((vance.kind, vance.count), (EntityKind::Person, 2), "{vance:?}");
        assert!(vance.aliases.is_empty(), "{vance:?}");
    }
}
