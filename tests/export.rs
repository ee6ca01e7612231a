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
            &["nodes.csv", "relationships.csv", "import.sh", "load.cypher"],
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
    let (h, rows) = read_csv(&dir.join("relationships.csv"));
    assert_eq!(&h[..3], [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]);
    assert!(rows.iter().any(|r| r[2] == "SPOKE_WITH"));
    let cypher = std::fs::read_to_string(dir.join("load.cypher")).unwrap();
    assert!(cypher.contains("CREATE (a)-[r:MET]->(b)"));
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
        ("neo4j", "relationships.csv"),
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
