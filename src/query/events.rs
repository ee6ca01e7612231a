//! `query events A B`: the events behind the edges between two entities.

use super::{Table, opt_date};
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

/// Events between `a` and `b`, either direction, in event order.
pub fn events(kg: &KnowledgeGraph, a: NodeIndex, b: NodeIndex, relation: Option<&str>) -> Table {
    let (ia, ib) = (&kg.graph[a].id, &kg.graph[b].id);
    let mut t = Table::new(&HEADER);
    for e in &kg.events {
        let between = (&e.source == ia && &e.target == ib) || (&e.source == ib && &e.target == ia);
        if !between || relation.is_some_and(|r| r != e.relation) {
            continue;
        }
        let date = match (e.first_date, e.last_date) {
            (Some(f), Some(l)) if f != l => format!("{f}..{l}"),
            (f, _) => opt_date(f),
        };
        t.push(vec![
            e.id.to_string(),
            e.source.0.clone(),
            e.relation.clone(),
            e.target.0.clone(),
            date,
            e.place.as_ref().map_or(String::new(), |p| p.0.clone()),
            e.documents.len().to_string(),
            e.reports.len().to_string(),
            e.denials.len().to_string(),
            format!("{:.3}", e.confidence),
            e.documents.join(";"),
        ]);
    }
    t
}
