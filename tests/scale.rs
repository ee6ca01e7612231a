//! Scale features end to end: shards merge into the same bytes as one build; output does not
//! depend on the thread count or on the order inputs are listed in; JSON Lines, CSV, gzip and
//! standard input are read.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;
use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use kgraph::cmd::outputs::OUTPUT_FILES as FILES;

fn same_outputs(a: &Path, b: &Path) {
    for f in FILES {
        assert_eq!(
            std::fs::read(a.join(f)).unwrap(),
            std::fs::read(b.join(f)).unwrap(),
            "{f} differs"
        );
    }
}

fn seed(name: &str) -> String {
    arg(&root().join("seeds").join(name)).to_string()
}

#[test]
fn merged_shards_equal_one_build() {
    let d = tempfile::tempdir().unwrap();
    let whole = build_seeds(&d.path().join("whole"));
    let names: Vec<String> = std::fs::read_dir(root().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut names = names;
    names.sort();
    // two shards, the second listed first, split unevenly
    let parts = [&names[3..], &names[..3]];
    let mut shards = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let shard = d.path().join(format!("shard{i}.jsonl"));
        let inputs: Vec<String> = part.iter().map(|n| seed(n)).collect();
        let mut args = vec!["extract", "--quiet", "--out", arg(&shard), "--input"];
        args.extend(inputs.iter().map(String::as_str));
        kgraph_ok(&args);
        shards.push(arg(&shard).to_string());
    }
    let merged = d.path().join("merged");
    kgraph_ok(&["merge", &shards[0], &shards[1], "--quiet", "--out", arg(&merged)]);
    same_outputs(&whole, &merged);
}

#[test]
fn output_does_not_depend_on_threads_or_input_order() {
    let d = tempfile::tempdir().unwrap();
    let one = build_into(&d.path().join("one"), &["--quiet", "--threads", "1"]);
    let inputs: Vec<String> = [
        "004_ebb31fd6193d9377.txt",
        "001_d8933c6599e0f15b.txt",
        "003_4fea8b1964aa1f48.txt",
        "000_85cfd0f58f776a66.txt",
        "002_df530c2d804f3845.txt",
    ]
    .map(seed)
    .into();
    let mut args = vec!["--quiet", "--threads", "2", "--input"];
    args.extend(inputs.iter().map(String::as_str));
    let two = build_into(&d.path().join("two"), &args);
    same_outputs(&one, &two);
}

fn seeds_as_jsonl() -> String {
    let mut s = String::new();
    let mut names: Vec<_> = std::fs::read_dir(root().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for p in names {
        let text = std::fs::read_to_string(&p).unwrap();
        let id = p.file_name().unwrap().to_string_lossy().into_owned();
        s.push_str(&serde_json::json!({"id": id, "text": text}).to_string());
        s.push('\n');
    }
    s
}

#[test]
fn json_lines_gzip_and_stdin_give_the_same_graph_as_files() {
    let d = tempfile::tempdir().unwrap();
    let files = build_seeds(&d.path().join("files"));
    let jsonl = seeds_as_jsonl();
    let gz_path = d.path().join("seeds.jsonl.gz");
    let mut gz = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz_path).unwrap(),
        flate2::Compression::default(),
    );
    gz.write_all(jsonl.as_bytes()).unwrap();
    gz.finish().unwrap();
    let from_gz = build_into(&d.path().join("gz"), &["--quiet", "--input", arg(&gz_path)]);
    same_outputs(&files, &from_gz);

    let from_stdin = d.path().join("stdin");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args(["build", "--quiet", "--input", "-", "--out", arg(&from_stdin)])
        .current_dir(root())
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(jsonl.as_bytes()).unwrap();
    assert!(child.wait().unwrap().success());
    same_outputs(&files, &from_stdin);
}

