//! A reader that closes standard output early (`kgraph ... | head -1`) is not a failure: every
//! command that prints to standard output exits 0 and says nothing about it on stderr, whether
//! the pipe is closed before the first write or after the first line.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// Runs kgraph with `args`, closing its standard output at once or after the first line.
fn run_closed(args: &[&str], after_first_line: bool) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    if after_first_line {
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        assert!(!line.is_empty(), "kgraph {args:?} printed nothing");
    } else {
        drop(stdout);
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `kgraph ARGS` exits 0, quietly, with its standard output closed early.
fn assert_closed_pipe_is_fine(args: &[&str]) {
    for after_first_line in [false, true] {
        let (code, stderr) = run_closed(args, after_first_line);
        let when = if after_first_line {
            "after the first line"
        } else {
            "at once"
        };
        assert_eq!(code, Some(0), "kgraph {args:?}, stdout closed {when}: {stderr}");
        let lower = stderr.to_lowercase();
        assert!(
            !lower.contains("error") && !lower.contains("panicked"),
            "kgraph {args:?}, stdout closed {when}: {stderr}"
        );
    }
}

/// The seeds' graph, built once.
fn graph() -> &'static str {
    static G: OnceLock<(tempfile::TempDir, String)> = OnceLock::new();
    &G.get_or_init(|| {
        let d = tempfile::tempdir().unwrap();
        let out = build_seeds(&d.path().join("out"));
        let g = out.join("graph.json").to_str().unwrap().to_string();
        (d, g)
    })
    .1
}

fn query(args: &[&str]) {
    let mut all = vec!["query"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--graph", graph()]);
    assert_closed_pipe_is_fine(&all);
}

#[test]
fn query_tables_in_every_format() {
    for format in ["table", "csv", "json"] {
        query(&["edges", "--format", format]);
        query(&["neighbors", "lavrov", "--format", format]);
        query(&["evidence", "Kerry", "Lavrov", "--format", format]);
        query(&["top", "--by", "pagerank", "--format", format]);
    }
    query(&["stats"]);
    query(&["events", "Kerry", "Lavrov"]);
    query(&["path", "Antonov", "Kerry"]);
}

#[test]
fn eval_against_the_gold_file() {
    let relations = Path::new(graph()).with_file_name("relations.csv");
    assert_closed_pipe_is_fine(&[
        "eval",
        "--gold",
        "tests/gold/seeds.csv",
        "--relations",
        relations.to_str().unwrap(),
    ]);
}

#[test]
fn query_ego_in_every_format() {
    for format in ["table", "csv", "json", "graphml"] {
        query(&["ego", "Putin", "--depth", "3", "--format", format]);
    }
}

/// A folder with `n` copies of the seed articles, for an output larger than a pipe's buffer.
fn many_seeds(dir: &Path, n: usize) -> PathBuf {
    let corpus = dir.join("corpus");
    for i in 0..n {
        copy_seeds(&corpus.join(i.to_string()));
    }
    corpus
}

/// Copies the seed articles into `dir`, made if needed.
fn copy_seeds(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    for f in std::fs::read_dir(root().join("seeds")).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
    }
}

#[test]
fn extract_to_stdout() {
    let d = tempfile::tempdir().unwrap();
    let corpus = many_seeds(d.path(), 6);
    for input in ["seeds", corpus.to_str().unwrap()] {
        assert_closed_pipe_is_fine(&[
            "extract",
            "--input",
            input,
            "--gazetteer",
            "gazetteer",
            "--out",
            "-",
        ]);
    }
}

#[test]
fn explain_suggest_and_gazetteer_check() {
    let long = "John Kerry met Sergei Lavrov in London on Friday. ".repeat(400);
    for text in ["Kerry and Lavrov met in London.", long.as_str()] {
        assert_closed_pipe_is_fine(&["explain", text, "--gazetteer", "gazetteer"]);
    }
    for format in ["gazetteer", "csv"] {
        assert_closed_pipe_is_fine(&[
            "suggest",
            "--input",
            "seeds",
            "--gazetteer",
            "gazetteer",
            "--format",
            format,
        ]);
    }
    assert_closed_pipe_is_fine(&["gazetteer", "check", "gazetteer"]);
}

/// `gazetteer import` writes its data into the folder and its summary, for a person, on stderr:
/// nothing on stdout, so a closed stdout cannot matter.
#[test]
fn gazetteer_import_summary_goes_to_stderr() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("imported");
    let f = |n: &str| format!("tests/fixtures/petrarch/{n}");
    let (actors, agents, verbs) = (f("countries.actors.txt"), f("agents.txt"), f("verbs.txt"));
    let o = Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args([
            "gazetteer",
            "import",
            "--from",
            "petrarch",
            &actors,
            "--agents",
            &agents,
        ])
        .args(["--verbs", &verbs, "--out", out.to_str().unwrap()])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(o.stdout.is_empty(), "{}", String::from_utf8_lossy(&o.stdout));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("kgraph: imported 3 file(s)") && err.contains("  entities "),
        "{err}"
    );
    let quiet = Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args(["-q", "gazetteer", "import", "--from", "petrarch", &actors])
        .args(["--out", d.path().join("q").to_str().unwrap()])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        quiet.status.success() && quiet.stdout.is_empty() && quiet.stderr.is_empty(),
        "{quiet:?}"
    );
}

/// A folder of the seeds and 300 binary files, each a warning on stderr.
fn seeds_and_warnings(dir: &Path) -> PathBuf {
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    for i in 0..300 {
        std::fs::write(input.join(format!("b{i}.txt")), b"\0\x01binary").unwrap();
    }
    copy_seeds(&input);
    input
}

/// A stderr that is closed (`build 2>&1 | head -1`) or full (`2>/dev/full`) never stops a build:
/// it writes its outputs and exits 0.
#[test]
fn a_closed_or_full_stderr_never_stops_a_build() {
    let d = tempfile::tempdir().unwrap();
    let input = seeds_and_warnings(d.path());
    for (i, stderr) in ["closed", "full"].into_iter().enumerate() {
        let out = d.path().join(format!("out{i}"));
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kgraph"));
        // --verbose: every one of the 300 warnings is written, not the first few of the kind
        cmd.args(["build", "--verbose", "--input", input.to_str().unwrap(), "--out"])
            .arg(&out)
            .stdin(Stdio::null())
            .stdout(Stdio::null());
        let code = if stderr == "full" {
            let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
            cmd.stderr(full).status().unwrap().code()
        } else {
            let mut child = cmd.stderr(Stdio::piped()).spawn().unwrap();
            let mut line = String::new();
            let mut err = BufReader::new(child.stderr.take().unwrap());
            err.read_line(&mut line).unwrap();
            drop(err);
            child.wait().unwrap().code()
        };
        assert_eq!(code, Some(0), "stderr {stderr}");
        assert!(
            out.join("graph.json").is_file(),
            "stderr {stderr}: nothing written"
        );
    }
}
