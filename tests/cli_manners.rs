//! How the command line behaves towards a person and a script: `-q` everywhere, messages on
//! stderr and data on stdout, warnings counted by kind, completions, the manual page, the
//! examples of `--help`, relation typos, `explain` from stdin, `--out -`, `--where`, `--excel`,
//! `--no-gazetteer-edges`, the edge `origin` column and edge weights.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// A sentence the default gazetteer reads as met(kerry, lavrov) at Geneva.
const KERRY_LAVROV: &str = "John Kerry met Sergei Lavrov in Geneva.";

/// What one run gave.
#[derive(Debug)]
struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

impl Run {
    fn out(&self) -> String {
        String::from_utf8(self.stdout.clone()).unwrap()
    }

    fn ok(self, what: &str) -> Run {
        assert_eq!(self.code, 0, "{what}: {}", self.stderr);
        self
    }
}

/// Runs kgraph with `args` in `dir`, `stdin` on its standard input (else none).
fn run_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    let o = child.wait_with_output().unwrap();
    Run {
        code: o.status.code().unwrap_or(-1),
        stdout: o.stdout,
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// Runs kgraph with `args` in the project root.
fn run(args: &[&str]) -> Run {
    run_in(&root(), args, None)
}

fn s(p: &Path) -> String {
    p.to_str().unwrap().to_string()
}

/// The seeds built once: with the gazetteer's edges (`out`) and without them (`text`).
struct Seeds {
    _dir: tempfile::TempDir,
    out: PathBuf,
    text: PathBuf,
}

fn seeds() -> &'static Seeds {
    static S: OnceLock<Seeds> = OnceLock::new();
    S.get_or_init(|| {
        let d = tempfile::tempdir().unwrap();
        let out = build_seeds(&d.path().join("out"));
        let mut args = SEEDS.to_vec();
        args.extend(["--no-gazetteer-edges", "-q"]);
        let text = build_into(&d.path().join("text"), &args);
        Seeds { _dir: d, out, text }
    })
}

fn graph() -> String {
    s(&seeds().out.join("graph.json"))
}

/// A graph of one sentence, met(kerry, lavrov): no `sanctioned` edge, no `annexed` edge.
fn small_graph() -> &'static str {
    static G: OnceLock<(tempfile::TempDir, String)> = OnceLock::new();
    &G.get_or_init(|| {
        let d = tempfile::tempdir().unwrap();
        fs::write(d.path().join("a.txt"), KERRY_LAVROV).unwrap();
        let out = d.path().join("out");
        let a = s(&d.path().join("a.txt"));
        build_into(&out, &["--input", &a, "-q"]);
        let g = s(&out.join("graph.json"));
        (d, g)
    })
    .1
}

/// An `extract` shard of the seeds, made once.
fn shard() -> &'static str {
    static S: OnceLock<(tempfile::TempDir, String)> = OnceLock::new();
    &S.get_or_init(|| {
        let d = tempfile::tempdir().unwrap();
        let p = s(&d.path().join("seeds.jsonl"));
        kgraph_ok(&[
            "-q",
            "extract",
            "--input",
            "seeds",
            "--gazetteer",
            "gazetteer",
            "--out",
            &p,
        ]);
        (d, p)
    })
    .1
}

// ---- -q/--quiet ----

/// A command to try `-q` on: its subcommand path, the arguments after it (`{T}` is a fresh
/// temporary folder), and whether it says something on stderr when not quiet.
struct Case {
    path: &'static [&'static str],
    rest: Vec<String>,
    talks: bool,
}

fn case(path: &'static [&'static str], rest: &[&str], talks: bool) -> Case {
    Case {
        path,
        rest: rest.iter().map(|r| r.to_string()).collect(),
        talks,
    }
}

