//! Relation extraction: from a normalised document and its tagged mentions to relation
//! instances with evidence. Coreference (titles, he/she/his/her) is resolved here, per document.
//!
//! The stages, one file each: [`items`] (a sentence as items), [`coref`] and [`walk`] (who each
//! mention and pronoun names), [`rules`] (verb or noun reading, then [`verb`] and [`noun`] rules
//! built from the argument finders in [`args`] and the constructions in [`passive`],
//! [`coordination`] and [`phrase`], with [`polarity`]), [`emit`] (argument sets to findings),
//! [`place`] and [`quote`] (what a finding carries into a relation).

mod args;
mod coordination;
mod coref;
mod emit;
pub mod items;
mod noun;
mod passive;
mod phrase;
mod place;
mod polarity;
mod quote;
pub mod rules;
pub mod sentence;
#[cfg(test)]
mod testing;
mod verb;
mod walk;

use crate::dict::gazetteer::Gazetteer;
use crate::dict::lexicon::Lexicon;
use crate::model::{Date, EntityIx, Evidence, MentionCount, Relation, Span};
use crate::tag::Tagger;
use items::Kind;
use place::{place, roles_at};
use quote::{Cursor, collapse_ws, original_slice};
use std::collections::HashMap;
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
}

/// The compiled pipeline for one gazetteer and lexicon; shared by all threads.
pub struct Extractor<'g> {
    pub gazetteer: &'g Gazetteer,
    pub lexicon: &'g Lexicon,
    pub tagger: Tagger,
}

impl<'g> Extractor<'g> {
    /// Compiles the tagger; fails only when the gazetteer is too big for one automaton.
    pub fn new(gazetteer: &'g Gazetteer, lexicon: &'g Lexicon) -> crate::error::Result<Extractor<'g>> {
        Ok(Extractor {
            gazetteer,
            lexicon,
            tagger: Tagger::new(gazetteer)?,
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
        let text = crate::text::normalize::normalize(original);
        let sentences = crate::text::sentences::split(&text);
        let mentions = self.tagger.tag(&text);
        if mentions.is_empty() {
            // nothing named, so nothing to relate: most documents of a large corpus end here
            return DocOutput {
                doc: doc.to_string(),
                sentences: sentences.len(),
                date: given,
                ..DocOutput::default()
            };
        }
        let date = given.or_else(|| crate::text::dates::document_date(&text, &sentences));
        let mut out = DocOutput {
            doc: doc.to_string(),
            sentences: sentences.len(),
            date,
            ..DocOutput::default()
        };
        let mut walker = Walker::new((self.gazetteer, self.lexicon), &text, &mentions, date);
        let mut counts: HashMap<EntityIx, u32> = HashMap::new();
        let mut found = Vec::new();
        let mut cursor = Cursor::default();
        for (si, range) in sentences.iter().enumerate() {
            if !walker.prepare(range.clone(), true) {
                continue;
            }
            let (items, ents) = (&walker.items, &walker.ents);
            for (k, it) in items.iter().enumerate() {
                if let (Kind::Mention(_), Some(e)) = (it.kind, ents[k]) {
                    *counts.entry(e).or_default() += 1;
                }
            }
            found.clear();
            let sentence = sentence::Sentence {
                items,
                ents,
                mentions: &mentions,
                gaz: self.gazetteer,
                lex: self.lexicon,
                text: &text,
            };
            rules::extract(&sentence, &mut found);
            if found.is_empty() {
                continue;
            }
            let (sent_char, orig) = cursor.locate(&text, original, range.clone());
            let quote = collapse_ws(orig);
            let sentence_date = crate::text::dates::sentence_date(&text[range.clone()], date).or(date);
            for f in &found {
                let item = items[f.trigger];
                let start = sent_char + text[range.start..item.start].chars().count();
                let end = start + text[item.start..item.end].chars().count();
                let def = self.lexicon.relation(f.rel);
                let (mut s, mut t) = (f.source, f.target);
                if def.symmetric && self.gazetteer.entity(t).id < self.gazetteer.entity(s).id {
                    std::mem::swap(&mut s, &mut t);
                }
                out.relations.push(Relation {
                    source: s,
                    relation: f.rel,
                    target: t,
                    polarity: f.polarity,
                    date: sentence_date,
                    place: place(&sentence, f),
                    roles: roles_at(self.gazetteer, s, t, sentence_date),
                    evidence: Evidence {
                        doc: doc.to_string(),
                        sentence: si,
                        span: Span { start, end },
                        trigger: original_slice(orig, start - sent_char, end - sent_char),
                        text: quote.clone(),
                    },
                });
            }
        }
        out.mentions = mention_counts(counts);
        out
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

impl Extractor<'_> {
    /// One line per sentence item: its text, its class and the entity it resolves to.
    pub fn explain(&self, original: &str) -> Vec<String> {
        let text = crate::text::normalize::normalize(original);
        let sentences = crate::text::sentences::split(&text);
        let mentions = self.tagger.tag(&text);
        let date = crate::text::dates::document_date(&text, &sentences);
        let mut walker = Walker::new((self.gazetteer, self.lexicon), &text, &mentions, date);
        let mut lines = Vec::new();
        for (si, range) in sentences.iter().enumerate() {
            walker.prepare(range.clone(), false);
            lines.push(format!("sentence {si}: {}", &text[range.clone()]));
            for (k, it) in walker.items.iter().enumerate() {
                let ent =
                    walker.ents[k].map_or(String::new(), |e| format!(" -> {}", self.gazetteer.entity(e).id));
                lines.push(format!(
                    "  {k:>3} {:<24} {:?}{ent}",
                    &text[it.start..it.end],
                    it.kind.explained()
                ));
            }
        }
        lines
    }
}
