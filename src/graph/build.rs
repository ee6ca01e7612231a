//! Building the graph from per-document extraction outputs: nodes from mentions and relation
//! ends, edges from instances grouped by (source, relation, target), and the gazetteer's
//! affiliations between nodes.

use super::{AFFILIATION, DocumentInfo, Edge, EdgeOrigin, Instance, KnowledgeGraph, Node, NodeIndex, events};
use crate::dict::gazetteer::Gazetteer;
use crate::dict::lexicon::Lexicon;
use crate::extract::DocOutput;
use crate::model::{EntityIx, Relation, RelationIx};
use petgraph::graph::EdgeIndex;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The instances of one edge, and the lexicon relation they instantiate (none for affiliations).
#[derive(Default)]
struct Group {
    relation: Option<RelationIx>,
    instances: Vec<usize>,
    /// An affiliation from the gazetteer's `affiliation` column, not read in text.
    from_gazetteer: bool,
}

impl KnowledgeGraph {
    /// Builds the graph from per-document outputs (in input order). Nodes are sorted by id and
    /// edges by (source, relation, target), so the same input always gives the same graph.
    pub fn build(gaz: &Gazetteer, lex: &Lexicon, docs: Vec<DocOutput>) -> KnowledgeGraph {
        let mut mentions: BTreeMap<EntityIx, (u64, u64)> = BTreeMap::new();
        let mut relations = Vec::new();
        let mut documents = Vec::new();
        for d in docs {
            for m in &d.mentions {
                let c = mentions.entry(m.entity).or_default();
                c.0 += u64::from(m.count);
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
        let mut kg = KnowledgeGraph::default();
        let node_of = add_nodes(&mut kg, gaz, &mentions, &relations);
        let groups = group(gaz, lex, &node_of, &relations);
        let mut edge_of = vec![EdgeIndex::new(0); relations.len()];
        for ((s, name, t), g) in groups {
            let e = EdgeIndex::new(kg.graph.edge_count());
            for &i in &g.instances {
                edge_of[i] = e;
            }
            let edge = aggregate(lex, (s, name, t), g, &relations);
            kg.graph.add_edge(s, t, edge);
        }
        kg.instances = relations
            .into_iter()
            .zip(edge_of)
            .map(|(r, edge)| Instance {
                edge,
                polarity: r.polarity,
                date: r.date,
                place: r.place.map(|p| gaz.entity(p).id.clone()),
                roles: r.roles,
                evidence: r.evidence,
            })
            .collect();
        kg.documents = documents;
        kg.set_event_window(events::DEFAULT_WINDOW_DAYS);
        kg
    }
}

/// Adds one node per entity mentioned or related, in id order; returns each entity's node.
fn add_nodes(
    kg: &mut KnowledgeGraph,
    gaz: &Gazetteer,
    mentions: &BTreeMap<EntityIx, (u64, u64)>,
    relations: &[Relation],
) -> HashMap<EntityIx, NodeIndex> {
    let mut ents: BTreeSet<EntityIx> = mentions.keys().copied().collect();
    for r in relations {
        ents.insert(r.source);
        ents.insert(r.target);
    }
    let mut ents: Vec<EntityIx> = ents.into_iter().collect();
    ents.sort_by(|a, b| gaz.entity(*a).id.cmp(&gaz.entity(*b).id));
    let mut node_of = HashMap::with_capacity(ents.len());
    for e in ents {
        let ent = gaz.entity(e);
        let (m, d) = mentions.get(&e).copied().unwrap_or((0, 0));
        let n = kg.add_node(Node {
            id: ent.id.clone(),
            label: ent.label.clone(),
            kind: ent.kind,
            mentions: m,
            documents: d,
            affiliation: ent.affiliation.as_ref().map_or(String::new(), |a| a.0.clone()),
            role: ent.role.clone(),
            code: ent.code.clone(),
            origin: ent.origin,
            aliases: ent.aliases.clone(),
        });
        node_of.insert(e, n);
    }
    node_of
}

/// Instances grouped by (source, relation name, target), with the gazetteer's affiliations
/// between nodes ("Antonov → Russia") as groups without instances. Node indexes follow id
/// order, so the map's order is (source id, relation, target id).
fn group<'a>(
    gaz: &Gazetteer,
    lex: &'a Lexicon,
    node_of: &HashMap<EntityIx, NodeIndex>,
    relations: &[Relation],
) -> BTreeMap<(NodeIndex, &'a str, NodeIndex), Group> {
    let mut groups: BTreeMap<(NodeIndex, &str, NodeIndex), Group> = BTreeMap::new();
    for (i, r) in relations.iter().enumerate() {
        let name = lex.relation(r.relation).name.as_str();
        let g = groups
            .entry((node_of[&r.source], name, node_of[&r.target]))
            .or_default();
        g.relation = Some(r.relation);
        g.instances.push(i);
    }
    // affiliations do not come from text; a lexicon may still define the relation
    let affiliation = lex.find(AFFILIATION);
    for (&e, &n) in node_of {
        let Some(a) = gaz.entity(e).affiliation.as_ref().and_then(|id| gaz.get(id)) else {
            continue;
        };
        if let Some(&to) = node_of.get(&a).filter(|_| a != e) {
            groups.entry((n, AFFILIATION, to)).or_insert_with(|| Group {
                relation: affiliation,
                instances: Vec::new(),
                from_gazetteer: true,
            });
        }
    }
    groups
}

/// The edge of one group: its counts, documents and date range; symmetry and CAMEO code come
/// from the group's lexicon relation.
fn aggregate(
    lex: &Lexicon,
    (source, name, target): (NodeIndex, &str, NodeIndex),
    g: Group,
    relations: &[Relation],
) -> Edge {
    let def = g.relation.map(|r| lex.relation(r));
    let mut e = Edge {
        source,
        target,
        relation: name.to_string(),
        symmetric: def.is_some_and(|d| d.symmetric),
        cameo: def.map_or(String::new(), |d| d.cameo.clone()),
        origin: EdgeOrigin::Text,
        asserted: 0,
        negated: 0,
        hedged: 0,
        documents: 0,
        first_date: None,
        last_date: None,
        instances: Vec::new(),
    };
    let mut docs = BTreeSet::new();
    for &i in &g.instances {
        let r = &relations[i];
        if r.polarity.is_negated() {
            e.negated += 1;
        } else if r.polarity.is_hedged() {
            e.hedged += 1;
        } else {
            e.asserted += 1;
        }
        docs.insert(r.evidence.doc.as_str());
        if let Some(d) = r.date {
            e.first_date = Some(e.first_date.map_or(d, |f| f.min(d)));
            e.last_date = Some(e.last_date.map_or(d, |l| l.max(d)));
        }
    }
    e.documents = docs.len() as u64;
    if g.from_gazetteer {
        e.origin = EdgeOrigin::Gazetteer;
        e.asserted = 1;
    }
    e.instances = g.instances;
    e
}
