//! CSV exports for spreadsheets and pandas: nodes, aggregated edges, and one row per relation
//! instance with its evidence. RFC 4180 quoting by the csv crate, UTF-8, a header row.

use crate::error::io_from_csv;
use crate::graph::KnowledgeGraph;
use crate::text::cell::{record, safe_row, start};
use std::io::{self, Write};

/// Header of `nodes.csv`.
pub const NODE_HEADER: [&str; 9] = [
    "id",
    "label",
    "type",
    "mentions",
    "documents",
    "affiliation",
    "role",
    "code",
    "origin",
];
/// Header of `edges.csv`.
pub const EDGE_HEADER: [&str; 16] =
    crate::graph::edge_columns(&["cameo", "first_date", "last_date", "places", "events"]);
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

/// An optional value as a cell: empty when absent.
pub(super) fn opt<T: ToString>(x: &Option<T>) -> String {
    x.as_ref().map_or(String::new(), T::to_string)
}

/// A node's cells in `nodes.csv` order (`origin` last: `gazetteer` or `discovered`); `extra`
/// (the Neo4j labels) goes after the label.
pub(super) fn node_cells(n: &crate::graph::Node, extra: Option<String>) -> Vec<String> {
    let mut cells = vec![n.id.0.clone(), n.label.clone()];
    cells.extend(extra);
    cells.extend([
        n.kind.as_str().to_string(),
        n.mentions.to_string(),
        n.documents.to_string(),
        n.affiliation.clone(),
        n.role.clone(),
        n.code.clone(),
        n.origin.as_str().to_string(),
    ]);
    cells
}

/// An edge's cells after its weight: asserted, negated, hedged, instances, documents,
/// symmetric, origin.
pub(super) fn edge_counts(e: &crate::graph::Edge) -> [String; 7] {
    [
        e.asserted.to_string(),
        e.negated.to_string(),
        e.hedged.to_string(),
        e.instances.len().to_string(),
        e.documents.to_string(),
        e.symmetric.to_string(),
        e.origin.as_str().to_string(),
    ]
}

/// One row per entity in the graph.
pub fn write_nodes(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    start(w)?;
    let mut c = csv::Writer::from_writer(w);
    c.write_record(NODE_HEADER).map_err(io_from_csv)?;
    for n in kg.nodes() {
        c.write_record(safe_row(&node_cells(n, None)))
            .map_err(io_from_csv)?;
    }
    c.flush()
}

/// One row per aggregated edge.
pub fn write_edges(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    start(w)?;
    let mut c = csv::Writer::from_writer(w);
    c.write_record(EDGE_HEADER).map_err(io_from_csv)?;
    for (k, e) in kg.indexed_edges() {
        let mut cells = vec![
            kg.id(e.source).0.clone(),
            kg.id(e.target).0.clone(),
            e.relation.clone(),
            e.weight().to_string(),
        ];
        cells.extend(edge_counts(e));
        cells.extend([
            e.cameo.clone(),
            opt(&e.first_date),
            opt(&e.last_date),
            kg.edge_places(e),
            kg.edge_events(k).to_string(),
        ]);
        c.write_record(record(&EDGE_HEADER, &cells))
            .map_err(io_from_csv)?;
    }
    c.flush()
}

/// One row per relation instance, with the sentence that proves it.
pub fn write_relations(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    start(w)?;
    let mut c = csv::Writer::from_writer(w);
    c.write_record(RELATION_HEADER).map_err(io_from_csv)?;
    for r in &kg.instances {
        let ev = &r.evidence;
        let e = kg.edge_of(r);
        let cells = [
            ev.doc.as_str(),
            &ev.sentence.to_string(),
            &kg.id(e.source).0,
            &e.relation,
            &kg.id(e.target).0,
            flag(r.polarity.is_negated()),
            flag(r.polarity.is_hedged()),
            &opt(&r.date),
            &r.place.as_ref().map_or(String::new(), |p| p.0.clone()),
            &e.cameo,
            &r.roles.source_role,
            &r.roles.source_code,
            &r.roles.target_role,
            &r.roles.target_code,
            &ev.trigger,
            &ev.span.start.to_string(),
            &ev.span.end.to_string(),
            &ev.text,
        ];
        c.write_record(record(&RELATION_HEADER, &cells))
            .map_err(io_from_csv)?;
    }
    c.flush()
}

/// A boolean as the CSV files spell it.
pub fn flag(b: bool) -> &'static str {
    if b { "true" } else { "false" }
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
    start(w)?;
    let mut c = csv::WriterBuilder::new()
        .delimiter(b'\t')
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(w);
    c.write_record(EVENT_TABLE_HEADER).map_err(io_from_csv)?;
    for r in &kg.instances {
        let e = kg.edge_of(r);
        let code = e.cameo.as_str();
        let (s, t) = (kg.node_at(e.source), kg.node_at(e.target));
        let pick = |dated: &str, n: &crate::graph::Node| {
            if dated.is_empty() {
                n.code.clone()
            } else {
                dated.to_string()
            }
        };
        let (date, sentence) = (opt(&r.date), r.evidence.sentence.to_string());
        let cells = [
            date.as_str(),
            &s.id.0,
            &s.label,
            &pick(&r.roles.source_code, s),
            code,
            code.get(..2).unwrap_or(""),
            &t.id.0,
            &t.label,
            &pick(&r.roles.target_code, t),
            &e.relation,
            flag(r.polarity.is_negated()),
            flag(r.polarity.is_hedged()),
            &r.evidence.doc,
            &sentence,
            &r.evidence.text,
        ];
        c.write_record(record(&EVENT_TABLE_HEADER, &cells))
            .map_err(io_from_csv)?;
    }
    c.flush()
}
