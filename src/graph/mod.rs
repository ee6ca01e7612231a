//! The knowledge graph: one petgraph node per entity mentioned, one edge per
//! (source, relation, target) with its weight, negated and hedged counts, dates and evidence.
//!
//! The graph is what `graph.json` holds, so it is read back without a gazetteer: inside it an
//! entity is a node ([`NodeIndex`]), an instance names its edge ([`EdgeIndex`]), and strings
//! ([`EntityId`], relation names) are the nodes' and edges' own data.

mod build;
pub mod events;
pub mod level;
mod parts;

pub use parts::{DocumentInfo, Edge, EdgeOrigin, Instance, Node, edge_columns};

use crate::model::EntityId;
use petgraph::graph::DiGraph;
pub use petgraph::graph::{EdgeIndex, NodeIndex};
use std::collections::{BTreeSet, HashMap, HashSet};

/// The relation of the edges that come from the gazetteer's `affiliation` column rather than
/// from text; they carry no instances (their evidence is the gazetteer entry).
pub const AFFILIATION: &str = "affiliated_with";

/// The graph with its instances; node indexes follow id order, edge indexes
/// (source, relation, target) order.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    graph: DiGraph<Node, Edge>,
    pub instances: Vec<Instance>,
    pub documents: Vec<DocumentInfo>,
    /// Events: instances grouped by participants, relation, date window and place.
    pub events: Vec<events::Event>,
    index: HashMap<EntityId, NodeIndex>,
}

impl KnowledgeGraph {
    /// Regroups instances into events with another date window (days either side).
    pub fn set_event_window(&mut self, days: u32) {
        self.events = events::assemble(&self.instances, &self.documents, days);
    }

    /// Events with at least one report of edge `e`.
    pub fn edge_events(&self, e: EdgeIndex) -> u64 {
        self.events
            .iter()
            .filter(|v| !v.reports.is_empty() && v.edge == e)
            .count() as u64
    }

    /// Assembles a graph from parts already in order (used when loading `graph.json`): edges
    /// name their nodes by position in `nodes`, instances their edge by position in `edges`.
    pub fn from_parts(
        nodes: Vec<Node>,
        edges: Vec<Edge>,
        instances: Vec<Instance>,
        documents: Vec<DocumentInfo>,
    ) -> Result<KnowledgeGraph, String> {
        let mut ids = HashSet::with_capacity(nodes.len());
        if let Some(n) = nodes.iter().find(|n| !ids.insert(&n.id)) {
            return Err(format!("node {} appears twice", n.id));
        }
        let mut keys = HashSet::with_capacity(edges.len());
        for e in &edges {
            if e.source.index() >= nodes.len() || e.target.index() >= nodes.len() {
                return Err(format!("edge {} names an unknown node", e.relation));
            }
            // one edge per (source, relation, target), as `build` makes them: exports key on it
            if !keys.insert((e.source, e.relation.as_str(), e.target)) {
                return Err(format!(
                    "edge {}-{}-{} appears twice",
                    nodes[e.source.index()].id,
                    e.relation,
                    nodes[e.target.index()].id
                ));
            }
            if let Some(&i) = e.instances.iter().find(|&&i| i >= instances.len()) {
                return Err(format!(
                    "edge {}-{}-{} cites relation instance {i}, but there are {}",
                    nodes[e.source.index()].id,
                    e.relation,
                    nodes[e.target.index()].id,
                    instances.len()
                ));
            }
        }
        Ok(Self::assembled(nodes, edges, instances, documents))
    }

    /// The graph of parts known to be consistent.
    fn assembled(
        nodes: Vec<Node>,
        edges: Vec<Edge>,
        instances: Vec<Instance>,
        documents: Vec<DocumentInfo>,
    ) -> KnowledgeGraph {
        let mut kg = KnowledgeGraph::default();
        for n in nodes {
            kg.add_node(n);
        }
        for e in edges {
            kg.graph.add_edge(e.source, e.target, e);
        }
        kg.instances = instances;
        kg.documents = documents;
        kg
    }

