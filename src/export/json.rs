//! `graph.json`: the whole graph with its evidence, in networkx's node-link layout
//! (`networkx.node_link_graph(data, edges="links")` reads it as a MultiDiGraph). The query and
//! export commands load the graph back from this file.

use crate::error::{Error, Result};
use crate::graph::events::Event;
use crate::graph::{DocumentInfo, Edge, EdgeIndex, EdgeOrigin, Instance, KnowledgeGraph, Node, NodeIndex};
use crate::model::{Date, EntityId, Evidence, Polarity, Span};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::{self, Write};
use std::path::Path;

/// Version of the file layout; bumped when it changes incompatibly.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct GraphFile {
    directed: bool,
    multigraph: bool,
    graph: Meta,
    nodes: Vec<Node>,
    links: Vec<Link>,
    /// Relation instances grouped into events (see `crate::graph::events`).
    #[serde(default)]
    events: Option<Vec<EventRecord>>,
}

#[derive(Serialize, Deserialize)]
struct Meta {
    generator: String,
    format: u32,
    documents: Vec<DocumentInfo>,
}

#[derive(Serialize, Deserialize)]
struct Link {
    source: EntityId,
    target: EntityId,
    /// The relation again, as networkx's multigraph edge key.
    key: String,
    relation: String,
    symmetric: bool,
    cameo: String,
    /// Every instance, asserted, negated or hedged (1 for a gazetteer edge).
    weight: u64,
    /// Absent in files written before it was: their `weight` counted asserted instances only.
    #[serde(default)]
    asserted: Option<u64>,
    negated: u64,
    hedged: u64,
    documents: u64,
    first_date: Option<Date>,
    last_date: Option<Date>,
    /// Absent in older files, where the gazetteer's edges were the evidence-less affiliations.
    #[serde(default)]
    origin: Option<EdgeOrigin>,
    evidence: Vec<InstanceRecord>,
}

#[derive(Serialize, Deserialize)]
struct InstanceRecord {
    /// Position of the instance in `relations.csv`.
    id: usize,
    doc: String,
    sentence: usize,
    start: usize,
    end: usize,
    trigger: String,
    text: String,
    negated: bool,
    hedged: bool,
    date: Option<Date>,
    place: Option<EntityId>,
    #[serde(default, flatten)]
    roles: crate::model::RolesAtDate,
}

/// An event as the file spells it: its edge by source, relation and target.
#[derive(Serialize, Deserialize)]
struct EventRecord {
    id: usize,
    source: EntityId,
    relation: String,
    target: EntityId,
    first_date: Option<Date>,
    last_date: Option<Date>,
    place: Option<EntityId>,
    reports: Vec<usize>,
    denials: Vec<usize>,
    documents: Vec<String>,
    first_reported: Option<Date>,
    last_reported: Option<Date>,
    confidence: f64,
}

/// Writes the graph file.
pub fn write(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let file = GraphFile {
        directed: true,
        multigraph: true,
        graph: Meta {
            generator: concat!("kgraph ", env!("CARGO_PKG_VERSION")).to_string(),
            format: FORMAT_VERSION,
            documents: kg.documents.clone(),
        },
        nodes: kg.nodes().cloned().collect(),
        links: kg.edges().map(|e| link(kg, e)).collect(),
        events: Some(kg.events.iter().map(|e| event_record(kg, e)).collect()),
    };
    serde_json::to_writer_pretty(&mut *w, &file).map_err(crate::error::io_from_json)?;
    w.write_all(b"\n")
}

fn link(kg: &KnowledgeGraph, e: &Edge) -> Link {
    Link {
        source: kg.id(e.source).clone(),
        target: kg.id(e.target).clone(),
        key: e.relation.clone(),
        relation: e.relation.clone(),
        symmetric: e.symmetric,
        cameo: e.cameo.clone(),
        weight: e.weight(),
        asserted: Some(e.asserted),
        negated: e.negated,
        hedged: e.hedged,
        documents: e.documents,
        first_date: e.first_date,
        last_date: e.last_date,
        origin: Some(e.origin),
        evidence: e
            .instances
            .iter()
            .map(|&i| {
                let r = &kg.instances[i];
                InstanceRecord {
                    id: i,
                    doc: r.evidence.doc.clone(),
                    sentence: r.evidence.sentence,
                    start: r.evidence.span.start,
                    end: r.evidence.span.end,
                    trigger: r.evidence.trigger.clone(),
                    text: r.evidence.text.clone(),
                    negated: r.polarity.is_negated(),
                    hedged: r.polarity.is_hedged(),
                    date: r.date,
                    place: r.place.clone(),
                    roles: r.roles.clone(),
                }
            })
            .collect(),
    }
}

fn event_record(kg: &KnowledgeGraph, e: &Event) -> EventRecord {
    let edge = kg.edge_at(e.edge);
    EventRecord {
        id: e.id,
        source: kg.id(edge.source).clone(),
        relation: edge.relation.clone(),
        target: kg.id(edge.target).clone(),
        first_date: e.first_date,
        last_date: e.last_date,
        place: e.place.clone(),
        reports: e.reports.clone(),
        denials: e.denials.clone(),
        documents: e.documents.clone(),
        first_reported: e.first_reported,
        last_reported: e.last_reported,
        confidence: e.confidence,
    }
}

