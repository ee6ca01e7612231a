//! `kgraph suggest` as a user runs it: what it prints loads as written, pasted below the rows
//! of an entities.csv or saved as a folder and stacked in a build; it reads text, CSV, JSON
//! Lines, gzip and standard input.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;
use kgraph::dict::gazetteer::Gazetteer;
use kgraph::model::EntityId;
use std::io::Write;
use std::path::PathBuf;

/// Articles of our own about people no gazetteer lists.
const ARTICLES: [&str; 3] = [
    "Finance Minister Orla Vance met the envoy Petra Holm in Tarvik on Monday. Vance said the \
     talks had gone \"very well\" and that the Harbour Trust would pay for the new port.",
    "The envoy Petra Holm flew back to Tarvik on Tuesday. Officials of the Harbour Trust said \
     Orla Vance would visit the port in the spring, weather permitting.",
    "Reporters asked Orla Vance about the budget. She said the Harbour Trust had enough money \
     for the work and that Petra Holm agreed with her.",
];

fn folder_of(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        std::fs::write(d.path().join(name), bytes).unwrap();
    }
    d
}

fn text_folder() -> tempfile::TempDir {
    let files: Vec<(String, &[u8])> = ARTICLES
        .iter()
        .enumerate()
        .map(|(i, a)| (format!("{i}.txt"), a.as_bytes()))
        .collect();
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    folder_of(&refs)
}

fn stdout_of(args: &[&str]) -> String {
    String::from_utf8(kgraph_ok(args).stdout).unwrap()
}

/// The data rows (not comments, not the header) of what suggest printed.
fn rows(printed: &str) -> Vec<&str> {
    printed
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("id,"))
        .collect()
}

/// Loads gazetteer folders with the real loader.
fn load(dirs: &[PathBuf]) -> Gazetteer {
    Gazetteer::load(dirs).unwrap_or_else(|e| panic!("does not load: {e}"))
}

fn has(g: &Gazetteer, id: &str) -> bool {
    g.get(&EntityId(id.into())).is_some()
}

#[test]
fn printed_output_is_an_entities_csv_that_loads_as_written() {
    let news = text_folder();
    let printed = stdout_of(&["suggest", "--input", arg(news.path())]);
    assert!(printed.starts_with("# kgraph suggest:"), "{printed}");
    assert_eq!(printed.matches('"').count() % 2, 0, "balanced quotes:\n{printed}");
    for l in printed.lines().filter(|l| l.starts_with('#')) {
        assert!(!l.contains('"'), "a double quote in a comment: {l}");
    }
    let header = printed.lines().find(|l| !l.starts_with('#')).unwrap();
    let columns = header.split(',').count();
    for r in rows(&printed) {
        let fields = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(r.as_bytes())
            .records()
            .next()
            .unwrap()
            .unwrap()
            .len();
        assert_eq!(fields, columns, "{r}");
    }
    // discovered from its title ("Finance Minister Orla Vance"): its surname needs no alias,
    // names resolve it within each document that names her in full
    assert!(printed.contains("\norla_vance,Orla Vance,person,"), "{printed}");
    assert!(printed.contains("\npetra_holm,Petra Holm,person,"), "{printed}");
    assert!(
        printed.contains("\nharbour_trust,Harbour Trust,organization,"),
        "{printed}"
    );
    // save it as a folder of its own: it loads alone and stacked on the gazetteer it was made with
    let mine = tempfile::tempdir().unwrap();
    std::fs::write(mine.path().join("entities.csv"), &printed).unwrap();
    let g = load(&[mine.path().to_path_buf()]);
    assert!(has(&g, "orla_vance") && has(&g, "harbour_trust"));
    let g = load(&[root().join("gazetteer"), mine.path().to_path_buf()]);
    assert!(has(&g, "orla_vance"));
    assert!(g.conflicts.is_empty(), "{:?}", g.conflicts);
}

#[test]
fn saved_folder_stacks_in_a_build() {
    let news = text_folder();
    let d = tempfile::tempdir().unwrap();
    let mine = d.path().join("mine");
    let o = kgraph_ok(&["suggest", "--input", arg(news.path()), "--out", arg(&mine)]);
    let said = String::from_utf8(o.stderr).unwrap();
    assert!(said.contains("written to"), "{said}");
    let out = d.path().join("out");
    let o = kgraph_ok(&[
        "build",
        "--input",
        arg(news.path()),
        "--gazetteer",
        "gazetteer",
        "--gazetteer",
        arg(&mine),
        "--out",
        arg(&out),
        "--strict",
    ]);
    assert!(!String::from_utf8_lossy(&o.stderr).contains("error"));
    let (h, nodes) = read_csv(&out.join("nodes.csv"));
    let label = h.iter().position(|c| c == "label").unwrap();
    for who in ["Orla Vance", "Petra Holm", "Harbour Trust"] {
        assert!(nodes.iter().any(|n| n[label] == who), "{who} is a node");
    }
    // an entities.csv already there is never replaced: a curated one, or the checked rows of
    // an earlier run
    let before = std::fs::read_to_string(mine.join("entities.csv")).unwrap();
    let o = kgraph(&["suggest", "--input", arg(news.path()), "--out", arg(&mine)]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("suggest never replaces it"));
    assert_eq!(
        std::fs::read_to_string(mine.join("entities.csv")).unwrap(),
        before
    );
}

