//! `kgraph query` on the seeds' graph: concrete answers and clear errors.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The seeds' graph, built once for all tests in this file.
fn graph() -> &'static Path {
    static G: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &G.get_or_init(|| {
        let d = tempfile::tempdir().unwrap();
        let out = build_seeds(&d.path().join("out"));
        (d, out.join("graph.json"))
    })
    .1
}

fn query(args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["query"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--graph", graph().to_str().unwrap()]);
    let o = kgraph(&all);
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

fn csv_rows(text: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn neighbors_of_lavrov_include_kerry_with_met() {
    let (code, out, err) = query(&["neighbors", "lavrov", "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    let rows = csv_rows(&out);
    assert!(
        rows.iter()
            .any(|r| &r[0] == "kerry" && &r[3] == "met" && &r[4] == "mutual"),
        "{out}"
    );
    // strongest first
    let weights: Vec<u64> = rows.iter().map(|r| r[5].parse().unwrap()).collect();
    assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{weights:?}");
}

#[test]
fn names_resolve_through_aliases_in_any_case() {
    for name in ["Sergei Lavrov", "LAVROV", "Mr Lavrov", "lavrov"] {
        let (code, out, _) = query(&["neighbors", name, "--format", "csv"]);
        assert_eq!(code, 0, "{name}");
        assert!(out.contains("kerry"), "{name}: {out}");
    }
    let (code, _, err) = query(&["neighbors", "the Kremlin"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn neighbors_filter_by_relation_and_direction() {
    let (_, out, _) = query(&[
        "neighbors",
        "kerry",
        "--relation",
        "rejected",
        "--direction",
        "out",
        "--format",
        "csv",
    ]);
    let rows = csv_rows(&out);
    assert!(!rows.is_empty());
    assert!(
        rows.iter().all(|r| &r[3] == "rejected" && &r[4] == "out"),
        "{out}"
    );
    assert!(rows.iter().any(|r| &r[0] == "putin"));
    let (_, out, _) = query(&[
        "neighbors",
        "putin",
        "--relation",
        "rejected",
        "--direction",
        "in",
        "--format",
        "csv",
    ]);
    assert!(
        csv_rows(&out).iter().any(|r| &r[0] == "kerry" && &r[4] == "in"),
        "{out}"
    );
}

#[test]
fn unknown_names_suggest_and_fail() {
    let (code, _, err) = query(&["neighbors", "Lavrof"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("did you mean") && err.contains("Sergei Lavrov (lavrov)"),
        "{err}"
    );
    let (code, _, err) = query(&["path", "Kerry", "Nobody At All"]);
    assert_eq!(code, 2);
    assert!(err.contains("no entity named \"Nobody At All\""), "{err}");
}

#[test]
fn path_from_antonov_to_kerry_has_hops_with_evidence() {
    let (code, out, err) = query(&["path", "Antonov", "Kerry", "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    let rows = csv_rows(&out);
    assert!(!rows.is_empty(), "{out}");
    assert_eq!(&rows[0][1], "antonov");
    assert_eq!(&rows[rows.len() - 1][4], "kerry");
    for w in rows.windows(2) {
        assert_eq!(w[0][4], w[1][1], "hops chain");
    }
    assert!(
        rows.iter().all(|r| !r[7].is_empty()),
        "every hop has evidence: {out}"
    );
}

#[test]
fn top_by_pagerank_and_degree_name_the_central_actors() {
    let (code, out, _) = query(&["top", "--by", "pagerank", "-n", "5", "--format", "csv"]);
    assert_eq!(code, 0);
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 5);
    let ids: Vec<&str> = rows.iter().map(|r| r.get(1).unwrap()).collect();
    assert!(ids.contains(&"russia") && ids.contains(&"putin"), "{ids:?}");
    let (_, out, _) = query(&[
        "top", "--by", "degree", "--type", "person", "-n", "3", "--format", "csv",
    ]);
    let rows = csv_rows(&out);
    assert!(rows.iter().all(|r| &r[3] == "person"));
    assert!(rows.iter().any(|r| &r[1] == "kerry" || &r[1] == "putin"), "{out}");
    let (code, out, _) = query(&["top", "--by", "betweenness", "-n", "3", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v[0]["score"].as_f64().unwrap() > 0.0);
}

#[test]
fn evidence_quotes_the_sentences_between_two_entities() {
    let (code, out, _) = query(&[
        "evidence",
        "Kerry",
        "Lavrov",
        "--relation",
        "met",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0);
    let rows = csv_rows(&out);
    assert!(
        rows.iter()
            .any(|r| r[8].contains("talks between Lavrov and U.S. Secretary of State John Kerry")),
        "{out}"
    );
    assert!(rows.iter().all(|r| &r[3] == "met"));
}

#[test]
fn edges_filter_by_endpoint_relation_negation_and_date() {
    let (_, out, _) = query(&[
        "edges",
        "--from",
        "kerry",
        "--relation",
        "rejected",
        "--format",
        "csv",
    ]);
    let rows = csv_rows(&out);
    assert!(rows.iter().any(|r| &r[1] == "putin"), "{out}");
    let (_, out, _) = query(&["edges", "--negated", "--format", "csv"]);
    assert!(csv_rows(&out).iter().all(|r| r[4].parse::<u32>().unwrap() > 0));
    let (_, out, _) = query(&["edges", "--since", "2018-01-01", "--format", "csv"]);
    let rows = csv_rows(&out);
    assert!(!rows.is_empty());
    assert!(
        rows.iter().all(|r| r[10].as_bytes() >= b"2018-01-01".as_slice()),
        "{out}"
    );
    let (code, _, err) = query(&["edges", "--since", "last week"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn ego_graph_exports_as_graphml_json_and_files() {
    let (code, out, _) = query(&["ego", "lavrov", "--depth", "1", "--format", "graphml"]);
    assert_eq!(code, 0);
    assert!(out.contains("<node id=\"lavrov\">") && out.contains("<node id=\"kerry\">"));
    assert!(
        !out.contains("<node id=\"trump\">"),
        "Trump is two hops from Lavrov"
    );
    let (_, out, _) = query(&["ego", "lavrov", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["nodes"].as_array().unwrap().len() >= 3);
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("ego");
    let (code, _, _) = query(&["ego", "lavrov", "--out", dir.to_str().unwrap()]);
    assert_eq!(code, 0);
    let sub = kgraph::export::json::read(&dir.join("graph.json")).unwrap();
    assert!(sub.node(&kgraph::model::EntityId("kerry".into())).is_some());
}

#[test]
fn stats_count_nodes_edges_and_components() {
    let (code, out, _) = query(&["stats", "--format", "csv"]);
    assert_eq!(code, 0);
    let rows = csv_rows(&out);
    let get = |k: &str| {
        rows.iter()
            .find(|r| &r[0] == k)
            .map(|r| r[1].to_string())
            .unwrap()
    };
    let (_, nodes) = read_csv(&graph().with_file_name("nodes.csv"));
    assert_eq!(get("nodes"), nodes.len().to_string());
    assert_eq!(get("documents"), "5");
    assert!(get("components").parse::<u32>().unwrap() >= 1);
}

#[test]
fn a_corrupt_graph_file_is_an_input_error() {
    let d = tempfile::tempdir().unwrap();
    let bad = d.path().join("graph.json");
    std::fs::write(&bad, "{\"nodes\": [").unwrap();
    let o = kgraph(&["query", "stats", "--graph", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not a kgraph graph file"));
}
