//! GEXF 1.3, Gephi's native format: typed node and edge attributes, colours and sizes per entity
//! type, one edge per relation between a pair (`kind` keeps parallel edges apart), and edge
//! spells on the dates of the relation's instances, so Gephi's timeline replays the story.

use super::style::colour;
use super::xml::escape;
use crate::graph::KnowledgeGraph;
use crate::model::Date;
use std::collections::BTreeSet;
use std::io::{self, Write};

const NODE_ATTRS: &[(&str, &str)] = &[
    ("type", "string"),
    ("mentions", "long"),
    ("documents", "long"),
    ("affiliation", "string"),
    ("role", "string"),
    ("code", "string"),
    ("origin", "string"),
];
const EDGE_ATTRS: &[(&str, &str)] = &[
    ("relation", "string"),
    ("asserted", "long"),
    ("negated", "long"),
    ("hedged", "long"),
    ("instances", "long"),
    ("documents", "long"),
    ("symmetric", "boolean"),
    ("origin", "string"),
    ("cameo", "string"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("places", "string"),
    ("evidence", "string"),
];

fn attvalue(w: &mut dyn Write, id: &str, v: &str) -> io::Result<()> {
    if v.is_empty() {
        return Ok(());
    }
    writeln!(w, "          <attvalue for=\"{id}\" value=\"{}\"/>", escape(v))
}

/// Writes the graph as GEXF 1.3.
pub fn write(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        w,
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">"
    )?;
    writeln!(w, "  <meta>")?;
    writeln!(w, "    <creator>kgraph {}</creator>", env!("CARGO_PKG_VERSION"))?;
    writeln!(
        w,
        "    <description>Who did what to whom, from {} documents</description>",
        kg.documents.len()
    )?;
    writeln!(w, "  </meta>")?;
    writeln!(
        w,
        "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">"
    )?;
    for (class, attrs) in [("node", NODE_ATTRS), ("edge", EDGE_ATTRS)] {
        writeln!(w, "    <attributes class=\"{class}\" mode=\"static\">")?;
        for (id, ty) in attrs {
            writeln!(w, "      <attribute id=\"{id}\" title=\"{id}\" type=\"{ty}\"/>")?;
        }
        writeln!(w, "    </attributes>")?;
    }
    write_nodes(kg, w)?;
    write_edges(kg, w)?;
    writeln!(w, "  </graph>")?;
    writeln!(w, "</gexf>")
}

/// The `<nodes>` element: attributes, colour by type, size by mentions.
fn write_nodes(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "    <nodes count=\"{}\">", kg.graph().node_count())?;
    for n in kg.nodes() {
        writeln!(
            w,
            "      <node id=\"{}\" label=\"{}\">",
            escape(&n.id.0),
            escape(&n.label)
        )?;
        writeln!(w, "        <attvalues>")?;
        attvalue(w, "type", n.kind.as_str())?;
        attvalue(w, "mentions", &n.mentions.to_string())?;
        attvalue(w, "documents", &n.documents.to_string())?;
        attvalue(w, "affiliation", &n.affiliation)?;
        attvalue(w, "role", &n.role)?;
        attvalue(w, "code", &n.code)?;
        attvalue(w, "origin", n.origin.as_str())?;
        writeln!(w, "        </attvalues>")?;
        let (r, g, b) = colour(n.kind);
        writeln!(w, "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>")?;
        writeln!(
            w,
            "        <viz:size value=\"{:.1}\"/>",
            5.0 + (n.mentions as f64).sqrt() * 3.0
        )?;
        writeln!(w, "      </node>")?;
    }
    writeln!(w, "    </nodes>")
}

/// The `<edges>` element: attributes, and a spell on each date of the edge's instances.
fn write_edges(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "    <edges count=\"{}\">", kg.graph().edge_count())?;
    for (i, e) in kg.edges().enumerate() {
        writeln!(
            w,
            "      <edge id=\"e{i}\" source=\"{}\" target=\"{}\" label=\"{}\" kind=\"{}\" weight=\"{:.1}\">",
            escape(&kg.id(e.source).0),
            escape(&kg.id(e.target).0),
            escape(&e.relation),
            escape(&e.relation),
            e.weight() as f64
        )?;
        writeln!(w, "        <attvalues>")?;
        attvalue(w, "relation", &e.relation)?;
        attvalue(w, "asserted", &e.asserted.to_string())?;
        attvalue(w, "negated", &e.negated.to_string())?;
        attvalue(w, "hedged", &e.hedged.to_string())?;
        attvalue(w, "instances", &e.instances.len().to_string())?;
        attvalue(w, "documents", &e.documents.to_string())?;
        attvalue(w, "symmetric", if e.symmetric { "true" } else { "false" })?;
        attvalue(w, "origin", e.origin.as_str())?;
        attvalue(w, "cameo", &e.cameo)?;
        attvalue(w, "first_date", &super::csv::opt(&e.first_date))?;
        attvalue(w, "last_date", &super::csv::opt(&e.last_date))?;
        attvalue(w, "places", &kg.edge_places(e))?;
        if let Some(&first) = e.instances.first() {
            attvalue(w, "evidence", &kg.instances[first].evidence.text)?;
        }
        writeln!(w, "        </attvalues>")?;
        let dates: BTreeSet<Date> = e.instances.iter().filter_map(|&k| kg.instances[k].date).collect();
        if !dates.is_empty() {
            writeln!(w, "        <spells>")?;
            for d in dates {
                writeln!(w, "          <spell start=\"{d}\" end=\"{d}\"/>")?;
            }
            writeln!(w, "        </spells>")?;
        }
        writeln!(w, "      </edge>")?;
    }
    writeln!(w, "    </edges>")
}
