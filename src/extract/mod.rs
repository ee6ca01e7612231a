//! Relation extraction: from a normalised document and its tagged mentions to relation
//! instances with evidence. Coreference (titles, he/she/his/her) is resolved here, per document.
//!
//! The stages, one file each: [`items`] (a sentence as items), [`coref`] and [`walk`] (who each
//! mention and pronoun names), [`rules`] (verb or noun reading, then the named
//! [`constructions`], built from the argument finders in [`args`] and [`noun_args`] and the
//! phrase shapes in [`coordination`] and [`phrase`], with [`polarity`]), [`emit`] (argument sets
//! to findings),
//! [`place`] and [`quote`] (what a finding carries into a relation). Entities are read through
//! [`Actors`]: the gazetteer and the document's discovered actors ([`crate::names`]).

mod actors;
mod args;
mod clause;
pub mod constructions;
mod coordination;
mod coref;
mod emit;
pub mod explain;
pub mod items;
mod noun_args;
mod phrase;
pub mod phrases;
mod place;
mod polarity;
mod quote;
mod read_phrases;
pub mod rules;
pub mod sentence;
#[cfg(test)]
mod testing;
mod walk;

use crate::dict::gazetteer::Gazetteer;
use crate::dict::lexicon::Lexicon;
use crate::model::{Date, Entity, EntityIx, Evidence, MentionCount, Origin, Relation, Span};
use crate::names::Cast;
use crate::tag::{Mention, Tagger};
pub use actors::{Actors, unique_id};
use items::Kind;
use place::{place, roles_at};
use quote::{Cursor, collapse_ws, original_slice};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use walk::Walker;

/// Everything one document yields.
#[derive(Debug, Clone, Default)]
pub struct DocOutput {
    pub doc: String,
    pub relations: Vec<Relation>,
    /// Mentions by name or title per entity, sorted by entity.
    pub mentions: Vec<MentionCount>,
    pub sentences: usize,
    pub date: Option<Date>,
    /// The document's own actors that no gazetteer lists: entity `gazetteer.entities.len() + i`
    /// of its relations and mentions is `discovered[i]`. Their ids differ from every gazetteer
    /// id and from each other.
    pub discovered: Vec<Entity>,
    /// How the document names its actors, for the run's summary.
    pub names: Names,
}

/// A document's capitalised names and its case, for a run that finds few relations to say why.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Names {
    /// Capitalised names outside headlines (see [`crate::names::Cast::names`]).
    pub names: usize,
    /// Those no gazetteer or discovered actor matched.
    pub unmatched: usize,
    /// The text is all lower-case or all capitals ([`crate::text::case`]).
    pub caseless: bool,
}

/// The compiled pipeline for one gazetteer and lexicon; shared by all threads.
pub struct Extractor<'g> {
    pub gazetteer: &'g Gazetteer,
    pub lexicon: &'g Lexicon,
    pub tagger: Tagger,
    /// Match documents that carry no case (all lower-case or all capitals) without the
    /// tagger's case rule (`--caseless`).
    pub caseless: bool,
}

/// One document read so far: its normalised text, sentences, date and cast.
struct Read<'t> {
    doc: &'t str,
    original: &'t str,
    text: &'t str,
    sentences: &'t [Range<usize>],
    date: Option<Date>,
    cast: Cast,
}

