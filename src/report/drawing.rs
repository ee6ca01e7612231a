//! The picture the report draws: the canvas, and which nodes and edges are drawn where.

use petgraph::graph::{EdgeIndex, NodeIndex};
use std::collections::HashMap;

/// The canvas the graph is drawn on (SVG user units; the page scales it to fit).
pub const WIDTH: f64 = 1000.0;
pub const HEIGHT: f64 = 720.0;
/// Label font size in canvas units.
pub const FONT: f64 = 11.0;

/// The picture: the nodes and edges drawn, where, how big, and which carry a label.
#[derive(Debug, Clone)]
pub struct Drawing {
    /// The nodes drawn, in id order; the other vectors are indexed like this one.
    pub nodes: Vec<NodeIndex>,
    pub pos: Vec<[f64; 2]>,
    pub radius: Vec<f64>,
    /// The position of each drawn node in `nodes`.
    pub slot: HashMap<NodeIndex, usize>,
    /// The edges drawn (both ends drawn), in (source, relation, target) order.
    pub edges: Vec<EdgeIndex>,
    /// Labels; `Label::node` indexes `nodes`.
    pub labels: Vec<super::labels::Label>,
    /// Weighted degree of every node of the graph, by node index.
    pub weighted_degree: Vec<f64>,
}
