//! `kgraph extract`: per-document relation records (JSON Lines) for any part of a corpus.

use crate::cli::ExtractArgs;
use crate::error::{Error, Result};
use std::io::Write;

pub fn run(a: ExtractArgs) -> Result<()> {
    let plan = super::plan::Plan::load(&a.gazetteer)?
        .threads(a.threads)?
        .csv(&a.csv);
    let (gaz, lex, opts) = (&plan.dict.gazetteer, &plan.dict.lexicon, &plan.options);
    let mut failed: Option<std::io::Error> = None;
    let mut emit = |w: &mut dyn Write| -> std::io::Result<()> {
        let report = crate::pipeline::extract(gaz, lex, &a.input, opts, &mut (), |d| {
            if failed.is_none()
                && let Err(e) = crate::pipeline::shard::write_record(gaz, lex, &d, w)
            {
                failed = Some(e);
            }
        })
        .map_err(std::io::Error::other)?;
        if let Some(e) = failed.take() {
            return Err(e);
        }
        if !a.quiet {
            for warning in &report.warnings {
                eprintln!("warning: {warning}");
            }
            eprintln!(
                "kgraph extract: {} documents, {} relation instances",
                report.documents, report.relations
            );
        }
        Ok(())
    };
    if a.out.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut w = std::io::BufWriter::new(stdout.lock());
        emit(&mut w).and_then(|()| w.flush()).map_err(Error::stdout)
    } else {
        crate::output::write_atomic(&a.out, |w| emit(w))
    }
}
