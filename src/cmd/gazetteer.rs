//! `kgraph gazetteer import` (PETRARCH/TABARI dictionaries → a gazetteer folder) and
//! `kgraph gazetteer check` (conflicts, common-word aliases, counts by type); `gazetteer default`
//! is in `default_gazetteer.rs`.

use crate::cli::{CheckArgs, Gazetteer, ImportArgs, ImportFormat};
use crate::error::Result;
use crate::import::{Skipped, count_by_reason, file_label, petrarch};
use crate::model::EntityKind;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// How many skipped lines to print before pointing at skipped.csv.
const SHOW_SKIPPED: usize = 20;

pub fn run(g: Gazetteer) -> Result<()> {
    match g {
        Gazetteer::Import(a) => import(a),
        Gazetteer::Check(a) => check(a),
        Gazetteer::Default(a) => super::default_gazetteer::run(&a),
    }
}

fn import(a: ImportArgs) -> Result<()> {
    let ImportFormat::Petrarch = a.from;
    let started = std::time::Instant::now();
    let src = petrarch::Sources {
        actors: a.actors.clone(),
        agents: a.agents.clone(),
        verbs: a.verbs.clone(),
    };
    let imp = petrarch::import(&src)?;
    let names: Vec<String> = a
        .actors
        .iter()
        .chain(&a.agents)
        .chain(&a.verbs)
        .map(|p| file_label(p))
        .collect();
    let out = super::outputs::OutDir::lock(&a.out)?;
    let written = imp.write(out.path(), &licence_note(&names))?;
    drop(out);
    let secs = started.elapsed().as_secs_f64();
    let mut warnings = super::warnings::Warnings::default();
    for w in &imp.warnings {
        warnings.push(crate::model::WarningKind::Lexicon, w.clone());
    }
    warnings.print();
    if super::say::quiet() {
        return Ok(());
    }
    print_skipped(&imp.skipped, &a.out);
    // a summary for a person: on stderr, like every message (the data went into the folder)
    let mut text = Vec::new();
    writeln!(
        text,
        "kgraph: imported {} file(s) in {secs:.2} s into {}",
        names.len(),
        a.out.display()
    )
    .and_then(|()| print_summary(&imp, &mut text))
    .map_err(crate::Error::stdout)?;
    for line in String::from_utf8_lossy(&text).lines() {
        say!("{line}");
    }
    for p in written {
        say!("  wrote {}", p.display());
    }
    Ok(())
}

/// The note at the top of every imported file: where it came from and under which licence.
fn licence_note(names: &[String]) -> String {
    format!(
        "Imported by `kgraph gazetteer import --from petrarch` from {}.\n\
         Converted from the PETRARCH/Phoenix dictionaries (Open Event Data Alliance, MIT licence):\n\
         keep their LICENSE with this folder, and do not commit it to the kgraph repository.",
        names.join(", ")
    )
}

/// The first skipped lines on stderr, then where the rest are listed.
fn print_skipped(skipped: &[Skipped], out: &Path) {
    for s in skipped.iter().take(SHOW_SKIPPED) {
        say!("skipped: {s}");
    }
    if skipped.len() > SHOW_SKIPPED {
        say!(
            "skipped: … {} more, all listed in {}",
            skipped.len() - SHOW_SKIPPED,
            out.join("skipped.csv").display()
        );
    }
}

/// What the import holds: entities by type, aliases, codes, agents, triggers by relation,
/// unmapped CAMEO codes, skipped lines by reason.
fn print_summary(imp: &petrarch::Import, w: &mut dyn Write) -> std::io::Result<()> {
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &imp.entities {
        *kinds.entry(e.kind.as_str()).or_insert(0) += 1;
    }
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
    let demonyms: usize = imp.entities.iter().map(|e| e.demonyms.len()).sum();
    writeln!(w, "  entities      {} ({})", imp.entities.len(), kinds.join(", "))?;
    writeln!(
        w,
        "  aliases       {} (labels included), demonyms {demonyms}",
        imp.alias_count() - demonyms
    )?;
    writeln!(
        w,
        "  codes         {} distinct actor codes, {} dated or undated roles",
        imp.codes,
        imp.roles.len()
    )?;
    writeln!(w, "  agents        {} role nouns", imp.agents.len())?;
    print_verbs(imp, w)?;
    writeln!(w, "  skipped lines {}", imp.skipped.len())?;
    for (reason, n) in count_by_reason(&imp.skipped) {
        writeln!(w, "    {n:>6}  {reason}")?;
    }
    if !imp.warnings.is_empty() {
        writeln!(w, "  warnings      {}", imp.warnings.len())?;
    }
    Ok(())
}

