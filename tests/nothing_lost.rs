//! Nothing lost, nothing let in: outputs never overlap what a command reads, links out of an
//! input folder stay unfollowed, every document keeps an id of its own, and text shown to a
//! person cannot drive the terminal. Each case runs the binary as a user would.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;
use std::fs;
use std::path::Path;
use std::process::Output;

const GOOD: &str = "John Kerry met Sergei Lavrov in London on Friday.\n";

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn assert_refused(o: &Output, says: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains(says), "want {says:?} in {err}");
}

/// Every file under `dir` with its bytes, sorted: what a refused command must leave as it was.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push((p.display().to_string(), fs::read(&p).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn an_output_folder_over_or_inside_what_is_read_is_refused_and_nothing_changes() {
    let d = tempfile::tempdir().unwrap();
    let (news, gaz) = (d.path().join("news"), d.path().join("gaz"));
    fs::create_dir_all(&news).unwrap();
    fs::write(news.join("a.txt"), GOOD).unwrap();
    kgraph_ok(&["gazetteer", "default", "--out", arg(&gaz)]);
    let curated = gaz.join("curated");
    let before = (snapshot(&news), snapshot(&gaz));
    let (n, g) = (arg(&news), arg(&curated));
    let p = |rel: &str| news.join(rel).to_str().unwrap().to_string();
    let (inside, a_txt, part, mine) = (p("out"), p("a.txt"), p("part.jsonl"), p("mine"));
    let in_gaz = curated.join("o").to_str().unwrap().to_string();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["build", "--input", n, "--gazetteer", g, "--out", g],
            "is the gazetteer folder",
        ),
        (
            vec!["build", "--input", n, "--out", &inside],
            "is inside the input",
        ),
        (vec!["build", "--input", &a_txt, "--out", n], "holds the input"),
        (
            vec!["build", "--input", n, "--out", arg(d.path())],
            "holds the input",
        ),
        (
            vec!["extract", "--input", n, "--out", &part],
            "is inside the input",
        ),
        (
            vec!["suggest", "--input", n, "--out", &mine],
            "is inside the input",
        ),
        (
            vec!["merge", &a_txt, "--gazetteer", g, "--out", &in_gaz],
            "is inside the gazetteer folder",
        ),
    ];
    for (args, says) in cases {
        assert_refused(&kgraph(&args), says);
        assert_eq!(
            (snapshot(&news), snapshot(&gaz)),
            before,
            "{args:?} changed what it reads"
        );
    }
}

#[test]
fn a_command_never_replaces_the_graph_it_reads() {
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let graph = out.join("graph.json");
    let before = fs::read(&graph).unwrap();
    let (g, o) = (arg(&graph), arg(&out));
    for args in [
        vec!["query", "ego", "Putin", "--graph", g, "--out", o],
        vec![
            "export", "--graph", g, "--format", "gexf", "--format", "json", "--out", o,
        ],
        vec!["report", "--graph", g, "--out", g],
    ] {
        assert_refused(&kgraph(&args), "is the graph being read");
        assert_eq!(fs::read(&graph).unwrap(), before, "{args:?}");
    }
    // beside it is fine: export writes graph.gexf into the graph's own folder
    kgraph_ok(&[
        "export", "--graph", g, "--format", "gexf", "--format", "csv", "--format", "neo4j", "--out", o,
    ]);
    assert!(out.join("graph.gexf").is_file() && out.join("neo4j_nodes.csv").is_file());
    assert_eq!(fs::read(&graph).unwrap(), before);
}

