//! The knowledge graph: one petgraph node per entity mentioned, one edge per
//! (source, relation, target) with its weight, negated and hedged counts, dates and evidence.

pub mod events;
pub mod level;

use crate::dict::gazetteer::Gazetteer;
use crate::extract::DocOutput;
use crate::model::{Date, EntityId, EntityKind, Relation};
use petgraph::graph::{DiGraph, NodeIndex};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The relation of the edges that come from the gazetteer's `affiliation` column rather than
/// from text; they carry no instances (their evidence is the gazetteer entry).
pub const AFFILIATION: &str = "affiliated_with";

/// A node: an entity with its counts in the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub id: EntityId,
    pub label: String,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// Mentions by name or title.
    pub mentions: u64,
    /// Documents that mention it.
    pub documents: u64,
    #[serde(default)]
    pub affiliation: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub code: String,
    /// Every alias, so that queries resolve names as the tagger does.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// An aggregated edge: every instance of one relation from one entity to another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    pub source: EntityId,
    pub target: EntityId,
    pub relation: String,
    pub symmetric: bool,
    #[serde(default)]
    pub cameo: String,
    /// Instances that assert the relation (neither negated nor hedged).
    pub weight: u64,
    /// Instances that deny it.
    pub negated: u64,
    /// Instances that report it as possible, planned or demanded.
    pub hedged: u64,
    /// Documents with at least one instance.
    pub documents: u64,
    pub first_date: Option<Date>,
    pub last_date: Option<Date>,
    /// Indexes into the graph's relation instances.
    pub instances: Vec<usize>,
}

/// The graph with its instances; `graph` holds indexes into `nodes`/`edges` order.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    pub graph: DiGraph<Node, Edge>,
    pub relations: Vec<Relation>,
    pub documents: Vec<DocumentInfo>,
    /// Events: instances grouped by participants, relation, date window and place.
    pub events: Vec<crate::graph::events::Event>,
    index: HashMap<EntityId, NodeIndex>,
}

/// What the graph records of each input document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub doc: String,
    pub date: Option<Date>,
    pub sentences: u64,
    pub relations: u64,
}

