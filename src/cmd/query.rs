//! `kgraph query`: load `graph.json`, answer one question, print it as a table, CSV or JSON.

use crate::cli::{Query, QueryArgs, QueryFormat};
use crate::error::{Error, Result};
use crate::query::{self, Resolver, Table};
use std::io::Write;

pub fn run(a: QueryArgs) -> Result<()> {
    let kg = crate::export::json::read(&a.graph)?;
    let names = Resolver::new(&kg);
    let table: Table = match a.query {
        Query::Neighbors {
            name,
            relation,
            direction,
        } => Table::of(
            &kg,
            &query::neighbors::neighbors(
                &kg,
                names.resolve(&name)?,
                names.relation(relation)?.as_deref(),
                direction,
            ),
        ),
        Query::Edges {
            from,
            to,
            relation,
            negated,
            since,
            until,
        } => {
            let f = query::edges::Filter {
                from: from.map(|n| names.resolve(&n)).transpose()?,
                to: to.map(|n| names.resolve(&n)).transpose()?,
                relation: names.relation(relation)?,
                negated,
                since,
                until,
            };
            Table::of(&kg, &query::edges::edges(&kg, &f))
        }
        Query::Path { from, to, weighted } => {
            let (x, y) = (names.resolve(&from)?, names.resolve(&to)?);
            let hops = query::path::path(&kg, x, y, weighted);
            if hops.is_empty() && x != y {
                note!("kgraph: no path between {} and {}", kg.id(x), kg.id(y));
            }
            Table::of(&kg, &hops)
        }
        Query::Top { by, kind, n } => Table::of(&kg, &query::top::top(&kg, by, kind, n)),
        Query::Evidence { a: x, b: y, relation } => Table::of(
            &kg,
            &query::evidence::evidence(
                &kg,
                names.resolve(&x)?,
                names.resolve(&y)?,
                names.relation(relation)?.as_deref(),
            ),
        ),
        Query::Ego { name, depth, out } => {
            let sub = query::ego::ego(&kg, names.resolve(&name)?, depth);
            return ego(&sub, out.as_deref(), &a.graph, a.format);
        }
        Query::Stats => Table::of(&kg, &query::stats::stats(&kg)),
        Query::Events { a: x, b: y, relation } => Table::of(
            &kg,
            &query::events::events(
                &kg,
                names.resolve(&x)?,
                names.resolve(&y)?,
                names.relation(relation)?.as_deref(),
            ),
        ),
    };
    print(|w| match a.format {
        QueryFormat::Table => table.write_text(w),
        QueryFormat::Csv => table.write_csv(w),
        QueryFormat::Json => table.write_json(w),
        QueryFormat::Graphml => Err(std::io::Error::other("--format graphml is for `query ego` only")),
    })
}

/// An ego subgraph: as the build files into `--out DIR`, else printed in `--format`.
fn ego(
    sub: &crate::graph::KnowledgeGraph,
    out: Option<&std::path::Path>,
    graph: &std::path::Path,
    format: QueryFormat,
) -> Result<()> {
    if let Some(dir) = out {
        let out = super::outputs::OutDir::lock(dir)?;
        super::guard::not_replacing(&out.graph_paths(), graph)?;
        for p in out.write_graph(sub)? {
            note!("  wrote {}", p.display());
        }
        return Ok(());
    }
    print(|w| match format {
        QueryFormat::Graphml => crate::export::graphml::write(sub, w),
        QueryFormat::Json => crate::export::json::write(sub, w),
        QueryFormat::Csv => crate::export::csv::write_edges(sub, w),
        QueryFormat::Table => {
            Table::of(sub, &query::edges::edges(sub, &query::edges::Filter::default())).write_text(w)
        }
    })
}

fn print(f: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    f(&mut w).and_then(|()| w.flush()).map_err(|e| {
        if e.kind() == std::io::ErrorKind::Other {
            Error::Usage(e.to_string())
        } else {
            Error::stdout(e)
        }
    })
}