/// The verb triggers by relation, and the CAMEO codes that found no relation.
fn print_verbs(imp: &petrarch::Import, w: &mut dyn Write) -> std::io::Result<()> {
    let mut by_rel: BTreeMap<&str, usize> = BTreeMap::new();
    for v in &imp.verbs {
        *by_rel.entry(v.relation).or_insert(0) += 1;
    }
    let rels: Vec<String> = by_rel.iter().map(|(r, n)| format!("{r} {n}")).collect();
    writeln!(
        w,
        "  verb patterns {} triggers ({}), {} of them from {} pattern lines",
        imp.verbs.len(),
        rels.join(", "),
        imp.verbs.iter().filter(|v| v.verb.contains(' ')).count(),
        imp.patterns
    )?;
    if !imp.unmapped.is_empty() {
        let u: Vec<String> = imp.unmapped.iter().map(|(c, n)| format!("{c}×{n}")).collect();
        writeln!(
            w,
            "  unmapped CAMEO codes ({}): {}",
            imp.unmapped.len(),
            u.join(" ")
        )?;
    }
    Ok(())
}

fn check(a: CheckArgs) -> Result<()> {
    let started = std::time::Instant::now();
    // a folder without relations.csv can still be checked for its names
    let layers = super::plan::layers(&a.dirs, a.no_default_gazetteer)?;
    let plan = super::plan::Plan::with(&layers, crate::dict::Need::Names)?;
    let (g, lex) = (&plan.dict.gazetteer, &plan.dict.lexicon);
    let load = started.elapsed().as_secs_f64();
    let t = std::time::Instant::now();
    let tagger = crate::tag::Tagger::new(g)?;
    let compile = t.elapsed().as_secs_f64();
    let labels: Vec<std::path::PathBuf> = layers.iter().map(crate::dict::Layer::label).collect();
    let r = crate::dict::check::check(g, &labels);
    let mut out = std::io::stdout().lock();
    for c in &r.conflicts {
        writeln!(out, "conflict: {c}").map_err(crate::Error::stdout)?;
    }
    for w in &g.alias_warnings {
        writeln!(out, "alias: {w}").map_err(crate::Error::stdout)?;
    }
    for w in &g.lexicon_warnings {
        writeln!(out, "verbs: {w}").map_err(crate::Error::stdout)?;
    }
    for c in &r.common {
        let why = if c.any_case {
            "has no capital letter: matches the ordinary word in any case"
        } else {
            "a common word: fires at every sentence start and headline"
        };
        writeln!(out, "common word: {} {:?}: {why}", c.entity, c.alias).map_err(crate::Error::stdout)?;
    }
    writeln!(
        out,
        "folder                                    type          entities"
    )
    .map_err(crate::Error::stdout)?;
    for (d, k, n) in &r.by_type {
        writeln!(out, "{:<41} {:<13} {n}", d.display(), k.as_str()).map_err(crate::Error::stdout)?;
    }
    let total: usize = r.by_type.iter().map(|t| t.2).sum();
    let per_kind: Vec<String> = EntityKind::ALL
        .iter()
        .map(|k| {
            let n: usize = r.by_type.iter().filter(|t| t.1 == *k).map(|t| t.2).sum();
            format!("{n} {k}")
        })
        .collect();
    writeln!(
        out,
        "kgraph: {total} entities ({}), {} aliases, {} titles, {} relations; {} conflicts, {} common-word aliases",
        per_kind.join(", "),
        r.aliases,
        r.titles,
        lex.relations.len(),
        r.conflicts.len(),
        r.common.len()
    )
    .map_err(crate::Error::stdout)?;
    writeln!(
        out,
        "  loaded in {load:.2} s; tagger: {} patterns compiled in {compile:.2} s",
        tagger.pattern_count()
    )
    .map_err(crate::Error::stdout)?;
    Ok(())
}
