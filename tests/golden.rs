//! Byte-identical outputs: builds, queries and exports of the seeds and the tricky fixture are
//! compared file by file with `tests/expected/`. A change that alters any output byte fails here
//! until it is looked at and blessed: `KGRAPH_BLESS=1 cargo test --test golden` rewrites the
//! expected files, and `git diff tests/expected` shows what changed. Each expected file carries
//! the suffix `.expected` (`report.html.expected`), so no tool takes it for the project's source.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;
use std::path::{Path, PathBuf};

fn builds() -> Vec<(&'static str, Vec<&'static str>)> {
    let with = |base: &[&'static str], extra: &[&'static str]| {
        let mut v = vec!["build", "--quiet"];
        v.extend_from_slice(base);
        v.extend_from_slice(extra);
        v
    };
    vec![
        ("seeds", with(SEEDS, &[])),
        ("tricky", with(TRICKY, &[])),
        ("seeds-country", with(SEEDS, &["--level", "country"])),
        ("seeds-role", with(SEEDS, &["--level", "role"])),
    ]
}

/// Queries of the seed graph that print their answer, as the README shows them and more.
const PRINTED: &[(&str, &[&str])] = &[
    ("q-neighbors", &["query", "neighbors", "lavrov"]),
    ("q-path", &["query", "path", "Antonov", "Kerry"]),
    ("q-top", &["query", "top", "--by", "pagerank", "-n", "5"]),
    (
        "q-betweenness",
        &["query", "top", "--by", "betweenness", "-n", "10"],
    ),
    ("q-top-json", &["query", "top", "--format", "json"]),
    ("q-edges", &["query", "edges", "--from", "kerry"]),
    ("q-edges-csv", &["query", "edges", "--format", "csv"]),
    ("q-evidence", &["query", "evidence", "Kerry", "Lavrov"]),
    ("q-events", &["query", "events", "Kerry", "Lavrov"]),
    ("q-stats", &["query", "stats"]),
    (
        "q-path-weighted",
        &["query", "path", "Putin", "Obama", "--weighted"],
    ),
];

/// Every export format; `export --format F` of the seed graph is the case `export-F`.
const EXPORT_FORMATS: &[&str] = &["graphml", "gexf", "csv", "json", "neo4j", "dot", "events"];

/// Commands on the seed graph that take `--out DIR` and write files there.
fn written() -> Vec<(String, Vec<&'static str>)> {
    let mut v = vec![("ego".to_string(), vec!["query", "ego", "Putin", "--depth", "1"])];
    v.extend(
        EXPORT_FORMATS
            .iter()
            .map(|f| (format!("export-{f}"), vec!["export", "--format", *f])),
    );
    v
}

fn expected() -> PathBuf {
    root().join("tests/expected")
}

fn bless() -> bool {
    std::env::var_os("KGRAPH_BLESS").is_some_and(|v| v != "0")
}

fn files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// The expected copy of an output file.
fn expected_path(rel: &str) -> PathBuf {
    expected().join(format!("{rel}.expected"))
}

/// Compares one output with its expected copy (or rewrites the copy when blessing).
fn compare(rel: &str, got: &[u8], shown: &dyn Fn() -> String) -> Option<String> {
    let want = expected_path(rel);
    if bless() {
        std::fs::create_dir_all(want.parent().unwrap()).unwrap();
        std::fs::write(&want, got).unwrap();
        return None;
    }
    match std::fs::read(&want) {
        Ok(w) if w == got => None,
        Ok(_) => Some(format!("{rel} differs: {}", shown())),
        Err(e) => Some(format!("{}: {e}", want.display())),
    }
}

/// Compares every file of the folder `got` with `tests/expected/<name>/`.
fn compare_folder(name: &str, got: &Path) -> Vec<String> {
    let want_dir = expected().join(name);
    if bless() {
        let _ = std::fs::remove_dir_all(&want_dir);
    }
    let (g, w) = (files(got), files(&want_dir));
    let expected_names: Vec<String> = g.iter().map(|f| format!("{f}.expected")).collect();
    if !bless() && expected_names != w {
        return vec![format!("{name}: files {g:?}, expected {w:?}")];
    }
    g.iter()
        .filter_map(|f| {
            let path = got.join(f);
            let shown = || {
                format!(
                    "diff {} {}",
                    expected_path(&format!("{name}/{f}")).display(),
                    path.display()
                )
            };
            compare(&format!("{name}/{f}"), &std::fs::read(&path).unwrap(), &shown)
        })
        .collect()
}

fn compare_text(name: &str, got: &[u8]) -> Vec<String> {
    let shown = || format!("got:\n{}", String::from_utf8_lossy(got));
    compare(&format!("{name}.out"), got, &shown).into_iter().collect()
}

/// Runs `args` with `--out DIR/name` and compares that folder with its expected copy.
fn compare_written(dir: &Path, name: &str, args: &[&str]) -> Vec<String> {
    let out = dir.join(name);
    let mut args = args.to_vec();
    args.extend(["--out", arg(&out)]);
    kgraph_ok(&args);
    compare_folder(name, &out)
}

#[test]
fn outputs_are_byte_identical_to_the_expected_files() {
    let d = tempfile::tempdir().unwrap();
    let mut diffs = Vec::new();
    for (name, args) in builds() {
        diffs.extend(compare_written(d.path(), name, &args));
    }
    let graph = d.path().join("seeds/graph.json");
    let on_graph = |args: &[&'static str]| [args, &["--graph", arg(&graph)]].concat();
    for (name, args) in PRINTED {
        diffs.extend(compare_text(name, &kgraph_ok(&on_graph(args)).stdout));
    }
    for (name, args) in written() {
        diffs.extend(compare_written(d.path(), &name, &on_graph(&args)));
    }
    assert!(
        diffs.is_empty(),
        "outputs differ from tests/expected (bless with KGRAPH_BLESS=1 once the change is meant):\n{}",
        diffs.join("\n")
    );
}