impl KnowledgeGraph {
    /// Builds the graph from per-document outputs (in input order). Nodes are sorted by id and
    /// edges by (source, relation, target), so the same input always gives the same graph.
    pub fn build(
        gaz: &Gazetteer,
        lex: &crate::dict::lexicon::Lexicon,
        docs: Vec<DocOutput>,
    ) -> KnowledgeGraph {
        let mut mentions: BTreeMap<crate::model::EntityIx, (u64, u64)> = BTreeMap::new();
        let mut relations = Vec::new();
        let mut documents = Vec::new();
        for d in docs {
            for &(e, n) in &d.mentions {
                let c = mentions.entry(e).or_default();
                c.0 += u64::from(n);
                c.1 += 1;
            }
            documents.push(DocumentInfo {
                doc: d.doc,
                date: d.date,
                sentences: d.sentences as u64,
                relations: d.relations.len() as u64,
            });
            relations.extend(d.relations);
        }
        let mut node_ids: BTreeSet<EntityId> = mentions.keys().map(|&e| gaz.entity(e).id.clone()).collect();
        for r in &relations {
            node_ids.insert(r.source.clone());
            node_ids.insert(r.target.clone());
        }
        let mut kg = KnowledgeGraph::default();
        for id in node_ids {
            let Some(e) = gaz.get(&id) else { continue };
            let ent = gaz.entity(e);
            let (m, d) = mentions.get(&e).copied().unwrap_or((0, 0));
            kg.add_node(Node {
                id: id.clone(),
                label: ent.label.clone(),
                kind: ent.kind,
                mentions: m,
                documents: d,
                affiliation: ent.affiliation.as_ref().map_or(String::new(), |a| a.0.clone()),
                role: ent.role.clone(),
                code: ent.code.clone(),
                aliases: ent.aliases.clone(),
            });
        }
        let mut groups: BTreeMap<(EntityId, String, EntityId), Vec<usize>> = BTreeMap::new();
        for (i, r) in relations.iter().enumerate() {
            groups
                .entry((r.source.clone(), r.relation.clone(), r.target.clone()))
                .or_default()
                .push(i);
        }
        // the gazetteer's affiliations between entities of the graph ("Antonov → Russia")
        for n in kg.graph.node_weights() {
            if !n.affiliation.is_empty() && n.affiliation != n.id.0 {
                let a = EntityId(n.affiliation.clone());
                if kg.index.contains_key(&a) {
                    groups
                        .entry((n.id.clone(), AFFILIATION.to_string(), a))
                        .or_default();
                }
            }
        }
        for ((s, rel, t), inst) in groups {
            let def = lex.find(&rel).map(|i| lex.relation(i));
            let mut e = Edge {
                source: s,
                target: t,
                symmetric: def.is_some_and(|d| d.symmetric),
                cameo: def.map_or(String::new(), |d| d.cameo.clone()),
                relation: rel,
                weight: 0,
                negated: 0,
                hedged: 0,
                documents: 0,
                first_date: None,
                last_date: None,
                instances: Vec::new(),
            };
            let mut docs = BTreeSet::new();
            for &i in &inst {
                let r = &relations[i];
                match (r.negated, r.hedged) {
                    (true, _) => e.negated += 1,
                    (false, true) => e.hedged += 1,
                    (false, false) => e.weight += 1,
                }
                docs.insert(r.evidence.doc.as_str());
                if let Some(d) = r.date {
                    e.first_date = Some(e.first_date.map_or(d, |f| f.min(d)));
                    e.last_date = Some(e.last_date.map_or(d, |l| l.max(d)));
                }
            }
            e.documents = docs.len() as u64;
            if e.relation == AFFILIATION && inst.is_empty() {
                e.weight = 1;
            }
            e.instances = inst;
            kg.add_edge(e);
        }
        kg.relations = relations;
        kg.documents = documents;
        kg.events = crate::graph::events::assemble(&kg, crate::graph::events::DEFAULT_WINDOW_DAYS);
        kg
    }

    /// Regroups instances into events with another date window (days either side).
    pub fn set_event_window(&mut self, days: u32) {
        self.events = crate::graph::events::assemble(self, days);
    }

    /// Events with at least one report, per (source, relation, target).
    pub fn edge_events(&self, e: &Edge) -> u64 {
        self.events
            .iter()
            .filter(|v| {
                !v.reports.is_empty()
                    && v.source == e.source
                    && v.relation == e.relation
                    && v.target == e.target
            })
            .count() as u64
    }

    /// Assembles a graph from parts already in order (used when loading `graph.json`).
    pub fn from_parts(
        nodes: Vec<Node>,
        edges: Vec<Edge>,
        relations: Vec<Relation>,
        documents: Vec<DocumentInfo>,
    ) -> Result<KnowledgeGraph, String> {
        let mut kg = KnowledgeGraph::default();
        for n in nodes {
            if kg.index.contains_key(&n.id) {
                return Err(format!("node {} appears twice", n.id));
            }
            kg.add_node(n);
        }
        for e in edges {
            for id in [&e.source, &e.target] {
                if !kg.index.contains_key(id) {
                    return Err(format!(
                        "edge {}-{}-{} names unknown node {id}",
                        e.source, e.relation, e.target
                    ));
                }
            }
            if let Some(&i) = e.instances.iter().find(|&&i| i >= relations.len()) {
                return Err(format!(
                    "edge {}-{}-{} cites relation instance {i}, but there are {}",
                    e.source,
                    e.relation,
                    e.target,
                    relations.len()
                ));
            }
            kg.add_edge(e);
        }
        kg.relations = relations;
        kg.documents = documents;
        Ok(kg)
    }

