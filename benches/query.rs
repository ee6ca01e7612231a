//! Query benchmark on a generated graph of 100,000 nodes and 1,000,000 edges (one evidence
//! instance each): writes `graph.json`, then times loading it and answering each query.
//! Run with `cargo bench --bench query` (set KGRAPH_BENCH_NODES / _EDGES to change the size).

use kgraph::graph::{Edge, EdgeIndex, Instance, KnowledgeGraph, Node, NodeIndex};
use kgraph::model::{EntityId, EntityKind, Evidence, Polarity, Span};
use std::time::Instant;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A deterministic xorshift generator: the same graph on every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// Skewed towards low numbers, so some nodes are hubs as in news graphs.
    fn skewed(&mut self, n: usize) -> usize {
        let a = self.next() as usize % n;
        let b = self.next() as usize % n;
        a.min(b)
    }
}

fn generate(n: usize, m: usize) -> KnowledgeGraph {
    let kinds = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Country,
        EntityKind::Place,
    ];
    let nodes: Vec<Node> = (0..n)
        .map(|i| Node {
            id: EntityId(format!("n{i:07}")),
            label: format!("Entity {i}"),
            kind: kinds[i % 4],
            mentions: 1,
            documents: 1,
            affiliation: String::new(),
            role: String::new(),
            code: String::new(),
            aliases: vec![format!("Entity {i}")],
        })
        .collect();
    let rels = ["met", "proposed", "rejected", "urged", "criticized"];
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let mut triples = std::collections::BTreeSet::new();
    while triples.len() < m {
        let (u, v) = (rng.skewed(n), rng.next() as usize % n);
        if u != v {
            triples.insert((u, rels[rng.next() as usize % rels.len()], v));
        }
    }
    let mut edges = Vec::with_capacity(m);
    let mut relations = Vec::with_capacity(m);
    for (i, (u, r, v)) in triples.into_iter().enumerate() {
        let (s, t) = (NodeIndex::new(u), NodeIndex::new(v));
        relations.push(Instance {
            edge: EdgeIndex::new(i),
            polarity: Polarity::Asserted,
            date: None,
            place: None,
            roles: Default::default(),
            evidence: Evidence {
                doc: format!("doc{}.txt", i / 20),
                sentence: i % 20,
                span: Span { start: 10, end: 16 },
                trigger: r.to_string(),
                text: format!(
                    "Entity {u} {r} Entity {v} in a sentence of ordinary length for a news article."
                ),
            },
        });
        edges.push(Edge {
            source: s,
            target: t,
            relation: r.to_string(),
            symmetric: r == "met",
            cameo: String::new(),
            weight: 1,
            negated: 0,
            hedged: 0,
            documents: 1,
            first_date: None,
            last_date: None,
            instances: vec![i],
        });
    }
    KnowledgeGraph::from_parts(nodes, edges, relations, Vec::new()).expect("valid generated graph")
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