#[test]
fn links_out_of_an_input_folder_are_followed_only_with_follow() {
    let d = tempfile::tempdir().unwrap();
    let (news, outside) = (d.path().join("news"), d.path().join("outside"));
    fs::create_dir_all(news.join("sub")).unwrap();
    fs::create_dir_all(&outside).unwrap();
    fs::write(
        outside.join("secret.txt"),
        "Putin met Trump in Helsinki on July 16, 2018.\n",
    )
    .unwrap();
    fs::write(news.join("sub/a.txt"), GOOD).unwrap();
    std::os::unix::fs::symlink(&outside, news.join("away")).unwrap();
    std::os::unix::fs::symlink(outside.join("secret.txt"), news.join("secret.txt")).unwrap();
    std::os::unix::fs::symlink(news.join("sub/a.txt"), news.join("inside.txt")).unwrap();
    let out = d.path().join("out");
    let o = kgraph_ok(&["build", "--input", arg(&news), "--out", arg(&out)]);
    let err = stderr(&o);
    assert_eq!(
        err.matches("symlink out of the input folder, not followed")
            .count(),
        2,
        "{err}"
    );
    let (_, rows) = read_csv(&out.join("relations.csv"));
    let docs: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    // the link inside the folder is read (first, in name order); its target is then the same file
    assert!(
        !docs.is_empty() && docs.iter().all(|d| *d == "inside.txt"),
        "{docs:?}"
    );
    let o = kgraph_ok(&["build", "--input", arg(&news), "--out", arg(&out), "--follow"]);
    assert!(!stderr(&o).contains("not followed"));
    let (_, rows) = read_csv(&out.join("relations.csv"));
    assert!(rows.iter().any(|r| r[0] == "away/secret.txt"), "{rows:?}");
}

#[test]
fn documents_of_one_name_stay_apart() {
    let d = tempfile::tempdir().unwrap();
    let (a, b) = (d.path().join("a"), d.path().join("b"));
    fs::create_dir_all(&a).unwrap();
    fs::create_dir_all(&b).unwrap();
    fs::write(a.join("x.txt"), GOOD).unwrap();
    fs::write(b.join("x.txt"), "Putin met Trump in Helsinki on Monday.\n").unwrap();
    let out = d.path().join("out");
    kgraph_ok(&["build", "--input", arg(&a), arg(&b), "--out", arg(&out)]);
    let (_, rows) = read_csv(&out.join("relations.csv"));
    let mut docs: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    docs.dedup();
    assert_eq!(docs, ["a/x.txt", "b/x.txt"]);
    // one id given to two records, in one file and across two
    let jsonl = d.path().join("r.jsonl");
    fs::write(
        &jsonl,
        format!(
            "{{\"id\": \"r1\", \"text\": {:?}}}\n{{\"id\": \"r1\", \"text\": \"Putin met Trump in Helsinki on Monday.\"}}\n",
            GOOD.trim()
        ),
    )
    .unwrap();
    let o = kgraph_ok(&["build", "--input", arg(&jsonl), "--out", arg(&out)]);
    assert!(
        stderr(&o).contains("document id \"r1\" given twice or more: this one is \"r1#2\""),
        "{}",
        stderr(&o)
    );
    let (_, rows) = read_csv(&out.join("relations.csv"));
    let mut docs: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    docs.dedup();
    assert_eq!(docs, ["r1", "r1#2"]);
}

#[test]
fn control_characters_reach_no_terminal() {
    let d = tempfile::tempdir().unwrap();
    let news = d.path().join("news");
    fs::create_dir_all(&news).unwrap();
    fs::write(news.join("a.txt"), GOOD).unwrap();
    fs::write(
        news.join("evil\x1b]0;owned\x07.txt"),
        b"\xff\xfe\x00bin\x00ary\x00",
    )
    .unwrap();
    let out = d.path().join("out");
    let o = kgraph_ok(&["build", "--input", arg(&news), "--out", arg(&out)]);
    let err = stderr(&o);
    assert!(!err.contains('\x1b') && !err.contains('\x07'), "{err:?}");
    assert!(err.contains("evil\\x1b]0;owned\\x07.txt"), "{err}");
    // a sentence with escapes, shown in a query table
    fs::write(
        news.join("a.txt"),
        "John Kerry met Sergei Lavrov \x1b[2J in London.\n",
    )
    .unwrap();
    kgraph_ok(&["build", "--input", arg(&news), "--out", arg(&out), "--quiet"]);
    let g = out.join("graph.json");
    let o = kgraph_ok(&["query", "evidence", "Kerry", "Lavrov", "--graph", arg(&g)]);
    let table = String::from_utf8_lossy(&o.stdout);
    assert!(table.contains("\\x1b[2J") && !table.contains('\x1b'), "{table}");
}

