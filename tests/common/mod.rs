//! Helpers for the integration tests: run the kgraph binary and read its outputs.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project root (where `seeds/` and `gazetteer/` live).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary with `args` in the project root.
pub fn kgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run kgraph")
}

/// Builds the seeds into `out` and returns the output folder.
pub fn build_seeds(out: &Path) -> PathBuf {
    let o = kgraph(&[
        "build",
        "--input",
        "seeds",
        "--gazetteer",
        "gazetteer",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        o.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    out.to_path_buf()
}

/// Reads a CSV file into header + rows of strings.
pub fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).expect("open csv");
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}
