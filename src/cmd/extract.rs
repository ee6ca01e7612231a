//! `kgraph extract`: per-document relation records (JSON Lines) for any part of a corpus.

use crate::cli::ExtractArgs;
use crate::error::{Error, Result};
use std::io::Write;

pub fn run(a: ExtractArgs) -> Result<()> {
    super::plan::Plan::threads(a.threads)?;
    if a.out.as_os_str() != "-" {
        super::guard::apart(
            &a.out,
            &super::guard::text_reads(&a.input, &a.gazetteer.gazetteer),
        )?;
    }
    let (plan, listing) = super::plan::Plan::load_listing(&a.gazetteer, &a.input, a.follow)?;
    let plan = plan.csv(&a.csv);
    let mut listing = Some(listing);
    let (gaz, lex, opts) = (&plan.dict.gazetteer, &plan.dict.lexicon, &plan.options);
    let mut failed: Option<std::io::Error> = None;
    // an input error stays an input error (exit 3), not a failed write
    let mut input_error: Option<Error> = None;
    let mut emit = |w: &mut dyn Write| -> std::io::Result<()> {
        let extracted =
            crate::pipeline::extract(gaz, lex, listing.take().unwrap_or_default(), opts, &mut (), |d| {
                if failed.is_none()
                    && let Err(e) = crate::pipeline::shard::write_record(gaz, lex, &d, w)
                {
                    failed = Some(e);
                }
            });
        let report = match extracted {
            Ok(r) => r,
            Err(e) => {
                input_error = Some(e);
                return Err(std::io::Error::other("the input could not be read"));
            }
        };
        if let Some(e) = failed.take() {
            return Err(e);
        }
        let mut warnings = super::warnings::Warnings::of_gazetteer(&plan.dict.gazetteer);
        warnings.extend_input(&report.warnings);
        warnings.print();
        if !super::say::quiet() {
            say!(
                "kgraph extract: {} documents, {} relation instances",
                report.documents,
                report.relations
            );
        }
        Ok(())
    };
    let written = if a.out.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut w = std::io::BufWriter::new(stdout.lock());
        emit(&mut w).and_then(|()| w.flush()).map_err(Error::stdout)
    } else {
        let _lock = super::outputs::OutDir::lock_parent_of(&a.out)?;
        crate::output::write_atomic(&a.out, |w| emit(w))
    };
    match input_error {
        Some(e) => Err(e),
        None => written,
    }
}