/// Every cell of the CSV and TSV files in `dir` that a spreadsheet would run as a formula.
fn formula_cells(dir: &Path) -> Vec<String> {
    let mut bad = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let delimiter = match p.extension().and_then(|x| x.to_str()) {
            Some("csv") => b',',
            Some("tsv") => b'\t',
            _ => continue,
        };
        let mut r = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_path(&p)
            .unwrap();
        for rec in r.records() {
            for c in rec.unwrap().iter() {
                let number = c.parse::<f64>().is_ok() && c.bytes().any(|b| b.is_ascii_digit());
                if c.starts_with(['=', '+', '-', '@', '\t', '\r']) && !number {
                    bad.push(format!("{}: {c:?}", p.display()));
                }
            }
        }
    }
    bad
}

#[test]
fn no_csv_or_tsv_cell_runs_as_a_formula_unless_raw_cells_is_given() {
    let d = tempfile::tempdir().unwrap();
    let news = d.path().join("news");
    fs::create_dir_all(&news).unwrap();
    fs::write(
        news.join("=cmd|' -C calc'!A0.txt"),
        "@SUM(1+1) Kerry met Lavrov in Geneva.\n\n=HYPERLINK(\"http://x\") Lavrov met Kerry in Paris.\n\n-Putin rejected the proposal by Trump.\n",
    )
    .unwrap();
    let out = d.path().join("out");
    kgraph_ok(&["build", "--input", arg(&news), "--out", arg(&out), "--quiet"]);
    let g = out.join("graph.json");
    kgraph_ok(&[
        "export",
        "--graph",
        arg(&g),
        "--format",
        "neo4j",
        "--format",
        "events",
        "--out",
        arg(&out),
    ]);
    let table = out.join("query");
    fs::create_dir(&table).unwrap();
    let o = kgraph_ok(&["query", "edges", "--graph", arg(&g), "--format", "csv"]);
    fs::write(table.join("edges.csv"), &o.stdout).unwrap();
    let (_, rows) = read_csv(&out.join("relations.csv"));
    assert!(rows.iter().any(|r| r[0] == "'=cmd|' -C calc'!A0.txt"), "{rows:?}");
    assert!(
        rows.iter()
            .any(|r| r.iter().any(|c| c.starts_with("'@SUM(1+1) Kerry"))),
        "{rows:?}"
    );
    for dir in [&out, &table] {
        let bad = formula_cells(dir);
        assert!(bad.is_empty(), "{bad:#?}");
    }
    // --raw-cells: the text as it is
    kgraph_ok(&[
        "build",
        "--input",
        arg(&news),
        "--out",
        arg(&out),
        "--quiet",
        "--raw-cells",
    ]);
    let (_, rows) = read_csv(&out.join("relations.csv"));
    assert!(rows.iter().any(|r| r[0] == "=cmd|' -C calc'!A0.txt"), "{rows:?}");
    assert!(!formula_cells(&out).is_empty());
}

