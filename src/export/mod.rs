//! Exporters: one file per format, each `write(&graph, writer)`, chosen by one `match`.

pub mod csv;
pub mod graphml;
pub mod json;
pub mod xml;

use crate::error::Result;
use crate::graph::KnowledgeGraph;
use crate::output::write_atomic;
use std::path::{Path, PathBuf};

/// The files `build` writes, in order.
pub const BUILD_FILES: [&str; 5] = [
    "nodes.csv",
    "edges.csv",
    "relations.csv",
    "graph.graphml",
    "graph.json",
];

/// Writes the default set of outputs into `dir`; returns the paths written.
pub fn write_build_outputs(kg: &KnowledgeGraph, dir: &Path) -> Result<Vec<PathBuf>> {
    crate::output::prepare_dir(dir)?;
    let mut written = Vec::new();
    for name in BUILD_FILES {
        let path = dir.join(name);
        write_atomic(&path, |w| match name {
            "nodes.csv" => csv::write_nodes(kg, w),
            "edges.csv" => csv::write_edges(kg, w),
            "relations.csv" => csv::write_relations(kg, w),
            "graph.graphml" => graphml::write(kg, w),
            _ => json::write(kg, w),
        })?;
        written.push(path);
    }
    Ok(written)
}
