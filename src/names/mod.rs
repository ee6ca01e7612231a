//! Names as news writes them, per document, between the tagger and the extractor: actors no
//! gazetteer lists, found from the way news introduces them ("Chancellor Olaf Scholz", "the
//! Finance Ministry"), and the short forms of actors named in full ("Scholz", "Mr Scholz").

use crate::dict::gazetteer::Gazetteer;
use crate::model::{Date, Entity};
use crate::tag::Mention;
use std::ops::Range;

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
}

/// Reads the cast of one normalised document from its sentences and the tagger's mentions.
pub fn cast(
    _text: &str,
    _sentences: &[Range<usize>],
    mentions: Vec<Mention>,
    _gaz: &Gazetteer,
    _date: Option<Date>,
) -> Cast {
    Cast {
        discovered: Vec::new(),
        mentions,
    }
}

/// Why the capitalised words at `span` (byte offsets into the normalised `text`) are not an
/// actor's name, or `None` when they may be one: the precision rules discovery and `suggest`
/// share (sentence-initial and headline capitals, days, months, places, lone demonyms, words
/// after "During"/"In").
pub fn rejected(_text: &str, _span: Range<usize>, _gaz: &Gazetteer) -> Option<&'static str> {
    None
}
