//! `query top`: the central actors by degree, weighted degree, PageRank or betweenness.

use super::centrality;
use super::{Row, fmt_f64};
use crate::graph::KnowledgeGraph;
use crate::model::EntityKind;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

/// The measure to rank by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Number of edges touching the entity.
    Degree,
    /// Sum of the asserted instances of those edges (denials and hedges left out).
    WeightedDegree,
    /// PageRank over the directed graph (symmetric relations count both ways).
    Pagerank,
    /// Betweenness over the undirected graph (estimated from 64 sources on graphs above 5,000 nodes).
    Betweenness,
}

crate::choices!(Measure {
    Degree => "degree", "Number of edges touching the entity";
    WeightedDegree => "weighted-degree", "Sum of the asserted instances of those edges (denials and hedges left out)";
    Pagerank => "pagerank", "PageRank over the directed graph (symmetric relations count both ways)";
    Betweenness => "betweenness", "Betweenness over the undirected graph (estimated from 64 sources on graphs above 5,000 nodes)";
});

/// Above this many nodes, betweenness is estimated from a fixed sample of sources.
pub const EXACT_BETWEENNESS_MAX: usize = 5000;
const SAMPLE_SOURCES: usize = 64;

/// Scores for every node, by node index.
pub fn scores(kg: &KnowledgeGraph, by: Measure) -> Vec<f64> {
    let n = kg.graph().node_count();
    match by {
        Measure::Degree | Measure::WeightedDegree => {
            let mut s = vec![0.0; n];
            for e in kg
                .graph()
                .edge_references()
                .filter(|e| e.weight().origin == crate::graph::EdgeOrigin::Text)
            {
                let w = if by == Measure::Degree {
                    1.0
                } else {
                    e.weight().asserted as f64
                };
                s[e.source().index()] += w;
                s[e.target().index()] += w;
            }
            s
        }
        Measure::Pagerank => centrality::pagerank(n, &centrality::directed_edges(kg), 0.85, 100, 1e-6),
        Measure::Betweenness => {
            let adj = centrality::undirected_adjacency(n, &centrality::directed_edges(kg));
            if n > EXACT_BETWEENNESS_MAX {
                // evenly spaced sources: deterministic, and spread over the id order
                let step = n as f64 / SAMPLE_SOURCES as f64;
                let src: Vec<usize> = (0..SAMPLE_SOURCES).map(|i| (i as f64 * step) as usize).collect();
                centrality::betweenness(&adj, Some(&src))
            } else {
                centrality::betweenness(&adj, None)
            }
        }
    }
}

/// One ranked entity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    /// From 1.
    pub rank: usize,
    pub node: NodeIndex,
    pub score: f64,
}

/// The `n` best-scoring entities (of one type, if given), ties broken by id.
pub fn top(kg: &KnowledgeGraph, by: Measure, kind: Option<EntityKind>, n: usize) -> Vec<Ranked> {
    let s = scores(kg, by);
    let mut ix: Vec<NodeIndex> = kg
        .graph()
        .node_indices()
        .filter(|&i| kind.is_none_or(|k| kg.node_at(i).kind == k))
        .collect();
    ix.sort_by(|a, b| {
        s[b.index()]
            .total_cmp(&s[a.index()])
            .then_with(|| kg.id(*a).cmp(kg.id(*b)))
    });
    ix.into_iter()
        .take(n)
        .enumerate()
        .map(|(r, node)| Ranked {
            rank: r + 1,
            node,
            score: s[node.index()],
        })
        .collect()
}

impl Row for Ranked {
    const HEADER: &'static [&'static str] = &["rank", "id", "label", "type", "score"];
    fn cells(&self, kg: &KnowledgeGraph) -> Vec<String> {
        let node = kg.node_at(self.node);
        vec![
            self.rank.to_string(),
            node.id.0.clone(),
            node.label.clone(),
            node.kind.to_string(),
            fmt_f64(self.score),
        ]
    }
}
