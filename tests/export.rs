//! `kgraph export`: every format writes its files from the seeds' graph; what only our own
//! reading can check is checked here (the real tools read them in `tests/external`, run by CI).
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Output;

/// `kgraph export --graph GRAPH --format FORMAT --out UNDER/FORMAT`: that folder, and the run.
fn export(graph: &Path, format: &str, under: &Path) -> (PathBuf, Output) {
    let dir = under.join(format);
    let o = kgraph(&[
        "export",
        "--graph",
        arg(graph),
        "--format",
        format,
        "--out",
        arg(&dir),
    ]);
    (dir, o)
}

#[test]
fn every_format_writes_its_files() {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let graph = out.join("graph.json");
    let cases: [(&str, &[&str]); 7] = [
        ("graphml", &["graph.graphml"]),
        ("gexf", &["graph.gexf"]),
        ("csv", &["nodes.csv", "edges.csv", "relations.csv", "events.csv"]),
        ("json", &["graph.json"]),
        (
            "neo4j",
            &[
                "neo4j_nodes.csv",
                "neo4j_relationships.csv",
                "import.sh",
                "load.cypher",
            ],
        ),
        ("dot", &["graph.dot"]),
        ("events", &["events.tsv"]),
    ];
    for (format, files) in cases {
        let (dir, o) = export(&graph, format, d.path());
        assert!(
            o.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        for f in files {
            assert!(dir.join(f).metadata().unwrap().len() > 0, "{format}: {f}");
        }
    }
    // the csv export is the build's csv, byte for byte
    for f in ["nodes.csv", "edges.csv", "relations.csv"] {
        assert_eq!(
            std::fs::read(out.join(f)).unwrap(),
            std::fs::read(d.path().join("csv").join(f)).unwrap()
        );
    }
}

#[test]
fn gexf_edges_replay_on_their_dates() {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let (dir, _) = export(&out.join("graph.json"), "gexf", d.path());
    let g = std::fs::read_to_string(dir.join("graph.gexf")).unwrap();
    assert!(g.contains("mode=\"dynamic\" timeformat=\"date\""));
    assert!(
        g.contains("<spell start=\"2014-03-11\" end=\"2014-03-11\"/>"),
        "Kerry rejects Putin talks, 11 March 2014"
    );
    assert!(g.contains("<viz:color r="));
}

#[test]
fn neo4j_relationship_types_are_upper_case() {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let (dir, _) = export(&out.join("graph.json"), "neo4j", d.path());
    let (h, rows) = read_csv(&dir.join("neo4j_relationships.csv"));
    assert_eq!(&h[..3], [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]);
    assert!(rows.iter().any(|r| r[2] == "SPOKE_WITH"));
    let cypher = std::fs::read_to_string(dir.join("load.cypher")).unwrap();
    assert!(cypher.contains("MERGE (a)-[r:`MET` {relation: row.relation}]->(b)"));
}

#[test]
fn an_unknown_format_is_a_usage_error() {
    let o = kgraph(&["export", "--format", "xlsx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("invalid value 'xlsx'"));
}

#[test]
fn cameo_codes_reach_every_export() {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let graph = out.join("graph.json");
    let (h, rels) = read_csv(&out.join("relations.csv"));
    let c = |n: &str| h.iter().position(|x| x == n).unwrap();
    assert!(
        rels.iter()
            .all(|r| r[c("relation")] != "met" || r[c("cameo")] == "040")
    );
    let (eh, edges) = read_csv(&out.join("edges.csv"));
    let ec = eh.iter().position(|x| x == "cameo").unwrap();
    assert!(edges.iter().any(|e| e[ec] == "120"), "rejected is CAMEO 120");
    for (format, file) in [
        ("graphml", "graph.graphml"),
        ("gexf", "graph.gexf"),
        ("json", "graph.json"),
        ("neo4j", "neo4j_relationships.csv"),
        ("dot", "graph.dot"),
    ] {
        let (dir, _) = export(&graph, format, d.path());
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        assert!(text.contains("120"), "{format}: no CAMEO code");
    }
    let (dir, _) = export(&graph, "events", d.path());
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .from_path(dir.join("events.tsv"))
        .unwrap();
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        &header[..6],
        [
            "date",
            "source",
            "source_label",
            "source_code",
            "cameo",
            "root_code"
        ]
    );
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), rels.len());
    let kerry = rows
        .iter()
        .find(|x| &x[1] == "kerry" && &x[9] == "rejected")
        .unwrap();
    assert_eq!(
        (&kerry[0], &kerry[3], &kerry[4], &kerry[5], &kerry[8]),
        ("2014-03-11", "USAGOV", "120", "12", "RUSGOV")
    );
}

