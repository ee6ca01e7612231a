//! The drawing as inline SVG: arrow markers per relation colour, edges (parallel ones bent
//! apart, the gazetteer's thin and dotted), node circles coloured by type (discovered actors
//! hollow dashed rings), and the placed labels.

use super::drawing::{Drawing, FONT, HEIGHT, WIDTH};
use crate::export::style::hex;
use crate::export::xml::escape;
use crate::graph::{EdgeOrigin, KnowledgeGraph};
use crate::model::Origin;
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

/// Relation colours: each relation's index into `colours`.
pub(super) struct Palette<'a> {
    pub rel_ix: &'a HashMap<&'a str, usize>,
    pub colours: &'a [&'a str],
}

pub(super) fn svg(kg: &KnowledgeGraph, d: &Drawing, p: &Palette, w: &mut dyn Write) -> io::Result<()> {
    writeln!(
        w,
        "<svg id=\"kg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-label=\"The knowledge graph: {} entities, {} edges\">",
        d.nodes.len(),
        d.edges.len()
    )?;
    writeln!(w, "<defs>")?;
    for (k, c) in p.colours.iter().enumerate() {
        writeln!(
            w,
            "<marker id=\"a{k}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"{c}\"/></marker>"
        )?;
    }
    writeln!(w, "</defs>")?;
    edges(kg, d, p, w)?;
    nodes_and_labels(kg, d, w)?;
    writeln!(w, "<g id=\"hover-labels\" font-size=\"{FONT}\"></g>")?;
    writeln!(w, "</svg>")
}

/// How an edge from the gazetteer is drawn: thin and dotted, so that no one takes it for a relation
/// read in text.
pub(super) const GAZETTEER_STROKE: &str =
    " stroke-width=\"1\" stroke-dasharray=\"1 3\" stroke-linecap=\"round\"";

/// The drawn edges, coloured by relation, dashed when nothing asserts them, dotted when they come
/// from the gazetteer.
fn edges(kg: &KnowledgeGraph, d: &Drawing, p: &Palette, w: &mut dyn Write) -> io::Result<()> {
    let slot = &d.slot;
    // parallel edges between a pair bend apart, each by its rank among them
    let mut pair: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    let ends: Vec<(usize, usize)> = d
        .edges
        .iter()
        .map(|&e| {
            let edge = kg.edge_at(e);
            (slot[&edge.source], slot[&edge.target])
        })
        .collect();
    for (k, &(s, t)) in ends.iter().enumerate() {
        pair.entry((s.min(t), s.max(t))).or_default().push(k);
    }
    let mut bend = vec![0.0f64; ends.len()];
    for ks in pair.values() {
        let m = ks.len() as f64;
        for (j, &k) in ks.iter().enumerate() {
            bend[k] = (j as f64 - (m - 1.0) / 2.0) * 16.0;
        }
    }
    writeln!(w, "<g id=\"edges\" fill=\"none\" stroke-opacity=\"0.75\">")?;
    for (k, &e) in d.edges.iter().enumerate() {
        let edge = kg.edge_at(e);
        let (s, t) = ends[k];
        let r = p.rel_ix[edge.relation.as_str()];
        let path = edge_path(
            d.pos[s],
            d.pos[t],
            d.radius[s],
            d.radius[t],
            bend[k],
            s < t,
            !edge.symmetric,
        );
        let (class, stroke) = match edge.origin {
            EdgeOrigin::Gazetteer => (" gaz", GAZETTEER_STROKE.to_string()),
            EdgeOrigin::Text => {
                let width = 1.0 + (edge.weight() as f64).ln_1p();
                let dash = if edge.asserted == 0 {
                    " stroke-dasharray=\"4 3\""
                } else {
                    ""
                };
                ("", format!(" stroke-width=\"{width:.1}\"{dash}"))
            }
        };
        let counts = match edge.origin {
            EdgeOrigin::Gazetteer => "from the gazetteer".to_string(),
            EdgeOrigin::Text => format!(
                "{} asserted, {} negated, {} hedged",
                edge.asserted, edge.negated, edge.hedged
            ),
        };
        let arrow = if edge.symmetric {
            String::new()
        } else {
            format!(" marker-end=\"url(#a{r})\"")
        };
        let (sl, tl) = (&kg.node_at(d.nodes[s]).label, &kg.node_at(d.nodes[t]).label);
        writeln!(
            w,
            "<path class=\"e{class}\" data-e=\"{k}\" d=\"{path}\" stroke=\"{}\"{stroke}{arrow}><title>{} {} {} ({counts})</title></path>",
            p.colours[r],
            escape(sl),
            escape(&edge.relation),
            escape(tl),
        )?;
    }
    writeln!(w, "</g>")
}

