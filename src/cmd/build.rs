//! `kgraph build`: the whole pipeline from input folders to the files in `out/`.

use crate::cli::BuildArgs;
use crate::error::{Error, Result};
use crate::extract::lexicon::Lexicon;
use crate::gazetteer::Gazetteer;
use std::path::{Path, PathBuf};

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
        crate::verbs::extend(&mut lex, &verbs, &mut gaz.warnings)?;
    }
    Ok((gaz, lex))
}

pub fn run(a: BuildArgs) -> Result<()> {
    let (gaz, lex) = load_gazetteer(&a.gazetteer.gazetteer)?;
    let mut warnings: Vec<String> = gaz.warnings.iter().map(|w| format!("gazetteer: {w}")).collect();
    let started = std::time::Instant::now();
    let (kg, report) = crate::pipeline::build(&gaz, &lex, &a.input)?;
    warnings.extend(report.warnings.iter().map(ToString::to_string));
    if !a.quiet {
        for w in &warnings {
            eprintln!("warning: {w}");
        }
    }
    if a.strict && !warnings.is_empty() {
        return Err(Error::Usage(format!(
            "--strict: {} warning(s); nothing written",
            warnings.len()
        )));
    }
    if report.documents == 0 {
        return Err(Error::input(
            a.input.first().map_or(Path::new("."), PathBuf::as_path),
            "no readable documents in the input",
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
            kg.graph.node_count(),
            kg.graph.edge_count(),
            kg.relations.len()
        );
        for p in written {
            eprintln!("  wrote {}", p.display());
        }
    }
    Ok(())
}
