//! `query path A B`: how two entities are connected — a shortest path over the undirected
//! graph (fewest hops, or with `--weighted` the strongest ties), each hop with its relation and
//! one evidence sentence. Uses petgraph's A* with a zero heuristic (Dijkstra with a path).

use super::{Table, fmt_f64};
use crate::graph::{Edge, KnowledgeGraph};
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
    for e in kg.graph.edge_references() {
        let (u, v) = (e.source().index(), e.target().index());
        if u == v {
            continue;
        }
        let key = (u.min(v), u.max(v));
        let w = best.entry(key).or_insert(0);
        *w = (*w).max(e.weight().weight);
    }
    let mut pairs: Vec<((usize, usize), u64)> = best.into_iter().collect();
    pairs.sort_unstable();
    let mut g: UnGraph<(), f64> = UnGraph::with_capacity(kg.graph.node_count(), pairs.len());
    for _ in 0..kg.graph.node_count() {
        g.add_node(());
    }
    for ((u, v), w) in pairs {
        let cost = if weighted { 1.0 / (1.0 + w as f64) } else { 1.0 };
        g.add_edge(NodeIndex::new(u), NodeIndex::new(v), cost);
    }
    let (_, path) = petgraph::algo::astar(&g, a, |n| n == b, |e| *e.weight(), |_| 0.0)?;
    Some(path)
}

/// The strongest edge between two nodes, either direction.
fn hop_edge(kg: &KnowledgeGraph, u: NodeIndex, v: NodeIndex) -> Option<(&Edge, bool)> {
    let fwd = kg.graph.edges_connecting(u, v).map(|e| (e.weight(), true));
    let back = kg.graph.edges_connecting(v, u).map(|e| (e.weight(), false));
    fwd.chain(back).max_by(|x, y| {
        x.0.weight
            .cmp(&y.0.weight)
            .then_with(|| y.0.relation.cmp(&x.0.relation))
            .then_with(|| x.1.cmp(&y.1))
    })
}

/// The path as a table of hops.
pub fn path(kg: &KnowledgeGraph, a: NodeIndex, b: NodeIndex, weighted: bool) -> Table {
    let mut t = Table::new(&[
        "hop",
        "from",
        "relation",
        "direction",
        "to",
        "weight",
        "doc",
        "evidence",
    ]);
    let Some(nodes) = shortest_path(kg, a, b, weighted) else {
        return t;
    };
    for (i, w) in nodes.windows(2).enumerate() {
        let Some((e, forward)) = hop_edge(kg, w[0], w[1]) else {
            continue;
        };
        let direction = if e.symmetric {
            "mutual"
        } else if forward {
            "->"
        } else {
            "<-"
        };
        let ev = e.instances.first().map(|&k| &kg.instances[k].evidence);
        t.push(vec![
            (i + 1).to_string(),
            kg.graph[w[0]].id.0.clone(),
            e.relation.clone(),
            direction.to_string(),
            kg.graph[w[1]].id.0.clone(),
            fmt_f64(e.weight as f64),
            ev.map_or_else(|| "gazetteer".to_string(), |ev| ev.doc.clone()),
            ev.map_or_else(
                || {
                    let (from, to) = if forward { (w[0], w[1]) } else { (w[1], w[0]) };
                    let n = &kg.graph[from];
                    format!(
                        "{} ({}) is affiliated with {}",
                        n.label, n.role, kg.graph[to].label
                    )
                },
                |ev| ev.text.clone(),
            ),
        ]);
    }
    t
}