fn quiet_cases() -> Vec<Case> {
    let (g, shard) = (graph(), shard());
    let relations = s(&seeds().out.join("relations.csv"));
    let with = |extra: &[&'static str]| -> Vec<&'static str> {
        ["--input", "seeds", "--gazetteer", "gazetteer"]
            .iter()
            .chain(extra)
            .copied()
            .collect()
    };
    let petrarch = [
        "--from",
        "petrarch",
        "tests/fixtures/petrarch/countries.actors.txt",
        "--agents",
        "tests/fixtures/petrarch/agents.txt",
        "--verbs",
        "tests/fixtures/petrarch/verbs.txt",
        "--out",
        "{T}/imported",
    ];
    vec![
        case(&["build"], &with(&["--out", "{T}/out"]), true),
        case(&["extract"], &with(&["--out", "{T}/shard.jsonl"]), true),
        case(&["extract"], &with(&["--out", "-"]), true),
        case(
            &["merge"],
            &[shard, "--gazetteer", "gazetteer", "--out", "{T}/out"],
            true,
        ),
        case(
            &["export"],
            &["--graph", &g, "--format", "gexf", "--out", "{T}/x"],
            true,
        ),
        case(&["report"], &["--graph", &g, "--out", "{T}/r.html"], true),
        case(&["query", "top"], &["--graph", &g], false),
        case(
            &["query", "ego"],
            &["putin", "--graph", &g, "--out", "{T}/ego"],
            true,
        ),
        // two entities without a path between them: a note says so
        case(&["query", "path"], &["argentina", "china", "--graph", &g], true),
        case(&["suggest"], &with(&[]), false),
        case(&["suggest"], &with(&["--out", "{T}/mine"]), true),
        case(&["explain"], &[KERRY_LAVROV, "--gazetteer", "gazetteer"], false),
        case(
            &["eval"],
            &["--gold", "tests/gold/seeds.csv", "--relations", &relations],
            true,
        ),
        case(&["gazetteer", "import"], &petrarch, true),
        case(&["gazetteer", "check"], &["gazetteer"], false),
        case(&["gazetteer", "default"], &["--out", "{T}/default"], false),
        case(&["completions"], &["bash"], false),
        case(&["man"], &[], false),
        case(&["man"], &["build"], false),
    ]
}

/// Runs `case` with `-q` at `at` (an index into its arguments, None for no -q) in a fresh
/// folder; its stdout with the folder written back as `{T}`.
fn run_case(c: &Case, at: Option<usize>) -> (Run, String) {
    let d = tempfile::tempdir().unwrap();
    let t = s(d.path());
    let mut args: Vec<String> = c.path.iter().map(|p| p.to_string()).collect();
    args.extend(c.rest.iter().map(|r| r.replace("{T}", &t)));
    if let Some(k) = at {
        args.insert(k, "-q".into());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = run(&args).ok(&format!("{args:?}"));
    // the data, less the time it took (`gazetteer check`: "loaded in 1.75 s")
    let out = String::from_utf8_lossy(&r.stdout)
        .replace(&t, "{T}")
        .lines()
        .filter(|l| !l.starts_with("  loaded in "))
        .collect::<Vec<_>>()
        .join("\n");
    (r, out)
}

#[test]
fn quiet_is_taken_before_and_after_every_subcommand_and_silences_stderr_but_not_data() {
    for c in quiet_cases() {
        let (loud, data) = run_case(&c, None);
        let what = format!("kgraph {:?} {:?}", c.path, c.rest);
        if c.talks {
            assert!(
                !loud.stderr.is_empty(),
                "{what} says nothing: the -q check proves nothing"
            );
        }
        // before the subcommand, after each word of its path, and at the very end
        let mut places: Vec<usize> = (0..=c.path.len()).collect();
        places.push(c.path.len() + c.rest.len());
        for at in places {
            let (quiet, quiet_data) = run_case(&c, Some(at));
            assert!(
                quiet.stderr.is_empty(),
                "{what}, -q at {at}: stderr {}",
                quiet.stderr
            );
            assert_eq!(quiet_data, data, "{what}, -q at {at}: the data on stdout changed");
        }
    }
}

#[test]
fn long_quiet_is_the_same_flag() {
    let d = tempfile::tempdir().unwrap();
    let out = s(&d.path().join("out"));
    let r = run(&["build", "--quiet", "--input", "seeds", "--out", &out]).ok("build --quiet");
    assert!(r.stderr.is_empty() && r.stdout.is_empty(), "{r:?}");
    assert!(Path::new(&out).join("graph.json").is_file());
    // -q and -v say opposite things: clap refuses the pair
    let r = run(&["-q", "-v", "build", "--input", "seeds", "--out", &out]);
    assert_eq!(r.code, 2, "{}", r.stderr);
}

// ---- messages on stderr, data on stdout ----

#[test]
fn summaries_go_to_stderr_and_nothing_else_to_stdout() {
    let d = tempfile::tempdir().unwrap();
    let out = s(&d.path().join("out"));
    let r = run(&[
        "build",
        "--input",
        "seeds",
        "--gazetteer",
        "gazetteer",
        "--out",
        &out,
    ])
    .ok("build");
    assert!(r.stdout.is_empty(), "build printed on stdout: {}", r.out());
    assert!(
        r.stderr.starts_with("kgraph: 5 documents (0 skipped)")
            && r.stderr.contains(": 80 nodes, 100 edges, 79 relation instances")
            && r.stderr.contains(&format!("  wrote {out}/graph.json")),
        "{}",
        r.stderr
    );
    let imported = s(&d.path().join("imported"));
    let r = run(&[
        "gazetteer",
        "import",
        "--from",
        "petrarch",
        "tests/fixtures/petrarch/countries.actors.txt",
        "--out",
        &imported,
    ])
    .ok("gazetteer import");
    assert!(
        r.stdout.is_empty(),
        "gazetteer import printed on stdout: {}",
        r.out()
    );
    assert!(r.stderr.contains("kgraph: imported 1 file(s)"), "{}", r.stderr);
    assert!(Path::new(&imported).join("entities.csv").is_file());
    for args in [
        vec!["export", "--graph", &graph(), "--format", "csv", "--out"],
        vec!["report", "--graph", &graph(), "--out"],
    ] {
        let mut args = args.clone();
        let o = s(&d.path().join(format!("{}-out", args[0])));
        let o = if args[0] == "report" {
            format!("{o}.html")
        } else {
            o
        };
        args.push(&o);
        let r = run(&args).ok(args[0]);
        assert!(r.stdout.is_empty(), "{} printed on stdout: {}", args[0], r.out());
        assert!(r.stderr.contains("  wrote "), "{}", r.stderr);
    }
}

// ---- warnings, counted by kind ----

/// A folder `in/` with the seed articles and `n` binary files.
fn seeds_and_binaries(dir: &Path, n: usize) -> String {
    let input = dir.join("in");
    fs::create_dir_all(&input).unwrap();
    for f in fs::read_dir(root().join("seeds")).unwrap() {
        let f = f.unwrap().path();
        fs::copy(&f, input.join(f.file_name().unwrap())).unwrap();
    }
    for i in 0..n {
        fs::write(input.join(format!("b{i}.txt")), b"\0\x01binary").unwrap();
    }
    s(&input)
}

fn warning_lines(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.starts_with("warning:")).collect()
}

#[test]
fn ten_binary_files_print_three_warnings_and_a_count_and_verbose_prints_all() {
    let d = tempfile::tempdir().unwrap();
    let input = seeds_and_binaries(d.path(), 10);
    let out = s(&d.path().join("out"));
    let base = ["--input", &input, "--gazetteer", "gazetteer", "--out", &out];
    let r = run(&[&["build"][..], &base].concat()).ok("build");
    let binary = |i: usize| format!("warning: {input}/b{i}.txt: binary file (NUL bytes), skipped");
    assert_eq!(
        warning_lines(&r.stderr),
        [
            binary(0).as_str(),
            &binary(1),
            &binary(2),
            "warning: ... and 7 more binary files (10 in all; --verbose lists them)",
        ],
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("5 documents (10 skipped)"), "{}", r.stderr);
    for verbose in ["-v", "--verbose"] {
        let r = run(&[&["build", verbose][..], &base].concat()).ok("build -v");
        let want: Vec<String> = (0..10).map(binary).collect();
        assert_eq!(warning_lines(&r.stderr), want, "{}", r.stderr);
    }
    // --strict: an error (exit 2), naming the count and the first, and nothing written
    let strict_out = s(&d.path().join("strict"));
    let r = run(&["build", "--strict", "--input", &input, "--out", &strict_out]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "kgraph: error: --strict: 10 warning(s), the first: {input}/b0.txt: binary file"
        )),
        "{}",
        r.stderr
    );
    assert!(!Path::new(&strict_out).join("graph.json").exists());
}

