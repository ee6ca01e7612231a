//! `kgraph extract`: per-document relation records (JSON Lines) for any part of a corpus.

use crate::cli::ExtractArgs;
use crate::error::{Error, Result};
use std::io::Write;

pub fn run(a: ExtractArgs) -> Result<()> {
    super::build::set_threads(a.threads)?;
    let (gaz, lex) = super::build::load_gazetteer(&a.gazetteer.gazetteer)?;
    let opts = crate::pipeline::Options {
        csv: a.csv.columns(),
        ..Default::default()
    };
    let mut failed: Option<std::io::Error> = None;
    let mut emit = |w: &mut dyn Write| -> std::io::Result<()> {
        let report = crate::pipeline::extract(&gaz, &lex, &a.input, &opts, |d| {
            if failed.is_none()
                && let Err(e) = crate::pipeline::shard::write_record(&gaz, &d, w)
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
