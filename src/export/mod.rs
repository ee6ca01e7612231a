//! Exporters: one file per format, each `write(&graph, writer)`, chosen by one `match`.

pub mod csv;
pub mod dot;
pub mod events;
pub mod gexf;
pub mod graphml;
pub mod json;
pub mod neo4j;
pub mod style;
pub mod xml;

use crate::error::Result;
use crate::graph::KnowledgeGraph;
use crate::output::{commit, stage};
use std::path::{Path, PathBuf};

/// The export formats of `kgraph export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// graph.graphml: Gephi, yEd, networkx, igraph.
    Graphml,
    /// graph.gexf: Gephi with colours and a timeline.
    Gexf,
    /// nodes.csv, edges.csv, relations.csv, events.csv: spreadsheets and pandas.
    Csv,
    /// graph.json: networkx node-link with evidence (what `query` loads).
    Json,
    /// nodes.csv, relationships.csv, import.sh, load.cypher: Neo4j.
    Neo4j,
    /// graph.dot: Graphviz.
    Dot,
    /// events.tsv: the event-data table (one row per relation instance, actor and CAMEO codes).
    Events,
}

type Writer = fn(&KnowledgeGraph, &mut dyn std::io::Write) -> std::io::Result<()>;

impl ExportFormat {
    /// The files a format writes, each with its writer.
    pub fn files(self) -> Vec<(&'static str, Writer)> {
        match self {
            ExportFormat::Graphml => vec![("graph.graphml", graphml::write)],
            ExportFormat::Gexf => vec![("graph.gexf", gexf::write)],
            ExportFormat::Csv => vec![
                ("nodes.csv", csv::write_nodes),
                ("edges.csv", csv::write_edges),
                ("relations.csv", csv::write_relations),
                ("events.csv", events::write_csv),
            ],
            ExportFormat::Json => vec![("graph.json", json::write)],
            ExportFormat::Neo4j => vec![
                ("nodes.csv", neo4j::write_nodes),
                ("relationships.csv", neo4j::write_relationships),
                ("import.sh", neo4j::write_import_script),
                ("load.cypher", neo4j::write_cypher),
            ],
            ExportFormat::Dot => vec![("graph.dot", dot::write)],
            ExportFormat::Events => vec![("events.tsv", csv::write_event_table)],
        }
    }
}

/// Writes one format into `dir`; returns the paths written. Every file is complete on disk
/// before the first is renamed into place.
pub fn export(kg: &KnowledgeGraph, format: ExportFormat, dir: &Path) -> Result<Vec<PathBuf>> {
    crate::output::prepare_dir(dir)?;
    let mut written = Vec::new();
    let mut staged = Vec::new();
    for (name, write) in format.files() {
        let path = dir.join(name);
        staged.push(stage(&path, |w| write(kg, w))?);
        written.push(path);
    }
    commit(staged)?;
    Ok(written)
}

/// The files `build` writes, in order.
pub const BUILD_FILES: [&str; 6] = [
    "nodes.csv",
    "edges.csv",
    "relations.csv",
    "events.csv",
    "graph.graphml",
    "graph.json",
];

/// The HTML report `build` writes with the files above.
pub const REPORT_FILE: &str = "report.html";

/// Every file `build` writes: [`BUILD_FILES`] and the report.
pub const OUTPUT_FILES: [&str; 7] = [
    "nodes.csv",
    "edges.csv",
    "relations.csv",
    "events.csv",
    "graph.graphml",
    "graph.json",
    REPORT_FILE,
];

/// Writes the default set of outputs into `dir`; returns the paths written. Every file is
/// complete on disk before the first is renamed into place.
pub fn write_build_outputs(kg: &KnowledgeGraph, dir: &Path) -> Result<Vec<PathBuf>> {
    crate::output::prepare_dir(dir)?;
    let mut written = Vec::new();
    let mut staged = Vec::new();
    for name in BUILD_FILES {
        let path = dir.join(name);
        staged.push(stage(&path, |w| match name {
            "nodes.csv" => csv::write_nodes(kg, w),
            "edges.csv" => csv::write_edges(kg, w),
            "relations.csv" => csv::write_relations(kg, w),
            "events.csv" => events::write_csv(kg, w),
            "graph.graphml" => graphml::write(kg, w),
            _ => json::write(kg, w),
        })?);
        written.push(path);
    }
    let path = dir.join(REPORT_FILE);
    staged.push(stage(&path, |w| crate::report::write(kg, w))?);
    written.push(path);
    commit(staged)?;
    Ok(written)
}
