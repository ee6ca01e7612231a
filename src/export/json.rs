//! `graph.json`: the whole graph with its evidence, in networkx's node-link layout
//! (`networkx.node_link_graph(data, edges="links")` reads it as a MultiDiGraph). The query and
//! export commands load the graph back from this file.

use crate::error::{Error, Result};
use crate::graph::{DocumentInfo, Edge, KnowledgeGraph, Node};
use crate::model::{Date, EntityId, Evidence, Relation, Span};
use serde::{Deserialize, Serialize};
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
    events: Option<Vec<crate::graph::events::Event>>,
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
    weight: u64,
    negated: u64,
    hedged: u64,
    documents: u64,
    first_date: Option<Date>,
    last_date: Option<Date>,
    evidence: Vec<Instance>,
}

#[derive(Serialize, Deserialize)]
struct Instance {
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

/// Writes the graph file.
pub fn write(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let links = kg
        .edges()
        .map(|e| Link {
            source: e.source.clone(),
            target: e.target.clone(),
            key: e.relation.clone(),
            relation: e.relation.clone(),
            symmetric: e.symmetric,
            cameo: e.cameo.clone(),
            weight: e.weight,
            negated: e.negated,
            hedged: e.hedged,
            documents: e.documents,
            first_date: e.first_date,
            last_date: e.last_date,
            evidence: e
                .instances
                .iter()
                .map(|&i| {
                    let r = &kg.relations[i];
                    Instance {
                        id: i,
                        doc: r.evidence.doc.clone(),
                        sentence: r.evidence.sentence,
                        start: r.evidence.span.start,
                        end: r.evidence.span.end,
                        trigger: r.evidence.trigger.clone(),
                        text: r.evidence.text.clone(),
                        negated: r.negated,
                        hedged: r.hedged,
                        date: r.date,
                        place: r.place.clone(),
                        roles: r.roles.clone(),
                    }
                })
                .collect(),
        })
        .collect();
    let file = GraphFile {
        directed: true,
        multigraph: true,
        graph: Meta {
            generator: concat!("kgraph ", env!("CARGO_PKG_VERSION")).to_string(),
            format: FORMAT_VERSION,
            documents: kg.documents.clone(),
        },
        nodes: kg.nodes().cloned().collect(),
        links,
        events: Some(kg.events.clone()),
    };
    serde_json::to_writer_pretty(&mut *w, &file).map_err(crate::error::io_from_json)?;
    w.write_all(b"\n")
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
    let total: usize = file.links.iter().map(|l| l.evidence.len()).sum();
    let mut relations: Vec<Option<Relation>> = vec![None; total];
    let mut edges = Vec::with_capacity(file.links.len());
    for l in file.links {
        let mut instances = Vec::with_capacity(l.evidence.len());
        for ev in l.evidence {
            let slot = relations.get_mut(ev.id).ok_or_else(|| {
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
            instances.push(ev.id);
            *slot = Some(Relation {
                source: l.source.clone(),
                relation: l.relation.clone(),
                target: l.target.clone(),
                negated: ev.negated,
                hedged: ev.hedged,
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
            });
        }
        edges.push(Edge {
            source: l.source,
            target: l.target,
            relation: l.relation,
            symmetric: l.symmetric,
            cameo: l.cameo,
            weight: l.weight,
            negated: l.negated,
            hedged: l.hedged,
            documents: l.documents,
            first_date: l.first_date,
            last_date: l.last_date,
            instances,
        });
    }
    let relations: Vec<Relation> = relations.into_iter().flatten().collect();
    if relations.len() != total {
        return Err(Error::data(
            path,
            "evidence ids are not 0..n: the file was edited or truncated",
        ));
    }
    let mut kg = KnowledgeGraph::from_parts(file.nodes, edges, relations, file.graph.documents)
        .map_err(|m| Error::data(path, m))?;
    match file.events {
        Some(events) => {
            let n = kg.relations.len();
            if let Some(bad) = events
                .iter()
                .flat_map(|e| e.reports.iter().chain(&e.denials))
                .find(|&&i| i >= n)
            {
                return Err(Error::data(
                    path,
                    format!("an event cites relation instance {bad}, but there are {n}"),
                ));
            }
            kg.events = events;
        }
        None => kg.set_event_window(crate::graph::events::DEFAULT_WINDOW_DAYS),
    }
    Ok(kg)
}