/// Loads a graph file written by [`write`]; a corrupt or truncated file is an error naming it.
pub fn read(path: &Path) -> Result<KnowledgeGraph> {
    let bytes = std::fs::read(path).map_err(|e| {
        Error::input(
            path,
            format!("cannot read the graph file: {e} (run `kgraph build` first, or give --graph FILE)"),
        )
    })?;
    let file: GraphFile = serde_json::from_slice(&bytes).map_err(|e| {
        Error::data(
            path,
            format!("not a kgraph graph file: {e} (rebuild it with `kgraph build`)"),
        )
    })?;
    if file.graph.format != FORMAT_VERSION {
        return Err(Error::data(
            path,
            format!(
                "graph format {} is not {FORMAT_VERSION}: rebuild it with this kgraph",
                file.graph.format
            ),
        ));
    }
    let node_of: HashMap<EntityId, NodeIndex> = file
        .nodes
        .iter()
        .enumerate()
        .map(|(k, n)| (n.id.clone(), NodeIndex::new(k)))
        .collect();
    let (edges, instances) = read_links(path, file.links, &node_of)?;
    let mut kg = KnowledgeGraph::from_parts(file.nodes, edges, instances, file.graph.documents)
        .map_err(|m| Error::data(path, m))?;
    match file.events {
        Some(events) => kg.events = read_events(path, &kg, events)?,
        None => kg.set_event_window(crate::graph::events::DEFAULT_WINDOW_DAYS),
    }
    Ok(kg)
}

/// The edges and instances of the file's links; every instance id must appear exactly once.
fn read_links(
    path: &Path,
    links: Vec<Link>,
    node_of: &HashMap<EntityId, NodeIndex>,
) -> Result<(Vec<Edge>, Vec<Instance>)> {
    let total: usize = links.iter().map(|l| l.evidence.len()).sum();
    let mut instances: Vec<Option<Instance>> = vec![None; total];
    let mut edges = Vec::with_capacity(links.len());
    for l in links {
        let node = |id: &EntityId| {
            node_of.get(id).copied().ok_or_else(|| {
                Error::data(
                    path,
                    format!(
                        "edge {}-{}-{} names unknown node {id}",
                        l.source, l.relation, l.target
                    ),
                )
            })
        };
        let (source, target) = (node(&l.source)?, node(&l.target)?);
        let origin = l.origin.unwrap_or(
            if l.relation == crate::graph::AFFILIATION && l.evidence.is_empty() {
                EdgeOrigin::Gazetteer
            } else {
                EdgeOrigin::Text
            },
        );
        let edge = EdgeIndex::new(edges.len());
        let mut ids = Vec::with_capacity(l.evidence.len());
        for ev in l.evidence {
            let slot = instances.get_mut(ev.id).ok_or_else(|| {
                Error::data(
                    path,
                    format!(
                        "evidence id {} is out of range (the file has {total} instances)",
                        ev.id
                    ),
                )
            })?;
            if slot.is_some() {
                return Err(Error::data(path, format!("evidence id {} appears twice", ev.id)));
            }
            ids.push(ev.id);
            *slot = Some(instance(edge, ev));
        }
        edges.push(Edge {
            source,
            target,
            relation: l.relation,
            symmetric: l.symmetric,
            cameo: l.cameo,
            origin,
            asserted: l.asserted.unwrap_or(l.weight),
            negated: l.negated,
            hedged: l.hedged,
            documents: l.documents,
            first_date: l.first_date,
            last_date: l.last_date,
            instances: ids,
        });
    }
    let instances: Vec<Instance> = instances.into_iter().flatten().collect();
    if instances.len() != total {
        return Err(Error::data(
            path,
            "evidence ids are not 0..n: the file was edited or truncated",
        ));
    }
    Ok((edges, instances))
}

fn instance(edge: EdgeIndex, ev: InstanceRecord) -> Instance {
    Instance {
        edge,
        polarity: Polarity::from_flags(ev.negated, ev.hedged),
        date: ev.date,
        place: ev.place,
        roles: ev.roles,
        evidence: Evidence {
            doc: ev.doc,
            sentence: ev.sentence,
            span: Span {
                start: ev.start,
                end: ev.end,
            },
            trigger: ev.trigger,
            text: ev.text,
        },
    }
}

/// The file's events, each tied to the edge its source, relation and target name.
fn read_events(path: &Path, kg: &KnowledgeGraph, events: Vec<EventRecord>) -> Result<Vec<Event>> {
    let edge_of: HashMap<(&EntityId, &str, &EntityId), EdgeIndex> = kg
        .indexed_edges()
        .map(|(k, e)| ((kg.id(e.source), e.relation.as_str(), kg.id(e.target)), k))
        .collect();
    let n = kg.instances.len();
    let mut out = Vec::with_capacity(events.len());
    for e in events {
        if let Some(bad) = e.reports.iter().chain(&e.denials).find(|&&i| i >= n) {
            return Err(Error::data(
                path,
                format!("an event cites relation instance {bad}, but there are {n}"),
            ));
        }
        let Some(&edge) = edge_of.get(&(&e.source, e.relation.as_str(), &e.target)) else {
            return Err(Error::data(
                path,
                format!(
                    "event {} names edge {}-{}-{}, which is not in the file",
                    e.id, e.source, e.relation, e.target
                ),
            ));
        };
        out.push(Event {
            id: e.id,
            edge,
            first_date: e.first_date,
            last_date: e.last_date,
            place: e.place,
            reports: e.reports,
            denials: e.denials,
            documents: e.documents,
            first_reported: e.first_reported,
            last_reported: e.last_reported,
            confidence: e.confidence,
        });
    }
    Ok(out)
}
