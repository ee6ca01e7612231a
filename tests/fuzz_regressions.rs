//! Every input the fuzzers (`fuzz/`, see the README) ever crashed on, kept in
//! `tests/fixtures/fuzz/TARGET/` and replayed here through the same checks as the fuzz target.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;
use kgraph::text::{decode, normalize::normalize, sentences};
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

/// The checks of `fuzz/fuzz_targets/text.rs`.
fn check_text(data: &[u8]) {
    let Ok(d) = decode(data.to_vec()) else {
        return;
    };
    let norm = normalize(&d.text);
    assert_eq!(norm.chars().count(), d.text.chars().count());
    let mut last = 0;
    for r in sentences::split(&norm) {
        assert!(r.start >= last && r.start < r.end && r.end <= norm.len(), "{r:?}");
        assert!(norm.is_char_boundary(r.start) && norm.is_char_boundary(r.end));
        assert!(r.len() <= sentences::MAX_SENTENCE);
        assert_eq!(norm[r.clone()].trim(), &norm[r.clone()]);
        last = r.end;
    }
}

#[test]
fn text_regressions() {
    for (p, data) in inputs("text") {
        eprintln!("{}", p.display());
        check_text(&data);
    }
}
