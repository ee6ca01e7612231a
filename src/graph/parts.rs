//! The parts of the graph: nodes, aggregated edges, relation instances and documents.

use crate::model::{Date, EntityId, EntityKind, Evidence, Origin, Polarity, RolesAtDate};
use petgraph::graph::{EdgeIndex, NodeIndex};
use serde::{Deserialize, Serialize};

/// A node: an entity with its counts in the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub id: EntityId,
    pub label: String,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// Mentions by name or title.
    pub mentions: u64,
    /// Documents that mention it.
    pub documents: u64,
    #[serde(default)]
    pub affiliation: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub code: String,
    /// Whether a gazetteer lists the entity or the build discovered it (older graph files,
    /// which predate discovery, hold only gazetteer entities).
    #[serde(default)]
    pub origin: Origin,
    /// Every alias, so that queries resolve names as the tagger does.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// The columns that describe an edge in every table of edges (`edges.csv`, `query edges`),
/// followed by the ones a table adds: `edge_columns::<N>(&["first_date", ...])`.
pub const fn edge_columns<const N: usize>(then: &[&'static str]) -> [&'static str; N] {
    const FIRST: [&str; 11] = [
        "source",
        "target",
        "relation",
        "weight",
        "asserted",
        "negated",
        "hedged",
        "instances",
        "documents",
        "symmetric",
        "origin",
    ];
    let mut out = [""; N];
    let mut i = 0;
    while i < FIRST.len() {
        out[i] = FIRST[i];
        i += 1;
    }
    let mut j = 0;
    while j < then.len() {
        out[i + j] = then[j];
        j += 1;
    }
    assert!(i + j == N, "edge_columns: N must be 11 + the columns added");
    out
}

/// An aggregated edge: every instance of one relation from one entity to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub source: NodeIndex,
    pub target: NodeIndex,
    pub relation: String,
    pub symmetric: bool,
    pub cameo: String,
    /// Whether the edge was read in text or comes from the gazetteer's `affiliation` column.
    pub origin: EdgeOrigin,
    /// Instances that assert the relation (neither negated nor hedged); 1 for a gazetteer edge.
    pub asserted: u64,
    /// Instances that deny it.
    pub negated: u64,
    /// Instances that report it as possible, planned or demanded.
    pub hedged: u64,
    /// Documents with at least one instance.
    pub documents: u64,
    pub first_date: Option<Date>,
    pub last_date: Option<Date>,
    /// Indexes into the graph's relation instances, ascending.
    pub instances: Vec<usize>,
}

impl Edge {
    /// Every instance that reports the edge, asserted, negated or hedged: never 0, so that
    /// tools which drop edges of weight 0 (Gephi) keep denials and plans.
    pub fn weight(&self) -> u64 {
        self.asserted + self.negated + self.hedged
    }
}

/// Where an edge comes from: read in text, or stated by the gazetteer (an affiliation).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EdgeOrigin {
    #[default]
    Text,
    Gazetteer,
}

impl EdgeOrigin {
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeOrigin::Text => "text",
            EdgeOrigin::Gazetteer => "gazetteer",
        }
    }
}

/// One relation instance of the graph: its edge (who, what, whom) and how one sentence states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instance {
    pub edge: EdgeIndex,
    pub polarity: Polarity,
    pub date: Option<Date>,
    /// Where it happened; a place need not be a node of the graph.
    pub place: Option<EntityId>,
    pub roles: RolesAtDate,
    pub evidence: Evidence,
}

/// What the graph records of each input document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub doc: String,
    pub date: Option<Date>,
    pub sentences: u64,
    pub relations: u64,
}