/// A user gazetteer folder whose one entity, kerry2, claims "Kerry", which the default's kerry
/// has too: the folder is stacked first, so kerry2 keeps it.
fn kerry2_gazetteer(dir: &Path) -> String {
    let g = dir.join("mine");
    fs::create_dir_all(&g).unwrap();
    fs::write(
        g.join("entities.csv"),
        "id,label,type,aliases,affiliation,role,code,gender,stands_for,demonyms\n\
         kerry2,Kerry Kennedy,person,Kerry,,,,f,,\n",
    )
    .unwrap();
    s(&g)
}

#[test]
fn strict_does_not_fail_on_an_alias_conflict_the_stacking_order_settles() {
    let d = tempfile::tempdir().unwrap();
    let mine = kerry2_gazetteer(d.path());
    fs::create_dir(d.path().join("in")).unwrap();
    fs::write(d.path().join("in/a.txt"), "Kerry met Sergei Lavrov in Geneva.\n").unwrap();
    let r = run_in(
        d.path(),
        &[
            "build",
            "--strict",
            "--gazetteer",
            &mine,
            "--input",
            "in",
            "--out",
            "out",
        ],
        None,
    )
    .ok("build --strict with a settled conflict");
    assert_eq!(
        warning_lines(&r.stderr),
        ["warning: gazetteer: alias \"Kerry\" is claimed by kerry2 and kerry; kerry2 keeps it"],
        "{}",
        r.stderr
    );
    let (_, rows) = read_csv(&d.path().join("out/relations.csv"));
    assert_eq!(
        rows.iter().map(|r| r[2..5].join(" ")).collect::<Vec<_>>(),
        ["kerry2 met lavrov"]
    );
    // the same conflict beside a binary file: --strict fails on the binary file, not the conflict
    fs::write(d.path().join("in/b.txt"), b"\0\0binary").unwrap();
    let r = run_in(
        d.path(),
        &[
            "build",
            "--strict",
            "--gazetteer",
            &mine,
            "--input",
            "in",
            "--out",
            "out2",
        ],
        None,
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("--strict: 1 warning(s), the first: in/b.txt: binary file"),
        "{}",
        r.stderr
    );
}

// ---- completions ----

/// Checks the script in `file` with `shell ARGS file`, or says why not when `shell` is missing.
fn syntax_check(shell: &str, args: &[&str], file: &Path) {
    match Command::new(shell).args(args).arg(file).output() {
        Ok(o) => assert!(
            o.status.success(),
            "{shell} {args:?} rejects the completion script: {}",
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            println!("note: {shell} is not installed: its completion script is not syntax-checked");
        }
        Err(e) => panic!("{shell}: {e}"),
    }
}

#[test]
fn completion_scripts_are_valid_for_their_shells() {
    let d = tempfile::tempdir().unwrap();
    for (shell, check) in [
        ("bash", &["-n"][..]),
        ("zsh", &["-n"][..]),
        ("fish", &["--no-execute"][..]),
    ] {
        let r = run(&["completions", shell]).ok(shell);
        let script = r.out();
        assert!(!script.trim().is_empty(), "{shell}: an empty script");
        // (fish names long flags without their dashes)
        for word in ["build", "gazetteer", "no-gazetteer-edges", "where"] {
            assert!(script.contains(word), "{shell} script lacks {word}");
        }
        let file = d.path().join(format!("kgraph.{shell}"));
        fs::write(&file, &script).unwrap();
        syntax_check(shell, check, &file);
    }
    let r = run(&["completions", "nosuch"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("invalid value 'nosuch'"), "{}", r.stderr);
}

// ---- the manual page ----

/// The subcommands `kgraph help` (or `kgraph SUB --help`) lists, `help` left out.
fn subcommands(of: &[&str]) -> Vec<String> {
    let mut args = of.to_vec();
    args.push("--help");
    let help = run(&args).ok("--help").out();
    help.lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .filter(|c| c != "help")
        .collect()
}

/// Renders a roff page with `man -l -` and `groff -man`, when they are installed: no warning,
/// no error, and the text has the page's sections.
fn render(page: &[u8], title: &str) {
    let tools: [(&str, &[&str]); 2] = [
        ("man", &["--warnings", "-l", "-"]),
        // -P-cbu: plain text, without bold or underlining
        ("groff", &["-man", "-Tutf8", "-ww", "-P-cbu"]),
    ];
    for (tool, args) in tools {
        let child = Command::new(tool)
            .args(args)
            .env("MANWIDTH", "80")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn();
        let mut child = match child {
            Ok(c) => c,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                println!("note: {tool} is not installed: the page is not rendered");
                continue;
            }
            Err(e) => panic!("{tool}: {e}"),
        };
        child.stdin.take().unwrap().write_all(page).unwrap();
        let o = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success() && err.is_empty(), "{tool} on {title}: {err}");
        let text = String::from_utf8_lossy(&o.stdout);
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS"] {
            assert!(text.contains(section), "{tool} on {title}: no {section}:\n{text}");
        }
    }
}

