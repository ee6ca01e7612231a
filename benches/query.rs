//! Query benchmark on a generated graph of 100,000 nodes and 1,000,000 edges (one evidence
//! instance each): writes `graph.json`, then times loading it and answering each query.
//! Run with `cargo bench --bench query` (set KGRAPH_BENCH_NODES / _EDGES to change the size).

#[path = "../tests/common/graph.rs"]
mod graph;
#[path = "../tests/common/xorshift.rs"]
mod xorshift;

use graph::Tie;
use kgraph::graph::{KnowledgeGraph, Node};
use std::time::Instant;
use xorshift::Rng;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// `n` nodes (each with its label as alias) and `m` distinct ties, skewed so that some nodes are
/// hubs; the same graph on every run.
fn generate(n: usize, m: usize) -> KnowledgeGraph {
    let nodes: Vec<Node> = (0..n)
        .map(|i| Node {
            aliases: vec![format!("Entity {i}")],
            ..graph::node(i, 7)
        })
        .collect();
    let rels = ["met", "proposed", "rejected", "urged", "criticized"];
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let mut triples = std::collections::BTreeSet::new();
    while triples.len() < m {
        let (u, v) = (rng.skewed(n), rng.below(n));
        if u != v {
            triples.insert((u, rels[rng.below(rels.len())], v));
        }
    }
    let ties: Vec<Tie> = triples
        .into_iter()
        .map(|(source, relation, target)| Tie {
            source,
            relation,
            target,
            negated: false,
            date: None,
        })
        .collect();
    graph::graph(nodes, &ties, |k, tie| graph::sentence(k, tie, 0, 10), Vec::new())
}

fn time<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let x = f();
    println!("{what:<40} {:>9.3} s", t.elapsed().as_secs_f64());
    x
}

fn main() {
    let (n, m) = (
        env("KGRAPH_BENCH_NODES", 100_000),
        env("KGRAPH_BENCH_EDGES", 1_000_000),
    );
    println!("query benchmark: {n} nodes, {m} edges");
    let kg = time("generate", || generate(n, m));
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("graph.json");
    time("write graph.json", || {
        kgraph::output::write_atomic(&path, |w| kgraph::export::json::write(&kg, w)).expect("write")
    });
    println!(
        "{:<40} {:>9.1} MB",
        "graph.json size",
        std::fs::metadata(&path).map_or(0, |m| m.len()) as f64 / 1e6
    );
    drop(kg);
    let kg = time("load graph.json", || {
        kgraph::export::json::read(&path).expect("load")
    });
    let names = time("build name index", || kgraph::query::Resolver::new(&kg));
    let hub = names.resolve("Entity 0").expect("hub");
    let far = names.resolve(&format!("Entity {}", n - 1)).expect("far node");
    let t = time("neighbors of the biggest hub", || {
        kgraph::query::neighbors::neighbors(&kg, hub, None, kgraph::query::neighbors::Direction::Both)
    });
    println!("{:<40} {:>9}", "  rows", t.len());
    time("edges --from hub --relation met", || {
        let f = kgraph::query::edges::Filter {
            from: Some(hub),
            relation: Some("met".into()),
            ..Default::default()
        };
        kgraph::query::edges::edges(&kg, &f)
    });
    let p = time("path (unweighted)", || {
        kgraph::query::path::path(&kg, far, hub, false)
    });
    println!("{:<40} {:>9}", "  hops", p.len());
    time("path --weighted", || {
        kgraph::query::path::path(&kg, far, hub, true)
    });
    time("evidence hub far", || {
        kgraph::query::evidence::evidence(&kg, hub, far, None)
    });
    time("top --by degree", || {
        kgraph::query::top::top(&kg, kgraph::query::top::Measure::Degree, None, 10)
    });
    time("top --by pagerank", || {
        kgraph::query::top::top(&kg, kgraph::query::top::Measure::Pagerank, None, 10)
    });
    time("top --by betweenness (64 sources)", || {
        kgraph::query::top::top(&kg, kgraph::query::top::Measure::Betweenness, None, 10)
    });
    time("ego --depth 1 of a small node", || {
        kgraph::query::ego::ego(&kg, far, 1)
    });
    time("stats", || kgraph::query::stats::stats(&kg));
}
