//! Byte-identical outputs: builds, queries and exports of the seeds and the tricky fixture are
//! compared file by file with `tests/expected/`. A change that alters any output byte fails here
//! until it is looked at and blessed: `KGRAPH_BLESS=1 cargo test --test golden` rewrites the
//! expected files, and `git diff tests/expected` shows what changed. Each expected file carries
//! the suffix `.expected` (`report.html.expected`), so no tool takes it for the project's source.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;
use std::path::{Path, PathBuf};

/// One recorded case: the arguments after `kgraph`, and what it writes (a folder or stdout).
struct Case {
    name: &'static str,
    args: &'static [&'static str],
    writes: Writes,
}

enum Writes {
    /// The command takes `--out DIR` and writes files there.
    Folder,
    /// The command prints its answer.
    Stdout,
}

const SEEDS: &[&str] = &["--input", "seeds", "--gazetteer", "gazetteer"];
const TRICKY: &[&str] = &[
    "--input",
    "tests/fixtures/tricky/docs",
    "--gazetteer",
    "tests/fixtures/tricky/gazetteer",
];

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

/// Queries and exports of the seed graph, as the README shows them and more.
const ON_SEEDS: &[Case] = &[
    Case {
        name: "q-neighbors",
        args: &["query", "neighbors", "lavrov"],
        writes: Writes::Stdout,
    },
    Case {
        name: "q-path",
        args: &["query", "path", "Antonov", "Kerry"],
        writes: Writes::Stdout,
    },
    Case {
        name: "q-top",
        args: &["query", "top", "--by", "pagerank", "-n", "5"],
        writes: Writes::Stdout,
    },
    Case {
        name: "q-betweenness",
        args: &["query", "top", "--by", "betweenness", "-n", "10"],
        writes: Writes::Stdout,
    },
    Case {
        name: "q-top-json",
        args: &["query", "top", "--format", "json"],
        writes: Writes::Stdout,
    },
    Case {
        name: "q-edges",
        args: &["query", "edges", "--from", "kerry"],
        writes: Writes::Stdout,
    },
    Case {
        name: "q-edges-csv",
        args: &["query", "edges", "--format", "csv"],
        writes: Writes::Stdout,
    },
    Case {
        name: "q-evidence",
        args: &["query", "evidence", "Kerry", "Lavrov"],
        writes: Writes::Stdout,
    },
    Case {
        name: "q-events",
        args: &["query", "events", "Kerry", "Lavrov"],
        writes: Writes::Stdout,
    },
    Case {
        name: "q-stats",
        args: &["query", "stats"],
        writes: Writes::Stdout,
    },
    Case {
        name: "q-path-weighted",
        args: &["query", "path", "Putin", "Obama", "--weighted"],
        writes: Writes::Stdout,
    },
    Case {
        name: "ego",
        args: &["query", "ego", "Putin", "--depth", "1"],
        writes: Writes::Folder,
    },
    Case {
        name: "export-graphml",
        args: &["export", "--format", "graphml"],
        writes: Writes::Folder,
    },
    Case {
        name: "export-gexf",
        args: &["export", "--format", "gexf"],
        writes: Writes::Folder,
    },
    Case {
        name: "export-csv",
        args: &["export", "--format", "csv"],
        writes: Writes::Folder,
    },
    Case {
        name: "export-json",
        args: &["export", "--format", "json"],
        writes: Writes::Folder,
    },
    Case {
        name: "export-neo4j",
        args: &["export", "--format", "neo4j"],
        writes: Writes::Folder,
    },
    Case {
        name: "export-dot",
        args: &["export", "--format", "dot"],
        writes: Writes::Folder,
    },
    Case {
        name: "export-events",
        args: &["export", "--format", "events"],
        writes: Writes::Folder,
    },
];

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

fn run_ok(args: &[&str]) -> Vec<u8> {
    let o = kgraph(args);
    assert!(
        o.status.success(),
        "kgraph {args:?} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o.stdout
}

#[test]
fn outputs_are_byte_identical_to_the_expected_files() {
    let d = tempfile::tempdir().unwrap();
    let mut diffs = Vec::new();
    for (name, mut args) in builds() {
        let out = d.path().join(name);
        let out_s = out.to_str().unwrap().to_string();
        args.extend(["--out", &out_s]);
        run_ok(&args);
        diffs.extend(compare_folder(name, &out));
    }
    let graph = d.path().join("seeds/graph.json");
    let graph_s = graph.to_str().unwrap();
    for case in ON_SEEDS {
        let mut args = case.args.to_vec();
        args.extend(["--graph", graph_s]);
        match case.writes {
            Writes::Stdout => diffs.extend(compare_text(case.name, &run_ok(&args))),
            Writes::Folder => {
                let out = d.path().join(case.name);
                let out_s = out.to_str().unwrap().to_string();
                args.extend(["--out", &out_s]);
                run_ok(&args);
                diffs.extend(compare_folder(case.name, &out));
            }
        }
    }
    assert!(
        diffs.is_empty(),
        "outputs differ from tests/expected (bless with KGRAPH_BLESS=1 once the change is meant):\n{}",
        diffs.join("\n")
    );
}
