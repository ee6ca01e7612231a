//! `build --level country` and `kgraph suggest` on the seeds.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;

#[test]
fn country_level_collapses_people_onto_their_countries_with_evidence() {
    let d = tempfile::tempdir().unwrap();
    let out = build_into(&d.path().join("out"), &["--level", "country", "--quiet"]);
    let (_, nodes) = read_csv(&out.join("nodes.csv"));
    for who in ["kerry", "lavrov", "putin", "trump", "antonov"] {
        assert!(
            !nodes.iter().any(|n| n[0] == who),
            "{who} is collapsed onto a country"
        );
    }
    assert!(nodes.iter().any(|n| n[0] == "usa") && nodes.iter().any(|n| n[0] == "russia"));
    let (h, rels) = read_csv(&out.join("relations.csv"));
    let c = |n: &str| h.iter().position(|x| x == n).unwrap();
    // "John Kerry rejects Vladimir Putin talks" → United States rejected Russia, same sentence
    assert!(rels.iter().any(|r| r[c("source")] == "usa"
        && r[c("relation")] == "rejected"
        && r[c("target")] == "russia"
        && r[c("text")] == "John Kerry rejects Vladimir Putin talks"));
    // Kerry met Lavrov → one symmetric usa–russia edge, not two
    let (eh, edges) = read_csv(&out.join("edges.csv"));
    let e = |n: &str| eh.iter().position(|x| x == n).unwrap();
    let met: Vec<_> = edges.iter().filter(|r| r[e("relation")] == "met").collect();
    assert_eq!(
        met.iter()
            .filter(|r| (r[0] == "russia" && r[1] == "usa") || (r[0] == "usa" && r[1] == "russia"))
            .count(),
        1
    );
    assert!(
        !rels.iter().any(|r| r[c("source")] == r[c("target")]),
        "no self-loops"
    );
}

#[test]
fn suggest_lists_names_the_gazetteer_lacks_ready_to_paste() {
    let d = tempfile::tempdir().unwrap();
    let gaz = d.path().join("gaz");
    std::fs::create_dir(&gaz).unwrap();
    for f in ["roles.csv", "relations.csv"] {
        std::fs::copy(root().join("gazetteer").join(f), gaz.join(f)).unwrap();
    }
    let entities = std::fs::read_to_string(root().join("gazetteer/entities.csv")).unwrap();
    let trimmed: String = entities
        .lines()
        .filter(|l| !l.starts_with("yatsenyuk,") && !l.starts_with("zakharova,"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(gaz.join("entities.csv"), &trimmed).unwrap();
    let o = kgraph_ok(&[
        "suggest",
        "--input",
        "seeds",
        "--no-default-gazetteer",
        "--gazetteer",
        arg(&gaz),
    ]);
    let text = String::from_utf8(o.stdout).unwrap();
    let row = |label: &str| {
        text.lines()
            .find(|l| l.contains(&format!(",{label},")))
            .map(str::to_string)
    };
    let y = row("Arseniy Yatsenyuk").expect("Yatsenyuk suggested");
    assert!(
        y.starts_with("arseniy_yatsenyuk,Arseniy Yatsenyuk,person,"),
        "{y}"
    );
    let z = row("Maria Zakharova").expect("Zakharova suggested");
    assert!(z.contains(",person,"), "{z}");
    // the rows paste into entities.csv as they are
    std::fs::write(gaz.join("entities.csv"), format!("{trimmed}{y}\n{z}\n")).unwrap();
    let g = kgraph::dict::gazetteer::Gazetteer::load(&[gaz]).unwrap();
    assert!(
        g.get(&kgraph::model::EntityId("arseniy_yatsenyuk".into()))
            .is_some()
    );
}
