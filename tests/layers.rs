//! The architecture, checked: every `crate::…` and `super::…` path in `src/` is resolved to the
//! file it names, and the test fails on an arrow from a lower layer to a higher one, on two
//! modules of one layer that use each other, and on any cycle of files that import each other.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first: a module may use modules of lower layers only (and itself).
const LAYERS: &[&[&str]] = &[
    &["error", "model"],
    &["lang"],
    &["output", "text"],
    &["dict", "input"],
    &["tag"],
    &["names"],
    &["extract"],
    &["graph"],
    &["pipeline", "eval", "suggest"],
    &["export", "query"],
    &["report", "import"],
    &["cli", "cmd"],
    &["main", "lib"],
];

/// Top modules of one layer that may use each other: the commands and their clap definitions.
const SAME_LAYER_ALLOWED: &[(&str, &str)] = &[("cmd", "cli")];

fn layer_of(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|l| l.contains(&module))
        .unwrap_or_else(|| panic!("module `{module}` is in no layer: add it to LAYERS in tests/layers.rs"))
}

/// A source file as a module path: `src/extract/rules.rs` → ["extract", "rules"].
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The code of a file without comments, string literals and `#[cfg(test)]` modules.
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    let mut out = String::with_capacity(text.len());
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else {
            out.push(b[i] as char);
            i += 1;
        }
    }
    out
}

/// Every path that starts with `crate` or `super` in `code`, braces of `use` groups expanded.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let boundary =
            i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_' || chars[i - 1] == ':');
        if boundary && starts_path(&chars[i..]) {
            let (ps, next) = parse_tree(&chars, i);
            found.extend(ps);
            i = next;
        } else {
            i += 1;
        }
    }
    found
}

/// Whether an identifier followed by `::` starts here (`crate::`, `super::`, `rules::`).
fn starts_path(chars: &[char]) -> bool {
    let n = chars
        .iter()
        .take_while(|c| c.is_alphanumeric() || **c == '_')
        .count();
    n > 0 && chars.get(n) == Some(&':') && chars.get(n + 1) == Some(&':')
}

/// Parses `a::b::{c, d::e}` from `i`; returns the expanded paths and where it ended.
fn parse_tree(chars: &[char], mut i: usize) -> (Vec<Vec<String>>, usize) {
    let mut prefix = Vec::new();
    loop {
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        if chars.get(i) == Some(&'{') {
            let mut all = Vec::new();
            i += 1;
            loop {
                while i < chars.len() && (chars[i].is_whitespace() || chars[i] == ',') {
                    i += 1;
                }
                if i >= chars.len() || chars[i] == '}' {
                    return (all, i + 1);
                }
                let (subs, next) = parse_tree(chars, i);
                all.extend(subs.into_iter().map(|s| [prefix.clone(), s].concat()));
                i = next.max(i + 1);
            }
        }
        let start = i;
        while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
            i += 1;
        }
        if start == i {
            return (vec![prefix], i);
        }
        prefix.push(chars[start..i].iter().collect());
        if chars.get(i) == Some(&':') && chars.get(i + 1) == Some(&':') {
            i += 2;
        } else {
            return (vec![prefix], i);
        }
    }
}

/// The file a path names: the longest prefix of it that is a module file.
fn resolve(files: &BTreeMap<Vec<String>, PathBuf>, from: &[String], path: &[String]) -> Option<Vec<String>> {
    let mut abs: Vec<String> = from.to_vec();
    let mut rest = path;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            abs.clear();
            rest = &rest[1..];
        }
        Some("self") => rest = &rest[1..],
        Some("super") => {
            while rest.first().is_some_and(|p| p == "super") {
                abs.pop();
                rest = &rest[1..];
            }
        }
        Some(child) => {
            // a child module named without `self::` (else an outside crate or a type)
            let mut c = from.to_vec();
            c.push(child.to_string());
            if !files.contains_key(&c) {
                return None;
            }
        }
        None => return None,
    }
    abs.extend(rest.iter().cloned());
    (0..=abs.len())
        .rev()
        .map(|n| abs[..n].to_vec())
        .find(|m| files.contains_key(m))
}

fn top(m: &[String]) -> String {
    m.first().cloned().unwrap_or_else(|| "lib".into())
}

fn imports() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut list = Vec::new();
    rust_files(&src, &mut list);
    let files: BTreeMap<Vec<String>, PathBuf> = list
        .iter()
        .map(|f| {
            let m = module_path(&src, f);
            let m = if m == ["main"] || m == ["lib"] {
                Vec::new()
            } else {
                m
            };
            (m, f.clone())
        })
        .filter(|(m, f)| !(m.is_empty() && f.ends_with("main.rs")))
        .collect();
    let mut graph = BTreeMap::new();
    for (m, f) in &files {
        let code = code_of(&std::fs::read_to_string(f).unwrap());
        let used: BTreeSet<Vec<String>> = paths(&code)
            .iter()
            .filter_map(|p| resolve(&files, m, p))
            .filter(|t| t != m && !t.is_empty())
            .collect();
        graph.insert(m.clone(), used);
    }
    graph
}

