//! Knowledge graphs made in code rather than built from text: the query benchmark's and the
//! report example's generated graphs (`#[path]`-included there) and the tests' small ones.
//! Nodes are `Entity i`; each tie is one edge with one evidence instance.
#![allow(dead_code)] // each includer uses part of it

use kgraph::graph::{DocumentInfo, Edge, EdgeIndex, Instance, KnowledgeGraph, Node, NodeIndex};
use kgraph::model::{Date, EntityId, EntityKind, Evidence, Polarity, Span};

/// One relation between two nodes (by index): `source relation target`, denied or not, dated or not.
pub struct Tie {
    pub source: usize,
    pub relation: &'static str,
    pub target: usize,
    pub negated: bool,
    pub date: Option<Date>,
}

/// Node `i`: `Entity i` with the id `n` + `i` in `digits` digits, of each kind in turn, once mentioned.
pub fn node(i: usize, digits: usize) -> Node {
    Node {
        id: EntityId(format!("n{i:0digits$}")),
        label: format!("Entity {i}"),
        kind: EntityKind::ALL[i % EntityKind::ALL.len()],
        mentions: 1,
        documents: 1,
        affiliation: String::new(),
        role: String::new(),
        code: String::new(),
        origin: Default::default(),
        aliases: vec![],
    }
}

/// The evidence of tie `k`: sentence `k % 20` of `doc{k / 20}.txt` (the number in `doc_digits`
/// digits), with its trigger from character `trigger_at`.
pub fn sentence(k: usize, tie: &Tie, doc_digits: usize, trigger_at: usize) -> Evidence {
    let (u, r, v) = (tie.source, tie.relation, tie.target);
    Evidence {
        doc: format!("doc{:0doc_digits$}.txt", k / 20),
        sentence: k % 20,
        span: Span {
            start: trigger_at,
            end: trigger_at + 6,
        },
        trigger: r.to_string(),
        text: format!("Entity {u} {r} Entity {v} in a sentence of ordinary length for a news article."),
    }
}

/// Tie `k` as its instance (with `evidence`) and its edge; `met` is symmetric, a denial weighs 0.
pub fn link(k: usize, tie: &Tie, evidence: Evidence) -> (Instance, Edge) {
    let instance = Instance {
        edge: EdgeIndex::new(k),
        polarity: Polarity::from_flags(tie.negated, false),
        date: tie.date,
        place: None,
        roles: Default::default(),
        evidence,
    };
    let edge = Edge {
        source: NodeIndex::new(tie.source),
        target: NodeIndex::new(tie.target),
        relation: tie.relation.to_string(),
        symmetric: tie.relation == "met",
        cameo: String::new(),
        origin: kgraph::graph::EdgeOrigin::Text,
        asserted: u64::from(!tie.negated),
        negated: u64::from(tie.negated),
        hedged: 0,
        documents: 1,
        first_date: tie.date,
        last_date: tie.date,
        instances: vec![k],
    };
    (instance, edge)
}

/// The graph of `nodes` and `ties` (tie `k` is edge `k`, its evidence from `evidence`).
pub fn graph(
    nodes: Vec<Node>,
    ties: &[Tie],
    evidence: impl Fn(usize, &Tie) -> Evidence,
    documents: Vec<DocumentInfo>,
) -> KnowledgeGraph {
    let (relations, edges) = ties
        .iter()
        .enumerate()
        .map(|(k, tie)| link(k, tie, evidence(k, tie)))
        .unzip();
    KnowledgeGraph::from_parts(nodes, edges, relations, documents).expect("a valid generated graph")
}
