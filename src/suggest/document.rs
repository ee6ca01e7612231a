//! One document read for suggestions, as the extractor reads it: normalised, split into
//! sentences, tagged, its cast read by [`crate::names::cast`]; then its discovered actors
//! counted and its other capitalised names scanned.

use super::discovered::Sighting;
use super::rules::Known;
use super::scan::{Doc, original_sentence};
use super::tally::Tallies;
use crate::dict::gazetteer::Gazetteer;
use crate::error::Result;
use crate::model::Date;
use crate::tag::{Tagger, Target};
use std::ops::Range;

/// What one document adds to the suggestions.
#[derive(Default)]
pub(super) struct Findings {
    pub actors: Vec<Sighting>,
    pub guesses: Tallies,
}

/// Reads documents against one gazetteer; shared by the worker threads.
pub(super) struct Reader<'g> {
    gaz: &'g Gazetteer,
    tagger: Tagger,
    known: Known,
}

impl<'g> Reader<'g> {
    pub(super) fn new(gaz: &'g Gazetteer) -> Result<Reader<'g>> {
        Ok(Reader {
            gaz,
            tagger: Tagger::new(gaz)?,
            known: Known::new(gaz),
        })
    }

    /// The precision rules' view of the gazetteer.
    pub(super) fn known(&self) -> &Known {
        &self.known
    }

    /// The findings of one document (`given`: the date its source states).
    pub(super) fn read(&self, original: &str, given: Option<Date>) -> Findings {
        let text = crate::text::normalize::normalize(original);
        let sentences = crate::text::sentences::split(&text);
        let mentions = self.tagger.tag(&text);
        let date = given.or_else(|| crate::text::dates::document_date(&text, &sentences));
        let cast = crate::names::cast(&text, &sentences, mentions, self.gaz, date);
        let mut found = Findings {
            actors: self.sightings(original, &text, &sentences, &cast),
            guesses: Tallies::default(),
        };
        let doc = Doc {
            original,
            text: &text,
            mentions: &cast.mentions,
            gaz: self.gaz,
            known: &self.known,
        };
        for range in sentences {
            doc.scan_sentence(range, &mut found.guesses);
        }
        found
    }

    /// The discovered actors of the cast, each with its mentions and first sentence.
    fn sightings(
        &self,
        original: &str,
        text: &str,
        sentences: &[Range<usize>],
        cast: &crate::names::Cast,
    ) -> Vec<Sighting> {
        let base = self.gaz.entities.len();
        let mut counts = vec![0usize; cast.discovered.len()];
        let mut first: Vec<Option<usize>> = vec![None; cast.discovered.len()];
        for m in &cast.mentions {
            if let Target::Entity(ix) = m.target
                && let Some(d) = ix.index().checked_sub(base)
                && d < counts.len()
            {
                counts[d] += 1;
                first[d].get_or_insert(m.start);
            }
        }
        let sentence_of = |at: usize| {
            let i = sentences.partition_point(|r| r.end <= at);
            sentences.get(i).cloned().unwrap_or(at..at)
        };
        cast.discovered
            .iter()
            .zip(counts.iter().zip(&first))
            .filter(|(_, (n, _))| **n > 0)
            .map(|(e, (&mentions, at))| Sighting {
                entity: e.clone(),
                mentions,
                sample: at.map_or_else(String::new, |at| {
                    original_sentence(original, text, sentence_of(at))
                }),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityKind;

    #[test]
    fn a_document_gives_guesses_with_the_rules_applied() {
        let g = Gazetteer::from_entities(vec![]);
        let r = Reader::new(&g).unwrap();
        let f = r.read(
            "Talks stalled. During Labour week, the new minister Orla Vance gave a speech on the shore of Lake Tarvos.",
            None,
        );
        let s = f.guesses.finish(r.known());
        let kind = |l: &str| s.iter().find(|x| x.label == l).map(|x| x.kind);
        assert_eq!(kind("Orla Vance"), Some(EntityKind::Person));
        assert_eq!(kind("Lake Tarvos"), Some(EntityKind::Place));
        assert_eq!(kind("Labour"), Some(EntityKind::Organization));
        assert_eq!(kind("During Labour"), None);
    }

    #[test]
    fn discovered_actors_are_counted_with_the_sentence_of_their_first_mention() {
        use crate::model::{EntityIx, Origin};
        use crate::tag::Mention;
        let g = Gazetteer::from_entities(vec![]);
        let r = Reader::new(&g).unwrap();
        let text = "Talks began. Chancellor Orla Vance spoke. Vance left.";
        let sentences = crate::text::sentences::split(text);
        let mention = |start: usize, end: usize| Mention {
            target: Target::Entity(EntityIx::new(g.entities.len())),
            start,
            end,
            possessive: false,
            compound: false,
        };
        let mut vance = crate::model::Entity {
            label: "Orla Vance".into(),
            kind: EntityKind::Person,
            origin: Origin::Discovered,
            ..blank()
        };
        vance.aliases = vec!["Orla Vance".into(), "Vance".into()];
        let cast = crate::names::Cast {
            discovered: vec![vance],
            mentions: vec![mention(24, 34), mention(42, 47)],
            ..Default::default()
        };
        let s = r.sightings(text, text, &sentences, &cast);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].mentions, 2);
        assert_eq!(s[0].sample, "Chancellor Orla Vance spoke.");
    }

    fn blank() -> crate::model::Entity {
        crate::model::Entity {
            label: String::new(),
            aliases: Vec::new(),
            origin: crate::model::Origin::Discovered,
            ..crate::model::Entity::named("x", EntityKind::Person)
        }
    }
}