    fn add_node(&mut self, n: Node) {
        let id = n.id.clone();
        let ix = self.graph.add_node(n);
        self.index.insert(id, ix);
    }

    fn add_edge(&mut self, e: Edge) {
        let (a, b) = (self.index[&e.source], self.index[&e.target]);
        self.graph.add_edge(a, b, e);
    }

    /// The subgraph on `keep`: those nodes, the edges among them, and their evidence.
    pub fn subgraph(&self, keep: &BTreeSet<NodeIndex>) -> KnowledgeGraph {
        let nodes: Vec<Node> = keep.iter().map(|&i| self.graph[i].clone()).collect();
        let mut used: Vec<usize> = Vec::new();
        let mut edges: Vec<Edge> = Vec::new();
        for e in self.graph.raw_edges() {
            if keep.contains(&e.source()) && keep.contains(&e.target()) {
                used.extend(&e.weight.instances);
                edges.push(e.weight.clone());
            }
        }
        used.sort_unstable();
        let remap: HashMap<usize, usize> = used.iter().enumerate().map(|(new, &old)| (old, new)).collect();
        for e in &mut edges {
            e.instances = e.instances.iter().map(|i| remap[i]).collect();
        }
        let relations: Vec<Relation> = used.iter().map(|&i| self.relations[i].clone()).collect();
        let cited: BTreeSet<&str> = relations.iter().map(|r| r.evidence.doc.as_str()).collect();
        let documents = self
            .documents
            .iter()
            .filter(|d| cited.contains(d.doc.as_str()))
            .cloned()
            .collect();
        KnowledgeGraph::from_parts(nodes, edges, relations, documents)
            .expect("a subgraph of a valid graph is valid")
    }

    /// The distinct places of an edge's instances, `;`-separated in id order ("helsinki;london").
    pub fn edge_places(&self, e: &Edge) -> String {
        let places: BTreeSet<&str> = e
            .instances
            .iter()
            .filter_map(|&i| self.relations[i].place.as_ref())
            .map(|p| p.0.as_str())
            .collect();
        places.into_iter().collect::<Vec<_>>().join(";")
    }

    /// The node index of an entity id.
    pub fn node(&self, id: &EntityId) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// Nodes in id order.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.graph.node_weights()
    }

    /// Edges in (source, relation, target) order.
    pub fn edges(&self) -> impl Iterator<Item = &Edge> {
        self.graph.edge_weights()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Span};

    fn rel(s: &str, r: &str, t: &str, negated: bool, doc: &str) -> Relation {
        Relation {
            source: EntityId(s.into()),
            relation: r.into(),
            target: EntityId(t.into()),
            negated,
            hedged: false,
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
                .map(|id| crate::model::Entity {
                    id: EntityId(id.to_string()),
                    label: id.to_string(),
                    kind: EntityKind::Person,
                    aliases: vec![id.to_string()],
                    affiliation: None,
                    role: String::new(),
                    code: String::new(),
                    gender: None,
                    stands_for: None,
                    roles: vec![],
                    demonyms: vec![],
                })
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
            mentions: vec![(crate::model::EntityIx(0), 1), (crate::model::EntityIx(1), 1)],
            sentences: 1,
            date: None,
        };
        let kg = KnowledgeGraph::build(
            &gaz,
            &lex,
            vec![
                doc(
                    "a",
                    vec![
                        rel("kerry", "met", "lavrov", false, "a"),
                        rel("kerry", "met", "lavrov", true, "a"),
                    ],
                ),
                doc("b", vec![rel("kerry", "met", "lavrov", false, "b")]),
            ],
        );
        assert_eq!(kg.graph.node_count(), 2);
        let e: Vec<&Edge> = kg.edges().collect();
        assert_eq!(e.len(), 1);
        assert_eq!((e[0].weight, e[0].negated, e[0].documents), (2, 1, 2));
        assert!(e[0].symmetric);
        assert_eq!(kg.nodes().map(|n| n.mentions).collect::<Vec<_>>(), [2, 2]);
    }
}
