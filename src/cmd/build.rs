//! `kgraph build`: the whole pipeline from input folders to the files in `out/`.

use crate::cli::BuildArgs;
use crate::dict::gazetteer::Gazetteer;
use crate::dict::lexicon::Lexicon;
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// Sizes the global worker pool (`--threads`); by default rayon uses every core.
pub fn set_threads(n: Option<usize>) -> Result<()> {
    if let Some(n) = n {
        if n == 0 {
            return Err(Error::Usage("--threads must be at least 1".into()));
        }
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .map_err(|e| Error::Usage(format!("--threads: {e}")))?;
    }
    Ok(())
}

/// Loads the stacked gazetteer and the lexicon of the first folder that has `relations.csv`,
/// with the extra verbs of every folder's `verbs.csv`.
pub fn load_gazetteer(dirs: &[PathBuf]) -> Result<(Gazetteer, Lexicon)> {
    let gaz = Gazetteer::load(dirs)?;
    let lex_path = dirs
        .iter()
        .map(|d| d.join("relations.csv"))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            Error::input(
                dirs.first().map_or(Path::new("gazetteer"), PathBuf::as_path),
                "no relations.csv in the gazetteer folders: the relation lexicon is needed",
            )
        })?;
    let mut lex = Lexicon::load(&lex_path)?;
    let mut gaz = gaz;
    for verbs in dirs.iter().map(|d| d.join("verbs.csv")).filter(|p| p.is_file()) {
        crate::dict::verbs::extend(&mut lex, &verbs, &mut gaz.warnings)?;
    }
    Ok((gaz, lex))
}

pub fn run(a: BuildArgs) -> Result<()> {
    set_threads(a.threads)?;
    let (gaz, lex) = load_gazetteer(&a.gazetteer.gazetteer)?;
    let mut warnings: Vec<String> = gaz.warnings.iter().map(|w| format!("gazetteer: {w}")).collect();
    // hold the output folder for the whole run: a second build into it fails now, not at the end
    let _lock = crate::output::OutputLock::acquire(&a.out)?;
    let stale = crate::output::remove_stale_temps(&a.out)?;
    if stale > 0 && !a.quiet {
        eprintln!(
            "kgraph: removed {stale} temporary file(s) an interrupted run left in {}",
            a.out.display()
        );
    }
    let started = std::time::Instant::now();
    let (kg, report) = crate::pipeline::build_with(
        &gaz,
        &lex,
        &a.input,
        &crate::pipeline::Options {
            level: a.level,
            csv: a.csv.columns(),
            progress: !a.quiet,
        },
    )?;
    let mut kg = kg;
    if a.event_window != crate::graph::events::DEFAULT_WINDOW_DAYS {
        kg.set_event_window(a.event_window);
    }
    warnings.extend(report.warnings.iter().map(ToString::to_string));
    if !a.quiet {
        for w in &warnings {
            eprintln!("warning: {w}");
        }
    }
    if a.strict && !warnings.is_empty() {
        return Err(Error::Usage(format!(
            "--strict: {} warning(s), the first: {}; nothing written",
            warnings.len(),
            warnings[0]
        )));
    }
    let first_input = a.input.first().map_or(Path::new("."), PathBuf::as_path);
    if report.documents == 0 {
        return Err(Error::input(
            first_input,
            format!(
                "no readable documents in the input ({} skipped; see the warnings): nothing written",
                report.skipped
            ),
        ));
    }
    if kg.graph().node_count() == 0 {
        return Err(Error::input(
            first_input,
            format!(
                "{} document(s) read, but none names an entity of the gazetteer: nothing written \
                 (are these articles? is --gazetteer the right folder?)",
                report.documents
            ),
        ));
    }
    let written = crate::export::write_build_outputs(&kg, &a.out)?;
    if !a.quiet {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "kgraph: {} documents ({} skipped), {:.1} MB in {:.2} s: {} nodes, {} edges, {} relation instances",
            report.documents,
            report.skipped,
            report.bytes as f64 / 1e6,
            secs,
            kg.graph().node_count(),
            kg.graph().edge_count(),
            kg.instances.len()
        );
        for p in written {
            eprintln!("  wrote {}", p.display());
        }
    }
    Ok(())
}
