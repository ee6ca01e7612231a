//! Every input the fuzzers (`fuzz/`, see the README) ever crashed on, kept in
//! `tests/fixtures/fuzz/TARGET/` and replayed here through the same checks as the fuzz target.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;
#[path = "../fuzz/fuzz_targets/checks.rs"]
mod checks;
use kgraph::text::normalize::normalize;
use std::path::PathBuf;

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = root().join("tests/fixtures/fuzz").join(target);
    let mut v: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.map(|e| {
                let p = e.unwrap().path();
                let b = std::fs::read(&p).unwrap();
                (p, b)
            })
            .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn text_regressions() {
    for (p, data) in inputs("text") {
        eprintln!("{}", p.display());
        checks::text(&data);
    }
}

fn gazetteer() -> &'static (kgraph::dict::gazetteer::Gazetteer, kgraph::dict::lexicon::Lexicon) {
    static G: std::sync::OnceLock<(kgraph::dict::gazetteer::Gazetteer, kgraph::dict::lexicon::Lexicon)> =
        std::sync::OnceLock::new();
    G.get_or_init(bundled_dictionaries)
}

/// The checks of `fuzz/fuzz_targets/tagger.rs`.
#[test]
fn tagger_regressions() {
    let tagger = kgraph::tag::Tagger::new(&gazetteer().0).unwrap();
    for (p, data) in inputs("tagger") {
        eprintln!("{}", p.display());
        let text = String::from_utf8_lossy(&data);
        let norm = normalize(&text);
        let mut last = 0;
        for m in tagger.tag(&norm) {
            assert!(m.start >= last && m.start < m.end && m.end <= norm.len());
            last = m.end;
        }
    }
}

/// The checks of `fuzz/fuzz_targets/extractor.rs`.
#[test]
fn extractor_regressions() {
    let (g, l) = gazetteer();
    let ex = kgraph::extract::Extractor::new(g, l).unwrap();
    for (p, data) in inputs("extractor") {
        eprintln!("{}", p.display());
        let text = String::from_utf8_lossy(&data);
        let out = ex.document("fuzz", &text);
        let chars = text.chars().count();
        for r in &out.relations {
            let s = &r.evidence.span;
            assert!(s.start < s.end && s.end <= chars);
            let trigger: String = text.chars().skip(s.start).take(s.end - s.start).collect();
            assert_eq!(trigger, r.evidence.trigger);
        }
    }
}

/// The checks of `fuzz/fuzz_targets/gazetteer.rs`.
#[test]
fn gazetteer_regressions() {
    for (p, data) in inputs("gazetteer") {
        eprintln!("{}", p.display());
        let (entities, roles) = match data.iter().position(|&b| b == 0xFF) {
            Some(i) => (&data[..i], Some(&data[i + 1..])),
            None => (&data[..], None),
        };
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("entities.csv"), entities).unwrap();
        if let Some(r) = roles {
            std::fs::write(dir.path().join("roles.csv"), r).unwrap();
        }
        match kgraph::dict::gazetteer::Gazetteer::load(&[dir.path().to_path_buf()]) {
            Ok(g) => {
                kgraph::tag::Tagger::new(&g).unwrap();
            }
            Err(e) => assert!(e.to_string().contains(".csv"), "{e}"),
        }
    }
}

/// The checks of `fuzz/fuzz_targets/graph_json.rs`.
#[test]
fn graph_json_regressions() {
    for (p, data) in inputs("graph_json") {
        eprintln!("{}", p.display());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        std::fs::write(&path, data).unwrap();
        match kgraph::export::json::read(&path) {
            Ok(kg) => kgraph::export::json::write(&kg, &mut Vec::new()).unwrap(),
            Err(e) => assert!(e.to_string().contains("graph.json"), "{e}"),
        }
    }
}

/// The checks of `fuzz/fuzz_targets/input_gzip.rs`: the bytes as gzip JSON Lines and text, and
/// gzip-compressed as CSV, read through `kgraph::input::documents`.
#[test]
fn input_gzip_regressions() {
    for (p, data) in inputs("input_gzip") {
        eprintln!("{}", p.display());
        checks::input_gzip(&data);
    }
}

/// The checks of `fuzz/fuzz_targets/input_jsonl.rs`.
#[test]
fn input_jsonl_regressions() {
    for (p, data) in inputs("input_jsonl") {
        eprintln!("{}", p.display());
        checks::input_jsonl(&data);
    }
}

/// The checks of `fuzz/fuzz_targets/input_csv.rs`: the bytes as CSV and as TSV.
#[test]
fn input_csv_regressions() {
    for (p, data) in inputs("input_csv") {
        eprintln!("{}", p.display());
        checks::input_csv(&data);
    }
}
