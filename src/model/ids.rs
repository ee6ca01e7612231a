//! Typed identities inside the pipeline: indices into the loaded dictionary. String ids
//! ([`EntityId`](super::EntityId)) appear where data leaves the pipeline: the graph (what
//! graph.json holds), exports, shards, query tables, the report.

use std::fmt;

/// An entity: the index of its row in the loaded gazetteer's entity table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityIx(pub u32);

/// A relation of the lexicon: the index of its row in the loaded relation table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RelationIx(pub u32);

impl EntityIx {
    /// The row index, for indexing the entity table.
    pub fn index(self) -> usize {
        self.0 as usize
    }
    /// The id of row `i`; tables never hold more than `u32::MAX` rows.
    pub fn new(i: usize) -> EntityIx {
        EntityIx(u32::try_from(i).unwrap_or(u32::MAX))
    }
}

impl RelationIx {
    /// The row index, for indexing the relation table.
    pub fn index(self) -> usize {
        self.0 as usize
    }
    /// The id of row `i`; tables never hold more than `u32::MAX` rows.
    pub fn new(i: usize) -> RelationIx {
        RelationIx(u32::try_from(i).unwrap_or(u32::MAX))
    }
}

impl fmt::Display for EntityIx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "entity#{}", self.0)
    }
}

impl fmt::Display for RelationIx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "relation#{}", self.0)
    }
}