#[test]
fn the_manual_page_is_roff_names_every_subcommand_and_renders() {
    let page = run(&["man"]).ok("man").stdout;
    let text = String::from_utf8(page.clone()).unwrap();
    assert!(text.starts_with('.'), "not roff: {}", &text[..80]);
    let th = text.find("\n.TH kgraph 1 ").expect("a .TH kgraph 1 title");
    assert!(th < text.find("\n.SH NAME").unwrap(), "the title comes first");
    let subs = subcommands(&[]);
    assert_eq!(
        subs,
        [
            "build",
            "extract",
            "merge",
            "eval",
            "export",
            "query",
            "suggest",
            "report",
            "explain",
            "gazetteer",
            "completions",
            "man"
        ]
    );
    for sub in &subs {
        assert!(
            text.contains(&format!("kgraph\\-{sub}(1)")),
            "the page lacks {sub}"
        );
    }
    render(&page, "kgraph(1)");
    let version = env!("CARGO_PKG_VERSION");
    for sub in &subs {
        let page = run(&["man", sub]).ok(sub).stdout;
        let text = String::from_utf8(page.clone()).unwrap();
        let title = text
            .lines()
            .find(|l| l.starts_with(".TH "))
            .unwrap_or_else(|| panic!("no .TH in kgraph man {sub}"));
        assert!(
            title.starts_with(&format!(".TH kgraph-{sub} 1 ")),
            "kgraph man {sub}: {title}"
        );
        // the footer names the program and its version, as the main page's does
        assert!(title.contains(version), "kgraph man {sub}: no version in {title}");
        // and only the top command takes --version
        assert!(
            !text.contains("\\-\\-version"),
            "kgraph man {sub} lists --version"
        );
        render(&page, &format!("kgraph-{sub}(1)"));
    }
    let r = run(&["man", "biuld"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("did you mean build?"), "{}", r.stderr);
    let r = run(&["man", "help"]);
    assert_eq!(r.code, 2, "man help: {}", r.stderr);
}

// ---- --help examples ----

/// Splits a command line as a POSIX shell would into words ('single', "double" and \ quoting),
/// stopping at a run of three spaces outside quotes (where an example's comment starts).
fn shell_words(line: &str) -> Vec<String> {
    let (mut words, mut word, mut in_word) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    let mut spaces = 0;
    while let Some(c) = chars.next() {
        if c == ' ' {
            spaces += 1;
            if spaces == 3 {
                break;
            }
            if in_word {
                words.push(std::mem::take(&mut word));
                in_word = false;
            }
            continue;
        }
        spaces = 0;
        in_word = true;
        match c {
            '\'' => word.extend(chars.by_ref().take_while(|&c| c != '\'')),
            '"' => {
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' if matches!(chars.peek(), Some('"' | '\\' | '$' | '`')) => {
                            word.push(chars.next().unwrap())
                        }
                        c => word.push(c),
                    }
                }
            }
            '\\' => word.extend(chars.next()),
            c => word.push(c),
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

#[test]
fn the_shell_word_splitter() {
    assert_eq!(
        shell_words(r#"kgraph query path kerry "the Kremlin" --weighted   a comment"#),
        ["kgraph", "query", "path", "kerry", "the Kremlin", "--weighted"]
    );
    assert_eq!(
        shell_words(r#"a 'b  c' "d\"e" f\ g"#),
        ["a", "b  c", "d\"e", "f g"]
    );
}

/// The kgraph commands in one example line: split at `|`, `&&` and `;`, redirections dropped.
fn kgraph_commands(line: &str) -> Vec<Vec<String>> {
    let mut commands = vec![Vec::new()];
    let mut words = shell_words(line).into_iter();
    while let Some(w) = words.next() {
        match w.as_str() {
            "|" | "&&" | "||" | ";" => commands.push(Vec::new()),
            ">" | ">>" | "<" | "2>" => {
                words.next();
            }
            w if w.starts_with('>') || w.starts_with('<') => {}
            _ => commands.last_mut().unwrap().push(w),
        }
    }
    commands
        .into_iter()
        .filter(|c| c.first().is_some_and(|w| w == "kgraph"))
        .map(|c| c[1..].to_vec())
        .collect()
}

/// The example lines of a help text: the lines after `Examples:`, a line ending in `\` joined
/// with the next.
fn examples(help: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut continued = false;
    for l in help.lines().skip_while(|l| *l != "Examples:").skip(1) {
        let l = l.trim();
        if continued {
            let last = out.last_mut().unwrap();
            last.push(' ');
            last.push_str(l);
        } else if !l.is_empty() {
            out.push(l.to_string());
        }
        continued = out.last().is_some_and(|x| x.ends_with('\\'));
        if continued {
            let last = out.last_mut().unwrap();
            last.pop();
            *last = last.trim_end().to_string();
        }
    }
    out
}

#[test]
fn every_subcommand_help_has_examples_that_the_parser_accepts() {
    let mut paths: Vec<Vec<String>> = Vec::new();
    for sub in subcommands(&[]) {
        if sub == "gazetteer" {
            let inner = subcommands(&["gazetteer"]);
            assert_eq!(inner, ["import", "check", "default"]);
            paths.extend(inner.into_iter().map(|i| vec![sub.clone(), i]));
        } else {
            paths.push(vec![sub]);
        }
    }
    assert_eq!(paths.len(), 14);
    let d = tempfile::tempdir().unwrap();
    for path in paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = run(&args).ok("--help").out();
        assert!(
            help.contains("\nExamples:\n"),
            "kgraph {path:?} --help has no Examples:\n{help}"
        );
        let lines = examples(&help);
        let commands: Vec<Vec<String>> = lines.iter().flat_map(|l| kgraph_commands(l)).collect();
        // at least one example runs the subcommand itself
        assert!(
            commands.iter().any(|c| {
                let words: Vec<&String> = c.iter().filter(|w| !w.starts_with('-')).collect();
                words.len() >= path.len() && words[..path.len()] == path.iter().collect::<Vec<_>>()[..]
            }),
            "kgraph {path:?}: no example runs it: {lines:?}"
        );
        for cmd in commands {
            // clap parses every flag and value before it acts on --help: a stale flag, a
            // misspelt value or a missing subcommand fails here
            let mut args: Vec<&str> = cmd.iter().map(String::as_str).collect();
            args.push("--help");
            let r = run_in(d.path(), &args, None);
            assert_eq!(
                r.code,
                0,
                "example `kgraph {}` does not parse: {}",
                cmd.join(" "),
                r.stderr
            );
            let shown = r.out();
            let usage = shown
                .lines()
                .find(|l| l.starts_with("Usage: kgraph"))
                .unwrap_or("");
            assert!(
                !usage.is_empty(),
                "example `kgraph {}`: no help printed",
                cmd.join(" ")
            );
            // and each flag it uses is one that subcommand's help documents
            for w in cmd.iter().filter(|w| w.starts_with('-') && w.len() > 1) {
                let flag = w.split('=').next().unwrap();
                let documented = [" ", ",", "=", "\n"]
                    .iter()
                    .any(|end| shown.contains(&format!("{flag}{end}")));
                assert!(
                    documented,
                    "example `kgraph {}`: {flag} is not in {usage:?}'s help",
                    cmd.join(" ")
                );
            }
        }
    }
}

#[test]
fn examples_are_read_from_the_help_text() {
    let help = "About\n\nExamples:\n  kgraph a --x 1 \\\n      --y 2 > f   comment\n  echo t | kgraph b -\n";
    let lines = examples(help);
    assert_eq!(
        lines,
        ["kgraph a --x 1 --y 2 > f   comment", "echo t | kgraph b -"]
    );
    let cmds: Vec<Vec<String>> = lines.iter().flat_map(|l| kgraph_commands(l)).collect();
    assert_eq!(cmds, [vec!["a", "--x", "1", "--y", "2"], vec!["b", "-"]]);
}

// ---- relation typos ----

/// The query commands that take --relation, as arguments before it.
fn relation_queries() -> [&'static [&'static str]; 4] {
    [
        &["query", "edges"],
        &["query", "neighbors", "kerry"],
        &["query", "evidence", "kerry", "lavrov"],
        &["query", "events", "kerry", "lavrov"],
    ]
}

#[test]
fn a_misspelt_relation_is_an_error_with_a_suggestion() {
    let seeds_graph = graph();
    for g in [seeds_graph.as_str(), small_graph()] {
        for q in relation_queries() {
            let r = run(&[q, &["--relation", "anexed", "--graph", g]].concat());
            assert_ne!(r.code, 0, "{q:?} --relation anexed on {g}");
            assert!(r.stdout.is_empty(), "{q:?}: {}", r.out());
            assert!(
                r.stderr.contains("no relation named \"anexed\"")
                    && r.stderr.contains("did you mean annexed?"),
                "{q:?} on {g}: {}",
                r.stderr
            );
        }
    }
}

#[test]
fn a_builtin_relation_without_edges_gives_an_empty_answer() {
    // the small graph has no sanctioned edge, but sanctioned is a relation kgraph knows
    let g = small_graph();
    let edges = run(&["query", "edges", "--graph", g, "--format", "csv"])
        .ok("edges")
        .out();
    assert!(
        !edges.contains("sanctioned") && edges.contains("kerry,lavrov,met"),
        "{edges}"
    );
    for q in relation_queries() {
        let r = run(&[q, &["--relation", "sanctioned", "--graph", g]].concat()).ok("sanctioned");
        assert!(r.out().contains("(no results)"), "{q:?}: {}", r.out());
        assert_eq!(
            r.out().lines().count(),
            2,
            "{q:?}: a header and (no results): {}",
            r.out()
        );
        let r = run(&[q, &["--relation", "sanctioned", "--graph", g, "--format", "csv"]].concat())
            .ok("sanctioned csv");
        assert_eq!(r.out().lines().count(), 1, "{q:?}: the header alone: {}", r.out());
        // and a relation the graph has still filters
        let r = run(&[q, &["--relation", "met", "--graph", g, "--format", "csv"]].concat()).ok("met csv");
        assert!(r.out().lines().count() >= 2, "{q:?} --relation met: {}", r.out());
    }
}

#[test]
fn a_relation_nobody_knows_is_an_error_listing_the_graphs_relations() {
    let g = small_graph();
    let edges = run(&["query", "edges", "--graph", g, "--format", "csv"])
        .ok("edges")
        .out();
    let mut relations: Vec<&str> = edges
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(2).unwrap())
        .collect();
    relations.sort_unstable();
    relations.dedup();
    for q in relation_queries() {
        let r = run(&[q, &["--relation", "zzqxw", "--graph", g]].concat());
        assert_eq!(r.code, 2, "{q:?}: {}", r.stderr);
        assert!(
            r.stderr.contains(&format!(
                "no relation named \"zzqxw\": the graph's relations are {}",
                relations.join(", ")
            )),
            "{q:?}: {}",
            r.stderr
        );
        assert!(!r.stderr.contains("did you mean"), "{}", r.stderr);
    }
}

