//! Relation extraction: from a normalised document and its tagged mentions to relation
//! instances with evidence. Coreference (titles, he/she/his/her) is resolved here, per document.

pub mod items;
pub mod rules;

use crate::dict::gazetteer::Gazetteer;
use crate::dict::lexicon::Lexicon;
use crate::lang::en::grammar::{Prep, Word};
use crate::model::{
    Date, EntityIx, EntityKind, Evidence, Gender, MentionCount, Polarity, Relation, RelationIx, Span,
};
use crate::tag::{Mention, Tagger, Target};
use items::{Item, Kind};
use std::collections::HashMap;

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
        let mut walker = Walker::new(self, &text, &mentions, date);
        let mut counts: HashMap<usize, u32> = HashMap::new();
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
            let sentence = rules::Sentence {
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
                let def = &self.lexicon.relations[f.rel];
                let (mut s, mut t) = (f.source, f.target);
                if def.symmetric && self.gazetteer.entities[t].id < self.gazetteer.entities[s].id {
                    std::mem::swap(&mut s, &mut t);
                }
                out.relations.push(Relation {
                    source: EntityIx::new(s),
                    relation: RelationIx::new(f.rel),
                    target: EntityIx::new(t),
                    polarity: Polarity::from_flags(f.negated, f.hedged),
                    date: sentence_date,
                    place: place(&sentence, f).map(EntityIx::new),
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
fn mention_counts(counts: HashMap<usize, u32>) -> Vec<MentionCount> {
    let mut m: Vec<MentionCount> = counts
        .into_iter()
        .map(|(e, count)| MentionCount {
            entity: EntityIx::new(e),
            count,
        })
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
        let mut walker = Walker::new(self, &text, &mentions, date);
        let mut lines = Vec::new();
        for (si, range) in sentences.iter().enumerate() {
            walker.prepare(range.clone(), false);
            lines.push(format!("sentence {si}: {}", &text[range.clone()]));
            for (k, it) in walker.items.iter().enumerate() {
                let ent = walker.ents[k].map_or(String::new(), |e| {
                    format!(" -> {}", self.gazetteer.entities[e].id)
                });
                lines.push(format!(
                    "  {k:>3} {:<24} {:?}{ent}",
                    &text[it.start..it.end],
                    it.kind
                ));
            }
        }
        lines
    }
}

/// Walks a document's sentences in order: builds each one's items and resolves its mentions
/// and pronouns, carrying coreference from sentence to sentence.
struct Walker<'x, 'g> {
    ex: &'x Extractor<'g>,
    text: &'x str,
    mentions: &'x [Mention],
    coref: Coref<'g>,
    items: Vec<Item>,
    ents: Vec<Option<usize>>,
    /// The first mention not before the current sentence.
    next: usize,
}

impl<'x, 'g> Walker<'x, 'g> {
    fn new(ex: &'x Extractor<'g>, text: &'x str, mentions: &'x [Mention], date: Option<Date>) -> Self {
        Walker {
            ex,
            text,
            mentions,
            coref: Coref::new(ex.gazetteer, date),
            items: Vec::new(),
            ents: Vec::new(),
            next: 0,
        }
    }

    /// Prepares the sentence at `range` (sentences must come in order). With `skip`, a sentence
    /// that cannot hold a relation — no name in it and fewer than two people to refer back
    /// to — is left unbuilt and `false` returned.
    fn prepare(&mut self, range: std::ops::Range<usize>, skip: bool) -> bool {
        while self.next < self.mentions.len() && self.mentions[self.next].start < range.start {
            self.next += 1;
        }
        if skip {
            let named = self.mentions[self.next..]
                .iter()
                .take_while(|m| m.start < range.end)
                .count();
            if named == 0 && self.coref.prev_persons.len() < 2 {
                return false;
            }
        }
        items::build(
            self.text,
            range,
            self.mentions,
            self.next,
            self.ex.lexicon,
            &self.ex.gazetteer.agents,
            &mut self.items,
        );
        self.coref
            .resolve(self.text, &self.items, self.mentions, &mut self.ents);
        true
    }
}

/// The place a relation happened: a place named after "in"/"at" in the trigger's clause —
/// within a few words after it, or just before it ("In Paris, Kerry met Lavrov").
fn place(s: &rules::Sentence, f: &rules::Found) -> Option<usize> {
    const AFTER: usize = 20;
    const BEFORE: usize = 8;
    let located = |k: usize| -> Option<usize> {
        let Kind::Mention(m) = s.items[k].kind else {
            return None;
        };
        if s.mentions[m].possessive
            || matches!(
                s.items.get(k + 1).map(|i| i.kind),
                Some(Kind::Other { cap: false, .. })
            )
        {
            return None; // "at a U.S. diplomatic residence": a modifier, not the place
        }
        let e = s.ents[k]?;
        let kind = s.gaz.entities[e].kind;
        if !matches!(kind, EntityKind::Place | EntityKind::Country) || e == f.source || e == f.target {
            return None;
        }
        let mut j = k;
        while j > 0 {
            j -= 1;
            match s.items[j].kind {
                Kind::Word(Word::Prep(Prep::Location)) => return Some(e),
                Kind::Word(Word::Determiner) | Kind::Other { cap: true, .. } => {}
                _ => return None,
            }
        }
        None
    };
    let boundary = |k: usize| {
        matches!(
            s.items[k].kind,
            Kind::Word(Word::That | Word::Speech | Word::Relative | Word::Subordinator | Word::But)
                | Kind::Punct(b';' | b':')
        )
    };
    let mut after = None;
    for k in f.trigger + 1..s.items.len().min(f.trigger + 1 + AFTER) {
        if boundary(k) {
            break;
        }
        if let Some(p) = located(k) {
            after = Some(p);
            break;
        }
    }
    after.or_else(|| {
        for k in (f.trigger.saturating_sub(BEFORE)..f.trigger).rev() {
            if boundary(k) {
                return None;
            }
            if let Some(p) = located(k) {
                return Some(p);
            }
        }
        None
    })
}

/// The roles and codes of both sides on the relation's date.
fn roles_at(g: &Gazetteer, s: usize, t: usize, date: Option<Date>) -> crate::model::RolesAtDate {
    let side = |e: usize| {
        let ent = &g.entities[e];
        match ent.role_on(date) {
            Some(r) => (
                r.title.clone(),
                if r.code.is_empty() {
                    ent.code.clone()
                } else {
                    r.code.clone()
                },
            ),
            None => (String::new(), ent.code.clone()),
        }
    };
    let (source_role, source_code) = side(s);
    let (target_role, target_code) = side(t);
    crate::model::RolesAtDate {
        source_role,
        source_code,
        target_role,
        target_code,
    }
}

/// Walks the normalised and the original text in step, so that sentence offsets in one give
/// character offsets and slices in the other.
#[derive(Default)]
struct Cursor {
    norm_byte: usize,
    orig_byte: usize,
    chars: usize,
}

impl Cursor {
    /// Character offset of the sentence start, and the sentence as written in the original.
    fn locate<'o>(
        &mut self,
        text: &str,
        original: &'o str,
        range: std::ops::Range<usize>,
    ) -> (usize, &'o str) {
        self.advance(text, original, range.start);
        let (start_char, start_orig) = (self.chars, self.orig_byte);
        self.advance(text, original, range.end);
        (start_char, &original[start_orig..self.orig_byte])
    }

    fn advance(&mut self, text: &str, original: &str, to: usize) {
        let mut oc = original[self.orig_byte..].chars();
        for c in text[self.norm_byte..to].chars() {
            self.norm_byte += c.len_utf8();
            self.orig_byte += oc.next().map_or(0, char::len_utf8);
            self.chars += 1;
        }
    }
}

/// Characters `start..end` of `s` (character offsets, not bytes).
fn original_slice(s: &str, start: usize, end: usize) -> String {
    s.chars().skip(start).take(end.saturating_sub(start)).collect()
}

fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether the mention at `k` reads as the subject of a clause: not after a preposition, and
/// followed by a verb, an auxiliary or ", who".
fn looks_like_subject(items: &[Item], k: usize) -> bool {
    let mut j = k;
    while j > 0 {
        j -= 1;
        match items[j].kind {
            Kind::Other { cap: true, .. } => {}
            Kind::Word(Word::Prep(_)) => return false,
            _ => break,
        }
    }
    match items.get(k + 1).map(|i| i.kind) {
        Some(Kind::Trigger { verb: Some(_), .. })
        | Some(Kind::Other {
            cap: false,
            num: false,
        }) => true,
        Some(Kind::Word(
            Word::Speech
            | Word::Be
            | Word::Have
            | Word::Do
            | Word::Modal
            | Word::NegatingVerb
            | Word::Support
            | Word::Negator,
        )) => true,
        Some(Kind::Punct(b',')) => matches!(
            items.get(k + 2).map(|i| i.kind),
            Some(Kind::Word(Word::Relative | Word::Subordinator))
        ),
        // "Kerry and Lavrov advanced": both are subjects
        Some(Kind::Word(Word::And)) => {
            matches!(items.get(k + 2).map(|i| i.kind), Some(Kind::Mention(_)))
                && looks_like_subject(items, k + 2)
        }
        _ => false,
    }
}

/// Coreference state of one document: who has been named, and who was named last.
struct Coref<'g> {
    gaz: &'g Gazetteer,
    date: Option<Date>,
    /// Entity → order of its latest mention.
    last_seen: HashMap<usize, usize>,
    clock: usize,
    /// Persons of the latest sentence that named any, in order.
    prev_persons: Vec<usize>,
}

