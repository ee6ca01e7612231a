//! `query edges`: the aggregated edges, filtered by endpoint, relation, negation and dates.

use super::{Row, opt_date};
use crate::graph::{EdgeIndex, KnowledgeGraph};
use crate::model::Date;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

/// What `query edges` keeps.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub from: Option<NodeIndex>,
    pub to: Option<NodeIndex>,
    pub relation: Option<String>,
    /// Only edges with at least one negated instance.
    pub negated: bool,
    /// Only edges whose dates reach into [since, until]; undated edges are left out when set.
    pub since: Option<Date>,
    pub until: Option<Date>,
}

pub const HEADER: [&str; 13] = crate::graph::edge_columns(&["first_date", "last_date"]);

/// One aggregated edge of the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EdgeRow {
    pub edge: EdgeIndex,
}

/// The edges that pass `f`, in (source, relation, target) order.
pub fn edges(kg: &KnowledgeGraph, f: &Filter) -> Vec<EdgeRow> {
    let mut t = Vec::new();
    for e in kg.graph().edge_references() {
        let w = e.weight();
        let ends_match = |a: Option<NodeIndex>, x: NodeIndex, y: NodeIndex| {
            a.is_none_or(|a| a == x || (w.symmetric && a == y))
        };
        if !ends_match(f.from, e.source(), e.target()) || !ends_match(f.to, e.target(), e.source()) {
            continue;
        }
        if f.relation.as_deref().is_some_and(|r| r != w.relation) || (f.negated && w.negated == 0) {
            continue;
        }
        if f.since.is_some() || f.until.is_some() {
            let (Some(first), Some(last)) = (w.first_date, w.last_date) else {
                continue;
            };
            if f.since.is_some_and(|s| last < s) || f.until.is_some_and(|u| first > u) {
                continue;
            }
        }
        t.push(EdgeRow { edge: e.id() });
    }
    t
}

impl Row for EdgeRow {
    const HEADER: &'static [&'static str] = &HEADER;
    fn cells(&self, kg: &KnowledgeGraph) -> Vec<String> {
        let w = kg.edge_at(self.edge);
        vec![
            kg.id(w.source).0.clone(),
            kg.id(w.target).0.clone(),
            w.relation.clone(),
            w.weight().to_string(),
            w.asserted.to_string(),
            w.negated.to_string(),
            w.hedged.to_string(),
            w.instances.len().to_string(),
            w.documents.to_string(),
            w.symmetric.to_string(),
            w.origin.as_str().to_string(),
            opt_date(w.first_date),
            opt_date(w.last_date),
        ]
    }
}
