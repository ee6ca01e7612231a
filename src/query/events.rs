//! `query events A B`: the events behind the edges between two entities.

use super::{Row, opt_date};
use crate::graph::KnowledgeGraph;
use petgraph::graph::NodeIndex;

pub const HEADER: [&str; 11] = [
    "event",
    "source",
    "relation",
    "target",
    "date",
    "place",
    "sources",
    "reports",
    "denials",
    "confidence",
    "documents",
];

/// One event of the answer, by its index in the graph's events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventRow {
    pub event: usize,
}

/// Events between `a` and `b`, either direction, in event order.
pub fn events(kg: &KnowledgeGraph, a: NodeIndex, b: NodeIndex, relation: Option<&str>) -> Vec<EventRow> {
    let mut t = Vec::new();
    for (k, e) in kg.events.iter().enumerate() {
        let edge = kg.edge_at(e.edge);
        let (s, o) = (edge.source, edge.target);
        let between = (s == a && o == b) || (s == b && o == a);
        if !between || relation.is_some_and(|r| r != edge.relation) {
            continue;
        }
        t.push(EventRow { event: k });
    }
    t
}

impl Row for EventRow {
    const HEADER: &'static [&'static str] = &HEADER;
    fn cells(&self, kg: &KnowledgeGraph) -> Vec<String> {
        let e = &kg.events[self.event];
        let edge = kg.edge_at(e.edge);
        let (s, o) = (edge.source, edge.target);
        let date = match (e.first_date, e.last_date) {
            (Some(f), Some(l)) if f != l => format!("{f}..{l}"),
            (f, _) => opt_date(f),
        };
        vec![
            e.id.to_string(),
            kg.id(s).0.clone(),
            edge.relation.clone(),
            kg.id(o).0.clone(),
            date,
            e.place.as_ref().map_or(String::new(), |p| p.0.clone()),
            e.documents.len().to_string(),
            e.reports.len().to_string(),
            e.denials.len().to_string(),
            format!("{:.3}", e.confidence),
            e.documents.join(";"),
        ]
    }
}
