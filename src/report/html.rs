//! The report page: the drawing as inline SVG, the tables, the graph's data as JSON for the
//! script, and the script and style sheet inlined, so the one file works offline.

use super::data::data;
use super::drawing::Drawing;
use super::svg::{DISCOVERED_SWATCH, Palette, svg};
use super::tables::{documents, relations_by_type, timeline, top_actors};
use crate::export::style::{hex, relation_colours};
use crate::export::xml::escape;
use crate::graph::{EdgeOrigin, KnowledgeGraph};
use crate::model::{Date, EntityKind, Origin};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{self, Write};

const STYLE: &str = include_str!("assets/report.css");
const SCRIPT: &str = include_str!("assets/report.js");

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
    let palette = Palette {
        rel_ix: &rel_ix,
        colours: &colours,
    };
    svg(kg, d, &palette, w)?;
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
        kg.graph().node_count(),
        kg.graph().edge_count(),
        kg.instances.len()
    )?;
    if d.nodes.len() < kg.graph().node_count() {
        writeln!(
            w,
            "<p class=\"summary\">The picture draws the {} most connected entities; the tables cover all {}.</p>",
            d.nodes.len(),
            kg.graph().node_count()
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
    let gazetteer_edges = kg.edges().filter(|e| e.origin == EdgeOrigin::Gazetteer).count();
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
    hide(gazetteer_edges, w)?;
    legend(kg, gazetteer_edges, w)?;
    writeln!(w, "</form>")
}

/// The boxes that leave things out of the picture: the gazetteer's edges (when there are any) and
/// the nodes left without a shown edge by the other filters.
fn hide(gazetteer_edges: usize, w: &mut dyn Write) -> io::Result<()> {
    write!(w, "<fieldset id=\"view\"><legend>Picture</legend>")?;
    if gazetteer_edges > 0 {
        write!(
            w,
            "<label><input type=\"checkbox\" id=\"hide-gaz\">hide gazetteer edges <small>{gazetteer_edges}</small></label>"
        )?;
    }
    writeln!(
        w,
        "<label title=\"nodes with no edge shown under the current filters\"><input type=\"checkbox\" id=\"hide-isolated\">hide isolated nodes</label></fieldset>"
    )
}

/// What the marks of the picture mean: entity types, discovered actors, dashed and dotted edges.
fn legend(kg: &KnowledgeGraph, gazetteer_edges: usize, w: &mut dyn Write) -> io::Result<()> {
    write!(w, "<fieldset id=\"legend\"><legend>Entities</legend>")?;
    for k in EntityKind::ALL {
        write!(
            w,
            "<span><span class=\"sw dot\" style=\"background:{}\"></span>{k}</span> ",
            hex(k)
        )?;
    }
    if kg.nodes().any(|n| n.origin == Origin::Discovered) {
        write!(
            w,
            "<span><span class=\"sw dot\" style=\"{DISCOVERED_SWATCH}\"></span>discovered (no gazetteer lists it)</span> "
        )?;
    }
    write!(
        w,
        "<span><span class=\"sw dash\"></span>only negated or hedged</span> "
    )?;
    if gazetteer_edges > 0 {
        write!(
            w,
            "<span><span class=\"sw dots\"></span>from the gazetteer, not read in text</span> "
        )?;
    }
    writeln!(w, "</fieldset>")
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
}
