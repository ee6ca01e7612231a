//! `query stats`: counts of nodes by type and edges by relation, components and density.

use super::{Row, fmt_f64};
use crate::graph::KnowledgeGraph;
use crate::model::Polarity;
use std::collections::BTreeMap;

/// One measured figure of the graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stat {
    pub metric: String,
    pub value: String,
}

impl Row for Stat {
    const HEADER: &'static [&'static str] = &["metric", "value"];
    fn cells(&self, _: &KnowledgeGraph) -> Vec<String> {
        vec![self.metric.clone(), self.value.clone()]
    }
}

/// The graph's figures: sizes, polarity counts, components, density, counts by type and relation.
pub fn stats(kg: &KnowledgeGraph) -> Vec<Stat> {
    let n = kg.graph().node_count();
    let m = kg.graph().edge_count();
    let mut t = Vec::new();
    let mut row = |k: &str, value: String| {
        t.push(Stat {
            metric: k.to_string(),
            value,
        })
    };
    row("documents", kg.documents.len().to_string());
    row("nodes", n.to_string());
    row("edges", m.to_string());
    row("relation instances", kg.instances.len().to_string());
    row(
        "negated instances",
        kg.instances
            .iter()
            .filter(|r| r.polarity.is_negated())
            .count()
            .to_string(),
    );
    // hedged and not negated: a hedged denial counts once, as a denial
    row(
        "hedged instances",
        kg.instances
            .iter()
            .filter(|r| r.polarity == Polarity::Hedged)
            .count()
            .to_string(),
    );
    // weakly connected components (union-find over edges, direction ignored)
    let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
    let mut uf = petgraph::unionfind::UnionFind::<usize>::new(n);
    for e in kg.graph().raw_edges() {
        uf.union(e.source().index(), e.target().index());
    }
    for i in 0..n {
        *sizes.entry(uf.find(i)).or_default() += 1;
    }
    row("components", sizes.len().to_string());
    row(
        "largest component",
        sizes.values().max().copied().unwrap_or(0).to_string(),
    );
    row(
        "isolated nodes",
        kg.graph()
            .node_indices()
            .filter(|&i| kg.graph().neighbors_undirected(i).next().is_none())
            .count()
            .to_string(),
    );
    let density = if n > 1 {
        m as f64 / (n as f64 * (n as f64 - 1.0))
    } else {
        0.0
    };
    row("density", fmt_f64(density));
    for (k, v) in node_counts(kg) {
        row(&k, v.to_string());
    }
    let mut by_rel: BTreeMap<String, (usize, u64)> = BTreeMap::new();
    for e in kg.edges() {
        let x = by_rel.entry(e.relation.clone()).or_default();
        x.0 += 1;
        x.1 += e.instances.len() as u64;
    }
    for (k, (edges, inst)) in by_rel {
        row(
            &format!("edges of relation {k}"),
            format!("{edges} ({inst} instances)"),
        );
    }
    t
}

/// Nodes by type, in type order, then the discovered ones (a row only when there are any).
fn node_counts(kg: &KnowledgeGraph) -> Vec<(String, usize)> {
    let mut by_type: BTreeMap<String, usize> = BTreeMap::new();
    for node in kg.nodes() {
        *by_type.entry(node.kind.to_string()).or_default() += 1;
    }
    let mut rows: Vec<(String, usize)> = by_type
        .into_iter()
        .map(|(k, v)| (format!("nodes of type {k}"), v))
        .collect();
    let discovered = kg
        .nodes()
        .filter(|n| n.origin == crate::model::Origin::Discovered)
        .count();
    if discovered > 0 {
        rows.push((
            "nodes discovered (no gazetteer lists them)".to_string(),
            discovered,
        ));
    }
    rows
}
