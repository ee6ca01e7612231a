//! `query neighbors NAME`: the entities connected to one, with relation, weight and dates.

use super::{Table, opt_date};
use crate::graph::{Edge, KnowledgeGraph};
use petgraph::Direction as PD;
use petgraph::graph::NodeIndex;

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
pub const HEADER: [&str; 11] = [
    "neighbor",
    "label",
    "type",
    "relation",
    "direction",
    "weight",
    "negated",
    "hedged",
    "documents",
    "first_date",
    "last_date",
];

/// Neighbours of `node`, strongest first.
pub fn neighbors(kg: &KnowledgeGraph, node: NodeIndex, relation: Option<&str>, dir: Direction) -> Table {
    let mut found: Vec<(NodeIndex, &Edge, &'static str)> = Vec::new();
    for (pd, label) in [(PD::Outgoing, "out"), (PD::Incoming, "in")] {
        for e in kg.graph.edges_directed(node, pd) {
            let w = e.weight();
            let other = if pd == PD::Outgoing {
                petgraph::visit::EdgeRef::target(&e)
            } else {
                petgraph::visit::EdgeRef::source(&e)
            };
            let direction = if w.symmetric { "mutual" } else { label };
            let wanted = match dir {
                Direction::Both => true,
                Direction::Out => w.symmetric || pd == PD::Outgoing,
                Direction::In => w.symmetric || pd == PD::Incoming,
            };
            if wanted && relation.is_none_or(|r| r == w.relation) && other != node {
                found.push((other, w, direction));
            }
        }
    }
    found.sort_by(|a, b| {
        b.1.weight
            .cmp(&a.1.weight)
            .then_with(|| kg.graph[a.0].id.cmp(&kg.graph[b.0].id))
            .then_with(|| a.1.relation.cmp(&b.1.relation))
            .then_with(|| a.2.cmp(b.2))
    });
    let mut t = Table::new(&HEADER);
    for (other, e, direction) in found {
        let n = &kg.graph[other];
        t.push(vec![
            n.id.0.clone(),
            n.label.clone(),
            n.kind.to_string(),
            e.relation.clone(),
            direction.to_string(),
            e.weight.to_string(),
            e.negated.to_string(),
            e.hedged.to_string(),
            e.documents.to_string(),
            opt_date(e.first_date),
            opt_date(e.last_date),
        ]);
    }
    t
}
