//! `kgraph export`: load `graph.json` and write it in the formats asked for.

use crate::cli::ExportArgs;
use crate::error::Result;

pub fn run(a: ExportArgs) -> Result<()> {
    let kg = crate::export::json::read(&a.graph)?;
    let _lock = crate::output::OutputLock::acquire(&a.out)?;
    for f in a.format {
        for p in crate::export::export(&kg, f, &a.out)? {
            eprintln!("  wrote {}", p.display());
        }
    }
    Ok(())
}
