//! `query neighbors NAME`: the entities connected to one, with relation, weight and dates.

use super::{Row, opt_date};
use crate::graph::{EdgeIndex, KnowledgeGraph};
use petgraph::Direction as PD;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

/// Which edges of a node to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Edges the entity is the source of (and symmetric ones).
    Out,
    /// Edges pointing at the entity (and symmetric ones).
    In,
    Both,
}

crate::choices!(Direction {
    Out => "out", "Edges the entity is the source of (and symmetric ones)";
    In => "in", "Edges pointing at the entity (and symmetric ones)";
    Both => "both", "Edges in either direction";
});

/// The header of the neighbours table.
pub const HEADER: [&str; 12] = [
    "neighbor",
    "label",
    "type",
    "relation",
    "direction",
    "weight",
    "asserted",
    "negated",
    "hedged",
    "documents",
    "first_date",
    "last_date",
];

/// One neighbour: the node at the other end of an edge, and which way the edge points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Neighbor {
    pub node: NodeIndex,
    pub edge: EdgeIndex,
    /// `out`, `in` or `mutual` (symmetric relations).
    pub direction: &'static str,
}

/// Neighbours of `node`, strongest first.
pub fn neighbors(
    kg: &KnowledgeGraph,
    node: NodeIndex,
    relation: Option<&str>,
    dir: Direction,
) -> Vec<Neighbor> {
    let mut found: Vec<Neighbor> = Vec::new();
    for (pd, label) in [(PD::Outgoing, "out"), (PD::Incoming, "in")] {
        for e in kg.graph().edges_directed(node, pd) {
            let w = e.weight();
            let other = if pd == PD::Outgoing {
                e.target()
            } else {
                e.source()
            };
            let direction = if w.symmetric { "mutual" } else { label };
            let wanted = match dir {
                Direction::Both => true,
                Direction::Out => w.symmetric || pd == PD::Outgoing,
                Direction::In => w.symmetric || pd == PD::Incoming,
            };
            if wanted && relation.is_none_or(|r| r == w.relation) && other != node {
                found.push(Neighbor {
                    node: other,
                    edge: e.id(),
                    direction,
                });
            }
        }
    }
    found.sort_by(|a, b| {
        let (ea, eb) = (kg.edge_at(a.edge), kg.edge_at(b.edge));
        (eb.asserted, eb.weight())
            .cmp(&(ea.asserted, ea.weight()))
            .then_with(|| kg.id(a.node).cmp(kg.id(b.node)))
            .then_with(|| ea.relation.cmp(&eb.relation))
            .then_with(|| a.direction.cmp(b.direction))
    });
    found
}

impl Row for Neighbor {
    const HEADER: &'static [&'static str] = &HEADER;
    fn cells(&self, kg: &KnowledgeGraph) -> Vec<String> {
        let (n, e) = (kg.node_at(self.node), kg.edge_at(self.edge));
        vec![
            n.id.0.clone(),
            n.label.clone(),
            n.kind.to_string(),
            e.relation.clone(),
            self.direction.to_string(),
            e.weight().to_string(),
            e.asserted.to_string(),
            e.negated.to_string(),
            e.hedged.to_string(),
            e.documents.to_string(),
            opt_date(e.first_date),
            opt_date(e.last_date),
        ]
    }
}