#[test]
fn csv_inputs_read_the_text_column() {
    let d = tempfile::tempdir().unwrap();
    let csv_path = d.path().join("articles.csv");
    let mut w = csv::Writer::from_path(&csv_path).unwrap();
    w.write_record(["id", "published", "body"]).unwrap();
    w.write_record(["a1", "2014-03-14", "Kerry met Lavrov in London on Friday."])
        .unwrap();
    w.flush().unwrap();
    let out = build_into(
        &d.path().join("out"),
        &[
            "--quiet",
            "--input",
            arg(&csv_path),
            "--text-column",
            "body",
            "--date-column",
            "published",
        ],
    );
    let (h, rows) = read_csv(&out.join("relations.csv"));
    let c = |n: &str| h.iter().position(|x| x == n).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][c("doc")], "a1");
    assert_eq!(rows[0][c("date")], "2014-03-14");
    assert_eq!(rows[0][c("place")], "london");
}

/// The seed articles as JSON Lines records with ids `{prefix}-{copy}-{name}`, `copies` times over.
fn seed_records(prefix: &str, copies: usize) -> String {
    let one = seeds_as_jsonl();
    let mut s = String::new();
    for k in 0..copies {
        for line in one.lines() {
            let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
            let id = format!("{prefix}-{k:03}-{}", v["id"].as_str().unwrap());
            v["id"] = id.into();
            s.push_str(&v.to_string());
            s.push('\n');
        }
    }
    s
}

#[test]
fn small_files_read_in_parallel_and_a_large_file_streamed_keep_input_order() {
    let d = tempfile::tempdir().unwrap();
    let (mixed, split) = (d.path().join("mixed"), d.path().join("split"));
    for dir in [&mixed, &split] {
        for sub in ["a", "c"] {
            std::fs::create_dir_all(dir.join(sub)).unwrap();
            for e in std::fs::read_dir(root().join("seeds")).unwrap() {
                let p = e.unwrap().path();
                std::fs::copy(&p, dir.join(sub).join(p.file_name().unwrap())).unwrap();
            }
        }
    }
    // over a mebibyte: streamed in batches, between two folders of small files
    let big = seed_records("b", 40);
    assert!(big.len() > 1 << 20, "{}", big.len());
    std::fs::write(mixed.join("b.jsonl"), &big).unwrap();
    // the same records as small files
    std::fs::create_dir(split.join("b")).unwrap();
    for (i, line) in big.lines().enumerate() {
        std::fs::write(split.join("b").join(format!("{i:04}.jsonl")), format!("{line}\n")).unwrap();
    }
    let gflags = ["--gazetteer", "gazetteer", "--quiet"];
    let one = build_into(
        &d.path().join("one"),
        &[&gflags[..], &["--threads", "1", "--input", arg(&mixed)]].concat(),
    );
    let two = build_into(
        &d.path().join("two"),
        &[&gflags[..], &["--threads", "2", "--input", arg(&split)]].concat(),
    );
    same_outputs(&one, &two);
    // shards list documents in input order: the first folder, the large file, the last folder
    let shard = d.path().join("shard.jsonl");
    kgraph_ok(
        &[
            &["extract"][..],
            &gflags[..],
            &["--threads", "2", "--out", arg(&shard), "--input", arg(&mixed)],
        ]
        .concat(),
    );
    let docs: Vec<String> = std::fs::read_to_string(&shard)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let seeds = std::fs::read_dir(root().join("seeds")).unwrap().count();
    assert_eq!(docs.len(), 2 * seeds + 40 * seeds);
    let kinds: Vec<char> = docs.iter().map(|d| d.chars().next().unwrap()).collect();
    let want: Vec<char> = std::iter::repeat_n('a', seeds)
        .chain(std::iter::repeat_n('b', 40 * seeds))
        .chain(std::iter::repeat_n('c', seeds))
        .collect();
    assert_eq!(kinds, want, "{docs:?}");
    let mut sorted = docs[seeds..seeds + 40 * seeds].to_vec();
    sorted.sort();
    assert_eq!(
        sorted,
        docs[seeds..seeds + 40 * seeds],
        "records keep the file's order"
    );
}
