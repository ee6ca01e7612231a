//! `kgraph build` on the seed articles: the five files, their headers, the key relations,
//! evidence that quotes the articles, and byte-identical output across runs.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;

#[test]
fn writes_the_five_files_with_contracted_headers() {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let heads = [
        ("nodes.csv", vec!["id", "label", "type"]),
        ("edges.csv", vec!["source", "target", "relation", "weight"]),
        (
            "relations.csv",
            vec!["doc", "sentence", "source", "relation", "target", "negated"],
        ),
    ];
    for (f, want) in heads {
        let (h, rows) = read_csv(&out.join(f));
        assert_eq!(&h[..want.len()], want.as_slice(), "{f}");
        assert!(!rows.is_empty(), "{f} has no rows");
    }
    for f in ["graph.graphml", "graph.json"] {
        assert!(out.join(f).metadata().unwrap().len() > 100, "{f}");
    }
}

/// The seeds built into a temporary folder (kept while it lives), and their `relations.csv`.
fn seed_relations() -> (tempfile::TempDir, std::path::PathBuf, Table) {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let relations = read_csv(&out.join("relations.csv"));
    (d, out, relations)
}

#[test]
fn key_relations_are_found_with_evidence_from_the_articles() {
    let (_d, _, (h, rows)) = seed_relations();
    let col = |n: &str| h.iter().position(|x| x == n).unwrap();
    let (doc, s, r, t, neg, text, start, end) = (
        col("doc"),
        col("source"),
        col("relation"),
        col("target"),
        col("negated"),
        col("text"),
        col("start"),
        col("end"),
    );
    let has = |a: &str, rel: &str, b: &str| {
        rows.iter()
            .any(|x| x[s] == a && x[r] == rel && x[t] == b && x[neg] == "false")
    };
    assert!(has("kerry", "met", "lavrov"), "Kerry met Lavrov");
    assert!(has("putin", "proposed", "trump"), "Putin proposed to Trump");
    assert!(has("kerry", "rejected", "putin"), "Kerry rejected Putin");
    // every instance quotes a sentence of its document, and its span is the trigger in that document
    for x in &rows {
        let article = std::fs::read_to_string(root().join("seeds").join(&x[doc])).unwrap();
        let flat: String = article.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&x[text]), "evidence not in {}: {}", x[doc], x[text]);
        let chars: Vec<char> = article.chars().collect();
        let (a, b): (usize, usize) = (x[start].parse().unwrap(), x[end].parse().unwrap());
        let trigger: String = chars[a..b].iter().collect();
        assert_eq!(trigger, x[col("trigger")], "span of {:?}", x);
        assert!(x[text].contains(trigger.split_whitespace().next().unwrap()));
    }
}

#[test]
fn negation_is_kept_apart_from_positive_instances() {
    let (_d, out, (h, rows)) = seed_relations();
    let col = |n: &str| h.iter().position(|x| x == n).unwrap();
    // "... assurances from Lavrov that Russia would not annex Crimea ..."
    let denial = rows.iter().find(|x| {
        x[col("doc")].starts_with("002_")
            && x[col("source")] == "russia"
            && x[col("relation")] == "annexed"
            && x[col("negated")] == "true"
    });
    assert!(
        denial.is_some(),
        "Russia would not annex Crimea → a negated instance"
    );
    assert!(denial.unwrap()[col("text")].contains("would not annex Crimea"));
    // the negated instance does not count in the edge weight
    let (eh, edges) = read_csv(&out.join("edges.csv"));
    let ec = |n: &str| eh.iter().position(|x| x == n).unwrap();
    let e = edges
        .iter()
        .find(|x| {
            x[ec("source")] == "russia" && x[ec("relation")] == "annexed" && x[ec("target")] == "crimea"
        })
        .unwrap();
    let positives = rows
        .iter()
        .filter(|x| {
            x[col("source")] == "russia" && x[col("relation")] == "annexed" && x[col("target")] == "crimea"
        })
        .filter(|x| x[col("negated")] == "false" && x[col("hedged")] == "false")
        .count();
    assert_eq!(e[ec("asserted")], positives.to_string());
    assert!(e[ec("negated")].parse::<u32>().unwrap() >= 1);
}

#[test]
fn output_is_byte_identical_across_runs() {
    let d = tempfile::tempdir().unwrap();
    let a = build_seeds(&d.path().join("a"));
    let b = build_seeds(&d.path().join("b"));
    for f in kgraph::cmd::outputs::OUTPUT_FILES {
        assert_eq!(
            std::fs::read(a.join(f)).unwrap(),
            std::fs::read(b.join(f)).unwrap(),
            "{f} differs"
        );
    }
}

#[test]
fn bad_input_paths_fail_with_the_path_named() {
    let o = kgraph(&["build", "--input", "no/such/folder", "--out", "/tmp/kgraph-never"]);
    assert_eq!(o.status.code(), Some(3));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("no/such/folder"), "{err}");
    assert!(!std::path::Path::new("/tmp/kgraph-never").exists());
}

/// `start`/`end` count characters (code points) of the document as read: a UTF-8 byte-order
/// mark is not counted and Windows line ends stay two characters, so Python's
/// `open(p, encoding="utf-8-sig", newline="").read()[start:end]` is the trigger (the README says so).
#[test]
fn start_and_end_give_the_trigger_back_from_the_document() {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for f in std::fs::read_dir(root().join("seeds")).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, input.join(f.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        input.join("windows.txt"),
        "\u{feff}\u{201c}Caf\u{e9}\u{201d} \u{2014} news.\r\n\r\nJohn   Kerry met Sergei Lavrov in Geneva.\r\n",
    )
    .unwrap();
    let out = d.path().join("out");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args(["build", "-q", "--input"])
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (h, rows) = read_csv(&out.join("relations.csv"));
    let col = |n: &str| h.iter().position(|x| x == n).unwrap();
    let mut windows = 0;
    for r in &rows {
        let text = std::fs::read_to_string(input.join(&r[col("doc")])).unwrap();
        let chars: Vec<char> = text.strip_prefix('\u{feff}').unwrap_or(&text).chars().collect();
        let (s, e): (usize, usize) = (r[col("start")].parse().unwrap(), r[col("end")].parse().unwrap());
        let got: String = chars[s..e].iter().collect();
        assert_eq!(got, r[col("trigger")], "{}: {s}..{e}", r[col("doc")]);
        windows += usize::from(r[col("doc")] == "windows.txt");
    }
    assert_eq!(windows, 1, "the relation of windows.txt");
}
