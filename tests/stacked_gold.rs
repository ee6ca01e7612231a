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
    let o = kgraph(&[
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
        imported.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = d.path().join("out");
    let o = kgraph(&[
        "build",
        "--quiet",
        "--gazetteer",
        "gazetteer",
        "--gazetteer",
        imported.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (_, lex) = kgraph::dict::load(&[root().join("gazetteer")])
        .map(|d| (d.gazetteer, d.lexicon))
        .unwrap();
    let rep = kgraph::eval::score_files(
        &root().join("tests/gold/seeds.csv"),
        &out.join("relations.csv"),
        &lex,
    )
    .unwrap();
    let (p, r) = (rep.total.precision(), rep.total.recall());
    assert!(
        p >= 0.85 && r >= 0.75,
        "stacked: precision {p:.3} recall {r:.3}\nspurious: {:#?}",
        rep.spurious
    );
}
