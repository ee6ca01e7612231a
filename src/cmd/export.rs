//! `kgraph export`: load `graph.json` and write it in the formats asked for.

use crate::cli::ExportArgs;
use crate::error::Result;

pub fn run(a: ExportArgs) -> Result<()> {
    let mut files: Vec<(&str, crate::export::Writer)> = Vec::new();
    for f in &a.format {
        for file in f.files() {
            if !files.iter().any(|(name, _)| *name == file.0) {
                files.push(file);
            }
        }
    }
    let written: Vec<_> = files.iter().map(|(name, _)| a.out.join(name)).collect();
    super::guard::not_replacing(&written, &a.graph)?;
    let mut kg = crate::export::json::read(&a.graph)?;
    if a.no_gazetteer_edges {
        kg = kg.text_edges_only();
    }
    let out = super::outputs::OutDir::lock(&a.out)?;
    // every format asked for, as one set: all new files or none
    for p in crate::export::write_files(&kg, &files, out.path())? {
        note!("  wrote {}", p.display());
    }
    Ok(())
}
