//! Names as news writes them, per document, between the tagger and the extractor: actors no
//! gazetteer lists, found from the way news introduces them ("Chancellor Olaf Scholz", "the
//! Finance Ministry"), and the short forms of actors named in full ("Scholz", "Mr Scholz").
//!
//! ```
//! use kgraph::dict::gazetteer::Gazetteer;
//! use kgraph::model::{Entity, EntityKind};
//! use kgraph::tag::{Tagger, Target};
//!
//! let iran = Entity {
//!     code: "IRN".into(),
//!     demonyms: vec!["Iranian".into()],
//!     ..Entity::named("Iran", EntityKind::Country)
//! };
//! let gaz = Gazetteer::from_entities(vec![Entity { id: kgraph::model::EntityId("iran".into()), ..iran }]);
//! let text = "Iranian Foreign Minister Reza Amini met reporters. Later Amini left.";
//! let sentences = kgraph::text::sentences::split(text);
//! let mentions = Tagger::new(&gaz)?.tag(text);
//! let cast = kgraph::names::cast(text, &sentences, mentions, &gaz, None);
//!
//! let amini = &cast.discovered[0];
//! assert_eq!((amini.label.as_str(), amini.role.as_str(), amini.code.as_str()), ("Reza Amini", "Foreign Minister", "IRNGOV"));
//! let named: Vec<&str> = cast.mentions.iter().map(|m| &text[m.start..m.end]).collect();
//! assert_eq!(named, ["Iranian Foreign Minister Reza Amini", "Amini"]);
//! assert!(cast.mentions.iter().all(|m| m.target == Target::Entity(kgraph::model::EntityIx::new(1))));
//! assert_eq!((cast.names, cast.unmatched), (2, 0));
//! # Ok::<(), kgraph::Error>(())
//! ```

mod actors;
mod appositions;
mod dated;
mod lexicon;
mod orgs;
mod people;
mod precision;
pub use precision::Reason;
mod standins;
#[cfg(test)]
mod testing;
mod tokens;
mod variants;

use crate::dict::gazetteer::Gazetteer;
use crate::model::{Date, Entity, EntityKind};
use crate::tag::{Mention, Target};
use actors::Actors;
use precision::Known;
use std::ops::Range;
use tokens::{Doc, splice};

/// One document's cast: the actors it introduces that no gazetteer lists, and every mention.
///
/// A discovered actor `i` is named by mentions whose target is
/// `Target::Entity(EntityIx::new(gazetteer.entities.len() + i))`.
#[derive(Debug, Clone, Default)]
pub struct Cast {
    pub discovered: Vec<Entity>,
    /// The tagger's mentions with the discovered and resolved ones added: sorted by start,
    /// never overlapping.
    pub mentions: Vec<Mention>,
    /// Capitalised names in the document (runs of capitalised words that a mention covers or
    /// that [`rejected`] lets pass), outside headlines.
    pub names: usize,
    /// Those of `names` that no gazetteer or discovered actor matched.
    pub unmatched: usize,
}

/// Reads the cast of one normalised document from its sentences and the tagger's mentions.
pub fn cast(
    text: &str,
    sentences: &[Range<usize>],
    mut mentions: Vec<Mention>,
    gaz: &Gazetteer,
    date: Option<Date>,
) -> Cast {
    if !text.bytes().any(|b| b.is_ascii_uppercase()) {
        return Cast {
            mentions,
            ..Cast::default()
        };
    }
    let mut doc = Doc::new(text, sentences);
    let mut actors = Actors::default();
    let step = |doc: &mut Doc, mentions: &mut Vec<Mention>, added: Vec<Mention>| {
        if added.is_empty() {
            return;
        }
        splice(mentions, added);
        doc.set_cover(mentions);
    };
    doc.set_cover(&mentions);
    let found = people::discover(&doc, &mentions, gaz, &Tagged(gaz, &mentions), &mut actors, 2);
    step(&mut doc, &mut mentions, found);
    let found = appositions::discover(&doc, &mentions, gaz, &Tagged(gaz, &mentions), &mut actors);
    step(&mut doc, &mut mentions, found);
    let found = orgs::discover(&doc, &mentions, gaz, &Tagged(gaz, &mentions), &mut actors);
    step(&mut doc, &mut mentions, found);
    let found = orgs::acronyms(&doc, &mentions, gaz, &mut actors);
    step(&mut doc, &mut mentions, found);
    let found = variants::resolve(&doc, &mentions, gaz, &actors);
    step(&mut doc, &mut mentions, found);
    let found = people::discover(&doc, &mentions, gaz, &Tagged(gaz, &mentions), &mut actors, 1);
    step(&mut doc, &mut mentions, found);
    let found = dated::resolve(&doc, &mentions, gaz, &actors, date);
    step(&mut doc, &mut mentions, found);
    let found = standins::resolve(&doc, &mentions, gaz, &actors);
    step(&mut doc, &mut mentions, found);
    let (names, unmatched) = precision::count(&doc, &Tagged(gaz, &mentions));
    Cast {
        discovered: actors.list.into_iter().map(|a| a.entity).collect(),
        mentions,
        names,
        unmatched,
    }
}

/// What the tagger's mentions say of words: a place or country, or a demonym.
struct Tagged<'a>(&'a Gazetteer, &'a [Mention]);

