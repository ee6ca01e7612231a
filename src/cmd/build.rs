//! `kgraph build`: the whole pipeline from input folders to the files in `out/`.

use super::outputs::OutDir;
use super::plan::Plan;
use super::progress::Progress;
use crate::cli::BuildArgs;
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

pub fn run(a: BuildArgs) -> Result<()> {
    Plan::threads(a.threads)?;
    super::guard::apart(
        &a.out,
        &super::guard::text_reads(&a.input, &a.gazetteer.gazetteer),
    )?;
    let (plan, listing) = Plan::load_listing(&a.gazetteer, &a.input, a.follow)?;
    let plan = plan.level(a.level).csv(&a.csv).caseless(a.caseless);
    let (gaz, lex) = (&plan.dict.gazetteer, &plan.dict.lexicon);
    let mut warnings = super::warnings::Warnings::of_gazetteer(gaz);
    // hold the output folder for the whole run: a second build into it fails now, not at the end
    let out = OutDir::lock(&a.out)?;
    if out.recovered == crate::output::Recovered::RolledBack {
        note!(
            "kgraph: a run into {} died while replacing its files: the files before it are back",
            a.out.display()
        );
    }
    let stale = out.stale_removed;
    if stale > 0 {
        note!(
            "kgraph: removed {stale} temporary file(s) an interrupted run left in {}",
            a.out.display()
        );
    }
    let started = std::time::Instant::now();
    let mut progress = Progress::new(!super::say::quiet());
    let (kg, report) = crate::pipeline::build_with(gaz, lex, listing, &plan.options, &mut progress)?;
    let mut kg = kg;
    if a.event_window != crate::graph::events::DEFAULT_WINDOW_DAYS {
        kg.set_event_window(a.event_window);
    }
    warnings.extend_input(&report.warnings);
    if let Some(w) = caseless_warning(&report, a.caseless) {
        warnings.push(crate::model::WarningKind::Case, w);
    }
    warnings.print();
    if a.strict {
        warnings.strict()?;
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
                 (are these articles? is --gazetteer the right folder?{})",
                report.documents,
                why_few(&report, &a.input)
            ),
        ));
    }
    if a.no_gazetteer_edges {
        kg = kg.text_edges_only();
    }
    let written = out.write_graph(&kg)?;
    if !super::say::quiet() {
        summary(&a, &report, &kg, &written, started.elapsed().as_secs_f64());
    }
    Ok(())
}

/// The summary line, the files written, and a word on why when relations are few.
fn summary(
    a: &BuildArgs,
    report: &crate::pipeline::BuildReport,
    kg: &crate::graph::KnowledgeGraph,
    written: &[PathBuf],
    secs: f64,
) {
    let discovered = match report.discovered {
        0 => String::new(),
        n => format!(", {n} discovered actors"),
    };
    let head = format!(
        "kgraph: {} documents ({} skipped){discovered}, {:.1} MB in {:.2} s",
        report.documents,
        report.skipped,
        report.bytes as f64 / 1e6,
        secs,
    );
    super::outputs::print_written(&head, kg, written);
    if few_relations(report) {
        say!(
            "kgraph: few relations for {} documents ({}){}",
            report.documents,
            report.relations,
            why_few(report, &a.input)
        );
    }
}

/// Fewer than one relation instance in ten documents: worth a word on why.
fn few_relations(report: &crate::pipeline::BuildReport) -> bool {
    report.documents >= 5 && report.relations * 10 < report.documents
}

/// Why a run found few actors or relations, and what to do: the share of capitalised names
/// that matched no actor, with the command that lists them.
fn why_few(report: &crate::pipeline::BuildReport, inputs: &[PathBuf]) -> String {
    let n = &report.names;
    if n.names == 0 {
        return String::new();
    }
    let input = inputs.first().map_or(".".into(), |p| p.display().to_string());
    format!(
        "; {:.0}% of the {} capitalised names matched no actor: `kgraph suggest --input {input} \
         --out mine` lists them as a gazetteer folder to review and stack with --gazetteer mine",
        n.unmatched_percent(),
        n.names
    )
}

/// Documents without case found, and `--caseless` not given: say what it would do.
fn caseless_warning(report: &crate::pipeline::BuildReport, caseless: bool) -> Option<String> {
    (report.names.caseless > 0 && !caseless).then(|| {
        format!(
            "{} document(s) are all lower-case or all capitals: names cannot be told from words \
             by their capitals there, so few actors are found (add --caseless to match them \
             against the gazetteer without case)",
            report.names.caseless
        )
    })
}