// ---- explain ----

#[test]
fn explain_reads_stdin_with_a_dash_or_no_text_and_says_the_same() {
    let d = tempfile::tempdir().unwrap();
    let arg = run_in(d.path(), &["explain", KERRY_LAVROV], None).ok("explain TEXT");
    let text = arg.out();
    assert!(
        text.lines()
            .any(|l| l
                == "  kerry met lavrov (asserted, at geneva; trigger \"met\" in sentence 0, construction active)"),
        "{text}"
    );
    assert!(
        text.contains("\nrelations:\n  kerry met lavrov (asserted"),
        "{text}"
    );
    assert!(
        text.starts_with("sentence 0: John Kerry met Sergei Lavrov in Geneva."),
        "{text}"
    );
    for input in [format!("{KERRY_LAVROV}\n"), KERRY_LAVROV.to_string()] {
        for args in [&["explain", "-"][..], &["explain"][..]] {
            let r = run_in(d.path(), args, Some(input.as_bytes())).ok("explain from stdin");
            assert_eq!(r.out(), text, "{args:?} with {input:?}");
            assert!(r.stderr.is_empty(), "{}", r.stderr);
        }
    }
    let r = run_in(d.path(), &["explain"], Some(b"Nothing happened here.")).ok("no relation");
    assert!(r.out().ends_with("relations: none\n"), "{}", r.out());
}

