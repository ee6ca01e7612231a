//! A user's own news, as the README's "Your own news" promises: the binary run from an empty
//! folder, with the built-in gazetteer alone, finds actors no list names, resolves their short
//! names, warns about text without case and says why when relations are few.
#![allow(clippy::unwrap_used)]

mod common;
use common::{arg, read_csv};
use std::path::Path;
use std::process::{Command, Output};

/// Runs the binary in `dir` (not the checkout: nothing of it may be needed).
fn kgraph_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

const REPORT: &str = "Strand and Quiroga agree to talks

OSLO, March 3, 2025 - Norwegian Foreign Minister Halvard Strand met Chilean Foreign Minister \
Marisol Quiroga in Oslo on Monday.

Strand urged Quiroga to back a fisheries accord. Ms Quiroga criticised the Fisheries Council of \
the North (FCN) for its delays.
";

#[test]
fn actors_no_list_names_are_found_and_their_surnames_resolved() {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir(d.path().join("news")).unwrap();
    std::fs::write(d.path().join("news/a.txt"), REPORT).unwrap();
    let o = kgraph_in(d.path(), &["build", "--input", "news", "--out", "o"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("3 discovered actors"));

    let (header, nodes) = read_csv(&d.path().join("o/nodes.csv"));
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let node = |id: &str| {
        nodes
            .iter()
            .find(|n| n[0] == id)
            .unwrap_or_else(|| panic!("{id}: {nodes:?}"))
    };
    let strand = node("halvard_strand");
    assert_eq!(
        [
            &strand[col("type")],
            &strand[col("affiliation")],
            &strand[col("role")],
            &strand[col("origin")]
        ],
        ["person", "norway", "Foreign Minister", "discovered"]
    );
    assert_eq!(node("marisol_quiroga")[col("affiliation")], "chile");
    assert_eq!(
        node("fisheries_council_of_the_north")[col("type")],
        "organization"
    );
    assert_eq!(node("oslo")[col("origin")], "gazetteer");

    let (_, rels) = read_csv(&d.path().join("o/relations.csv"));
    let triples: Vec<(&str, &str, &str)> = rels.iter().map(|r| (&*r[2], &*r[3], &*r[4])).collect();
    // "Strand urged Quiroga": surnames alone, resolved to the names given in full
    for want in [
        ("halvard_strand", "met", "marisol_quiroga"),
        ("halvard_strand", "urged", "marisol_quiroga"),
        ("marisol_quiroga", "criticized", "fisheries_council_of_the_north"),
    ] {
        assert!(triples.contains(&want), "{want:?} not in {triples:?}");
    }
}

#[test]
fn text_without_case_is_warned_about_and_read_with_caseless() {
    let d = tempfile::tempdir().unwrap();
    let text = "the us secretary of state john kerry met russian foreign minister sergei lavrov \
                in geneva on friday. kerry and lavrov discussed syria for three hours, and \
                lavrov rejected the proposal of a ceasefire that kerry had made in london.\n";
    std::fs::write(d.path().join("lower.txt"), text.repeat(2)).unwrap();
    let input = arg(&d.path().join("lower.txt")).to_string();
    let o = kgraph_in(d.path(), &["build", "--input", &input, "--out", "a"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("all lower-case or all capitals") && err.contains("--caseless"),
        "{err}"
    );

    let o = kgraph_in(
        d.path(),
        &["build", "--input", &input, "--out", "b", "--caseless"],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (_, rels) = read_csv(&d.path().join("b/relations.csv"));
    assert!(
        rels.iter()
            .any(|r| r[2] == "kerry" && r[3] == "met" && r[4] == "lavrov"),
        "{rels:?}"
    );
    // --strict refuses text it cannot read by case
    let o = kgraph_in(d.path(), &["build", "--input", &input, "--out", "c", "--strict"]);
    assert!(!o.status.success());
}

#[test]
fn few_relations_are_explained_by_the_names_that_matched_nothing() {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir(d.path().join("news")).unwrap();
    for i in 0..12 {
        let text = format!(
            "Harbour Notes {i}\n\nThe Tarvik Rowing Club said on Monday that Ingrid Solheim and \
             Per Aasen would lead the crew at the Vestby Regatta in June. Oslo was sunny.\n"
        );
        std::fs::write(d.path().join(format!("news/{i:02}.txt")), text).unwrap();
    }
    let o = kgraph_in(d.path(), &["build", "--input", "news", "--out", "o"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("few relations for 12 documents"), "{err}");
    assert!(err.contains("capitalised names matched no actor"), "{err}");
    assert!(err.contains("kgraph suggest --input news --out mine"), "{err}");
}