impl<'g> Coref<'g> {
    fn new(gaz: &'g Gazetteer, date: Option<Date>) -> Coref<'g> {
        Coref {
            gaz,
            date,
            last_seen: HashMap::new(),
            clock: 0,
            prev_persons: Vec::new(),
        }
    }

    /// Fills `ents` with the entity each mention or pronoun item names.
    fn resolve(&mut self, text: &str, items: &[Item], mentions: &[Mention], ents: &mut Vec<Option<usize>>) {
        ents.clear();
        ents.resize(items.len(), None);
        // persons named in this sentence: (entity, looks like a clause subject)
        let mut persons: Vec<(usize, bool)> = Vec::new();
        for (k, it) in items.iter().enumerate() {
            let e = match it.kind {
                Kind::Mention(m) => match mentions[m].target {
                    Target::Entity(e) | Target::Demonym(e) => Some(e),
                    Target::Title(t) => self.title(t),
                },
                Kind::Word(Word::PossessivePronoun(g)) => persons
                    .iter()
                    .rev()
                    .map(|p| p.0)
                    .chain(self.prev_persons.iter().copied())
                    .find(|&p| self.compatible(p, g)),
                Kind::Word(Word::Pronoun(g)) => {
                    let object = text[it.start..it.end].eq_ignore_ascii_case("him")
                        || text[it.start..it.end].eq_ignore_ascii_case("himself");
                    let latest_subject = persons.iter().rev().find(|p| p.1).map(|p| p.0);
                    let here = if object {
                        persons
                            .iter()
                            .rev()
                            .map(|p| p.0)
                            .find(|&p| Some(p) != latest_subject && self.compatible(p, g))
                    } else {
                        persons
                            .iter()
                            .rev()
                            .filter(|p| p.1)
                            .map(|p| p.0)
                            .find(|&p| self.compatible(p, g))
                    };
                    here.or_else(|| {
                        self.prev_persons
                            .iter()
                            .copied()
                            .find(|&p| self.compatible(p, g) && (!object || Some(p) != latest_subject))
                    })
                }
                _ => None,
            };
            ents[k] = e;
            if let (Kind::Mention(_), Some(e)) = (it.kind, e) {
                self.clock += 1;
                self.last_seen.insert(e, self.clock);
                if self.gaz.entities[e].kind == EntityKind::Person {
                    persons.push((e, looks_like_subject(items, k)));
                }
            }
        }
        if !persons.is_empty() {
            // subjects first: "He" in the next sentence most often continues the subject
            let mut next: Vec<usize> = persons.iter().filter(|p| p.1).map(|p| p.0).collect();
            for p in persons.iter().filter(|p| !p.1) {
                if !next.contains(&p.0) {
                    next.push(p.0);
                }
            }
            next.dedup();
            self.prev_persons = next;
        }
    }

    fn compatible(&self, person: usize, g: Gender) -> bool {
        self.gaz.entities[person].gender.is_none_or(|pg| pg == g)
    }

    /// The holder of a title: one already named in the document, else the only one in office
    /// on the document's date.
    fn title(&self, t: usize) -> Option<usize> {
        let holders: Vec<usize> = self.gaz.titles[t]
            .holders
            .iter()
            .filter(|&&(e, r)| self.gaz.entities[e].roles[r].holds_on(self.date))
            .map(|&(e, _)| e)
            .collect();
        if let Some(&e) = holders
            .iter()
            .filter(|e| self.last_seen.contains_key(e))
            .max_by_key(|e| self.last_seen[e])
        {
            return Some(e);
        }
        let mut unique = holders.clone();
        unique.dedup();
        (unique.len() == 1).then(|| unique[0])
    }
}
