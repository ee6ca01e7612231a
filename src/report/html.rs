//! The report page: the drawing as inline SVG, the tables, the graph's data as JSON for the
//! script, and the script and style sheet inlined, so the one file works offline.

use super::{Drawing, FONT, HEIGHT, WIDTH};
use crate::export::style::{hex, relation_colours};
use crate::export::xml::escape;
use crate::graph::{AFFILIATION, KnowledgeGraph};
use crate::model::{Date, EntityKind, Polarity};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{self, Write};

const STYLE: &str = include_str!("assets/report.css");
const SCRIPT: &str = include_str!("assets/report.js");

/// Rows in the top actors table.
const TOP_ACTORS: usize = 15;

/// JSON that is safe inside `<script>`: `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026`, so
/// no `</script>` or `<!--` can appear (the JSON parser reads the same strings back).
pub fn script_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

#[derive(Serialize)]
struct Data<'a> {
    nodes: Vec<NodeData<'a>>,
    edges: Vec<EdgeData>,
    rels: Vec<&'a str>,
    colours: Vec<&'a str>,
    ev: Vec<Instance<'a>>,
    dates: Vec<String>,
}

#[derive(Serialize)]
struct NodeData<'a> {
    id: &'a str,
    label: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    role: &'a str,
    mentions: u64,
    documents: u64,
    wd: f64,
}

#[derive(Serialize)]
struct EdgeData {
    s: usize,
    t: usize,
    r: usize,
    w: u64,
    neg: u64,
    hedged: u64,
    sym: bool,
    ev: Vec<usize>,
}

#[derive(Serialize)]
struct Instance<'a> {
    doc: &'a str,
    date: Option<String>,
    text: &'a str,
    trigger: &'a str,
    neg: bool,
    hedged: bool,
}

