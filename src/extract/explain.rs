//! What `kgraph explain` shows: each sentence's items with the entity each names, its phrases,
//! what became of each trigger (the construction that read it, or why nothing came of it) and
//! the relations found, each with its construction. Serialisable for `--format json`.

use super::items::form_name;
use super::rules::{self, Attempt};
use super::sentence::Sentence;
use super::walk::Walker;
use super::{Actors, Extractor, distinct_ids};
use crate::dict::lexicon::Lexicon;
use crate::model::{Polarity, Relation};
use serde::Serialize;

/// How a text is read.
#[derive(Debug, Serialize)]
pub struct Explanation {
    pub sentences: Vec<SentenceShown>,
    pub relations: Vec<RelationShown>,
}

#[derive(Debug, Serialize)]
pub struct SentenceShown {
    pub index: usize,
    pub text: String,
    pub items: Vec<ItemShown>,
    pub noun_phrases: Vec<PhraseShown>,
    pub verb_groups: Vec<VerbShown>,
    pub clauses: Vec<ClauseShown>,
    pub triggers: Vec<TriggerShown>,
}

#[derive(Debug, Serialize)]
pub struct ItemShown {
    pub text: String,
    /// The item's class as a person reads it ("trigger met (verb, past)", "negation").
    pub class: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<EntityShown>,
}

#[derive(Debug, Serialize)]
pub struct EntityShown {
    pub id: String,
    pub label: String,
    pub kind: String,
    pub discovered: bool,
}

#[derive(Debug, Serialize)]
pub struct PhraseShown {
    pub text: String,
    /// Item indices, end exclusive.
    pub items: [usize; 2],
    pub head: String,
    pub head_kind: &'static str,
}

#[derive(Debug, Serialize)]
pub struct VerbShown {
    pub text: String,
    pub items: [usize; 2],
    pub form: &'static str,
    pub voice: &'static str,
    pub polarity: Polarity,
}

#[derive(Debug, Serialize)]
pub struct ClauseShown {
    pub start: usize,
    pub kind: &'static str,
    /// The clause's first words.
    pub opens: String,
}

#[derive(Debug, Serialize)]
pub struct TriggerShown {
    pub item: usize,
    pub text: String,
    /// "verb" or "noun".
    pub reading: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub construction: Option<&'static str>,
    pub outcome: String,
}

#[derive(Debug, Serialize)]
pub struct RelationShown {
    pub source: String,
    pub relation: String,
    pub target: String,
    pub polarity: Polarity,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub trigger: String,
    pub sentence: usize,
    pub construction: &'static str,
}

impl Extractor<'_> {
    /// How `original` is read, sentence by sentence, and what it yields.
    pub fn explain(&self, original: &str) -> Explanation {
        let text = crate::text::normalize::normalize(original);
        let sentences = crate::text::sentences::split(&text);
        let date = crate::text::dates::document_date(&text, &sentences);
        let mut cast = crate::names::cast(&text, &sentences, self.tagger.tag(&text), self.gazetteer, date);
        distinct_ids(self.gazetteer, &mut cast.discovered);
        let actors = Actors {
            gaz: self.gazetteer,
            local: &cast.discovered,
        };
        let mut walker = Walker::new((actors, self.lexicon), &text, &cast.mentions, date);
        let mut shown = Vec::new();
        // the findings of each sentence, to name the construction of each relation
        let mut found_in = Vec::new();
        for (si, range) in sentences.iter().enumerate() {
            walker.prepare(range.clone(), false);
            let s = walker.sentence();
            let mut found = Vec::new();
            let mut attempts: Vec<Attempt> = Vec::new();
            rules::extract(&s, &mut found, Some(&mut attempts));
            shown.push(sentence_shown(
                &s,
                si,
                &text[range.clone()],
                self.lexicon,
                &attempts,
            ));
            found_in.push(found);
        }
        let out = self.document("text", original);
        let id = |e| actors_of(self, &out.discovered).entity(e).id.0.clone();
        let relations = out
            .relations
            .iter()
            .map(|r| RelationShown {
                source: id(r.source),
                relation: self.lexicon.relation(r.relation).name.clone(),
                target: id(r.target),
                polarity: r.polarity,
                place: r.place.map(id),
                date: r.date.map(|d| d.to_string()),
                trigger: r.evidence.trigger.clone(),
                sentence: r.evidence.sentence,
                construction: construction_of(r, found_in.get(r.evidence.sentence).map_or(&[], |f| f)),
            })
            .collect();
        Explanation {
            sentences: shown,
            relations,
        }
    }
}

/// One sentence as `explain` shows it.
fn sentence_shown(
    s: &Sentence,
    index: usize,
    sentence: &str,
    lex: &Lexicon,
    attempts: &[Attempt],
) -> SentenceShown {
    let (text, actors) = (s.text, s.actors);
    let word =
        |r: std::ops::Range<usize>| match (r.start < r.end).then(|| (s.items[r.start], s.items[r.end - 1])) {
            Some((a, b)) => crate::text::printable::printable(&text[a.start..b.end]).into_owned(),
            None => String::new(),
        };
    let items = (0..s.items.len())
        .map(|k| {
            let it = s.items[k];
            ItemShown {
                text: crate::text::printable::printable(&text[it.start..it.end]).into_owned(),
                class: it.kind.describe(lex),
                entity: s.ents[k].map(|e| {
                    let ent = actors.entity(e);
                    EntityShown {
                        id: ent.id.0.clone(),
                        label: ent.label.clone(),
                        kind: ent.kind.as_str().to_string(),
                        discovered: actors.is_discovered(e),
                    }
                }),
            }
        })
        .collect();
    let p = s.phrases;
    SentenceShown {
        index,
        text: sentence.to_string(),
        items,
        noun_phrases: p
            .nouns
            .iter()
            .map(|n| PhraseShown {
                text: word(n.items.clone()),
                items: [n.items.start, n.items.end],
                head: word(n.head..n.head + 1),
                head_kind: n.head_kind.as_str(),
            })
            .collect(),
        verb_groups: p
            .verbs
            .iter()
            .map(|v| VerbShown {
                text: word(v.items.clone()),
                items: [v.items.start, v.items.end],
                form: form_name(v.form),
                voice: v.voice.as_str(),
                polarity: v.polarity,
            })
            .collect(),
        clauses: p
            .clauses
            .iter()
            .map(|c| ClauseShown {
                start: c.start,
                kind: c.kind.as_str(),
                opens: word(c.start..(c.start + 3).min(s.items.len())),
            })
            .collect(),
        triggers: attempts
            .iter()
            .map(|a| TriggerShown {
                item: a.trigger,
                text: word(a.trigger..a.trigger + 1),
                reading: if a.verb { "verb" } else { "noun" },
                construction: a.construction.map(|c| c.name),
                outcome: a.outcome.describe(),
            })
            .collect(),
    }
}

fn actors_of<'g>(ex: &Extractor<'g>, local: &'g [crate::model::Entity]) -> Actors<'g> {
    Actors {
        gaz: ex.gazetteer,
        local,
    }
}

/// The construction that found `r` among its sentence's findings (either direction for a
/// symmetric relation, which the extractor may have turned round).
fn construction_of(r: &Relation, found: &[super::sentence::Found]) -> &'static str {
    found
        .iter()
        .find(|f| {
            f.rel == r.relation
                && f.polarity == r.polarity
                && ((f.source, f.target) == (r.source, r.target)
                    || (f.target, f.source) == (r.source, r.target))
        })
        .map_or("", |f| f.construction)
}
