//! `kgraph report` and the `report.html` that `build` writes: one self-contained page with one
//! circle per entity, nothing fetched from the network, every text from the graph escaped.
//! (Headless Chromium opens and clicks it in `tests/external/check_report.py`, run by CI.)
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::graph;
use common::*;
use kgraph::graph::{DocumentInfo, KnowledgeGraph, Node};
use kgraph::model::{EntityId, EntityKind, Evidence, Span};

/// The page without its JSON data block (whose strings are the graph's own text).
fn markup(html: &str) -> String {
    let start = html.find("<script type=\"application/json\"").unwrap();
    let end = start + html[start..].find("</script>").unwrap();
    format!("{}{}", &html[..start], &html[end..])
}

/// The data block, parsed back.
fn data(html: &str) -> serde_json::Value {
    let open = "<script type=\"application/json\" id=\"kg-data\">";
    let start = html.find(open).unwrap() + open.len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap()
}

#[test]
fn build_writes_the_report_and_report_writes_the_same_page() {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let page = std::fs::read_to_string(out.join("report.html")).unwrap();
    let again = d.path().join("again").join("report.html");
    let o = kgraph_ok(&[
        "report",
        "--graph",
        arg(&out.join("graph.json")),
        "--out",
        arg(&again),
    ]);
    let nodes = std::fs::read_to_string(out.join("nodes.csv"))
        .unwrap()
        .lines()
        .count()
        - 1;
    let drawn = format!("{nodes} of {nodes} entities drawn");
    assert!(
        String::from_utf8_lossy(&o.stderr).contains(&drawn),
        "{drawn}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&again).unwrap(),
        page,
        "the same graph, the same bytes"
    );

    let (_, nodes) = read_csv(&out.join("nodes.csv"));
    let (_, edges) = read_csv(&out.join("edges.csv"));
    let (rel_header, rels) = read_csv(&out.join("relations.csv"));
    let text_col = rel_header.iter().position(|h| h == "text").unwrap();
    assert_eq!(page.matches("<circle class=\"n\"").count(), nodes.len());
    assert_eq!(page.matches("<path class=\"e").count(), edges.len());
    for n in &nodes {
        assert!(
            page.contains(&format!("<title>{} ({})</title>", n[1], n[2]))
                || page.contains(&format!("<title>{} ({}, discovered)</title>", n[1], n[2])),
            "{}",
            n[1]
        );
    }
    // negated- or hedged-only edges (none asserted) are dashed
    let zero = edges.iter().filter(|e| e[4] == "0").count();
    assert!(zero > 0);
    let dashed_edges = page
        .split("<path class=\"e")
        .skip(1)
        .filter(|p| p[..p.find('>').unwrap()].contains("stroke-dasharray=\"4 3\""))
        .count();
    assert_eq!(dashed_edges, zero);
    // the script gets every evidence sentence and every document
    let v = data(&page);
    assert_eq!(v["nodes"].as_array().unwrap().len(), nodes.len());
    assert_eq!(v["ev"].as_array().unwrap().len(), rels.len());
    for r in &rels {
        assert!(
            v["ev"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["text"] == r[text_col].as_str())
        );
    }
    for doc in std::fs::read_dir(root().join("seeds")).unwrap() {
        let name = doc.unwrap().file_name().into_string().unwrap();
        assert!(
            page.contains(&format!("<tr><td>{name}</td>")),
            "documents table: {name}"
        );
    }
    for section in ["Top actors", "Relations by type", "Timeline", "Documents"] {
        assert!(page.contains(&format!("<h2>{section}</h2>")), "{section}");
    }
}

