//! GraphML 1.0 for Gephi, networkx, igraph and yEd: typed keys with descriptive ids, `label` and
//! `weight` on purpose (Gephi's built-ins), parallel edges for distinct relations between the same
//! pair, symmetric relations marked by an attribute (never by per-edge `directed`).

use super::xml::escape;
use crate::graph::KnowledgeGraph;
use std::io::{self, Write};

/// (id, for, attr.name, attr.type) of every key, in the order written.
const KEYS: &[(&str, &str, &str, &str)] = &[
    ("label", "node", "label", "string"),
    ("k_type", "node", "type", "string"),
    ("k_mentions", "node", "mentions", "long"),
    ("k_documents", "node", "documents", "long"),
    ("k_affiliation", "node", "affiliation", "string"),
    ("k_role", "node", "role", "string"),
    ("k_code", "node", "code", "string"),
    ("k_origin", "node", "origin", "string"),
    ("k_relation", "edge", "relation", "string"),
    // Gephi takes an edge key named `label` as the edge's label: the relation, shown on the edge
    ("k_edge_label", "edge", "label", "string"),
    ("weight", "edge", "weight", "double"),
    ("k_asserted", "edge", "asserted", "long"),
    ("k_negated", "edge", "negated", "long"),
    ("k_hedged", "edge", "hedged", "long"),
    ("k_instances", "edge", "instances", "long"),
    ("k_edge_documents", "edge", "documents", "long"),
    ("k_symmetric", "edge", "symmetric", "boolean"),
    ("k_edge_origin", "edge", "origin", "string"),
    ("k_cameo", "edge", "cameo", "string"),
    ("k_first_date", "edge", "first_date", "string"),
    ("k_last_date", "edge", "last_date", "string"),
    ("k_places", "edge", "places", "string"),
    ("k_events", "edge", "events", "long"),
    ("k_evidence", "edge", "evidence", "string"),
];

fn data(w: &mut dyn Write, key: &str, value: &str) -> io::Result<()> {
    if value.is_empty() {
        return Ok(());
    }
    writeln!(w, "      <data key=\"{key}\">{}</data>", escape(value))
}

/// Writes the graph as GraphML.
pub fn write(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        w,
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">"
    )?;
    for (id, dom, name, ty) in KEYS {
        writeln!(
            w,
            "  <key id=\"{id}\" for=\"{dom}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        )?;
    }
    writeln!(w, "  <graph id=\"kgraph\" edgedefault=\"directed\">")?;
    for n in kg.nodes() {
        writeln!(w, "    <node id=\"{}\">", escape(&n.id.0))?;
        data(w, "label", &n.label)?;
        data(w, "k_type", n.kind.as_str())?;
        data(w, "k_mentions", &n.mentions.to_string())?;
        data(w, "k_documents", &n.documents.to_string())?;
        data(w, "k_affiliation", &n.affiliation)?;
        data(w, "k_role", &n.role)?;
        data(w, "k_code", &n.code)?;
        data(w, "k_origin", n.origin.as_str())?;
        writeln!(w, "    </node>")?;
    }
    for (k, e) in kg.indexed_edges() {
        let i = k.index();
        writeln!(
            w,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            escape(&kg.id(e.source).0),
            escape(&kg.id(e.target).0)
        )?;
        data(w, "k_relation", &e.relation)?;
        data(w, "k_edge_label", &e.relation)?;
        data(w, "weight", &format!("{:.1}", e.weight() as f64))?;
        data(w, "k_asserted", &e.asserted.to_string())?;
        data(w, "k_negated", &e.negated.to_string())?;
        data(w, "k_hedged", &e.hedged.to_string())?;
        data(w, "k_instances", &e.instances.len().to_string())?;
        data(w, "k_edge_documents", &e.documents.to_string())?;
        data(w, "k_symmetric", if e.symmetric { "true" } else { "false" })?;
        data(w, "k_edge_origin", e.origin.as_str())?;
        data(w, "k_cameo", &e.cameo)?;
        data(w, "k_first_date", &super::csv::opt(&e.first_date))?;
        data(w, "k_last_date", &super::csv::opt(&e.last_date))?;
        data(w, "k_places", &kg.edge_places(e))?;
        data(w, "k_events", &kg.edge_events(k).to_string())?;
        if let Some(&first) = e.instances.first() {
            data(w, "k_evidence", &kg.instances[first].evidence.text)?;
        }
        writeln!(w, "    </edge>")?;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")
}
