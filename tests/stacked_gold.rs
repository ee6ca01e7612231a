//! The gold test with the PETRARCH/Phoenix dictionaries imported and stacked under the curated
//! gazetteer: 27,000 actors and their aliases must not flood the seeds' graph. Needs
//! `../shared/dictionaries/petrarch` (CI has it); says loudly when it is skipped.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;

#[test]
fn stacked_phoenix_gazetteer_keeps_the_seed_gold_thresholds() {
    let dict = root().join("../shared/dictionaries/petrarch");
    if !dict.join("Phoenix.Countries.actors.txt").is_file() {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "\n*** SKIPPED: {} is absent; the stacked gold test did not run ***\n",
            dict.display()
        );
        return;
    }
    let d = tempfile::tempdir().unwrap();
    let imported = d.path().join("phoenix");
    let f = |n: &str| dict.join(n).to_str().unwrap().to_string();
    kgraph_ok(&[
        "gazetteer",
        "import",
        "--from",
        "petrarch",
        &f("Phoenix.Countries.actors.txt"),
        &f("Phoenix.International.actors.txt"),
        &f("Phoenix.MilNonState.actors.txt"),
        "--agents",
        &f("Phoenix.agents.txt"),
        "--verbs",
        &f("CAMEO.2.0.txt"),
        "--out",
        arg(&imported),
    ]);
    let out = build_into(
        &d.path().join("out"),
        &[
            "--quiet",
            "--gazetteer",
            "gazetteer",
            "--gazetteer",
            arg(&imported),
        ],
    );
    let rep = score_against_seed_gold(&out.join("relations.csv"));
    let (p, r) = (rep.total.precision(), rep.total.recall());
    assert!(
        p >= 0.85 && r >= 0.75,
        "stacked: precision {p:.3} recall {r:.3}\nspurious: {:#?}",
        rep.spurious
    );
}