#[test]
fn a_document_past_the_cap_is_cut_with_a_warning_and_binary_is_told_from_the_first_bytes() {
    use std::io::Write;
    let d = tempfile::tempdir().unwrap();
    // 200 MB of blank lines, then a sentence: a gzip file of a few hundred KB
    let bomb = d.path().join("bomb.txt.gz");
    let mut gz = flate2::write::GzEncoder::new(fs::File::create(&bomb).unwrap(), flate2::Compression::best());
    let blank = vec![b'\n'; 1 << 20];
    for _ in 0..200 {
        gz.write_all(&blank).unwrap();
    }
    gz.write_all(GOOD.as_bytes()).unwrap();
    gz.finish().unwrap();
    let out = d.path().join("out");
    let o = kgraph(&["build", "--input", arg(&bomb), "--out", arg(&out)]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(
        err.contains("longer than 32 MiB (uncompressed): only the first 32 MiB read"),
        "{err}"
    );
    assert!(
        err.contains("only white space, skipped"),
        "the sentence past the cap is not read: {err}"
    );
    // a 2 GB sparse file and an endless device are binary from their first bytes
    let sparse = d.path().join("sparse.txt");
    fs::File::create(&sparse).unwrap().set_len(2 << 30).unwrap();
    for input in [arg(&sparse), "/dev/zero"] {
        let o = kgraph(&["build", "--input", input, "--out", arg(&out)]);
        assert!(
            stderr(&o).contains("binary file (NUL bytes), skipped"),
            "{}",
            stderr(&o)
        );
        assert_eq!(o.status.code(), Some(3));
    }
}

#[test]
fn an_unclosed_quote_and_a_wrongly_typed_field_are_warnings_with_the_line() {
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("news.csv");
    fs::write(
        &csv,
        "id,text\nok,Putin met Trump in Helsinki on Monday.\nbad,\"John Kerry met Sergei Lavrov.\nlost,Angela Merkel met Putin.\n",
    )
    .unwrap();
    let jsonl = d.path().join("news.jsonl");
    fs::write(
        &jsonl,
        format!(
            "{{\"id\": \"n1\", \"text\": {:?}, \"date\": 20140314}}\n{{\"id\": \"n2\", \"text\": 7}}\n{{\"id\": \"n3\", \"text\": {:?}, \"title\": [\"x\"]}}\n",
            GOOD.trim(),
            GOOD.trim()
        ),
    )
    .unwrap();
    let out = d.path().join("out");
    let o = kgraph_ok(&["build", "--input", arg(&csv), arg(&jsonl), "--out", arg(&out)]);
    let err = stderr(&o);
    for says in [
        "news.csv: row 2 (line 3): a quote opened in this row is never closed",
        "news.jsonl: line 2: \"text\" is not a string, skipped",
        "news.jsonl: line 3: \"title\" is a list, not text: the field is ignored",
    ] {
        assert!(err.contains(says), "want {says:?} in {err}");
    }
    let (_, rows) = read_csv(&out.join("relations.csv"));
    let got: Vec<(&str, &str)> = rows.iter().map(|r| (r[0].as_str(), r[7].as_str())).collect();
    assert_eq!(got, [("n1", "2014-03-14"), ("n3", ""), ("ok", "")], "{rows:?}");
}

#[test]
fn a_commit_that_cannot_finish_leaves_the_old_set_and_a_dead_one_is_undone_by_the_next_run() {
    use kgraph::cmd::outputs::OUTPUT_FILES;
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let news = d.path().join("news");
    fs::create_dir(&news).unwrap();
    fs::write(news.join("a.txt"), GOOD).unwrap();
    let read_all = |dir: &Path| -> Vec<Option<Vec<u8>>> {
        OUTPUT_FILES.iter().map(|f| fs::read(dir.join(f)).ok()).collect()
    };
    // a folder where the last output should go: refused before any file moves
    let old = read_all(&out);
    fs::remove_file(out.join("report.html")).unwrap();
    fs::create_dir(out.join("report.html")).unwrap();
    let o = kgraph(&["build", "--input", arg(&news), "--out", arg(&out)]);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("is not a file; move it away"),
        "{}",
        stderr(&o)
    );
    let now = read_all(&out);
    assert_eq!(
        &now[..6],
        &old[..6],
        "the files before the folder are the old ones"
    );
    fs::remove_dir(out.join("report.html")).unwrap();
    // a run that died half way through replacing the files: the next run puts the old set back
    // first (here: what it left is made by hand, as the commit leaves it after two moves)
    build_seeds(&out);
    let old = read_all(&out);
    let (next, prev) = (out.join(".kgraph-next"), out.join(".kgraph-prev"));
    fs::create_dir(&next).unwrap();
    fs::create_dir(&prev).unwrap();
    let mut record = String::from("kgraph commit 1\n");
    for f in OUTPUT_FILES {
        record.push_str(&format!("old {f}\n"));
        fs::copy(out.join(f), prev.join(f)).unwrap();
        fs::write(next.join(f), "new, never finished").unwrap();
    }
    fs::write(out.join(".kgraph-commit"), record).unwrap();
    fs::write(out.join(OUTPUT_FILES[0]), "new, never finished").unwrap();
    fs::remove_file(next.join(OUTPUT_FILES[0])).unwrap();
    let o = kgraph(&["query", "stats", "--graph", arg(&out.join("graph.json"))]);
    assert!(o.status.success(), "a reader is not stopped: {}", stderr(&o));
    let o = kgraph(&[
        "build",
        "--input",
        arg(&news),
        "--out",
        arg(&out),
        "--gazetteer",
        "gazetteer",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("died while replacing its files: the files before it are back"),
        "{}",
        stderr(&o)
    );
    let now = read_all(&out);
    assert_ne!(now, old, "the new build then replaced them");
    assert!(
        now.iter()
            .all(|f| f.as_deref() != Some(b"new, never finished".as_slice()))
    );
    let names: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !OUTPUT_FILES.contains(&n.as_str()))
        .collect();
    assert!(names.is_empty(), "left behind: {names:?}");
}

