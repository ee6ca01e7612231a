//! `kgraph gazetteer import` (PETRARCH/TABARI dictionaries → a gazetteer folder) and
//! `kgraph gazetteer check` (conflicts, common-word aliases, counts by type).

use crate::cli::{CheckArgs, Gazetteer, ImportArgs, ImportFormat};
use crate::error::Result;
use crate::import::{count_by_reason, petrarch};
use crate::model::EntityKind;
use std::collections::BTreeMap;

/// How many skipped lines to print before pointing at skipped.csv.
const SHOW_SKIPPED: usize = 20;

pub fn run(g: Gazetteer) -> Result<()> {
    match g {
        Gazetteer::Import(a) => import(a),
        Gazetteer::Check(a) => check(a),
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
        .map(|p| {
            p.file_name()
                .map_or_else(|| p.display().to_string(), |f| f.to_string_lossy().into())
        })
        .collect();
    let note = format!(
        "Imported by `kgraph gazetteer import --from petrarch` from {}.\n\
         Converted from the PETRARCH/Phoenix dictionaries (Open Event Data Alliance, MIT licence):\n\
         keep their LICENSE with this folder, and do not commit it to the kgraph repository.",
        names.join(", ")
    );
    let written = imp.write(&a.out, &note)?;
    let secs = started.elapsed().as_secs_f64();
    for w in &imp.warnings {
        eprintln!("warning: {w}");
    }
    if !a.quiet {
        for s in imp.skipped.iter().take(SHOW_SKIPPED) {
            eprintln!("skipped: {s}");
        }
        if imp.skipped.len() > SHOW_SKIPPED {
            eprintln!(
                "skipped: … {} more, all listed in {}",
                imp.skipped.len() - SHOW_SKIPPED,
                a.out.join("skipped.csv").display()
            );
        }
    }
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &imp.entities {
        *kinds.entry(e.kind.as_str()).or_insert(0) += 1;
    }
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
    let demonyms: usize = imp.entities.iter().map(|e| e.demonyms.len()).sum();
    let mut by_rel: BTreeMap<&str, usize> = BTreeMap::new();
    for v in &imp.verbs {
        *by_rel.entry(v.relation).or_insert(0) += 1;
    }
    println!(
        "kgraph: imported {} file(s) in {secs:.2} s into {}",
        names.len(),
        a.out.display()
    );
    println!("  entities      {} ({})", imp.entities.len(), kinds.join(", "));
    println!(
        "  aliases       {} (labels included), demonyms {demonyms}",
        imp.alias_count() - demonyms
    );
    println!(
        "  codes         {} distinct actor codes, {} dated or undated roles",
        imp.codes,
        imp.roles.len()
    );
    println!("  agents        {} role nouns", imp.agents.len());
    let rels: Vec<String> = by_rel.iter().map(|(r, n)| format!("{r} {n}")).collect();
    println!(
        "  verb patterns {} triggers ({}), {} of them from {} pattern lines",
        imp.verbs.len(),
        rels.join(", "),
        imp.verbs.iter().filter(|v| v.verb.contains(' ')).count(),
        imp.patterns
    );
    if !imp.unmapped.is_empty() {
        let u: Vec<String> = imp.unmapped.iter().map(|(c, n)| format!("{c}×{n}")).collect();
        println!("  unmapped CAMEO codes ({}): {}", imp.unmapped.len(), u.join(" "));
    }
    println!("  skipped lines {}", imp.skipped.len());
    for (reason, n) in count_by_reason(&imp.skipped) {
        println!("    {n:>6}  {reason}");
    }
    if !imp.warnings.is_empty() {
        println!("  warnings      {}", imp.warnings.len());
    }
    if !a.quiet {
        for p in written {
            eprintln!("  wrote {}", p.display());
        }
    }
    Ok(())
}

fn check(a: CheckArgs) -> Result<()> {
    use std::io::Write;
    let started = std::time::Instant::now();
    let (g, lex) = super::build::load_gazetteer(&a.dirs).or_else(|e| match e {
        // A folder without relations.csv can still be checked for its names.
        crate::Error::Input { .. } => {
            crate::dict::gazetteer::Gazetteer::load(&a.dirs).map(|g| (g, Default::default()))
        }
        e => Err(e),
    })?;
    let load = started.elapsed().as_secs_f64();
    let t = std::time::Instant::now();
    let tagger = crate::tag::Tagger::new(&g)?;
    let compile = t.elapsed().as_secs_f64();
    let r = crate::dict::check::check(&g, &a.dirs);
    let mut out = std::io::stdout().lock();
    for c in &r.conflicts {
        writeln!(out, "conflict: {c}").map_err(crate::Error::stdout)?;
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
