//! `kgraph export`: every format writes its files from the seeds' graph; what only our own
//! reading can check is checked here (the real tools read them in `tests/external`, run by CI).
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;

#[test]
fn every_format_writes_its_files() {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let graph = out.join("graph.json");
    let cases: [(&str, &[&str]); 6] = [
        ("graphml", &["graph.graphml"]),
        ("gexf", &["graph.gexf"]),
        ("csv", &["nodes.csv", "edges.csv", "relations.csv"]),
        ("json", &["graph.json"]),
        (
            "neo4j",
            &["nodes.csv", "relationships.csv", "import.sh", "load.cypher"],
        ),
        ("dot", &["graph.dot"]),
    ];
    for (format, files) in cases {
        let dir = d.path().join(format);
        let o = kgraph(&[
            "export",
            "--graph",
            graph.to_str().unwrap(),
            "--format",
            format,
            "--out",
            dir.to_str().unwrap(),
        ]);
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
    let dir = d.path().join("gexf");
    kgraph(&[
        "export",
        "--graph",
        out.join("graph.json").to_str().unwrap(),
        "--format",
        "gexf",
        "--out",
        dir.to_str().unwrap(),
    ]);
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
    let dir = d.path().join("neo4j");
    kgraph(&[
        "export",
        "--graph",
        out.join("graph.json").to_str().unwrap(),
        "--format",
        "neo4j",
        "--out",
        dir.to_str().unwrap(),
    ]);
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
