//! The checks a fuzz target makes of one input, shared with `tests/fuzz_regressions.rs`, which
//! replays every input the fuzzers ever crashed on through the same code.
// each target uses some of these, and the regression tests all of them
#![allow(dead_code)]

use kgraph::input::limits::MAX_DOCUMENT_BYTES;
use kgraph::input::{CsvColumns, InputFile, Item, documents};
use kgraph::text::{decode, normalize::normalize, sentences};
use std::io::Write;
use std::path::Path;

/// Decoding, normalisation and sentence splitting: never a panic, one character for one,
/// sentences in order, inside the text, on character boundaries, trimmed, bounded.
pub fn text(data: &[u8]) {
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

/// `data` saved in `dir` as a file called `name` (its extension picks the format) and read
/// through [`documents`] to the end: never a panic; every document named, with text that is
/// neither empty nor only white space and at most [`MAX_DOCUMENT_BYTES`]; every warning names
/// the file.
pub fn input(dir: &Path, name: &str, data: &[u8]) {
    let path = dir.join(name);
    std::fs::write(&path, data).expect("write the input");
    let file = InputFile {
        name: name.into(),
        path: path.clone(),
        size: data.len() as u64,
    };
    for item in documents(&file, &CsvColumns::default()) {
        match item {
            Item::Document(d) => {
                assert!(!d.name.is_empty(), "{name}: a document without a name: {d:?}");
                assert!(
                    !d.text.trim().is_empty(),
                    "{name}: document {:?} has blank text {:?}",
                    d.name,
                    d.text
                );
                assert!(
                    d.text.len() <= MAX_DOCUMENT_BYTES,
                    "{name}: document {:?} holds {} bytes, past the cap",
                    d.name,
                    d.text.len()
                );
            }
            Item::Warning(w) => assert_eq!(w.path, path, "{name}: a warning about another file: {w}"),
        }
    }
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// Gzip inputs: the bytes as `x.jsonl.gz` and `x.txt.gz` (read as gzip when they start with its
/// magic, else as they are), and the bytes gzip-compressed as `x.csv.gz`, so what the decoder
/// gives is arbitrary too.
pub fn input_gzip(data: &[u8]) {
    let dir = temp_dir();
    input(dir.path(), "x.jsonl.gz", data);
    input(dir.path(), "x.txt.gz", data);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(data).expect("compress");
    input(dir.path(), "x.csv.gz", &gz.finish().expect("compress"));
}

/// JSON Lines: the bytes as `x.jsonl`.
pub fn input_jsonl(data: &[u8]) {
    input(temp_dir().path(), "x.jsonl", data);
}

/// CSV and TSV: the bytes as `x.csv` and as `x.tsv`.
pub fn input_csv(data: &[u8]) {
    let dir = temp_dir();
    input(dir.path(), "x.csv", data);
    input(dir.path(), "x.tsv", data);
}
