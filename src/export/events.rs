//! `events.csv`: one row per event (instances grouped by `graph::events`).

use super::csv::opt;
use crate::graph::KnowledgeGraph;
use crate::text::cell::safe_row;

/// Header of `events.csv`.
pub const CSV_HEADER: [&str; 14] = [
    "event",
    "source",
    "relation",
    "target",
    "first_date",
    "last_date",
    "place",
    "sources",
    "reports",
    "denials",
    "confidence",
    "first_reported",
    "last_reported",
    "documents",
];

/// Writes `events.csv`: one row per event.
pub fn write_csv(kg: &KnowledgeGraph, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    crate::text::cell::start(w)?;
    let mut c = csv::Writer::from_writer(w);
    c.write_record(CSV_HEADER).map_err(crate::error::io_from_csv)?;
    for e in &kg.events {
        let edge = kg.edge_at(e.edge);
        c.write_record(safe_row(&[
            e.id.to_string(),
            kg.id(edge.source).0.clone(),
            edge.relation.clone(),
            kg.id(edge.target).0.clone(),
            opt(&e.first_date),
            opt(&e.last_date),
            e.place.as_ref().map_or(String::new(), |p| p.0.clone()),
            e.documents.len().to_string(),
            e.reports.len().to_string(),
            e.denials.len().to_string(),
            format!("{:.3}", e.confidence),
            opt(&e.first_reported),
            opt(&e.last_reported),
            e.documents.join(";"),
        ]))
        .map_err(crate::error::io_from_csv)?;
    }
    c.flush()
}