#[test]
fn explain_names_phrases_constructions_and_rejections_and_speaks_json() {
    let d = tempfile::tempdir().unwrap();
    let text = "Sergei Lavrov was criticized by John Kerry. Talks with Lavrov ended.";
    let r = run_in(d.path(), &["explain", text], None).ok("explain");
    let out = r.out();
    for want in [
        "  phrases:",
        "    verb group  \"was criticized\"",
        "past, passive, asserted",
        "\"criticized\" as a verb, construction passive: 1 relation",
        "\"Talks\" as a noun: rejected: no one acts",
        "kerry criticized lavrov (asserted; trigger \"criticized\" in sentence 0, construction passive)",
    ] {
        assert!(out.contains(want), "no {want:?} in\n{out}");
    }
    let r = run_in(d.path(), &["explain", "--format", "json", text], None).ok("explain json");
    let v: serde_json::Value = serde_json::from_str(&r.out()).unwrap();
    assert_eq!(v["relations"][0]["construction"], "passive", "{v}");
    assert_eq!(v["relations"][0]["source"], "kerry", "{v}");
    assert_eq!(v["sentences"][0]["verb_groups"][0]["voice"], "passive", "{v}");
    assert_eq!(v["sentences"][1]["triggers"][0]["reading"], "noun", "{v}");
    assert!(
        v["sentences"][1]["triggers"][0]["outcome"]
            .as_str()
            .unwrap()
            .starts_with("rejected"),
        "{v}"
    );
}

#[test]
fn explain_warns_about_stdin_that_is_not_utf8_except_under_quiet() {
    let latin1 = b"John Kerry met Sergei Lavrov in Gen\xe8ve.";
    let loud = run_in(&root(), &["explain"], Some(latin1)).ok("explain");
    assert!(
        loud.stderr.contains("warning: -: not UTF-8 from byte 35") && loud.out().contains("Genève"),
        "{loud:?}"
    );
    let quiet = run_in(&root(), &["-q", "explain"], Some(latin1)).ok("explain -q");
    assert!(quiet.stderr.is_empty(), "-q: {}", quiet.stderr);
    assert_eq!(quiet.stdout, loud.stdout);
}

// ---- --out - ----

#[test]
fn out_dash_is_refused_where_a_folder_is_written() {
    let d = tempfile::tempdir().unwrap();
    let (g, shard) = (graph(), shard());
    let seeds_in = s(&root().join("seeds"));
    let cases: [&[&str]; 5] = [
        &["build", "--input", &seeds_in, "--out", "-"],
        &["export", "--graph", &g, "--format", "csv", "--out", "-"],
        &["merge", shard, "--out", "-"],
        &["query", "ego", "putin", "--graph", &g, "--out", "-"],
        &["gazetteer", "default", "--out", "-"],
    ];
    for args in cases {
        let r = run_in(d.path(), args, None);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains("standard output takes one file"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(r.stdout.is_empty(), "{args:?} printed {}", r.out());
        assert!(!d.path().join("-").exists(), "{args:?} made a folder named -");
        assert_eq!(fs::read_dir(d.path()).unwrap().count(), 0, "{args:?} left files");
    }
}

#[test]
fn report_out_dash_prints_the_page_a_file_would_hold() {
    let d = tempfile::tempdir().unwrap();
    let g = graph();
    let r = run_in(d.path(), &["report", "--graph", &g, "--out", "-"], None).ok("report --out -");
    assert!(r.stdout.starts_with(b"<!DOCTYPE html>"), "{}", &r.out()[..80]);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    assert!(!d.path().join("-").exists());
    run_in(d.path(), &["report", "--graph", &g, "--out", "page.html"], None).ok("report --out file");
    assert!(
        r.stdout == fs::read(d.path().join("page.html")).unwrap(),
        "stdout and file differ"
    );
}

// ---- --where ----

const NEWS: &str = "id,category,lang,text
a1,politics,en,John Kerry met Sergei Lavrov in Geneva.
a2,business,en,Vladimir Putin met Sergei Lavrov in Moscow.
a3,sport,en,John Kerry met Vladimir Putin in Paris.
a4,politics,fr,Vladimir Putin criticized John Kerry.
";

/// Builds news.csv (and other.txt, read unfiltered) with `where_`; the documents of
/// relations.csv and the stderr.
fn build_where(where_: &[&str], with_text: bool) -> (BTreeSet<String>, String) {
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join("news.csv"), NEWS).unwrap();
    fs::write(
        d.path().join("other.txt"),
        "Donald Trump met Emmanuel Macron in Paris.\n",
    )
    .unwrap();
    let mut args = vec!["build", "--input", "news.csv"];
    if with_text {
        args.push("other.txt");
    }
    for w in where_ {
        args.extend(["--where", w]);
    }
    args.extend(["--out", "out"]);
    let r = run_in(d.path(), &args, None).ok(&format!("{args:?}"));
    let (_, rows) = read_csv(&d.path().join("out/relations.csv"));
    (rows.into_iter().map(|r| r[0].clone()).collect(), r.stderr)
}

