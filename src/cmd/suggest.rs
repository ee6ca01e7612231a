//! `kgraph suggest`: actors and names in the input that the gazetteer misses, as an
//! entities.csv printed or saved as a folder to stack.

use crate::cli::{SuggestArgs, SuggestFormat};
use crate::error::{Error, Result};
use crate::input::Links;
use crate::suggest::rows::{write_entities, write_table};
use std::io::Write;
use std::path::Path;

pub fn run(a: SuggestArgs) -> Result<()> {
    super::plan::Plan::threads(a.threads)?;
    if a.out.is_some() && a.format == SuggestFormat::Csv {
        return Err(Error::Usage(
            "--out writes a gazetteer folder: leave out --format csv".into(),
        ));
    }
    if let Some(dir) = &a.out {
        super::guard::apart(dir, &super::guard::text_reads(&a.input, &a.gazetteer.gazetteer))?;
    }
    // held from the start, as `build` holds its folder: a second writer fails now, not at the end
    let lock = a.out.as_deref().map(super::outputs::OutDir::lock).transpose()?;
    if let Some(dir) = &a.out {
        refuse_to_replace(&dir.join("entities.csv"))?;
    }
    let plan = super::plan::Plan::entities(&a.gazetteer)?.csv(&a.csv);
    let gaz = &plan.dict.gazetteer;
    let mut found = crate::suggest::suggest(
        gaz,
        &a.input,
        if a.follow {
            Links::Follow
        } else {
            Links::StayInside
        },
        &plan.options.csv,
    )?;
    let mut warnings = super::warnings::Warnings::of_gazetteer(gaz);
    warnings.extend_input(&found.warnings);
    warnings.print();
    found.keep(a.min_count, a.n);
    if let Some(dir) = &a.out {
        let path = dir.join("entities.csv");
        crate::output::write_atomic(&path, |w| write_entities(gaz, &found, true, w))?;
        drop(lock);
        note!(
            "kgraph: {} discovered actors and {} other names from {} documents written to {}",
            found.discovered.len(),
            found.guesses.len(),
            found.documents,
            path.display()
        );
        return Ok(());
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match a.format {
        SuggestFormat::Gazetteer => write_entities(gaz, &found, !a.no_header, &mut out),
        SuggestFormat::Csv => write_table(gaz, &found, &mut out),
    }
    .map_err(Error::stdout)?;
    out.flush().map_err(Error::stdout)
}

/// Fails when `path` exists: an entities.csv already there may hold a curated list or the
/// checked rows of an earlier run, and is never replaced.
fn refuse_to_replace(path: &Path) -> Result<()> {
    if !path.exists() {
        return Ok(());
    }
    Err(Error::Usage(format!(
        "{} exists and suggest never replaces it: remove it, give --out a new folder, or append \
         with --no-header >> {}",
        path.display(),
        path.display()
    )))
}
