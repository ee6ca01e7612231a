//! `kgraph export`: load `graph.json` and write it in the formats asked for.

use crate::cli::ExportArgs;
use crate::error::Result;

pub fn run(a: ExportArgs) -> Result<()> {
    let kg = crate::export::json::read(&a.graph)?;
    let out = super::outputs::OutDir::lock(&a.out)?;
    for f in a.format {
        for p in out.export(&kg, f)? {
            eprintln!("  wrote {}", p.display());
        }
    }
    Ok(())
}
