//! CSV exports for spreadsheets and pandas: nodes, aggregated edges, and one row per relation
//! instance with its evidence. RFC 4180 quoting by the csv crate, UTF-8, a header row.

use crate::graph::KnowledgeGraph;
use std::io::{self, Write};

/// Header of `nodes.csv`.
pub const NODE_HEADER: [&str; 8] = [
    "id",
    "label",
    "type",
    "mentions",
    "documents",
    "affiliation",
    "role",
    "code",
];
/// Header of `edges.csv`.
pub const EDGE_HEADER: [&str; 14] = [
    "source",
    "target",
    "relation",
    "weight",
    "negated",
    "hedged",
    "instances",
    "documents",
    "symmetric",
    "cameo",
    "first_date",
    "last_date",
    "places",
    "events",
];
/// Header of `relations.csv`.
pub const RELATION_HEADER: [&str; 18] = [
    "doc",
    "sentence",
    "source",
    "relation",
    "target",
    "negated",
    "hedged",
    "date",
    "place",
    "cameo",
    "source_role",
    "source_code",
    "target_role",
    "target_code",
    "trigger",
    "start",
    "end",
    "text",
];

fn csv_err(e: csv::Error) -> io::Error {
    crate::error::io_from_csv(e)
}

fn opt<T: ToString>(x: &Option<T>) -> String {
    x.as_ref().map_or(String::new(), T::to_string)
}

/// One row per entity in the graph.
pub fn write_nodes(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let mut c = csv::Writer::from_writer(w);
    c.write_record(NODE_HEADER).map_err(csv_err)?;
    for n in kg.nodes() {
        c.write_record([
            n.id.0.as_str(),
            &n.label,
            n.kind.as_str(),
            &n.mentions.to_string(),
            &n.documents.to_string(),
            &n.affiliation,
            &n.role,
            &n.code,
        ])
        .map_err(csv_err)?;
    }
    c.flush()
}

/// One row per aggregated edge.
pub fn write_edges(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let mut c = csv::Writer::from_writer(w);
    c.write_record(EDGE_HEADER).map_err(csv_err)?;
    for e in kg.edges() {
        c.write_record([
            e.source.0.as_str(),
            &e.target.0,
            &e.relation,
            &e.weight.to_string(),
            &e.negated.to_string(),
            &e.hedged.to_string(),
            &e.instances.len().to_string(),
            &e.documents.to_string(),
            if e.symmetric { "true" } else { "false" },
            &e.cameo,
            &opt(&e.first_date),
            &opt(&e.last_date),
            &kg.edge_places(e),
            &kg.edge_events(e).to_string(),
        ])
        .map_err(csv_err)?;
    }
    c.flush()
}

/// One row per relation instance, with the sentence that proves it.
pub fn write_relations(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let cameo = cameo_codes(kg);
    let mut c = csv::Writer::from_writer(w);
    c.write_record(RELATION_HEADER).map_err(csv_err)?;
    for r in &kg.relations {
        let ev = &r.evidence;
        c.write_record([
            ev.doc.as_str(),
            &ev.sentence.to_string(),
            &r.source.0,
            &r.relation,
            &r.target.0,
            if r.negated { "true" } else { "false" },
            if r.hedged { "true" } else { "false" },
            &opt(&r.date),
            &r.place.as_ref().map_or(String::new(), |p| p.0.clone()),
            cameo.get(r.relation.as_str()).copied().unwrap_or(""),
            &r.roles.source_role,
            &r.roles.source_code,
            &r.roles.target_role,
            &r.roles.target_code,
            &ev.trigger,
            &ev.span.start.to_string(),
            &ev.span.end.to_string(),
            &ev.text,
        ])
        .map_err(csv_err)?;
    }
    c.flush()
}

/// The CAMEO code of each relation in the graph (from its edges).
pub fn cameo_codes(kg: &KnowledgeGraph) -> std::collections::HashMap<&str, &str> {
    kg.edges()
        .map(|e| (e.relation.as_str(), e.cameo.as_str()))
        .collect()
}

/// Header of the event-data table (`export --format events`).
pub const EVENT_TABLE_HEADER: [&str; 15] = [
    "date",
    "source",
    "source_label",
    "source_code",
    "cameo",
    "root_code",
    "target",
    "target_label",
    "target_code",
    "relation",
    "negated",
    "hedged",
    "doc",
    "sentence",
    "text",
];

/// The event table event-data users expect: tab-separated, one row per relation instance, with
/// actor codes valid on the instance's date and the CAMEO event and root codes.
pub fn write_event_table(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let cameo = cameo_codes(kg);
    let node = |id: &crate::model::EntityId| kg.node(id).map(|i| &kg.graph[i]);
    let mut c = csv::WriterBuilder::new()
        .delimiter(b'\t')
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(w);
    c.write_record(EVENT_TABLE_HEADER).map_err(csv_err)?;
    for r in &kg.relations {
        let code = cameo.get(r.relation.as_str()).copied().unwrap_or("");
        let (s, t) = (node(&r.source), node(&r.target));
        let pick = |dated: &str, n: Option<&crate::graph::Node>| {
            if dated.is_empty() {
                n.map_or(String::new(), |n| n.code.clone())
            } else {
                dated.to_string()
            }
        };
        c.write_record([
            opt(&r.date).as_str(),
            &r.source.0,
            s.map_or("", |n| n.label.as_str()),
            &pick(&r.roles.source_code, s),
            code,
            code.get(..2).unwrap_or(""),
            &r.target.0,
            t.map_or("", |n| n.label.as_str()),
            &pick(&r.roles.target_code, t),
            &r.relation,
            if r.negated { "true" } else { "false" },
            if r.hedged { "true" } else { "false" },
            &r.evidence.doc,
            &r.evidence.sentence.to_string(),
            &r.evidence.text,
        ])
        .map_err(csv_err)?;
    }
    c.flush()
}