fn docs(ds: &[&str]) -> BTreeSet<String> {
    ds.iter().map(|d| d.to_string()).collect()
}

#[test]
fn where_reads_only_the_matching_rows() {
    assert_eq!(build_where(&[], false).0, docs(&["a1", "a2", "a3", "a4"]));
    assert_eq!(build_where(&["category=politics"], false).0, docs(&["a1", "a4"]));
    // spaces around the value are trimmed, as the help says
    assert_eq!(build_where(&["category= sport "], false).0, docs(&["a3"]));
    // values of one column are alternatives
    assert_eq!(
        build_where(&["category=politics", "category=business"], false).0,
        docs(&["a1", "a2", "a4"])
    );
    // different columns must all match
    assert_eq!(
        build_where(&["category=politics", "lang=en"], false).0,
        docs(&["a1"])
    );
    assert_eq!(
        build_where(&["lang=en", "category=politics", "category=sport"], false).0,
        docs(&["a1", "a3"])
    );
    // other inputs than CSV are not filtered
    assert_eq!(
        build_where(&["category=business"], true).0,
        docs(&["a2", "other.txt"])
    );
}

#[test]
fn where_on_a_missing_column_skips_the_file_with_a_warning() {
    let (read, err) = build_where(&["region=europe"], true);
    assert_eq!(read, docs(&["other.txt"]));
    assert!(
        err.contains(
            "warning: news.csv: no column \"region\" for --where region=europe \
             (columns: id, category, lang, text), skipped"
        ),
        "{err}"
    );
}

#[test]
fn where_matching_no_row_warns_with_the_values_seen() {
    let (read, err) = build_where(&["category=weather"], true);
    assert_eq!(read, docs(&["other.txt"]));
    assert!(
        err.contains(
            "warning: news.csv: --where category=weather: none of its 4 rows matched \
             (the first values of \"category\": politics, business, sport)"
        ),
        "{err}"
    );
    // a filter that matches does not warn
    let (_, err) = build_where(&["category=sport"], true);
    assert!(!err.contains("warning"), "{err}");
}

#[test]
fn where_without_column_and_value_is_a_usage_error() {
    for bad in ["nocolon", "=politics"] {
        let r = run(&[
            "build",
            "--input",
            "seeds",
            "--where",
            bad,
            "--out",
            "/nonexistent/x",
        ]);
        assert_eq!(r.code, 2, "--where {bad}: {}", r.stderr);
        assert!(r.stderr.contains("is not COLUMN=VALUE"), "{}", r.stderr);
    }
}

// ---- --excel ----

const BOM: &[u8] = b"\xef\xbb\xbf";
const CSV_FILES: [&str; 4] = ["nodes.csv", "edges.csv", "relations.csv", "events.csv"];

fn excel_build() -> &'static Path {
    static E: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &E.get_or_init(|| {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("out");
        let mut args = vec!["--excel", "-q", "build"];
        args.extend(SEEDS);
        args.extend(["--out", out.to_str().unwrap()]);
        kgraph_ok(&args);
        (d, out)
    })
    .1
}