/// How a discovered actor's circle is drawn: hollow, a dashed ring in its type's colour, so an
/// analyst sees at a glance which actors no gazetteer vouches for (a dark dash on a small filled
/// dot did not show).
fn discovered_ring(colour: &str) -> String {
    format!(" fill=\"#fff\" stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"3 2\"")
}

/// The legend's and the top actors table's mark of a discovered actor: a hollow dashed ring, as drawn.
pub(super) const DISCOVERED_SWATCH: &str = "background:#fff;border:1.5px dashed #222";

/// The drawn nodes, coloured by type (discovered actors hollow dashed rings), and their placed labels.
fn nodes_and_labels(kg: &KnowledgeGraph, d: &Drawing, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "<g id=\"nodes\" stroke=\"#fff\" stroke-width=\"1\">")?;
    for (k, &i) in d.nodes.iter().enumerate() {
        let n = kg.node_at(i);
        let [x, y] = d.pos[k];
        let (paint, origin) = match n.origin {
            Origin::Gazetteer => (format!(" fill=\"{}\"", hex(n.kind)), ""),
            Origin::Discovered => (discovered_ring(&hex(n.kind)), ", discovered"),
        };
        writeln!(
            w,
            "<circle class=\"n\" data-n=\"{k}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{:.1}\"{paint}><title>{} ({}{origin})</title></circle>",
            d.radius[k],
            escape(&n.label),
            n.kind
        )?;
    }
    writeln!(w, "</g>")?;
    writeln!(w, "<g id=\"labels\" font-size=\"{FONT}\">")?;
    for l in &d.labels {
        writeln!(
            w,
            "<text class=\"l\" data-n=\"{}\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"{}\">{}</text>",
            l.node,
            l.x,
            l.y,
            l.anchor,
            escape(&kg.node_at(d.nodes[l.node]).label)
        )?;
    }
    writeln!(w, "</g>")
}

/// A quadratic curve from circle `a` to circle `b`, bent sideways by `bend` (measured from the
/// lower-numbered end, so that parallel edges fan out), trimmed to the circles' rims and, for
/// an arrow, short of the target's rim.
fn edge_path(a: [f64; 2], b: [f64; 2], ra: f64, rb: f64, bend: f64, forward: bool, arrow: bool) -> String {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len = dx.hypot(dy);
    if len < 1e-6 {
        // a self-loop: a small circle above the node
        return format!(
            "M{:.1},{:.1}a{:.1},{:.1} 0 1,1 0.1,0",
            a[0] - 0.05,
            a[1] - ra,
            ra.max(6.0),
            ra.max(6.0)
        );
    }
    let sign = if forward { 1.0 } else { -1.0 };
    let (nx, ny) = (-dy / len * sign, dx / len * sign);
    let c = [
        (a[0] + b[0]) / 2.0 + nx * bend * 2.0,
        (a[1] + b[1]) / 2.0 + ny * bend * 2.0,
    ];
    let trim = |from: [f64; 2], to: [f64; 2], by: f64| {
        let (ux, uy) = (to[0] - from[0], to[1] - from[1]);
        let l = ux.hypot(uy).max(1e-9);
        [from[0] + ux / l * by, from[1] + uy / l * by]
    };
    let p0 = trim(a, c, ra);
    let p1 = trim(b, c, rb + if arrow { 1.5 } else { 0.0 });
    if bend == 0.0 {
        format!("M{:.1},{:.1}L{:.1},{:.1}", p0[0], p0[1], p1[0], p1[1])
    } else {
        format!(
            "M{:.1},{:.1}Q{:.1},{:.1} {:.1},{:.1}",
            p0[0], p0[1], c[0], c[1], p1[0], p1[1]
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_end_at_the_rims() {
        let cases = [
            // (a, b, ra, rb, bend, arrow) → path
            (
                [0.0, 0.0],
                [100.0, 0.0],
                5.0,
                10.0,
                0.0,
                false,
                "M5.0,0.0L90.0,0.0",
            ),
            (
                [0.0, 0.0],
                [100.0, 0.0],
                5.0,
                10.0,
                0.0,
                true,
                "M5.0,0.0L88.5,0.0",
            ),
            (
                [0.0, 0.0],
                [0.0, 0.0],
                5.0,
                5.0,
                0.0,
                false,
                "M-0.1,-5.0a6.0,6.0 0 1,1 0.1,0",
            ),
        ];
        for (a, b, ra, rb, bend, arrow, want) in cases {
            assert_eq!(edge_path(a, b, ra, rb, bend, true, arrow), want);
        }
        // parallel edges bend to opposite sides
        let up = edge_path([0.0, 0.0], [100.0, 0.0], 5.0, 5.0, 8.0, true, false);
        let down = edge_path([0.0, 0.0], [100.0, 0.0], 5.0, 5.0, -8.0, true, false);
        assert!(
            up.contains("Q50.0,16.0") && down.contains("Q50.0,-16.0"),
            "{up} {down}"
        );
    }
}
