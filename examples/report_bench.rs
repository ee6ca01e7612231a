//! Times the report on a generated graph: `cargo run --release --example report_bench -- [NODES] [OUT]`
//! (default 5,000 nodes, `target/report-bench.html`). The graph has communities, hubs, about two
//! edges per node with an evidence sentence each, dates over a year, and some negated edges, so
//! the picture has structure to find; the same arguments always give the same file.

use kgraph::graph::{DocumentInfo, Edge, EdgeIndex, Instance, KnowledgeGraph, Node, NodeIndex};
use kgraph::model::{Date, EntityId, EntityKind, Evidence, Polarity, Span};
use std::collections::BTreeSet;
use std::time::Instant;

/// A deterministic xorshift generator.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn generate(n: usize) -> KnowledgeGraph {
    let kinds = EntityKind::ALL;
    let communities = (n / 250).max(1);
    let nodes: Vec<Node> = (0..n)
        .map(|i| Node {
            id: EntityId(format!("n{i:06}")),
            label: format!("Entity {i}"),
            kind: kinds[i % 4],
            mentions: 1 + (n / (i + 1)).min(500) as u64,
            documents: 1,
            affiliation: String::new(),
            role: String::new(),
            code: String::new(),
            aliases: vec![],
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
    let (mut edges, mut relations) = (Vec::new(), Vec::new());
    for (k, (u, r, v)) in triples.into_iter().enumerate() {
        let negated = k % 17 == 0;
        let date = Date::parse_iso(&format!("2024-{:02}-{:02}", 1 + k % 12, 1 + k % 28));
        relations.push(Instance {
            edge: EdgeIndex::new(k),
            polarity: Polarity::from_flags(negated, false),
            date,
            place: None,
            roles: Default::default(),
            evidence: Evidence {
                doc: format!("doc{:05}.txt", k / 20),
                sentence: k % 20,
                span: Span { start: 0, end: 6 },
                trigger: r.to_string(),
                text: format!(
                    "Entity {u} {r} Entity {v} in a sentence of ordinary length for a news article."
                ),
            },
        });
        edges.push(Edge {
            source: NodeIndex::new(u),
            target: NodeIndex::new(v),
            relation: r.to_string(),
            symmetric: r == "met",
            cameo: String::new(),
            weight: u64::from(!negated),
            negated: u64::from(negated),
            hedged: 0,
            documents: 1,
            first_date: date,
            last_date: date,
            instances: vec![k],
        });
    }
    let documents = (0..relations.len().div_ceil(20))
        .map(|d| DocumentInfo {
            doc: format!("doc{d:05}.txt"),
            date: None,
            sentences: 20,
            relations: 20,
        })
        .collect();
    KnowledgeGraph::from_parts(nodes, edges, relations, documents).expect("a valid generated graph")
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
