//! Times the report on a generated graph: `cargo run --release --example report_bench -- [NODES] [OUT]`
//! (default 5,000 nodes, `target/report-bench.html`). The graph has communities, hubs, about two
//! edges per node with an evidence sentence each, dates over a year, and some negated edges, so
//! the picture has structure to find; the same arguments always give the same file.

#[path = "../tests/common/graph.rs"]
mod graph;
#[path = "../tests/common/xorshift.rs"]
mod xorshift;

use graph::Tie;
use kgraph::graph::{DocumentInfo, KnowledgeGraph, Node};
use kgraph::model::Date;
use std::collections::BTreeSet;
use std::time::Instant;
use xorshift::Rng;

fn generate(n: usize) -> KnowledgeGraph {
    let communities = (n / 250).max(1);
    let nodes: Vec<Node> = (0..n)
        .map(|i| Node {
            mentions: 1 + (n / (i + 1)).min(500) as u64,
            ..graph::node(i, 6)
        })
        .collect();
    let rels = ["accused", "met", "proposed", "rejected", "urged", "visited"];
    let mut rng = Rng(0x5EED_6A7A);
    let mut triples = BTreeSet::new();
    while triples.len() < 2 * n {
        let u = rng.below(n);
        // most ties stay inside the community (nodes ≡ mod communities), a few are hubs
        let v = match rng.below(10) {
            0 => rng.below(n.min(50)),
            1 => rng.below(n),
            _ => (rng.below(n / communities) * communities + u % communities).min(n - 1),
        };
        if u != v {
            triples.insert((u.min(v), rels[rng.below(rels.len())], u.max(v)));
        }
    }
    let ties: Vec<Tie> = triples
        .into_iter()
        .enumerate()
        .map(|(k, (source, relation, target))| Tie {
            source,
            relation,
            target,
            negated: k % 17 == 0,
            date: Date::parse_iso(&format!("2024-{:02}-{:02}", 1 + k % 12, 1 + k % 28)),
        })
        .collect();
    let documents = (0..ties.len().div_ceil(20))
        .map(|d| DocumentInfo {
            doc: format!("doc{d:05}.txt"),
            date: None,
            sentences: 20,
            relations: 20,
        })
        .collect();
    graph::graph(nodes, &ties, |k, tie| graph::sentence(k, tie, 5, 0), documents)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().map_or(Ok(5000), |a| a.parse())?;
    let out = args
        .next()
        .unwrap_or_else(|| "target/report-bench.html".to_string());
    let kg = generate(n);
    let t = Instant::now();
    let drawing = kgraph::report::draw(&kg, &kgraph::report::Options::default());
    let layout = t.elapsed().as_secs_f64();
    let t = Instant::now();
    kgraph::output::write_atomic(std::path::Path::new(&out), |w| {
        kgraph::report::html::write(&kg, &drawing, w)
    })?;
    println!(
        "{} nodes, {} edges: layout and labels {layout:.2} s, HTML {:.2} s, {:.1} MB -> {out}",
        kg.graph().node_count(),
        kg.graph().edge_count(),
        t.elapsed().as_secs_f64(),
        std::fs::metadata(&out)?.len() as f64 / 1e6
    );
    Ok(())
}
