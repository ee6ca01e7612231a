//! `kgraph suggest`: names in the input that the gazetteer misses, ready to paste.

use crate::cli::{SuggestArgs, SuggestFormat};
use crate::dict::gazetteer::ENTITY_COLUMNS;
use crate::error::{Error, Result};
use crate::model::slug::{IdLetters, id_for};
use crate::suggest::suggest;
use std::io::Write;

pub fn run(a: SuggestArgs) -> Result<()> {
    let plan = super::plan::Plan::entities(&a.gazetteer)?;
    let gaz = &plan.dict.gazetteer;
    let mut warnings = Vec::new();
    let files = crate::input::discover(&a.input, &mut warnings)?;
    let texts: Vec<String> = files
        .iter()
        .filter_map(|f| crate::input::read(f, &mut warnings))
        .collect();
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let found: Vec<_> = suggest(gaz, texts.iter().map(String::as_str))?
        .into_iter()
        .filter(|s| s.count >= a.min_count)
        .take(a.n)
        .collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let fail = Error::stdout;
    match a.format {
        SuggestFormat::Gazetteer => {
            writeln!(
                out,
                "# kgraph suggest: names the gazetteer misses. Check each guess, then paste the rows you"
            )
            .map_err(fail)?;
            writeln!(out, "# keep into gazetteer/entities.csv (same columns).").map_err(fail)?;
            writeln!(out, "{}", ENTITY_COLUMNS.join(",")).map_err(fail)?;
            for s in &found {
                let sample: String = s.sample.chars().take(160).collect();
                writeln!(
                    out,
                    "# {} mentions in {} documents: {}",
                    s.count, s.documents, sample
                )
                .map_err(fail)?;
                let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(vec![]);
                let row = [
                    id_for(&s.label, IdLetters::Ascii),
                    s.label.clone(),
                    s.kind.to_string(),
                    s.aliases.join(";"),
                    String::new(),
                    s.role.clone(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ];
                w.write_record(&row)
                    .map_err(|e| fail(crate::error::io_from_csv(e)))?;
                out.write_all(&w.into_inner().map_err(|e| fail(e.into_error()))?)
                    .map_err(fail)?;
            }
        }
        SuggestFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            let io = |e: csv::Error| fail(crate::error::io_from_csv(e));
            w.write_record(["label", "type", "count", "documents", "aliases", "role", "sample"])
                .map_err(io)?;
            for s in &found {
                w.write_record([
                    s.label.as_str(),
                    s.kind.as_str(),
                    &s.count.to_string(),
                    &s.documents.to_string(),
                    &s.aliases.join(";"),
                    &s.role,
                    &s.sample,
                ])
                .map_err(io)?;
            }
            w.flush().map_err(fail)?;
        }
    }
    out.flush().map_err(fail)
}
