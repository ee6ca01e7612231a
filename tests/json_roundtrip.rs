//! `graph.json` is the graph the query and export commands load: reading it back gives the same
//! graph, and writing that graph again gives the same bytes.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;

#[test]
fn graph_json_reads_back_to_the_same_bytes() {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let kg = kgraph::export::json::read(&out.join("graph.json")).unwrap();
    let (_, nodes) = read_csv(&out.join("nodes.csv"));
    let (_, edges) = read_csv(&out.join("edges.csv"));
    let (_, rels) = read_csv(&out.join("relations.csv"));
    assert_eq!(kg.graph().node_count(), nodes.len());
    assert_eq!(kg.graph().edge_count(), edges.len());
    assert_eq!(kg.instances.len(), rels.len());
    let mut again = Vec::new();
    kgraph::export::json::write(&kg, &mut again).unwrap();
    assert_eq!(again, std::fs::read(out.join("graph.json")).unwrap());
    let mut csv_again = Vec::new();
    kgraph::export::csv::write_relations(&kg, &mut csv_again).unwrap();
    assert_eq!(csv_again, std::fs::read(out.join("relations.csv")).unwrap());
}

#[test]
fn a_truncated_graph_file_is_a_clear_error() {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let full = std::fs::read(out.join("graph.json")).unwrap();
    let cut = d.path().join("cut.json");
    std::fs::write(&cut, &full[..full.len() / 2]).unwrap();
    let err = kgraph::export::json::read(&cut).unwrap_err().to_string();
    assert!(
        err.contains("cut.json") && err.contains("not a kgraph graph file"),
        "{err}"
    );
}
