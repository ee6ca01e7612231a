//! The graph's data as the page's script reads it (JSON): the drawn nodes and edges, relation
//! names and colours, evidence and dates.

use super::drawing::Drawing;
use crate::graph::KnowledgeGraph;
use crate::model::Date;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

#[derive(Serialize)]
pub(super) struct Data<'a> {
    nodes: Vec<NodeData<'a>>,
    edges: Vec<EdgeData>,
    rels: Vec<&'a str>,
    colours: Vec<&'a str>,
    ev: Vec<Instance<'a>>,
    dates: Vec<String>,
}

#[derive(Serialize)]
struct NodeData<'a> {
    id: &'a str,
    label: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    role: &'a str,
    mentions: u64,
    documents: u64,
    wd: f64,
    /// Discovered in the text rather than listed by a gazetteer (absent when false).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    disc: bool,
}

#[derive(Serialize)]
struct EdgeData {
    s: usize,
    t: usize,
    r: usize,
    w: u64,
    neg: u64,
    hedged: u64,
    sym: bool,
    /// From the gazetteer rather than read in text (absent when false).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    gaz: bool,
    ev: Vec<usize>,
}

#[derive(Serialize)]
struct Instance<'a> {
    doc: &'a str,
    date: Option<String>,
    text: &'a str,
    trigger: &'a str,
    neg: bool,
    hedged: bool,
}

pub(super) fn data<'a>(
    kg: &'a KnowledgeGraph,
    d: &Drawing,
    rels: &[&'a str],
    rel_ix: &HashMap<&str, usize>,
    colours: &[&'a str],
    dates: &BTreeSet<Date>,
) -> Data<'a> {
    let slot = &d.slot;
    let nodes = d
        .nodes
        .iter()
        .map(|&i| {
            let n = kg.node_at(i);
            NodeData {
                id: &n.id.0,
                label: &n.label,
                kind: n.kind.as_str(),
                role: &n.role,
                mentions: n.mentions,
                documents: n.documents,
                wd: d.weighted_degree[i.index()],
                disc: n.origin == crate::model::Origin::Discovered,
            }
        })
        .collect();
    let mut ev = Vec::new();
    let edges = d
        .edges
        .iter()
        .map(|&e| {
            let edge = kg.edge_at(e);
            let (s, t) = (edge.source, edge.target);
            let first = ev.len();
            for &i in &edge.instances {
                let r = &kg.instances[i];
                ev.push(Instance {
                    doc: &r.evidence.doc,
                    date: r.date.map(|x| x.to_string()),
                    text: &r.evidence.text,
                    trigger: &r.evidence.trigger,
                    neg: r.polarity.is_negated(),
                    hedged: r.polarity.is_hedged(),
                });
            }
            EdgeData {
                s: slot[&s],
                t: slot[&t],
                r: rel_ix[edge.relation.as_str()],
                w: edge.asserted,
                neg: edge.negated,
                hedged: edge.hedged,
                sym: edge.symmetric,
                gaz: edge.origin == crate::graph::EdgeOrigin::Gazetteer,
                ev: (first..ev.len()).collect(),
            }
        })
        .collect();
    Data {
        nodes,
        edges,
        rels: rels.to_vec(),
        colours: colours.to_vec(),
        ev,
        dates: dates.iter().map(ToString::to_string).collect(),
    }
}
