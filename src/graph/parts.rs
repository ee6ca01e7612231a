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
    const FIRST: [&str; 9] = [
        "source",
        "target",
        "relation",
        "weight",
        "negated",
        "hedged",
        "instances",
        "documents",
        "symmetric",
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
    assert!(i + j == N, "edge_columns: N must be 9 + the columns added");
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
    /// Instances that assert the relation (neither negated nor hedged).
    pub weight: u64,
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