#[test]
fn gazetteer_edges_are_drawn_dotted_with_a_legend_and_a_box_to_hide_them() {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let page = std::fs::read_to_string(out.join("report.html")).unwrap();
    let (header, edges) = read_csv(&out.join("edges.csv"));
    let origin = header.iter().position(|h| h == "origin").unwrap();
    let gazetteer = edges.iter().filter(|e| e[origin] == "gazetteer").count();
    assert!(gazetteer > 0);
    assert_eq!(page.matches("<path class=\"e gaz\"").count(), gazetteer);
    assert_eq!(
        page.matches("stroke-width=\"1\" stroke-dasharray=\"1 3\"")
            .count(),
        gazetteer
    );
    assert!(page.contains("from the gazetteer, not read in text</span>"));
    assert!(page.contains(&format!("hide gazetteer edges <small>{gazetteer}</small>")));
    assert!(page.contains("id=\"hide-isolated\""));
    let v = data(&page);
    let flagged = v["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["gaz"] == true)
        .count();
    assert_eq!(flagged, gazetteer, "the script knows which edges to hide");
}

#[test]
fn the_page_loads_nothing_from_the_network() {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let page = markup(&std::fs::read_to_string(out.join("report.html")).unwrap());
    for bad in [
        "http://",
        "https://",
        "<link",
        "<img",
        "<iframe",
        "<script src",
        "@import",
        "url(/",
    ] {
        assert!(!page.contains(bad), "the page has {bad}");
    }
    assert_eq!(
        page.matches("<script>").count(),
        1,
        "one inline script besides the data"
    );
}

#[test]
#[allow(clippy::too_many_lines)] // one scenario, read top to bottom
fn labels_and_evidence_are_escaped() {
    // the tricky fixture: quotes, ampersands, angle brackets and Cyrillic in the gazetteer
    let d = tempfile::tempdir().unwrap();
    let out = build_into(&d.path().join("out"), TRICKY);
    let page = std::fs::read_to_string(out.join("report.html")).unwrap();
    let m = markup(&page);
    for (raw, escaped) in [
        ("Acme & Sons <Ltd>", "Acme &amp; Sons &lt;Ltd&gt;"),
        ("Zoë O'Brien", "Zoë O&apos;Brien"),
    ] {
        assert!(m.contains(escaped), "{escaped}");
        assert!(!m.contains(raw), "{raw} unescaped");
    }
    assert!(m.contains("Сергей Лавров"));

    // evidence that tries to close the script is inert and reads back whole
    let node = |s: &str, label: &str| Node {
        id: EntityId(s.into()),
        label: label.into(),
        kind: EntityKind::Person,
        role: "\"chief\" <b>".into(),
        ..graph::node(0, 1)
    };
    let evil = "He said </script><script>alert(1)</script> & <!-- left";
    let met = graph::Tie {
        source: 0,
        relation: "met",
        target: 1,
        negated: false,
        date: None,
    };
    let (rel, edge) = graph::link(
        0,
        &met,
        Evidence {
            doc: "<doc>.txt".into(),
            sentence: 0,
            span: Span { start: 0, end: 3 },
            trigger: "met".into(),
            text: evil.into(),
        },
    );
    let doc = DocumentInfo {
        doc: "<doc>.txt".into(),
        date: None,
        sentences: 1,
        relations: 1,
    };
    let kg = KnowledgeGraph::from_parts(
        vec![node("a", "<script>x</script>"), node("b", "B & \"b\"")],
        vec![edge],
        vec![rel],
        vec![doc],
    )
    .unwrap();
    let mut page = Vec::new();
    kgraph::report::write(&kg, &mut page).unwrap();
    let page = String::from_utf8(page).unwrap();
    assert_eq!(page.matches("</script>").count(), 2);
    assert_eq!(page.matches("<script").count(), 2);
    assert!(!page.contains("<!--"));
    assert!(page.contains("&lt;script&gt;x&lt;/script&gt;"));
    assert!(page.contains("<td>&lt;doc&gt;.txt</td>"));
    let v = data(&page);
    assert_eq!(v["ev"][0]["text"], evil);
    assert_eq!(v["nodes"][0]["label"], "<script>x</script>");
    assert_eq!(v["nodes"][1]["role"], "\"chief\" <b>");
}

#[test]
fn discovered_actors_are_drawn_dashed_with_a_legend_and_marked_in_the_tables() {
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
    let page = |origin: kgraph::model::Origin| {
        let found = Node {
            origin,
            ..graph::node(1, 1)
        };
        let kg = graph::graph(
            vec![graph::node(0, 1), found],
            std::slice::from_ref(&met),
            |k, t| graph::sentence(k, t, 1, 0),
            vec![doc.clone()],
        );
        let mut page = Vec::new();
        kgraph::report::write(&kg, &mut page).unwrap();
        String::from_utf8(page).unwrap()
    };
    let with = page(kgraph::model::Origin::Discovered);
    let m = markup(&with);
    assert_eq!(
        m.matches("stroke-dasharray=\"3 2\"").count(),
        1,
        "one dashed circle"
    );
    assert_eq!(
        m.matches(" fill=\"#fff\" stroke=\"#ff7f0e\"").count(),
        1,
        "hollow, ringed in its type's colour"
    );
    assert!(m.contains("(organization, discovered)</title>"));
    assert!(m.contains("discovered (no gazetteer lists it)</span>"));
    assert!(
        m.contains("<small>discovered</small>"),
        "marked in the top actors"
    );
    assert_eq!(data(&with)["nodes"][1]["disc"], true);
    assert!(data(&with)["nodes"][0].get("disc").is_none());
    // a graph of gazetteer entities only shows none of it
    let without = markup(&page(kgraph::model::Origin::Gazetteer));
    assert!(!without.contains("stroke-dasharray=\"3 2\""));
    assert!(!without.contains("no gazetteer lists it"));
    assert!(!without.contains("<small>discovered</small>"));
    // nor, without gazetteer edges, their legend entry or the box to hide them
    assert!(!without.contains("<span class=\"sw dots\">"));
    assert!(!without.contains("id=\"hide-gaz\""));
    assert!(without.contains("id=\"hide-isolated\""));
    assert!(data(&with)["edges"][0].get("gaz").is_none());
}
