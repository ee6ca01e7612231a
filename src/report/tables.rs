//! The report's tables: top actors, relations by type, the timeline and the documents.

use super::drawing::Drawing;
use crate::export::style::hex;
use crate::export::xml::escape;
use crate::graph::{AFFILIATION, KnowledgeGraph};
use crate::model::{Date, EntityKind, Origin, Polarity};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

/// Rows in the top actors table.
const TOP_ACTORS: usize = 15;

fn swatch(kind: EntityKind) -> String {
    format!(
        "<span class=\"sw dot\" style=\"background:{}\"></span>",
        hex(kind)
    )
}

/// A name cell: the swatch, then the name, which wraps beside it (never under it) when the
/// column is narrow.
fn name_cell(swatch: &str, name: &str) -> String {
    format!("<td><div class=\"name\">{swatch}<span>{name}</span></div></td>")
}

/// The mark after a discovered actor's name (nothing for a gazetteer entity).
fn origin_mark(origin: Origin) -> String {
    match origin {
        Origin::Gazetteer => String::new(),
        Origin::Discovered => format!(
            " <span class=\"sw dot\" style=\"{}\" title=\"discovered: no gazetteer lists it\"></span><small>discovered</small>",
            super::svg::DISCOVERED_SWATCH
        ),
    }
}

pub(super) fn top_actors(kg: &KnowledgeGraph, d: &Drawing, w: &mut dyn Write) -> io::Result<()> {
    let slot = &d.slot;
    let top = crate::query::top::top(kg, crate::query::top::Measure::WeightedDegree, None, TOP_ACTORS);
    let degree = crate::query::top::scores(kg, crate::query::top::Measure::Degree);
    writeln!(w, "<section><h2>Top actors</h2>")?;
    writeln!(
        w,
        "<div class=\"fit\"><table id=\"top\"><thead><tr><th>#</th><th>entity</th><th>type</th><th title=\"sum of the weights of its edges\">weighted degree</th><th>edges</th><th>mentions</th><th>documents</th></tr></thead><tbody>"
    )?;
    for t in top {
        let i = t.node;
        let n = kg.node_at(i);
        let select = slot.get(&i).map_or(String::new(), |k| format!(" data-n=\"{k}\""));
        writeln!(
            w,
            "<tr{select}><td>{}</td>{}<td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            t.rank,
            name_cell(
                &swatch(n.kind),
                &format!("{}{}", escape(&n.label), origin_mark(n.origin))
            ),
            n.kind,
            d.weighted_degree[i.index()],
            degree[i.index()],
            n.mentions,
            n.documents
        )?;
    }
    writeln!(w, "</tbody></table></div></section>")
}

pub(super) fn relations_by_type(
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
        r.asserted += e.asserted;
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
        "<div class=\"fit\"><table id=\"relations\"><thead><tr><th>relation</th><th>edges</th><th>instances</th><th>asserted</th><th>negated</th><th>hedged</th><th>CAMEO</th></tr></thead><tbody>"
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
            "<tr>{}<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            name_cell(
                &format!(
                    "<span class=\"sw line\" style=\"background:{}\"></span>",
                    colours[k]
                ),
                &format!("{}{from}", escape(name))
            ),
            r.edges,
            r.instances,
            r.asserted,
            r.negated,
            r.hedged,
            escape(&r.cameo)
        )?;
    }
    writeln!(w, "</tbody></table></div></section>")
}

pub(super) fn timeline(kg: &KnowledgeGraph, dates: &BTreeSet<Date>, w: &mut dyn Write) -> io::Result<()> {
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
            "<tr{attr}><td class=\"date\">{label}</td><td class=\"num\">{total}</td><td class=\"bar\" title=\"{} asserted, {} negated, {} hedged\"><span class=\"a\" style=\"width:{:.1}%\"></span><span class=\"h\" style=\"width:{:.1}%\"></span><span class=\"x\" style=\"width:{:.1}%\"></span></td></tr>",
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

pub(super) fn documents(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "<section><h2>Documents</h2>")?;
    writeln!(
        w,
        "<div class=\"scroll\"><table id=\"documents\"><thead><tr><th>document</th><th>date</th><th>sentences</th><th>relations</th></tr></thead><tbody>"
    )?;
    for d in &kg.documents {
        writeln!(
            w,
            "<tr><td>{}</td><td class=\"date\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
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