/// A graph of one gazetteer entity and one discovered actor who met it, written as `graph.json`.
fn graph_with_a_discovered_actor(dir: &Path) -> PathBuf {
    use common::graph;
    use kgraph::graph::DocumentInfo;
    use kgraph::model::Origin;
    let discovered = kgraph::graph::Node {
        origin: Origin::Discovered,
        ..graph::node(1, 1)
    };
    let met = graph::Tie {
        source: 0,
        relation: "met",
        target: 1,
        negated: false,
        date: None,
    };
    let doc = DocumentInfo {
        doc: "doc0.txt".into(),
        date: None,
        sentences: 1,
        relations: 1,
    };
    let kg = graph::graph(
        vec![graph::node(0, 1), discovered],
        &[met],
        |k, t| graph::sentence(k, t, 1, 0),
        vec![doc],
    );
    let path = dir.join("graph.json");
    let mut w = Vec::new();
    kgraph::export::json::write(&kg, &mut w).unwrap();
    std::fs::write(&path, w).unwrap();
    path
}

#[test]
fn discovered_actors_carry_their_origin_into_every_export() {
    let d = tempfile::tempdir().unwrap();
    let graph = graph_with_a_discovered_actor(d.path());
    // (format, file, what marks the gazetteer entity, what marks the discovered one)
    let cases = [
        (
            "graphml",
            "graph.graphml",
            "<data key=\"k_origin\">gazetteer</data>",
            "<data key=\"k_origin\">discovered</data>",
        ),
        (
            "gexf",
            "graph.gexf",
            "<attvalue for=\"origin\" value=\"gazetteer\"/>",
            "<attvalue for=\"origin\" value=\"discovered\"/>",
        ),
        (
            "json",
            "graph.json",
            "\"origin\": \"gazetteer\"",
            "\"origin\": \"discovered\"",
        ),
        ("csv", "nodes.csv", ",gazetteer\n", ",discovered\n"),
        ("neo4j", "neo4j_nodes.csv", ",gazetteer\n", ",discovered\n"),
        (
            "dot",
            "graph.dot",
            "origin=\"gazetteer\"",
            "style=\"filled,dashed\", color=\"#333333\", penwidth=2, type=\"organization\", origin=\"discovered\"",
        ),
    ];
    for (format, file, gazetteer, discovered) in cases {
        let (dir, o) = export(&graph, format, d.path());
        assert!(
            o.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        assert!(text.contains(gazetteer), "{format}: no {gazetteer:?} in\n{text}");
        assert!(
            text.contains(discovered),
            "{format}: no {discovered:?} in\n{text}"
        );
    }
    let graphml = std::fs::read_to_string(d.path().join("graphml/graph.graphml")).unwrap();
    assert!(
        graphml.contains("<key id=\"k_origin\" for=\"node\" attr.name=\"origin\" attr.type=\"string\"/>")
    );
    let gexf = std::fs::read_to_string(d.path().join("gexf/graph.gexf")).unwrap();
    assert!(gexf.contains("<attribute id=\"origin\" title=\"origin\" type=\"string\"/>"));
    let (h, _) = read_csv(&d.path().join("csv/nodes.csv"));
    assert_eq!(h.last().map(String::as_str), Some("origin"));
    let cypher = std::fs::read_to_string(d.path().join("neo4j/load.cypher")).unwrap();
    assert!(cypher.contains("e.origin = row.origin"));
    validate_if_xmllint(d.path());
    let stats = kgraph_ok(&["query", "stats", "--graph", arg(&graph)]);
    let stats = String::from_utf8(stats.stdout).unwrap();
    assert!(
        stats.contains("nodes discovered (no gazetteer lists them)"),
        "{stats}"
    );
}

/// Validates the GraphML and GEXF written under `dir` against the schemas beside the project,
/// where xmllint and the schemas are there (CI checks them in `tests/external`).
fn validate_if_xmllint(dir: &Path) {
    let schemas = root().join("../shared/schemas");
    let xmllint = std::process::Command::new("xmllint").arg("--version").output();
    if !schemas.is_dir() || xmllint.is_err() {
        eprintln!("xmllint or ../shared/schemas missing: schema validation left to tests/external");
        return;
    }
    for (flag, schema, file) in [
        ("--schema", "graphml/graphml.xsd", "graphml/graph.graphml"),
        ("--relaxng", "gexf/gexf.rng", "gexf/graph.gexf"),
    ] {
        let o = std::process::Command::new("xmllint")
            .args(["--nonet", "--noout", flag])
            .arg(schemas.join(schema))
            .arg(dir.join(file))
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
}
