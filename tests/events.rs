//! Events: one happening told by several articles is one event with several sources; other
//! occasions stay apart; denials stay as contradicting evidence; roles resolve by date.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A temporary folder with `texts` written into `in/`.
fn folder_of(texts: &[(&str, &str)]) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for (name, text) in texts {
        std::fs::write(input.join(name), text).unwrap();
    }
    d
}

/// `kgraph build --quiet --input DIR/in EXTRA... --out DIR/OUT`; returns DIR/OUT.
fn build_in(d: &Path, out: &str, extra: &[&str]) -> PathBuf {
    let input = d.join("in");
    let mut args = vec!["--quiet", "--input", arg(&input)];
    args.extend_from_slice(extra);
    build_into(&d.join(out), &args)
}

fn build_texts(texts: &[(&str, &str)], extra: &[&str]) -> (tempfile::TempDir, Vec<HashMap<String, String>>) {
    let d = folder_of(texts);
    let out = build_in(d.path(), "out", extra);
    let (h, rows) = read_csv(&out.join("events.csv"));
    let rows = rows
        .into_iter()
        .map(|r| h.iter().cloned().zip(r).collect())
        .collect();
    (d, rows)
}

const THREE_REPORTS: [(&str, &str); 3] = [
    (
        "a.txt",
        "Monday 14 April 2014\nU.S. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Paris on Sunday.",
    ),
    (
        "b.txt",
        "Sunday 13 April 2014\nKerry and Lavrov held talks in Paris on Sunday, officials said.",
    ),
    (
        "c.txt",
        "15 April 2014\nThe talks between Lavrov and Kerry in Paris on April 13 lasted four hours.",
    ),
];

/// Kerry and Lavrov meet again in Paris, a month after the three reports.
const A_MONTH_LATER: (&str, &str) = (
    "d.txt",
    "Tuesday 13 May 2014\nKerry met Lavrov in Paris on May 13.",
);
/// Lavrov denies the meeting the three reports tell.
const A_DENIAL: (&str, &str) = (
    "e.txt",
    "Monday 14 April 2014\nLavrov did not meet Kerry in Paris on Sunday, a spokesman insisted.",
);

/// The events of the three reports and one more article.
fn build_three_reports_and(article: (&str, &str)) -> (tempfile::TempDir, Vec<HashMap<String, String>>) {
    let mut texts = THREE_REPORTS.to_vec();
    texts.push(article);
    build_texts(&texts, &[])
}

/// The events of relation `met`.
fn met(events: &[HashMap<String, String>]) -> Vec<&HashMap<String, String>> {
    events.iter().filter(|e| e["relation"] == "met").collect()
}

#[test]
fn one_event_told_by_three_articles_is_one_event_with_three_sources() {
    let (_d, events) = build_texts(&THREE_REPORTS, &[]);
    let met = met(&events);
    assert_eq!(met.len(), 1, "{events:#?}");
    let e = met[0];
    assert_eq!((e["source"].as_str(), e["target"].as_str()), ("kerry", "lavrov"));
    assert_eq!(e["first_date"], "2014-04-13");
    assert_eq!(e["place"], "paris");
    assert_eq!(e["sources"], "3");
    assert_eq!(e["documents"], "a.txt;b.txt;c.txt");
    assert_eq!(e["first_reported"], "2014-04-13");
    assert_eq!(e["last_reported"], "2014-04-15");
    assert_eq!(e["confidence"], "0.875");
}

#[test]
fn meetings_a_month_apart_stay_two_events_and_edges_count_both() {
    let (d, events) = build_three_reports_and(A_MONTH_LATER);
    let met = met(&events);
    assert_eq!(met.len(), 2);
    assert_eq!(met[1]["first_date"], "2014-05-13");
    let (h, edges) = read_csv(&d.path().join("out/edges.csv"));
    let c = |n: &str| h.iter().position(|x| x == n).unwrap();
    let e = edges.iter().find(|r| r[c("relation")] == "met").unwrap();
    assert_eq!(
        (e[c("instances")].as_str(), e[c("events")].as_str()),
        ("4", "2"),
        "four mentions, two events"
    );
}

#[test]
fn a_wider_window_merges_nearby_reports() {
    let texts = [
        (
            "a.txt",
            "Monday 14 April 2014\nKerry met Lavrov in Paris on Sunday.",
        ),
        (
            "b.txt",
            "Friday 18 April 2014\nKerry met Lavrov in Paris on Thursday.",
        ),
    ];
    let (_d, narrow) = build_texts(&texts, &[]);
    assert_eq!(narrow.len(), 2);
    let (_d, wide) = build_texts(&texts, &["--event-window", "7"]);
    assert_eq!(wide.len(), 1);
    assert_eq!(
        (wide[0]["first_date"].as_str(), wide[0]["last_date"].as_str()),
        ("2014-04-13", "2014-04-17")
    );
}

#[test]
fn a_denial_is_kept_as_contradicting_evidence() {
    let (_d, events) = build_three_reports_and(A_DENIAL);
    let met = met(&events);
    assert_eq!(met.len(), 1, "{events:#?}");
    assert_eq!(
        (met[0]["reports"].as_str(), met[0]["denials"].as_str()),
        ("3", "1")
    );
    assert_eq!(met[0]["sources"], "4");
    let conf: f64 = met[0]["confidence"].parse().unwrap();
    assert!(
        conf < 0.875 && conf > 0.5,
        "a denial lowers the confidence: {conf}"
    );
}

#[test]
fn roles_resolve_by_date_at_their_boundaries() {
    let texts = [
        ("a.txt", "Thursday 31 January 2013\nKerry met Lavrov."),
        ("b.txt", "Friday 1 February 2013\nKerry met Lavrov."),
        ("c.txt", "Friday 20 January 2017\nKerry met Lavrov."),
    ];
    let d = folder_of(&texts);
    let out = build_in(d.path(), "out", &[]);
    let (h, rows) = read_csv(&out.join("relations.csv"));
    let c = |n: &str| h.iter().position(|x| x == n).unwrap();
    let role = |doc: &str| {
        let r = rows.iter().find(|r| r[c("doc")] == doc).unwrap();
        (r[c("source_role")].clone(), r[c("source_code")].clone())
    };
    assert_eq!(role("a.txt"), ("U.S. Senator".into(), "USAGOVLEG".into()));
    assert_eq!(role("b.txt"), ("U.S. Secretary of State".into(), "USAGOV".into()));
    assert_eq!(
        role("c.txt"),
        ("".into(), "USAGOV".into()),
        "the office ended on 2017-01-20"
    );
    // --level role groups office holders
    let by_role = build_in(d.path(), "by_role", &["--level", "role"]);
    let (_, edges) = read_csv(&by_role.join("edges.csv"));
    assert!(
        edges
            .iter()
            .any(|e| e[0] == "lavrov" || e[1] == "lavrov" || e[0].starts_with("role:")),
        "{edges:?}"
    );
    assert!(
        edges.iter().any(|e| (e[0] == "role:u_s_secretary_of_state"
            || e[1] == "role:u_s_secretary_of_state")
            && e[2] == "met"),
        "{edges:?}"
    );
    assert!(
        edges
            .iter()
            .any(|e| (e[0] == "role:u_s_senator" || e[1] == "role:u_s_senator") && e[2] == "met"),
        "{edges:?}"
    );
}
