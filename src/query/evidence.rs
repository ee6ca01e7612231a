//! `query evidence A B`: the sentences behind the edges between two entities.

use super::{Row, opt_date};
use crate::graph::KnowledgeGraph;
use petgraph::graph::NodeIndex;

pub const HEADER: [&str; 9] = [
    "doc", "sentence", "source", "relation", "target", "negated", "hedged", "date", "text",
];

/// One relation instance of the answer, by its index in the graph's instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceRow {
    pub instance: usize,
}

/// Every relation instance between `a` and `b`, either direction, in input order.
pub fn evidence(kg: &KnowledgeGraph, a: NodeIndex, b: NodeIndex, relation: Option<&str>) -> Vec<EvidenceRow> {
    let mut idx: Vec<usize> = Vec::new();
    for e in kg
        .graph()
        .edges_connecting(a, b)
        .chain(kg.graph().edges_connecting(b, a))
    {
        let w = e.weight();
        if relation.is_none_or(|r| r == w.relation) {
            idx.extend(&w.instances);
        }
    }
    idx.sort_unstable();
    idx.dedup();
    idx.into_iter().map(|instance| EvidenceRow { instance }).collect()
}

impl Row for EvidenceRow {
    const HEADER: &'static [&'static str] = &HEADER;
    fn cells(&self, kg: &KnowledgeGraph) -> Vec<String> {
        let r = &kg.instances[self.instance];
        let e = kg.edge_of(r);
        vec![
            r.evidence.doc.clone(),
            r.evidence.sentence.to_string(),
            kg.id(e.source).0.clone(),
            e.relation.clone(),
            kg.id(e.target).0.clone(),
            r.polarity.is_negated().to_string(),
            r.polarity.is_hedged().to_string(),
            opt_date(r.date),
            r.evidence.text.clone(),
        ]
    }
}
