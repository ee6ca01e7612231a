//! The HTML report: one self-contained page (no network) with the graph drawn as SVG from a
//! force-directed layout computed here, the top actors, relations by type, a timeline and the
//! documents, and a small script to highlight a node's neighbours, read its evidence and filter
//! by relation and date. The same graph always gives the same bytes.
//!
//! ```
//! let kg = kgraph::graph::KnowledgeGraph::default();
//! let mut page = Vec::new();
//! kgraph::report::write(&kg, &mut page)?;
//! assert!(String::from_utf8(page).unwrap().contains("<svg"));
//! # Ok::<(), std::io::Error>(())
//! ```

mod data;
mod drawing;
pub mod html;
pub mod labels;
pub mod layout;
mod svg;
mod tables;

pub use drawing::{Drawing, FONT, HEIGHT, WIDTH};

use crate::graph::KnowledgeGraph;
use crate::query::top::{Measure, scores};
use petgraph::graph::{EdgeIndex, NodeIndex};
use std::collections::HashMap;
use std::io::{self, Write};

/// What to draw and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// Above this many entities only the most connected are drawn (the tables list all).
    pub max_nodes: usize,
    /// Labels shown without hovering, at most.
    pub max_labels: usize,
    pub layout: layout::Options,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_nodes: 1000,
            max_labels: 80,
            layout: layout::Options::default(),
        }
    }
}

/// Lays the graph out and places its labels.
pub fn draw(kg: &KnowledgeGraph, o: &Options) -> Drawing {
    let wd = scores(kg, Measure::WeightedDegree);
    let degree = scores(kg, Measure::Degree);
    // the most important first: weighted degree, degree, mentions, then id
    let mut rank: Vec<NodeIndex> = kg.graph().node_indices().collect();
    rank.sort_by(|&a, &b| {
        let (x, y) = (a.index(), b.index());
        wd[y]
            .total_cmp(&wd[x])
            .then(degree[y].total_cmp(&degree[x]))
            .then(kg.node_at(b).mentions.cmp(&kg.node_at(a).mentions))
            .then(kg.node_at(a).id.cmp(&kg.node_at(b).id))
    });
    rank.truncate(o.max_nodes);
    let mut nodes = rank.clone();
    nodes.sort();
    let slot: HashMap<NodeIndex, usize> = nodes.iter().enumerate().map(|(k, &i)| (i, k)).collect();
    let edges: Vec<EdgeIndex> = kg
        .indexed_edges()
        .filter(|(_, e)| slot.contains_key(&e.source) && slot.contains_key(&e.target))
        .map(|(k, _)| k)
        .collect();
    let pairs: Vec<(usize, usize, f64)> = edges
        .iter()
        .map(|&e| {
            let edge = kg.edge_at(e);
            (slot[&edge.source], slot[&edge.target], 1.0)
        })
        .collect();
    let raw = layout::force_atlas2(nodes.len(), &pairs, &o.layout);
    // the smallest circle takes a share of the canvas per node, the biggest is six times wider;
    // between them the radius grows as weighted degree^0.75, so the many small nodes stay small
    let rmin = (0.2 * (WIDTH * HEIGHT / nodes.len().max(1) as f64).sqrt()).clamp(1.5, 4.5);
    let top = nodes.iter().map(|i| wd[i.index()]).fold(0.0, f64::max);
    let radius: Vec<f64> = nodes
        .iter()
        .map(|i| {
            let share = if top > 0.0 { wd[i.index()] / top } else { 0.0 };
            rmin * (1.0 + 5.0 * share.powf(0.75))
        })
        .collect();
    let pos = layout::fit(&raw, &radius, WIDTH, HEIGHT, 6.0);
    let order: Vec<usize> = rank.iter().map(|i| slot[i]).collect();
    let text: Vec<&str> = nodes.iter().map(|&i| kg.node_at(i).label.as_str()).collect();
    let labels = labels::place(&order, &text, &pos, &radius, FONT, (WIDTH, HEIGHT), o.max_labels);
    Drawing {
        nodes,
        pos,
        radius,
        slot,
        edges,
        labels,
        weighted_degree: wd,
    }
}

/// Writes the report of `kg` with the default options.
pub fn write(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    html::write(kg, &draw(kg, &Options::default()), w)
}