/// Writes the page.
pub fn write(kg: &KnowledgeGraph, d: &Drawing, w: &mut dyn Write) -> io::Result<()> {
    let rels: Vec<&str> = kg
        .edges()
        .map(|e| e.relation.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let rel_ix: HashMap<&str, usize> = rels.iter().enumerate().map(|(k, r)| (*r, k)).collect();
    let colours = relation_colours(&rels);
    let dates: BTreeSet<Date> = kg.instances.iter().filter_map(|r| r.date).collect();

    writeln!(w, "<!DOCTYPE html>")?;
    writeln!(w, "<html lang=\"en\">")?;
    writeln!(w, "<head>")?;
    writeln!(w, "<meta charset=\"utf-8\">")?;
    writeln!(
        w,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(
        w,
        "<meta name=\"generator\" content=\"kgraph {}\">",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(w, "<title>kgraph report: who did what to whom</title>")?;
    writeln!(w, "<style>\n{STYLE}</style>")?;
    writeln!(w, "</head>")?;
    writeln!(w, "<body>")?;
    header(kg, d, &dates, w)?;
    writeln!(w, "<main>")?;
    writeln!(w, "<section id=\"picture\">")?;
    controls(kg, &rels, &colours, &dates, w)?;
    svg(kg, d, &rel_ix, &colours, w)?;
    writeln!(
        w,
        "<p class=\"hint\">Hover or click a node for its relations and evidence; click the background to clear. \
         Scroll to zoom, drag to pan, double-click to reset.</p>"
    )?;
    writeln!(w, "</section>")?;
    writeln!(
        w,
        "<aside id=\"details\" aria-live=\"polite\"><p class=\"hint\">Click a node to list its relations with the sentences and documents behind them.</p></aside>"
    )?;
    writeln!(w, "</main>")?;
    writeln!(w, "<div id=\"tables\">")?;
    top_actors(kg, d, w)?;
    relations_by_type(kg, &rels, &colours, w)?;
    timeline(kg, &dates, w)?;
    documents(kg, w)?;
    writeln!(w, "</div>")?;
    let data = data(kg, d, &rels, &rel_ix, &colours, &dates);
    let json = serde_json::to_string(&data).map_err(io::Error::other)?;
    writeln!(
        w,
        "<script type=\"application/json\" id=\"kg-data\">{}</script>",
        script_json(&json)
    )?;
    writeln!(w, "<script>\n{SCRIPT}</script>")?;
    writeln!(w, "</body>")?;
    writeln!(w, "</html>")
}

fn header(kg: &KnowledgeGraph, d: &Drawing, dates: &BTreeSet<Date>, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "<header>")?;
    writeln!(w, "<h1>Who did what to whom</h1>")?;
    let span = match (dates.first(), dates.last()) {
        (Some(a), Some(b)) if a == b => format!(" · dated {a}"),
        (Some(a), Some(b)) => format!(" · dated {a} to {b}"),
        _ => String::new(),
    };
    writeln!(
        w,
        "<p class=\"summary\">{} documents · {} entities · {} edges · {} relation instances{span}</p>",
        kg.documents.len(),
        kg.graph.node_count(),
        kg.graph.edge_count(),
        kg.instances.len()
    )?;
    if d.nodes.len() < kg.graph.node_count() {
        writeln!(
            w,
            "<p class=\"summary\">The picture draws the {} most connected entities; the tables cover all {}.</p>",
            d.nodes.len(),
            kg.graph.node_count()
        )?;
    }
    writeln!(w, "</header>")
}

fn controls(
    kg: &KnowledgeGraph,
    rels: &[&str],
    colours: &[&str],
    dates: &BTreeSet<Date>,
    w: &mut dyn Write,
) -> io::Result<()> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for e in kg.edges() {
        *count.entry(e.relation.as_str()).or_default() += 1;
    }
    writeln!(w, "<form id=\"filters\" onsubmit=\"return false\">")?;
    writeln!(
        w,
        "<fieldset id=\"rels\"><legend>Relations <button type=\"button\" id=\"all\">all</button> <button type=\"button\" id=\"none\">none</button></legend>"
    )?;
    for (k, r) in rels.iter().enumerate() {
        writeln!(
            w,
            "<label><input type=\"checkbox\" data-r=\"{k}\" checked><span class=\"sw line\" style=\"background:{}\"></span>{} <small>{}</small></label>",
            colours[k],
            escape(r),
            count.get(r).copied().unwrap_or(0)
        )?;
    }
    writeln!(w, "</fieldset>")?;
    if let (Some(a), Some(b)) = (dates.first(), dates.last()) {
        writeln!(
            w,
            "<fieldset id=\"dates\"><legend>Dates</legend><label>from <input type=\"date\" id=\"from\" min=\"{a}\" max=\"{b}\" value=\"{a}\"></label> \
             <label>to <input type=\"date\" id=\"to\" min=\"{a}\" max=\"{b}\" value=\"{b}\"></label> \
             <label><input type=\"checkbox\" id=\"undated\" checked>undated</label> <button type=\"button\" id=\"reset\">reset</button></fieldset>"
        )?;
    }
    write!(w, "<fieldset id=\"legend\"><legend>Entities</legend>")?;
    for k in EntityKind::ALL {
        write!(
            w,
            "<span><span class=\"sw dot\" style=\"background:{}\"></span>{k}</span> ",
            hex(k)
        )?;
    }
    writeln!(
        w,
        "<span><span class=\"sw dash\"></span>only negated or hedged</span></fieldset>"
    )?;
    writeln!(w, "</form>")
}

fn svg(
    kg: &KnowledgeGraph,
    d: &Drawing,
    rel_ix: &HashMap<&str, usize>,
    colours: &[&str],
    w: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        w,
        "<svg id=\"kg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-label=\"The knowledge graph: {} entities, {} edges\">",
        d.nodes.len(),
        d.edges.len()
    )?;
    writeln!(w, "<defs>")?;
    for (k, c) in colours.iter().enumerate() {
        writeln!(
            w,
            "<marker id=\"a{k}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"{c}\"/></marker>"
        )?;
    }
    writeln!(w, "</defs>")?;
    let slot = &d.slot;
    // parallel edges between a pair bend apart, each by its rank among them
    let mut pair: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    let ends: Vec<(usize, usize)> = d
        .edges
        .iter()
        .map(|&e| {
            let (s, t) = kg.graph.edge_endpoints(e).expect("an edge of the graph");
            (slot[&s], slot[&t])
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
        let edge = &kg.graph[e];
        let (s, t) = ends[k];
        let r = rel_ix[edge.relation.as_str()];
        let path = edge_path(
            d.pos[s],
            d.pos[t],
            d.radius[s],
            d.radius[t],
            bend[k],
            s < t,
            !edge.symmetric,
        );
        let width = 1.0 + (edge.weight as f64).ln_1p();
        let dash = if edge.weight == 0 {
            " stroke-dasharray=\"4 3\""
        } else {
            ""
        };
        let arrow = if edge.symmetric {
            String::new()
        } else {
            format!(" marker-end=\"url(#a{r})\"")
        };
        let (sl, tl) = (&kg.graph[d.nodes[s]].label, &kg.graph[d.nodes[t]].label);
        writeln!(
            w,
            "<path class=\"e\" data-e=\"{k}\" d=\"{path}\" stroke=\"{}\" stroke-width=\"{width:.1}\"{dash}{arrow}><title>{} {} {} ({} asserted, {} negated, {} hedged)</title></path>",
            colours[r],
            escape(sl),
            escape(&edge.relation),
            escape(tl),
            edge.weight,
            edge.negated,
            edge.hedged
        )?;
    }
    writeln!(w, "</g>")?;
    writeln!(w, "<g id=\"nodes\" stroke=\"#fff\" stroke-width=\"1\">")?;
    for (k, &i) in d.nodes.iter().enumerate() {
        let n = &kg.graph[i];
        let [x, y] = d.pos[k];
        writeln!(
            w,
            "<circle class=\"n\" data-n=\"{k}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{:.1}\" fill=\"{}\"><title>{} ({})</title></circle>",
            d.radius[k],
            hex(n.kind),
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
            escape(&kg.graph[d.nodes[l.node]].label)
        )?;
    }
    writeln!(w, "</g>")?;
    writeln!(w, "<g id=\"hover-labels\" font-size=\"{FONT}\"></g>")?;
    writeln!(w, "</svg>")
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

fn swatch(kind: EntityKind) -> String {
    format!(
        "<span class=\"sw dot\" style=\"background:{}\"></span>",
        hex(kind)
    )
}

fn top_actors(kg: &KnowledgeGraph, d: &Drawing, w: &mut dyn Write) -> io::Result<()> {
    let slot = &d.slot;
    let top = crate::query::top::top(kg, crate::query::top::Measure::WeightedDegree, None, TOP_ACTORS);
    let degree = crate::query::top::scores(kg, crate::query::top::Measure::Degree);
    writeln!(w, "<section><h2>Top actors</h2>")?;
    writeln!(
        w,
        "<table id=\"top\"><thead><tr><th>#</th><th>entity</th><th>type</th><th title=\"sum of the weights of its edges\">weighted degree</th><th>edges</th><th>mentions</th><th>documents</th></tr></thead><tbody>"
    )?;
    for t in top {
        let i = t.node;
        let n = kg.node_at(i);
        let select = slot.get(&i).map_or(String::new(), |k| format!(" data-n=\"{k}\""));
        writeln!(
            w,
            "<tr{select}><td>{}</td><td>{}{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            t.rank,
            swatch(n.kind),
            escape(&n.label),
            n.kind,
            d.weighted_degree[i.index()],
            degree[i.index()],
            n.mentions,
            n.documents
        )?;
    }
    writeln!(w, "</tbody></table></section>")
}

fn relations_by_type(
    kg: &KnowledgeGraph,
    rels: &[&str],
    colours: &[&str],
    w: &mut dyn Write,
) -> io::Result<()> {
    #[derive(Default)]
    struct Row {
        edges: usize,
        instances: usize,
        asserted: u64,
        negated: u64,
        hedged: u64,
        cameo: String,
    }
    let mut rows: BTreeMap<&str, Row> = BTreeMap::new();
    for e in kg.edges() {
        let r = rows.entry(e.relation.as_str()).or_default();
        r.edges += 1;
        r.instances += e.instances.len();
        r.asserted += e.weight;
        r.negated += e.negated;
        r.hedged += e.hedged;
        r.cameo.clone_from(&e.cameo);
    }
    let mut order: Vec<(usize, &str)> = rels.iter().copied().enumerate().collect();
    order.sort_by(|a, b| {
        let (x, y) = (&rows[a.1], &rows[b.1]);
        (y.instances, y.edges)
            .cmp(&(x.instances, x.edges))
            .then(a.1.cmp(b.1))
    });
    writeln!(w, "<section><h2>Relations by type</h2>")?;
    writeln!(
        w,
        "<table id=\"relations\"><thead><tr><th>relation</th><th>edges</th><th>instances</th><th>asserted</th><th>negated</th><th>hedged</th><th>CAMEO</th></tr></thead><tbody>"
    )?;
    for (k, name) in order {
        let r = &rows[name];
        let from = if name == AFFILIATION {
            " <small>(gazetteer)</small>"
        } else {
            ""
        };
        writeln!(
            w,
            "<tr><td><span class=\"sw line\" style=\"background:{}\"></span>{}{from}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            colours[k],
            escape(name),
            r.edges,
            r.instances,
            r.asserted,
            r.negated,
            r.hedged,
            escape(&r.cameo)
        )?;
    }
    writeln!(w, "</tbody></table></section>")
}

fn timeline(kg: &KnowledgeGraph, dates: &BTreeSet<Date>, w: &mut dyn Write) -> io::Result<()> {
    let mut per: BTreeMap<Option<Date>, [usize; 3]> = dates.iter().map(|&d| (Some(d), [0; 3])).collect();
    for r in &kg.instances {
        let c = per.entry(r.date).or_default();
        // columns: asserted, denied (hedged or not), hedged
        let column = match r.polarity {
            Polarity::Asserted => 0,
            Polarity::Negated | Polarity::HedgedNegated => 1,
            Polarity::Hedged => 2,
        };
        c[column] += 1;
    }
    let most = per
        .values()
        .map(|c| c.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    writeln!(w, "<section><h2>Timeline</h2>")?;
    writeln!(
        w,
        "<p class=\"hint\">Relation instances per date (click a date to filter the graph to it).</p>"
    )?;
    writeln!(
        w,
        "<div class=\"scroll\"><table id=\"timeline\"><thead><tr><th>date</th><th>instances</th><th></th></tr></thead><tbody>"
    )?;
    // dated first, in order, then the undated ones
    let rows = per
        .iter()
        .filter(|(d, _)| d.is_some())
        .chain(per.iter().filter(|(d, _)| d.is_none()));
    for (date, c) in rows {
        let total: usize = c.iter().sum();
        let (label, attr) = match date {
            Some(d) => (d.to_string(), format!(" data-date=\"{d}\"")),
            None => ("undated".to_string(), String::new()),
        };
        let pct = |x: usize| x as f64 * 100.0 / most as f64;
        writeln!(
            w,
            "<tr{attr}><td>{label}</td><td class=\"num\">{total}</td><td class=\"bar\" title=\"{} asserted, {} negated, {} hedged\"><span class=\"a\" style=\"width:{:.1}%\"></span><span class=\"h\" style=\"width:{:.1}%\"></span><span class=\"x\" style=\"width:{:.1}%\"></span></td></tr>",
            c[0],
            c[1],
            c[2],
            pct(c[0]),
            pct(c[2]),
            pct(c[1])
        )?;
    }
    writeln!(w, "</tbody></table></div></section>")
}

fn documents(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "<section><h2>Documents</h2>")?;
    writeln!(
        w,
        "<div class=\"scroll\"><table id=\"documents\"><thead><tr><th>document</th><th>date</th><th>sentences</th><th>relations</th></tr></thead><tbody>"
    )?;
    for d in &kg.documents {
        writeln!(
            w,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape(&d.doc),
            d.date.map_or(String::new(), |x| x.to_string()),
            d.sentences,
            d.relations
        )?;
    }
    let (s, r) = kg
        .documents
        .iter()
        .fold((0, 0), |(s, r), d| (s + d.sentences, r + d.relations));
    writeln!(
        w,
        "</tbody><tfoot><tr><td>{} documents</td><td></td><td class=\"num\">{s}</td><td class=\"num\">{r}</td></tr></tfoot></table></div></section>",
        kg.documents.len()
    )
}

fn data<'a>(
    kg: &'a KnowledgeGraph,
    d: &Drawing,
    rels: &[&'a str],
    rel_ix: &HashMap<&str, usize>,
    colours: &[&'a str],
    dates: &BTreeSet<Date>,
) -> Data<'a> {
    let slot = &d.slot;
    let nodes = d
        .nodes
        .iter()
        .map(|&i| {
            let n = &kg.graph[i];
            NodeData {
                id: &n.id.0,
                label: &n.label,
                kind: n.kind.as_str(),
                role: &n.role,
                mentions: n.mentions,
                documents: n.documents,
                wd: d.weighted_degree[i.index()],
            }
        })
        .collect();
    let mut ev = Vec::new();
    let edges = d
        .edges
        .iter()
        .map(|&e| {
            let (s, t) = kg.graph.edge_endpoints(e).expect("an edge of the graph");
            let edge = &kg.graph[e];
            let first = ev.len();
            for &i in &edge.instances {
                let r = &kg.instances[i];
                ev.push(Instance {
                    doc: &r.evidence.doc,
                    date: r.date.map(|x| x.to_string()),
                    text: &r.evidence.text,
                    trigger: &r.evidence.trigger,
                    neg: r.polarity.is_negated(),
                    hedged: r.polarity.is_hedged(),
                });
            }
            EdgeData {
                s: slot[&s],
                t: slot[&t],
                r: rel_ix[edge.relation.as_str()],
                w: edge.weight,
                neg: edge.negated,
                hedged: edge.hedged,
                sym: edge.symmetric,
                ev: (first..ev.len()).collect(),
            }
        })
        .collect();
    Data {
        nodes,
        edges,
        rels: rels.to_vec(),
        colours: colours.to_vec(),
        ev,
        dates: dates.iter().map(ToString::to_string).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_in_a_script_cannot_close_it() {
        let cases = [
            (
                r#"{"a":"</script><b>"}"#,
                r#"{"a":"\u003c/script\u003e\u003cb\u003e"}"#,
            ),
            (r#"{"a":"AT&T <!--"}"#, r#"{"a":"AT\u0026T \u003c!--"}"#),
            (r#"{"a":"Лавров \"x\""}"#, r#"{"a":"Лавров \"x\""}"#),
        ];
        for (json, want) in cases {
            let safe = script_json(json);
            assert_eq!(safe, want);
            let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
            let orig: serde_json::Value = serde_json::from_str(json).unwrap();
            assert_eq!(back, orig);
        }
    }

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
