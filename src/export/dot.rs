//! DOT for Graphviz: nodes labelled and coloured by type (discovered actors outlined dashed),
//! edges labelled by relation; edges with no asserted instance (only negated or hedged ones) are
//! dashed.

use crate::graph::KnowledgeGraph;
use crate::model::Origin;
use std::io::{self, Write};

/// Quotes a DOT identifier or label.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Above this many nodes the file asks for `sfdp` (force-directed): `dot`'s layered layout
/// draws a few hundred nodes as one strip tens of thousands of pixels wide.
pub const SFDP_ABOVE: usize = 50;

pub fn write(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "digraph kgraph {{")?;
    if kg.graph().node_count() > SFDP_ABOVE {
        // `layout` is honoured by `dot -Tsvg` too; straight edges keep sfdp fast on big graphs
        writeln!(
            w,
            "  graph [layout=sfdp, overlap=prism, overlap_scaling=-4, splines=false, outputorder=edgesfirst];"
        )?;
    } else {
        writeln!(w, "  graph [overlap=false, splines=true];")?;
    }
    writeln!(
        w,
        "  node [style=filled, fontname=\"Helvetica\", fontcolor=white];"
    )?;
    writeln!(w, "  edge [fontname=\"Helvetica\", fontsize=10];")?;
    for n in kg.nodes() {
        let (r, g, b) = super::style::colour(n.kind);
        // an actor no gazetteer lists is outlined dashed, for review
        let outline = match n.origin {
            Origin::Gazetteer => "",
            Origin::Discovered => ", style=\"filled,dashed\", color=\"#333333\", penwidth=2",
        };
        writeln!(
            w,
            "  {} [label={}, fillcolor=\"#{r:02x}{g:02x}{b:02x}\", shape={}{outline}, type={}, origin={}];",
            quote(&n.id.0),
            quote(&n.label),
            if n.kind == crate::model::EntityKind::Person {
                "ellipse"
            } else {
                "box"
            },
            quote(n.kind.as_str()),
            quote(n.origin.as_str())
        )?;
    }
    for e in kg.edges() {
        let style = if e.asserted == 0 { "dashed" } else { "solid" };
        let dir = if e.symmetric { ", dir=both" } else { "" };
        writeln!(
            w,
            "  {} -> {} [label={}, cameo={}, weight={}, penwidth={:.1}, style={style}{dir}];",
            quote(&kg.id(e.source).0),
            quote(&kg.id(e.target).0),
            quote(&e.relation),
            quote(&e.cameo),
            e.weight(),
            1.0 + (e.weight() as f64).ln_1p()
        )?;
    }
    writeln!(w, "}}")
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quoting_table() {
        assert_eq!(quote("Kerry"), "\"Kerry\"");
        assert_eq!(quote("say \"no\"\n"), "\"say \\\"no\\\" \"");
        assert_eq!(quote("a\\b"), "\"a\\\\b\"");
    }
}