#[test]
fn no_arrow_goes_up_or_sideways() {
    let mut bad = Vec::new();
    for (from, tos) in imports() {
        let f = top(&from);
        for to in tos {
            let t = top(&to);
            if f == t || SAME_LAYER_ALLOWED.contains(&(f.as_str(), t.as_str())) {
                continue;
            }
            let (lf, lt) = (layer_of(&f), layer_of(&t));
            if lt >= lf {
                bad.push(format!(
                    "{} uses {} ({f} is layer {lf}, {t} layer {lt})",
                    from.join("::"),
                    to.join("::")
                ));
            }
        }
    }
    assert!(bad.is_empty(), "arrows against the layers:\n{}", bad.join("\n"));
}

/// Tarjan's strongly connected components of a graph given as adjacency lists: the groups of
/// two or more nodes that reach each other.
struct Tarjan<'a> {
    adj: &'a [Vec<usize>],
    index: Vec<usize>,
    low: Vec<usize>,
    on_stack: Vec<bool>,
    stack: Vec<usize>,
    next: usize,
    cycles: Vec<Vec<usize>>,
}

impl Tarjan<'_> {
    fn cycles(adj: &[Vec<usize>]) -> Vec<Vec<usize>> {
        let n = adj.len();
        let mut t = Tarjan {
            adj,
            index: vec![usize::MAX; n],
            low: vec![0; n],
            on_stack: vec![false; n],
            stack: Vec::new(),
            next: 0,
            cycles: Vec::new(),
        };
        for v in 0..n {
            if t.index[v] == usize::MAX {
                t.visit(v);
            }
        }
        t.cycles
    }

    fn visit(&mut self, v: usize) {
        (self.index[v], self.low[v]) = (self.next, self.next);
        self.next += 1;
        self.stack.push(v);
        self.on_stack[v] = true;
        for &w in &self.adj[v] {
            if self.index[w] == usize::MAX {
                self.visit(w);
                self.low[v] = self.low[v].min(self.low[w]);
            } else if self.on_stack[w] {
                self.low[v] = self.low[v].min(self.index[w]);
            }
        }
        if self.low[v] == self.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = self.stack.pop() {
                self.on_stack[w] = false;
                comp.push(w);
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                self.cycles.push(comp);
            }
        }
    }
}

#[test]
fn no_file_imports_one_that_imports_it_back() {
    let g = imports();
    let nodes: Vec<&Vec<String>> = g.keys().collect();
    let ix: BTreeMap<&Vec<String>, usize> = nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let adj: Vec<Vec<usize>> = nodes
        .iter()
        .map(|n| g[*n].iter().filter_map(|t| ix.get(t).copied()).collect())
        .collect();
    let shown: Vec<String> = Tarjan::cycles(&adj)
        .iter()
        .map(|c| {
            c.iter()
                .map(|&i| nodes[i].join("::"))
                .collect::<Vec<_>>()
                .join(" <-> ")
        })
        .collect();
    assert!(
        shown.is_empty(),
        "files that import each other:\n{}",
        shown.join("\n")
    );
}

#[test]
fn a_cycle_is_found() {
    let adj = vec![vec![1], vec![2], vec![0], vec![]];
    assert_eq!(Tarjan::cycles(&adj).len(), 1);
    assert!(Tarjan::cycles(&[vec![1], vec![]]).is_empty());
}

#[test]
fn the_parser_reads_use_groups_and_super() {
    let p =
        paths("use crate::{dict::gazetteer::Gazetteer, model::{Span, Date}};\nlet x = super::items::f();");
    let want: Vec<Vec<String>> = [
        vec!["crate", "dict", "gazetteer", "Gazetteer"],
        vec!["crate", "model", "Span"],
        vec!["crate", "model", "Date"],
        vec!["super", "items", "f"],
    ]
    .iter()
    .map(|v| v.iter().map(|s| s.to_string()).collect())
    .collect();
    assert_eq!(p, want);
}

/// Not a check: prints every file's imports, to see why a check above fails
/// (`cargo test --test layers print_imports -- --ignored --nocapture`).
#[test]
#[ignore]
fn print_imports() {
    for (f, ts) in imports() {
        let ts: Vec<String> = ts.iter().map(|t| t.join("::")).collect();
        println!("{} -> {}", f.join("::"), ts.join(", "));
    }
}
