//! The gold test: kgraph's relations on the seeds against the triples a careful reader wrote
//! down (`tests/gold/seeds.csv`); fails below precision 0.85 or recall 0.75.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;

const MIN_PRECISION: f64 = 0.85;
const MIN_RECALL: f64 = 0.75;

#[test]
fn seeds_meet_the_precision_and_recall_thresholds() {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let rep = score_against_seed_gold(&out.join("relations.csv"));
    let (p, r) = (rep.total.precision(), rep.total.recall());
    assert!(
        rep.total.gold >= 50,
        "the gold file lost triples: {}",
        rep.total.gold
    );
    assert!(
        p >= MIN_PRECISION && r >= MIN_RECALL,
        "precision {p:.3} recall {r:.3}\nmissed: {:#?}\nspurious: {:#?}",
        rep.missed,
        rep.spurious
    );
}

#[test]
fn eval_subcommand_prints_per_relation_scores() {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let rel = out.join("relations.csv");
    let o = kgraph_ok(&["eval", "--gold", "tests/gold/seeds.csv", "--relations", arg(&rel)]);
    let table = String::from_utf8(o.stdout).unwrap();
    assert!(table.starts_with("relation"), "{table}");
    for rel in ["met", "rejected", "proposed", "ALL"] {
        assert!(
            table.lines().any(|l| l.starts_with(rel)),
            "no {rel} row in\n{table}"
        );
    }
}

#[test]
fn eval_rejects_a_gold_file_without_the_columns() {
    let d = tempfile::tempdir().unwrap();
    let bad = d.path().join("gold.csv");
    std::fs::write(&bad, "a,b\n1,2\n").unwrap();
    let o = kgraph(&["eval", "--gold", arg(&bad), "--relations", arg(&bad)]);
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("doc, source, relation and target"));
}