impl Tagged<'_> {
    /// The target of the one mention covering all of `run`.
    fn target(&self, doc: &Doc, run: Range<usize>) -> Option<Target> {
        let c = doc.covered(run.start)?;
        let m = self.1.get(c)?;
        let span = doc.span(run.start, run.end - 1);
        (m.start <= span.start && span.end <= m.end).then_some(m.target)
    }
}

impl Known for Tagged<'_> {
    fn place(&self, doc: &Doc, run: Range<usize>) -> bool {
        matches!(self.target(doc, run), Some(Target::Entity(e))
            if self.0.entities.get(e.index()).is_some_and(|x| matches!(x.kind, EntityKind::Place | EntityKind::Country)))
    }

    fn demonym(&self, doc: &Doc, run: Range<usize>) -> bool {
        matches!(self.target(doc, run), Some(Target::Demonym(_)))
    }
}

/// What the gazetteer's own lists say of words, for callers without mentions (`suggest`).
struct Listed<'a>(&'a Gazetteer);

impl Known for Listed<'_> {
    fn place(&self, doc: &Doc, run: Range<usize>) -> bool {
        let s = &doc.text[doc.span(run.start, run.end - 1)];
        self.0.entities.iter().any(|e| {
            matches!(e.kind, EntityKind::Place | EntityKind::Country) && e.aliases.iter().any(|a| a == s)
        })
    }

    fn demonym(&self, doc: &Doc, run: Range<usize>) -> bool {
        let s = &doc.text[doc.span(run.start, run.end - 1)];
        self.0.entities.iter().any(|e| e.demonyms.iter().any(|d| d == s))
    }
}

/// At most this many bytes around a span are read to find its sentence.
const CONTEXT: usize = 2048;

/// Why the capitalised words at `span` (byte offsets into the normalised `text`) are not an
/// actor's name, or `None` when they may be one: the precision rules discovery and `suggest`
/// share (sentence-initial and headline capitals, days, months, places, lone demonyms, words
/// after "During"/"In").
///
/// ```
/// let gaz = kgraph::dict::gazetteer::Gazetteer::default();
/// let text = "They sailed across Lake Geneva with Moana Tuilagi.";
/// let at = |s: &str| text.find(s).unwrap()..text.find(s).unwrap() + s.len();
/// assert!(kgraph::names::rejected(text, at("Lake Geneva"), &gaz).is_some());
/// assert_eq!(kgraph::names::rejected(text, at("Moana Tuilagi"), &gaz), None);
/// ```
pub fn rejected(text: &str, span: Range<usize>, gaz: &Gazetteer) -> Option<Reason> {
    if span.start >= span.end
        || span.end > text.len()
        || !text.is_char_boundary(span.start)
        || !text.is_char_boundary(span.end)
    {
        return Some(Reason::NoCapital);
    }
    let para_start = text[..span.start].rfind("\n\n").map_or(0, |i| i + 2);
    let para_end = text[span.end..].find("\n\n").map_or(text.len(), |i| span.end + i);
    let from = floor_boundary(text, para_start.max(span.start.saturating_sub(CONTEXT)));
    let to = ceil_boundary(text, para_end.min(span.end + CONTEXT));
    let sentence = crate::text::sentences::split(&text[from..to])
        .into_iter()
        .map(|r| r.start + from..r.end + from)
        .find(|r| r.start <= span.start && span.start < r.end)
        .unwrap_or(from..to);
    let doc = Doc::new(text, std::slice::from_ref(&sentence));
    let (a, b) = (doc.tok_at(span.start), doc.tok_at(span.end));
    precision::check(&doc, a..b, &Listed(gaz))
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejected_reads_the_sentence_around_the_span() {
        let gaz = testing::gazetteer();
        let cases = [
            (
                "Scholz flew home. Then Olaf Scholz spoke.",
                "Scholz",
                Some("one capitalised word at the start of a sentence"),
            ),
            ("Scholz flew home. Then Olaf Scholz spoke.", "Olaf Scholz", None),
            (
                "A North Korean ship docked.",
                "North Korean",
                Some("a demonym alone"),
            ),
            (
                "They flew to Geneva on Monday.",
                "Geneva",
                Some("a place or country of the gazetteer"),
            ),
            (
                "They flew to Geneva on Monday.",
                "Monday",
                Some("after a preposition of time or place (During, In, On, After)"),
            ),
            (
                "TALKS END\n\nThe rest followed.",
                "TALKS END",
                Some("headline capitals"),
            ),
            ("x", "", Some("no capitalised word")),
        ];
        for (text, name, want) in cases {
            let at = text.find(name).unwrap();
            assert_eq!(
                rejected(text, at..at + name.len(), &gaz).map(Reason::as_str),
                want,
                "{text:?} / {name:?}"
            );
        }
    }

    #[test]
    fn counts_names_and_the_unmatched() {
        let cases = [
            // Olaf Scholz (discovered), Geneva (gazetteer), Moana Tuilagi (nothing)
            ("Chancellor Olaf Scholz met Moana Tuilagi in Geneva.", 3, 1),
            ("nothing capitalised here", 0, 0),
            ("TALKS END IN GENEVA", 0, 0),
        ];
        for (text, names, unmatched) in cases {
            let (cast, _) = testing::cast_of(text, None);
            assert_eq!((cast.names, cast.unmatched), (names, unmatched), "{text:?}");
        }
    }
}