    fn add_node(&mut self, n: Node) -> NodeIndex {
        let id = n.id.clone();
        let ix = self.graph.add_node(n);
        self.index.insert(id, ix);
        ix
    }

    /// The subgraph on `keep`: those nodes, the edges among them, and their evidence.
    pub fn subgraph(&self, keep: &BTreeSet<NodeIndex>) -> KnowledgeGraph {
        let new_node: HashMap<NodeIndex, NodeIndex> = keep
            .iter()
            .enumerate()
            .map(|(k, &i)| (i, NodeIndex::new(k)))
            .collect();
        let nodes: Vec<Node> = keep.iter().map(|&i| self.graph[i].clone()).collect();
        let mut used: Vec<usize> = Vec::new();
        let mut edges: Vec<Edge> = Vec::new();
        let mut new_edge: HashMap<EdgeIndex, EdgeIndex> = HashMap::new();
        for (k, e) in self.graph.raw_edges().iter().enumerate() {
            if let (Some(&s), Some(&t)) = (new_node.get(&e.source()), new_node.get(&e.target())) {
                used.extend(&e.weight.instances);
                new_edge.insert(EdgeIndex::new(k), EdgeIndex::new(edges.len()));
                edges.push(Edge {
                    source: s,
                    target: t,
                    ..e.weight.clone()
                });
            }
        }
        used.sort_unstable();
        let remap: HashMap<usize, usize> = used.iter().enumerate().map(|(new, &old)| (old, new)).collect();
        for e in &mut edges {
            e.instances = e.instances.iter().map(|i| remap[i]).collect();
        }
        let instances: Vec<Instance> = used
            .iter()
            .map(|&i| Instance {
                edge: new_edge[&self.instances[i].edge],
                ..self.instances[i].clone()
            })
            .collect();
        let cited: BTreeSet<&str> = instances.iter().map(|r| r.evidence.doc.as_str()).collect();
        let documents = self
            .documents
            .iter()
            .filter(|d| cited.contains(d.doc.as_str()))
            .cloned()
            .collect();
        Self::assembled(nodes, edges, instances, documents)
    }

    /// The graph without the gazetteer's edges (`--no-gazetteer-edges`): every node, every
    /// edge read in text, every instance and event as they were.
    pub fn text_edges_only(&self) -> KnowledgeGraph {
        let nodes: Vec<Node> = self.graph.node_weights().cloned().collect();
        let mut new_edge: HashMap<EdgeIndex, EdgeIndex> = HashMap::new();
        let mut edges = Vec::new();
        for (k, e) in self.graph.raw_edges().iter().enumerate() {
            if e.weight.origin == EdgeOrigin::Text {
                new_edge.insert(EdgeIndex::new(k), EdgeIndex::new(edges.len()));
                edges.push(e.weight.clone());
            }
        }
        let instances = self
            .instances
            .iter()
            .map(|r| Instance {
                edge: new_edge[&r.edge],
                ..r.clone()
            })
            .collect();
        let mut kg = Self::assembled(nodes, edges, instances, self.documents.clone());
        kg.events = self
            .events
            .iter()
            .map(|v| events::Event {
                edge: new_edge[&v.edge],
                ..v.clone()
            })
            .collect();
        kg
    }

    /// The distinct places of an edge's instances, `;`-separated in id order ("helsinki;london").
    pub fn edge_places(&self, e: &Edge) -> String {
        let places: BTreeSet<&str> = e
            .instances
            .iter()
            .filter_map(|&i| self.instances[i].place.as_ref())
            .map(|p| p.0.as_str())
            .collect();
        places.into_iter().collect::<Vec<_>>().join(";")
    }

    /// The petgraph view, read-only, for graph algorithms; nodes and edges are added only here,
    /// so the id index stays in step.
    pub fn graph(&self) -> &DiGraph<Node, Edge> {
        &self.graph
    }