impl<'g> Extractor<'g> {
    /// Compiles the tagger; fails only when the gazetteer is too big for one automaton.
    pub fn new(gazetteer: &'g Gazetteer, lexicon: &'g Lexicon) -> crate::error::Result<Extractor<'g>> {
        Ok(Extractor {
            gazetteer,
            lexicon,
            tagger: Tagger::new(gazetteer)?,
            caseless: false,
        })
    }

    /// Extracts the relations of one document. `original` is the text as decoded, `text` its
    /// normalisation (same characters count); evidence quotes the original.
    pub fn document(&self, doc: &str, original: &str) -> DocOutput {
        self.document_dated(doc, original, None)
    }

    /// As [`Extractor::document`], with the document's date given by its source (a JSON Lines
    /// `date` field) rather than read from its dateline.
    pub fn document_dated(&self, doc: &str, original: &str, given: Option<Date>) -> DocOutput {
        self.document_cast(doc, original, given, |text, sentences, mentions, date| {
            crate::names::cast(text, sentences, mentions, self.gazetteer, date)
        })
    }

    /// As [`Extractor::document_dated`], with the names stage given: `cast(text, sentences,
    /// tagged mentions, date)` (tests hand it a cast of their own).
    fn document_cast(
        &self,
        doc: &str,
        original: &str,
        given: Option<Date>,
        cast: impl FnOnce(&str, &[Range<usize>], Vec<Mention>, Option<Date>) -> Cast,
    ) -> DocOutput {
        let text = crate::text::normalize::normalize(original);
        let sentences = crate::text::sentences::split(&text);
        let date = given.or_else(|| crate::text::dates::document_date(&text, &sentences));
        let caseless = crate::text::case::shape(&text).is_caseless();
        let tagged = if caseless && self.caseless {
            self.tagger.tag_caseless(&text)
        } else {
            self.tagger.tag(&text)
        };
        let mut cast = cast(&text, &sentences, tagged, date);
        let names = Names {
            names: cast.names,
            unmatched: cast.unmatched,
            caseless,
        };
        if cast.mentions.is_empty() {
            // nothing named, so nothing to relate: most documents of a large corpus end here
            return DocOutput {
                doc: doc.to_string(),
                sentences: sentences.len(),
                date: given,
                names,
                ..DocOutput::default()
            };
        }
        distinct_ids(self.gazetteer, &mut cast.discovered);
        let mut out = self.relate(Read {
            doc,
            original,
            text: &text,
            sentences: &sentences,
            date,
            cast,
        });
        out.names = names;
        out
    }

    /// The relations and mention counts of a document read and cast.
    fn relate(&self, r: Read) -> DocOutput {
        let actors = Actors {
            gaz: self.gazetteer,
            local: &r.cast.discovered,
        };
        let mentions = &r.cast.mentions;
        let mut walker = Walker::new((actors, self.lexicon), r.text, mentions, r.date);
        let mut counts: HashMap<EntityIx, u32> = HashMap::new();
        let mut relations = Vec::new();
        let mut found = Vec::new();
        let mut cursor = Cursor::default();
        for (si, range) in r.sentences.iter().enumerate() {
            if !walker.prepare(range.clone(), true) {
                continue;
            }
            let sentence = walker.sentence();
            for (k, it) in sentence.items.iter().enumerate() {
                if let (Kind::Mention(_), Some(e)) = (it.kind, sentence.ents[k]) {
                    *counts.entry(e).or_default() += 1;
                }
            }
            found.clear();
            rules::extract(&sentence, &mut found, None);
            if found.is_empty() {
                continue;
            }
            let (sent_char, orig) = cursor.locate(r.text, r.original, range.clone());
            let at = Located {
                index: si,
                range: range.clone(),
                first_char: sent_char,
                original: orig,
            };
            self.relations(&r, &sentence, &at, &found, &mut relations);
        }
        DocOutput {
            doc: r.doc.to_string(),
            relations,
            mentions: mention_counts(counts),
            sentences: r.sentences.len(),
            date: r.date,
            discovered: r.cast.discovered,
            names: Names::default(),
        }
    }

    /// The relations of one sentence's findings, with their evidence.
    fn relations(
        &self,
        r: &Read,
        sentence: &sentence::Sentence,
        at: &Located,
        found: &[sentence::Found],
        out: &mut Vec<Relation>,
    ) {
        let (text, range) = (r.text, at.range.clone());
        let quote = collapse_ws(at.original);
        let sentence_date = crate::text::dates::sentence_date(&text[range.clone()], r.date).or(r.date);
        let actors = sentence.actors;
        for f in found {
            let item = sentence.items[f.trigger];
            let start = at.first_char + text[range.start..item.start].chars().count();
            let end = start + text[item.start..item.end].chars().count();
            let def = self.lexicon.relation(f.rel);
            let (mut s, mut t) = (f.source, f.target);
            if def.symmetric && actors.entity(t).id < actors.entity(s).id {
                std::mem::swap(&mut s, &mut t);
            }
            out.push(Relation {
                source: s,
                relation: f.rel,
                target: t,
                polarity: f.polarity,
                date: sentence_date,
                place: place(sentence, f),
                roles: roles_at(actors, s, t, sentence_date),
                evidence: Evidence {
                    doc: r.doc.to_string(),
                    sentence: at.index,
                    span: Span { start, end },
                    trigger: original_slice(at.original, start - at.first_char, end - at.first_char),
                    text: quote.clone(),
                },
            });
        }
    }
}

/// Where a sentence is: its index, its byte range in the normalised text, its first
/// character's offset and its text as written.
struct Located<'o> {
    index: usize,
    range: Range<usize>,
    first_char: usize,
    original: &'o str,
}

/// Marks a document's discovered actors as such and makes their ids differ from every
/// gazetteer id and from each other (`howard` → `howard_2`), so a record can name them by id.
fn distinct_ids(gaz: &Gazetteer, discovered: &mut [Entity]) {
    let mut taken: HashSet<String> = HashSet::new();
    for e in discovered.iter_mut() {
        e.origin = Origin::Discovered;
        let id = unique_id(&e.id.0, |id| {
            taken.contains(id) || gaz.get(&crate::model::EntityId(id.to_string())).is_some()
        });
        taken.insert(id.0.clone());
        e.id = id;
    }
}

