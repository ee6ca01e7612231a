//! `query path A B`: how two entities are connected — a shortest path over the undirected
//! graph (fewest hops, or with `--weighted` the strongest ties), each hop with its relation and
//! one evidence sentence. Uses petgraph's A* with a zero heuristic (Dijkstra with a path).

use super::{Row, fmt_f64};
use crate::graph::{EdgeIndex, KnowledgeGraph};
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use std::collections::HashMap;

/// The hops of a shortest path from `a` to `b`, or `None` when they are not connected.
pub fn shortest_path(
    kg: &KnowledgeGraph,
    a: NodeIndex,
    b: NodeIndex,
    weighted: bool,
) -> Option<Vec<NodeIndex>> {
    // one undirected edge per connected pair, carrying the pair's strongest tie
    let mut best: HashMap<(usize, usize), u64> = HashMap::new();
    for e in kg.graph().edge_references() {
        let (u, v) = (e.source().index(), e.target().index());
        if u == v {
            continue;
        }
        let key = (u.min(v), u.max(v));
        let w = best.entry(key).or_insert(0);
        *w = (*w).max(e.weight().asserted);
    }
    let mut pairs: Vec<((usize, usize), u64)> = best.into_iter().collect();
    pairs.sort_unstable();
    let mut g: UnGraph<(), f64> = UnGraph::with_capacity(kg.graph().node_count(), pairs.len());
    for _ in 0..kg.graph().node_count() {
        g.add_node(());
    }
    for ((u, v), w) in pairs {
        let cost = if weighted { 1.0 / (1.0 + w as f64) } else { 1.0 };
        g.add_edge(NodeIndex::new(u), NodeIndex::new(v), cost);
    }
    let (_, path) = petgraph::algo::astar(&g, a, |n| n == b, |e| *e.weight(), |_| 0.0)?;
    Some(path)
}

/// The strongest edge between two nodes, either direction (`true` when it points from `u`).
fn hop_edge(kg: &KnowledgeGraph, u: NodeIndex, v: NodeIndex) -> Option<(EdgeIndex, bool)> {
    let fwd = kg.graph().edges_connecting(u, v).map(|e| (e, true));
    let back = kg.graph().edges_connecting(v, u).map(|e| (e, false));
    fwd.chain(back)
        .max_by(|x, y| {
            let (a, b) = (x.0.weight(), y.0.weight());
            (a.asserted, a.weight())
                .cmp(&(b.asserted, b.weight()))
                .then_with(|| b.relation.cmp(&a.relation))
                .then_with(|| x.1.cmp(&y.1))
        })
        .map(|(e, forward)| (e.id(), forward))
}

/// One hop of a path: from one node to the next over an edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hop {
    /// The hop's number along the path, from 1.
    pub hop: usize,
    pub from: NodeIndex,
    pub to: NodeIndex,
    pub edge: EdgeIndex,
    /// Whether the edge points from `from` to `to`.
    pub forward: bool,
}

/// The hops of a shortest path; empty when the two are not connected.
pub fn path(kg: &KnowledgeGraph, a: NodeIndex, b: NodeIndex, weighted: bool) -> Vec<Hop> {
    let Some(nodes) = shortest_path(kg, a, b, weighted) else {
        return Vec::new();
    };
    nodes
        .windows(2)
        .enumerate()
        .filter_map(|(i, w)| {
            let (edge, forward) = hop_edge(kg, w[0], w[1])?;
            Some(Hop {
                hop: i + 1,
                from: w[0],
                to: w[1],
                edge,
                forward,
            })
        })
        .collect()
}

impl Row for Hop {
    const HEADER: &'static [&'static str] = &[
        "hop",
        "from",
        "relation",
        "direction",
        "to",
        "weight",
        "doc",
        "evidence",
    ];
    fn cells(&self, kg: &KnowledgeGraph) -> Vec<String> {
        let e = kg.edge_at(self.edge);
        let direction = if e.symmetric {
            "mutual"
        } else if self.forward {
            "->"
        } else {
            "<-"
        };
        let ev = e.instances.first().map(|&k| &kg.instances[k].evidence);
        vec![
            self.hop.to_string(),
            kg.id(self.from).0.clone(),
            e.relation.clone(),
            direction.to_string(),
            kg.id(self.to).0.clone(),
            fmt_f64(e.weight() as f64),
            ev.map_or_else(|| "gazetteer".to_string(), |ev| ev.doc.clone()),
            ev.map_or_else(
                || {
                    let (from, to) = if self.forward {
                        (self.from, self.to)
                    } else {
                        (self.to, self.from)
                    };
                    let n = kg.node_at(from);
                    format!(
                        "{} ({}) is affiliated with {}",
                        n.label,
                        n.role,
                        kg.node_at(to).label
                    )
                },
                |ev| ev.text.clone(),
            ),
        ]
    }
}