/// A CSV file's rows (header first), the byte-order mark taken off if `bom`.
fn rows_of(path: &Path, bom: bool) -> Vec<Vec<String>> {
    let bytes = fs::read(path).unwrap();
    let bytes = if bom {
        bytes.strip_prefix(BOM).unwrap()
    } else {
        &bytes[..]
    };
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

#[test]
fn excel_csvs_start_with_a_bom_and_wrap_codes_with_leading_zeros() {
    let (plain, excel) = (&seeds().out, excel_build());
    for f in CSV_FILES {
        let p = fs::read(plain.join(f)).unwrap();
        let x = fs::read(excel.join(f)).unwrap();
        assert!(x.starts_with(BOM), "--excel {f} has no BOM");
        assert!(!p.starts_with(BOM), "{f} without --excel has a BOM");
        assert!(!x[3..].starts_with(BOM), "--excel {f}: two BOMs");
        let (p, x) = (rows_of(&plain.join(f), false), rows_of(&excel.join(f), true));
        assert_eq!(p.len(), x.len(), "{f}: rows");
        let cameo = p[0].iter().position(|h| h == "cameo");
        let mut wrapped = 0;
        for (pr, xr) in p.iter().zip(&x) {
            for (k, (pc, xc)) in pr.iter().zip(xr).enumerate() {
                if Some(k) == cameo && pc.starts_with('0') {
                    assert_eq!(*xc, format!("=\"{pc}\""), "{f}: cameo {pc}");
                    wrapped += 1;
                } else {
                    assert_eq!(pc, xc, "{f}: only cameo codes with a leading zero change");
                }
            }
        }
        if matches!(f, "edges.csv" | "relations.csv") {
            assert!(wrapped > 0, "{f}: no cameo code with a leading zero to check");
        }
        assert!(
            !String::from_utf8_lossy(&fs::read(plain.join(f)).unwrap()).contains("=\""),
            "{f} without --excel has =\"...\" cells"
        );
    }
    // the edges' cameo column holds 040 (met), kept as text
    let (h, rows) = read_csv(&plain.join("edges.csv"));
    let cameo = h.iter().position(|c| c == "cameo").unwrap();
    assert!(rows.iter().any(|r| r[cameo] == "040"), "no 040 in edges.csv");
}

#[test]
fn excel_export_csv_has_the_bom_too() {
    let d = tempfile::tempdir().unwrap();
    let o = s(&d.path().join("x"));
    kgraph_ok(&[
        "--excel",
        "-q",
        "export",
        "--graph",
        &graph(),
        "--format",
        "csv",
        "--out",
        &o,
    ]);
    for f in CSV_FILES {
        let bytes = fs::read(Path::new(&o).join(f)).unwrap();
        assert!(bytes.starts_with(BOM), "export --excel {f}");
        assert_eq!(
            bytes,
            fs::read(excel_build().join(f)).unwrap(),
            "{f}: export and build differ"
        );
    }
}

#[test]
fn eval_reads_an_excel_relations_csv_as_a_plain_one() {
    let eval = |rel: &Path| {
        run(&["eval", "--gold", "tests/gold/seeds.csv", "--relations", &s(rel)])
            .ok("eval")
            .out()
    };
    let plain = eval(&seeds().out.join("relations.csv"));
    assert!(plain.contains("\nALL "), "{plain}");
    assert_eq!(eval(&excel_build().join("relations.csv")), plain);
}

// ---- --no-gazetteer-edges, origin, weight ----

/// edges.csv as maps from column to cell.
fn edge_rows(dir: &Path) -> Vec<BTreeMap<String, String>> {
    let (h, rows) = read_csv(&dir.join("edges.csv"));
    rows.into_iter()
        .map(|r| h.iter().cloned().zip(r).collect())
        .collect()
}

fn text_rows(dir: &Path) -> Vec<BTreeMap<String, String>> {
    edge_rows(dir)
        .into_iter()
        .filter(|r| r["origin"] == "text")
        .collect()
}

#[test]
fn no_gazetteer_edges_keeps_the_text_edges_on_build_export_and_merge() {
    let full = &seeds().out;
    assert!(
        edge_rows(full).iter().any(|r| r["origin"] == "gazetteer"),
        "the default build has gazetteer edges"
    );
    let d = tempfile::tempdir().unwrap();
    let exported = d.path().join("exported");
    let merged = d.path().join("merged");
    let merged_full = d.path().join("merged-full");
    kgraph_ok(&[
        "-q",
        "export",
        "--graph",
        &graph(),
        "--format",
        "csv",
        "--no-gazetteer-edges",
        "--out",
        &s(&exported),
    ]);
    kgraph_ok(&[
        "-q",
        "merge",
        shard(),
        "--gazetteer",
        "gazetteer",
        "--no-gazetteer-edges",
        "--out",
        &s(&merged),
    ]);
    kgraph_ok(&[
        "-q",
        "merge",
        shard(),
        "--gazetteer",
        "gazetteer",
        "--out",
        &s(&merged_full),
    ]);
    assert_eq!(edge_rows(&merged_full), edge_rows(full), "merge and build agree");
    for (how, dir) in [
        ("build", &seeds().text),
        ("export", &exported),
        ("merge", &merged),
    ] {
        let rows = edge_rows(dir);
        assert!(
            rows.iter().all(|r| r["origin"] != "gazetteer"),
            "{how}: a gazetteer edge"
        );
        assert!(!rows.is_empty(), "{how}: no edges");
        assert_eq!(rows, text_rows(full), "{how}: the text edges changed");
        // the nodes, relation instances and events are as they were
        for f in ["nodes.csv", "relations.csv", "events.csv"] {
            assert_eq!(read_csv(&dir.join(f)), read_csv(&full.join(f)), "{how}: {f}");
        }
    }
}

#[test]
fn the_origin_column_marks_exactly_the_gazetteers_affiliations() {
    let rows = edge_rows(&seeds().out);
    let (h, _) = read_csv(&seeds().out.join("edges.csv"));
    assert!(h.contains(&"origin".to_string()), "{h:?}");
    let origins: BTreeSet<&str> = rows.iter().map(|r| r["origin"].as_str()).collect();
    assert_eq!(origins, BTreeSet::from(["gazetteer", "text"]));
    for r in &rows {
        let stated = r["relation"] == "affiliated_with" && r["instances"] == "0";
        assert_eq!(r["origin"] == "gazetteer", stated, "{r:?}");
        if r["origin"] == "text" {
            assert_ne!(r["instances"], "0", "a text edge without instances: {r:?}");
        }
    }
}

#[test]
fn every_edge_weighs_its_instances_and_none_weighs_nothing() {
    for dir in [&seeds().out, &seeds().text] {
        for r in edge_rows(dir) {
            let n = |c: &str| -> u64 { r[c].parse().unwrap() };
            assert_eq!(n("weight"), n("asserted") + n("negated") + n("hedged"), "{r:?}");
            assert!(n("weight") > 0, "a weight of 0: {r:?}");
        }
    }
    // a denial alone still weighs 1: it is a reported tie
    let (h, rows) = read_csv(&seeds().out.join("edges.csv"));
    let col = |c: &str| h.iter().position(|x| x == c).unwrap();
    assert!(
        rows.iter().any(|r| r[col("negated")] != "0"),
        "the seeds have a denied edge to check"
    );
}

#[test]
fn rankings_do_not_count_the_gazetteers_edges() {
    let (full, text) = (graph(), s(&seeds().text.join("graph.json")));
    assert!(edge_rows(&seeds().out).len() > edge_rows(&seeds().text).len());
    for by in ["degree", "weighted-degree", "pagerank", "betweenness"] {
        let top = |g: &str| {
            run(&[
                "query", "top", "--by", by, "-n", "1000", "--format", "csv", "--graph", g,
            ])
            .ok(by)
            .out()
        };
        let (a, b) = (top(&full), top(&text));
        assert!(a.lines().count() > 50, "--by {by}: {a}");
        assert_eq!(a, b, "--by {by}: the gazetteer's edges change the ranking");
    }
}