/// Mention counts per entity, sorted by entity.
fn mention_counts(counts: HashMap<EntityIx, u32>) -> Vec<MentionCount> {
    let mut m: Vec<MentionCount> = counts
        .into_iter()
        .map(|(entity, count)| MentionCount { entity, count })
        .collect();
    m.sort_unstable();
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityId, EntityKind, Gender};
    use crate::tag::Target;

    fn actor(name: &str, gender: Option<Gender>) -> Entity {
        Entity {
            id: EntityId(crate::model::slug::id_for(
                name,
                crate::model::slug::IdLetters::Ascii,
            )),
            label: name.into(),
            aliases: vec![name.into()],
            gender,
            ..Entity::named("x", EntityKind::Person)
        }
    }

    /// The actors a hand-made cast discovers: names with their gender.
    type Names<'a> = &'a [(&'a str, Option<Gender>)];

    /// Extracts `text` with a names stage that discovers `names` wherever they are written.
    fn extract_with(text: &str, names: Names) -> (DocOutput, Vec<String>) {
        let (gaz, lex) = testing::dictionary();
        let ex = Extractor::new(&gaz, &lex).unwrap();
        let n = gaz.entities.len();
        let out = ex.document_cast("d.txt", text, None, |text, _, mut mentions, _| {
            for (i, (name, _)) in names.iter().enumerate() {
                for (start, _) in text.match_indices(name) {
                    mentions.push(Mention {
                        target: Target::Entity(EntityIx::new(n + i)),
                        start,
                        end: start + name.len(),
                        possessive: false,
                        compound: false,
                    });
                }
            }
            mentions.sort_by_key(|m| m.start);
            Cast {
                discovered: names.iter().map(|&(name, g)| actor(name, g)).collect(),
                mentions,
                ..Cast::default()
            }
        });
        let actors = Actors {
            gaz: &gaz,
            local: &out.discovered,
        };
        let mut rels: Vec<String> = out
            .relations
            .iter()
            .map(|r| {
                let name = &lex.relation(r.relation).name;
                format!(
                    "{} {name} {}",
                    actors.entity(r.source).id,
                    actors.entity(r.target).id
                )
            })
            .collect();
        rels.sort();
        (out, rels)
    }

    #[test]
    fn discovered_actors_act_in_relations_and_are_counted() {
        let scholz = ("Olaf Scholz", Some(Gender::Male));
        let cases: &[(&str, Names, &[&str])] = &[
            (
                "Olaf Scholz met John Kerry on Monday. He criticized Lavrov.",
                &[scholz],
                &["kerry met olaf_scholz", "olaf_scholz criticized lavrov"],
            ),
            // no gazetteer name at all: the cast alone makes the document worth reading
            (
                "Olaf Scholz met Anna Zed on Monday.",
                &[scholz, ("Anna Zed", Some(Gender::Female))],
                &["anna_zed met olaf_scholz"],
            ),
            // "she" is not Olaf Scholz
            (
                "Olaf Scholz met John Kerry on Monday. She criticized Lavrov.",
                &[scholz],
                &["kerry met olaf_scholz"],
            ),
        ];
        for (text, names, want) in cases {
            let (out, got) = extract_with(text, names);
            assert_eq!(got, *want, "{text}");
            assert_eq!(out.discovered.len(), names.len());
            assert!(out.discovered.iter().all(|e| e.origin == Origin::Discovered));
            let n = testing::dictionary().0.entities.len();
            let scholz = out.mentions.iter().find(|m| m.entity == EntityIx::new(n));
            assert_eq!(scholz.map(|m| m.count), Some(1), "{text}");
        }
    }

    #[test]
    fn the_stub_cast_changes_nothing() {
        let (gaz, lex) = testing::dictionary();
        let ex = Extractor::new(&gaz, &lex).unwrap();
        let text = "John Kerry met Sergei Lavrov. He criticized Putin.";
        let out = ex.document("d.txt", text);
        let tagged = ex.document_cast("d.txt", text, None, |_, _, mentions, _| Cast {
            discovered: vec![],
            mentions,
            ..Cast::default()
        });
        assert!(out.discovered.is_empty());
        assert_eq!(out.relations, tagged.relations);
        assert_eq!(out.mentions, tagged.mentions);
    }

    #[test]
    fn discovered_ids_differ_from_the_gazetteers_and_each_other() {
        let (gaz, _) = testing::dictionary();
        let mut found = vec![
            Entity::named("kerry", EntityKind::Person),
            Entity::named("kerry", EntityKind::Person),
            Entity::named("olaf_scholz", EntityKind::Person),
        ];
        distinct_ids(&gaz, &mut found);
        let ids: Vec<&str> = found.iter().map(|e| e.id.0.as_str()).collect();
        assert_eq!(ids, ["kerry_2", "kerry_3", "olaf_scholz"]);
        assert!(found.iter().all(|e| e.origin == Origin::Discovered));
    }
}