#[test]
fn rows_paste_below_the_rows_of_the_curated_entities_csv() {
    let news = text_folder();
    let d = tempfile::tempdir().unwrap();
    let gaz = d.path().join("gaz");
    std::fs::create_dir(&gaz).unwrap();
    for f in ["entities.csv", "roles.csv", "relations.csv"] {
        std::fs::copy(root().join("gazetteer").join(f), gaz.join(f)).unwrap();
    }
    // what the README says: append everything (--no-header) …
    let appended = stdout_of(&["suggest", "--input", arg(news.path()), "--no-header"]);
    assert!(!appended.lines().any(|l| l.starts_with("id,")), "{appended}");
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(gaz.join("entities.csv"))
        .unwrap();
    f.write_all(appended.as_bytes()).unwrap();
    drop(f);
    let g = load(std::slice::from_ref(&gaz));
    assert!(has(&g, "orla_vance") && has(&g, "kerry"));
    // … or paste only the rows you keep from the full output
    std::fs::copy(root().join("gazetteer/entities.csv"), gaz.join("entities.csv")).unwrap();
    let printed = stdout_of(&["suggest", "--input", arg(news.path())]);
    let keep: Vec<&str> = rows(&printed)
        .into_iter()
        .filter(|r| r.starts_with("petra_holm,"))
        .collect();
    let mut text = std::fs::read_to_string(gaz.join("entities.csv")).unwrap();
    text.push_str(&format!("{}\n", keep.join("\n")));
    std::fs::write(gaz.join("entities.csv"), text).unwrap();
    let g = load(&[gaz]);
    assert!(has(&g, "petra_holm") && !has(&g, "orla_vance"));
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

/// The labels of the suggestions, from the plain table.
fn labels(args: &[&str]) -> Vec<String> {
    let mut all = vec!["suggest", "--format", "csv"];
    all.extend_from_slice(args);
    let printed = kgraph_ok(&all).stdout;
    let mut r = csv::Reader::from_reader(printed.as_slice());
    let label = r.headers().unwrap().iter().position(|h| h == "label").unwrap();
    r.records().map(|rec| rec.unwrap()[label].to_string()).collect()
}

#[test]
fn reads_csv_json_lines_gzip_and_standard_input() {
    let mut csv_text = String::from("key,body,day\n");
    let mut jsonl = String::new();
    for (i, a) in ARTICLES.iter().enumerate() {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record([format!("a{i}").as_str(), a, "2024-05-0{i}"])
            .unwrap();
        csv_text.push_str(&String::from_utf8(w.into_inner().unwrap()).unwrap());
        jsonl.push_str(&format!(
            "{}\n",
            serde_json::json!({"id": format!("a{i}"), "text": a})
        ));
    }
    let d = folder_of(&[
        ("news.csv", csv_text.as_bytes()),
        ("news.jsonl", jsonl.as_bytes()),
        ("news.jsonl.gz", &gzip(jsonl.as_bytes())),
    ]);
    let path = |n: &str| d.path().join(n);
    let (csv_file, jsonl_file, gz_file) = (path("news.csv"), path("news.jsonl"), path("news.jsonl.gz"));
    let csv_cols = [
        "--text-column",
        "body",
        "--id-column",
        "key",
        "--date-column",
        "day",
    ];
    let mut from_csv = vec!["--input", arg(&csv_file)];
    from_csv.extend(csv_cols);
    for args in [
        from_csv,
        vec!["--input", arg(&jsonl_file)],
        vec!["--input", arg(&gz_file)],
    ] {
        let found = labels(&args);
        for who in ["Orla Vance", "Petra Holm", "Harbour Trust"] {
            assert!(found.iter().any(|l| l == who), "{args:?}: {who} in {found:?}");
        }
    }
    // a CSV file read without its text column is a warning, not a crash
    let o = kgraph_ok(&["suggest", "--input", arg(&csv_file)]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("no column \"text\""));
    // standard input
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args(["suggest", "--format", "csv", "--input", "-"])
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(jsonl.as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("Orla Vance"));
}

#[test]
fn counts_and_samples_are_in_the_comment_above_each_row() {
    let news = text_folder();
    let printed = stdout_of(&["suggest", "--input", arg(news.path())]);
    let lines: Vec<&str> = printed.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("orla_vance,")).unwrap();
    let comment = lines[at - 1];
    assert!(
        comment.starts_with("# discovered: ")
            && comment.contains("; role: Finance Minister; e.g. Finance Minister Orla Vance met"),
        "{comment}"
    );
    // the quotes of the sample are not double quotes any more
    let trust = lines
        .iter()
        .position(|l| l.starts_with("harbour_trust,"))
        .unwrap();
    assert!(lines[trust - 1].contains("'very well'"), "{}", lines[trust - 1]);
}

#[test]
fn help_says_how_to_use_the_output() {
    let help = stdout_of(&["suggest", "--help"]);
    for s in ["--out <DIR>", "--no-header", "--text-column", "--gazetteer mine"] {
        assert!(help.contains(s), "{s} in help:\n{help}");
    }
}
