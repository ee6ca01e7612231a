//! Helpers for the integration tests: run the kgraph binary and read its outputs.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise
#![allow(dead_code)]

pub mod graph;
pub mod xorshift;

use kgraph::dict::gazetteer::Gazetteer;
use kgraph::dict::lexicon::Lexicon;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project root (where `seeds/` and `gazetteer/` live).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path as a command-line argument (the tests' paths are UTF-8).
pub fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Runs the binary with `args` in the project root.
pub fn kgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run kgraph")
}

/// Runs the binary with `args` in the project root; it must succeed (else its stderr is shown).
pub fn kgraph_ok(args: &[&str]) -> Output {
    let o = kgraph(args);
    assert!(
        o.status.success(),
        "kgraph {args:?} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

/// `kgraph build ARGS... --out OUT`, which must succeed; returns the output folder.
pub fn build_into(out: &Path, args: &[&str]) -> PathBuf {
    let mut all = vec!["build"];
    all.extend_from_slice(args);
    all.extend(["--out", arg(out)]);
    kgraph_ok(&all);
    out.to_path_buf()
}

/// The seed articles with the curated gazetteer stacked on the built-in default (which holds
/// it too: the same ids, so nothing changes and nothing warns), as `build` arguments.
pub const SEEDS: &[&str] = &["--input", "seeds", "--gazetteer", "gazetteer"];
/// The tricky fixture (quotes, ampersands, angle brackets, Cyrillic) with its own gazetteer alone.
pub const TRICKY: &[&str] = &[
    "--input",
    "tests/fixtures/tricky/docs",
    "--no-default-gazetteer",
    "--gazetteer",
    "tests/fixtures/tricky/gazetteer",
];

/// Builds the seeds into `out` and returns the output folder.
pub fn build_seeds(out: &Path) -> PathBuf {
    build_into(out, SEEDS)
}

/// A CSV file read whole: its header and its rows, as strings.
pub type Table = (Vec<String>, Vec<Vec<String>>);

/// Reads a CSV file into header + rows of strings.
pub fn read_csv(path: &Path) -> Table {
    let mut r = csv::Reader::from_path(path).expect("open csv");
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

/// The bundled gazetteer and lexicon (`gazetteer/`).
pub fn bundled_dictionaries() -> (Gazetteer, Lexicon) {
    kgraph::dict::load(&[root().join("gazetteer")])
        .map(|d| (d.gazetteer, d.lexicon))
        .unwrap()
}

/// A `relations.csv` scored against the seeds' gold triples (`tests/gold/seeds.csv`).
pub fn score_against_seed_gold(relations: &Path) -> kgraph::eval::Report {
    let (_, lex) = bundled_dictionaries();
    kgraph::eval::score_files(&root().join("tests/gold/seeds.csv"), relations, &lex).unwrap()
}
