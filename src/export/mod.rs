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
use crate::output::FileSet;
use std::path::{Path, PathBuf};

/// The export formats of `kgraph export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// graph.graphml: Gephi, yEd, networkx, igraph.
    Graphml,
    /// graph.gexf: Gephi with colours and a timeline.
    Gexf,
    /// nodes.csv, edges.csv, relations.csv, events.csv: spreadsheets and pandas.
    Csv,
    /// graph.json: networkx node-link with evidence (what `query` loads).
    Json,
    /// neo4j_nodes.csv, neo4j_relationships.csv, import.sh, load.cypher: Neo4j.
    Neo4j,
    /// graph.dot: Graphviz.
    Dot,
    /// events.tsv: the event-data table (one row per relation instance, actor and CAMEO codes).
    Events,
}

crate::choices!(ExportFormat {
    Graphml => "graphml", "graph.graphml: Gephi, yEd, networkx, igraph";
    Gexf => "gexf", "graph.gexf: Gephi with colours and a timeline";
    Csv => "csv", "nodes.csv, edges.csv, relations.csv, events.csv: spreadsheets and pandas";
    Json => "json", "graph.json: networkx node-link with evidence (what `query` loads)";
    Neo4j => "neo4j", "neo4j_nodes.csv, neo4j_relationships.csv, import.sh, load.cypher: Neo4j";
    Dot => "dot", "graph.dot: Graphviz";
    Events => "events", "events.tsv: the event-data table (one row per relation instance, actor and CAMEO codes)";
});

/// Writes one file of an export.
pub type Writer = fn(&KnowledgeGraph, &mut dyn std::io::Write) -> std::io::Result<()>;

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
                ("neo4j_nodes.csv", neo4j::write_nodes),
                ("neo4j_relationships.csv", neo4j::write_relationships),
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
    write_files(kg, &format.files(), dir)
}

/// Writes `files` (name and writer) into `dir` as one set ([`FileSet`]: after any failure or
/// crash `dir` holds the complete old set or the complete new one), the writers in parallel;
/// returns the paths written. The first failure in `files` order is the error. Call it holding
/// the folder's lock, after [`crate::output::recover`].
pub fn write_files(kg: &KnowledgeGraph, files: &[(&str, Writer)], dir: &Path) -> Result<Vec<PathBuf>> {
    use rayon::prelude::*;
    crate::output::prepare_dir(dir)?;
    let written: Vec<PathBuf> = files.iter().map(|(name, _)| dir.join(name)).collect();
    let set = FileSet::begin(dir)?;
    let staged: Vec<Result<()>> = files
        .par_iter()
        .map(|&(name, write)| set.stage(name, |w| write(kg, w)))
        .collect();
    staged.into_iter().collect::<Result<Vec<()>>>()?;
    let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
    set.commit(&names)?;
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::choice::Choice;

    #[test]
    fn no_two_formats_write_a_file_of_the_same_name() {
        use std::collections::HashSet;
        let mut seen = HashSet::new();
        for f in ExportFormat::ALL {
            for (name, _) in f.files() {
                assert!(seen.insert(name), "{name} is written by two formats");
            }
        }
    }
}