    /// The node index of an entity id.
    pub fn node(&self, id: &EntityId) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// The node at `n`.
    pub fn node_at(&self, n: NodeIndex) -> &Node {
        &self.graph[n]
    }

    /// The entity id of node `n`.
    pub fn id(&self, n: NodeIndex) -> &EntityId {
        &self.graph[n].id
    }

    /// The edge at `e`.
    pub fn edge_at(&self, e: EdgeIndex) -> &Edge {
        &self.graph[e]
    }

    /// The edge an instance belongs to.
    pub fn edge_of(&self, r: &Instance) -> &Edge {
        &self.graph[r.edge]
    }

    /// Nodes in id order.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.graph.node_weights()
    }

    /// Edges in (source, relation, target) order.
    pub fn edges(&self) -> impl Iterator<Item = &Edge> {
        self.graph.edge_weights()
    }

    /// Edges with their indexes, in (source, relation, target) order.
    pub fn indexed_edges(&self) -> impl Iterator<Item = (EdgeIndex, &Edge)> {
        self.graph
            .edge_weights()
            .enumerate()
            .map(|(k, e)| (EdgeIndex::new(k), e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::DocOutput;
    use crate::model::{EntityIx, Evidence, MentionCount, Relation, RelationIx, Span};
    use crate::model::{EntityKind, Polarity};

    fn rel(s: u32, t: u32, negated: bool, doc: &str) -> Relation {
        Relation {
            source: EntityIx(s),
            relation: RelationIx(0),
            target: EntityIx(t),
            polarity: Polarity::from_flags(negated, false),
            date: None,
            place: None,
            roles: Default::default(),
            evidence: Evidence {
                doc: doc.into(),
                sentence: 0,
                span: Span { start: 0, end: 1 },
                trigger: "x".into(),
                text: "x".into(),
            },
        }
    }

    #[test]
    fn edges_aggregate_instances_and_keep_negation_apart() {
        let gaz = crate::dict::gazetteer::Gazetteer::from_entities(
            ["kerry", "lavrov"]
                .iter()
                .map(|id| crate::model::Entity::named(id, EntityKind::Person))
                .collect(),
        );
        let lex = crate::dict::lexicon::Lexicon::parse(
            "relation,symmetric,cameo,verbs,nouns,objects\nmet,true,040,meet{met},,\n",
            std::path::Path::new("r"),
        )
        .unwrap();
        let doc = |name: &str, rels: Vec<Relation>| DocOutput {
            doc: name.into(),
            relations: rels,
            mentions: vec![
                MentionCount {
                    entity: EntityIx(0),
                    count: 1,
                },
                MentionCount {
                    entity: EntityIx(1),
                    count: 1,
                },
            ],
            sentences: 1,
            date: None,
            discovered: vec![],
            names: Default::default(),
        };
        let kg = KnowledgeGraph::build(
            &gaz,
            &lex,
            vec![
                doc("a", vec![rel(0, 1, false, "a"), rel(0, 1, true, "a")]),
                doc("b", vec![rel(0, 1, false, "b")]),
            ],
        );
        assert_eq!(kg.graph.node_count(), 2);
        let e: Vec<&Edge> = kg.edges().collect();
        assert_eq!(e.len(), 1);
        assert_eq!((e[0].asserted, e[0].negated, e[0].documents), (2, 1, 2));
        assert!(e[0].symmetric);
        assert_eq!(kg.nodes().map(|n| n.mentions).collect::<Vec<_>>(), [2, 2]);
        let nodes: Vec<Node> = kg.nodes().cloned().collect();
        let twice = vec![e[0].clone(), e[0].clone()];
        let err = KnowledgeGraph::from_parts(nodes, twice, kg.instances.clone(), vec![]);
        assert_eq!(err.unwrap_err(), "edge kerry-met-lavrov appears twice");
    }
}
