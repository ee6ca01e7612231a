//! `query ego NAME --depth K`: the neighbourhood of an entity as a graph of its own.

use crate::graph::KnowledgeGraph;
use petgraph::graph::NodeIndex;
use std::collections::{BTreeSet, VecDeque};

/// The nodes within `depth` hops of `center`, following edges in either direction.
pub fn neighbourhood(kg: &KnowledgeGraph, center: NodeIndex, depth: usize) -> BTreeSet<NodeIndex> {
    let mut seen = BTreeSet::from([center]);
    let mut queue = VecDeque::from([(center, 0usize)]);
    while let Some((v, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        for w in kg.graph().neighbors_undirected(v) {
            if seen.insert(w) {
                queue.push_back((w, d + 1));
            }
        }
    }
    seen
}

/// The ego graph: the neighbourhood with the edges among its nodes and their evidence.
pub fn ego(kg: &KnowledgeGraph, center: NodeIndex, depth: usize) -> KnowledgeGraph {
    kg.subgraph(&neighbourhood(kg, center, depth))
}