#[test]
fn a_single_output_file_that_is_a_device_or_a_link_is_written_through() {
    use std::os::unix::fs::FileTypeExt;
    let d = tempfile::tempdir().unwrap();
    let out = build_seeds(&d.path().join("out"));
    let g = out.join("graph.json");
    kgraph_ok(&["report", "--graph", arg(&g), "--out", "/dev/null"]);
    assert!(fs::metadata("/dev/null").unwrap().file_type().is_char_device());
    // a link to a file elsewhere stays a link; the file it names gets the page
    let shelf = d.path().join("shelf");
    fs::create_dir(&shelf).unwrap();
    fs::write(shelf.join("page.html"), "old").unwrap();
    let link = d.path().join("page.html");
    std::os::unix::fs::symlink(shelf.join("page.html"), &link).unwrap();
    kgraph_ok(&["report", "--graph", arg(&g), "--out", arg(&link)]);
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(
        fs::read_to_string(shelf.join("page.html"))
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    let o = kgraph_ok(&[
        "extract",
        "--input",
        "seeds",
        "--gazetteer",
        "gazetteer",
        "--out",
        "/dev/stdout",
        "--quiet",
    ]);
    assert!(String::from_utf8_lossy(&o.stdout).lines().count() >= 5);
}

#[test]
#[allow(clippy::too_many_lines)] // one scenario, read top to bottom
fn gazetteer_errors_name_the_right_file_and_line_and_wordless_aliases_are_warned_of() {
    let d = tempfile::tempdir().unwrap();
    let (g1, g2) = (d.path().join("g1"), d.path().join("g2"));
    fs::create_dir_all(&g1).unwrap();
    fs::create_dir_all(&g2).unwrap();
    let out = d.path().join("out");
    let build = |extra: &[&str]| {
        let mut args = vec![
            "--verbose",
            "build",
            "--input",
            "seeds",
            "--out",
            arg(&out),
            "--gazetteer",
            arg(&g1),
        ];
        args.extend_from_slice(extra);
        kgraph(&args)
    };
    for (entities, line) in [
        (
            "id,label,type,aliases\r\na,Alpha,person,\r\nb,Beta,personx,\r\n",
            3,
        ),
        (
            "id,label,type,aliases\r\n# a note\r\na,Alpha,person,\r\n\r\n#\r\nb,Beta,personx,\r\n",
            6,
        ),
        (
            "id,label,type,aliases\na,Alpha,person,\n# a note\nb,Beta,personx,\n",
            4,
        ),
        (
            "id,label,type,aliases\r\na,Alpha,person,\r\nb,Beta,person,x,y\r\n",
            3,
        ),
    ] {
        fs::write(g1.join("entities.csv"), entities).unwrap();
        let err = stderr(&build(&[]));
        assert!(
            err.contains(&format!("g1/entities.csv:{line}: ")),
            "want line {line}: {err}"
        );
    }
    // a bad reference in the second folder names that folder's file and row
    fs::write(
        g1.join("entities.csv"),
        "id,label,type,aliases\nc,Gamma Ray,person,\n",
    )
    .unwrap();
    fs::write(
        g2.join("entities.csv"),
        "id,label,type,aliases,affiliation\na,Alpha,person,,\nb,Beta,person,,nosuch\n",
    )
    .unwrap();
    let err = stderr(&build(&["--gazetteer", arg(&g2)]));
    assert!(
        err.contains("g2/entities.csv:3: entity b: affiliation nosuch is not an entity id"),
        "{err}"
    );
    // aliases without a word
    fs::write(
        g1.join("entities.csv"),
        "id,label,type,aliases\nc,Gamma Ray,person,the;.;-;(;Gamma\n",
    )
    .unwrap();
    let o = build(&[]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    for a in [".", "-", "("] {
        assert!(
            err.contains(&format!(
                "entities.csv:2: entity c: alias {a:?} has no letter or digit"
            )),
            "{a}: {err}"
        );
    }
    assert!(
        err.contains("alias \"the\" is an ordinary lower-case word"),
        "{err}"
    );
    let o = kgraph(&["gazetteer", "check", arg(&g1)]);
    let report = String::from_utf8_lossy(&o.stdout);
    assert!(
        report.contains("alias: ") && report.contains("alias \"(\" has no letter or digit"),
        "{report}"
    );
}

/// Loading is near linear: 100,000 dated roles with their own titles load in seconds, where
/// a title looked up by scanning every earlier one took a minute. The limit only catches that.
#[test]
fn a_hundred_thousand_dated_roles_load_in_linear_time() {
    use std::fmt::Write as _;
    let d = tempfile::tempdir().unwrap();
    let g = d.path().join("g");
    fs::create_dir(&g).unwrap();
    let mut entities = String::from("id,label,type,aliases\n");
    for i in 0..5000 {
        writeln!(entities, "e{i},Person Number{i},person,").unwrap();
    }
    let mut roles = String::from("entity,role,aliases,code,from,to\n");
    for i in 0..100_000 {
        let y = 2010 + i % 10;
        writeln!(
            roles,
            "e{},minister {i},Minister Of Thing{i},,{y}-01-01,{}-01-01",
            i % 5000,
            y + 1
        )
        .unwrap();
    }
    fs::write(g.join("entities.csv"), entities).unwrap();
    fs::write(g.join("roles.csv"), roles).unwrap();
    let t = std::time::Instant::now();
    kgraph_ok(&["gazetteer", "check", arg(&g), "--no-default-gazetteer"]);
    assert!(
        t.elapsed() < std::time::Duration::from_secs(90),
        "{:?}",
        t.elapsed()
    );
    // an unknown name of 100 KB: answered at once, and shown cut
    let out = build_seeds(&d.path().join("out"));
    let name = "Zq".repeat(50_000);
    let o = kgraph(&[
        "query",
        "neighbors",
        &name,
        "--graph",
        arg(&out.join("graph.json")),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.len() < 400 && err.contains("ZqZq…\""),
        "{}",
        &err[..err.len().min(400)]
    );
}
