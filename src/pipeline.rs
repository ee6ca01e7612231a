//! The build pipeline over many documents: read, extract in parallel on all cores, and
//! assemble the graph in input order (so the output never depends on the thread count).

use crate::error::Result;
use crate::extract::{DocOutput, Extractor, lexicon::Lexicon};
use crate::gazetteer::Gazetteer;
use crate::graph::KnowledgeGraph;
use crate::input::{self, InputFile, Warning};
use rayon::prelude::*;
use std::path::PathBuf;

/// What a build produced besides the graph.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub documents: usize,
    pub skipped: usize,
    pub bytes: u64,
    pub warnings: Vec<Warning>,
}

/// Runs the whole pipeline on `inputs`.
pub fn build(gaz: &Gazetteer, lex: &Lexicon, inputs: &[PathBuf]) -> Result<(KnowledgeGraph, BuildReport)> {
    build_at(gaz, lex, inputs, crate::level::Level::Actor)
}

/// Runs the whole pipeline on `inputs`, with actors collapsed to `level`.
pub fn build_at(
    gaz: &Gazetteer,
    lex: &Lexicon,
    inputs: &[PathBuf],
    level: crate::level::Level,
) -> Result<(KnowledgeGraph, BuildReport)> {
    let mut report = BuildReport::default();
    let files = input::discover(inputs, &mut report.warnings)?;
    let extractor = Extractor::new(gaz, lex);
    let results: Vec<(Option<DocOutput>, Vec<Warning>, u64)> = files
        .par_iter()
        .map(|f: &InputFile| {
            let mut w = Vec::new();
            let text = input::read(f, &mut w);
            let bytes = text.as_ref().map_or(0, |t| t.len() as u64);
            (text.map(|t| extractor.document(&f.name, &t)), w, bytes)
        })
        .collect();
    let mut docs = Vec::with_capacity(results.len());
    for (doc, w, bytes) in results {
        report.warnings.extend(w);
        report.bytes += bytes;
        match doc {
            Some(d) => docs.push(d),
            None => report.skipped += 1,
        }
    }
    report.documents = docs.len();
    crate::level::apply(gaz, lex, level, &mut docs);
    Ok((KnowledgeGraph::build(gaz, lex, docs), report))
}
