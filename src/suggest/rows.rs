//! Suggestions written as `entities.csv` that the gazetteer loader reads as written: the csv
//! crate quotes every field, the header and every row have the same columns, ids are new and
//! valid, each alias is claimed once, and the comment lines hold no double quote.

use super::{Found, Suggestion, Suggestions};
use crate::dict::gazetteer::{ENTITY_COLUMNS, Gazetteer};
use crate::error::io_from_csv;
use crate::model::Gender;
use crate::model::slug::{IdLetters, id_for};
use crate::text::cell::safe_row;
use std::collections::HashSet;
use std::io::{self, Write};

/// How the first line of what `suggest` writes starts.
const FIRST_LINE: &str = "# kgraph suggest:";

/// The longest sample sentence in a comment line, in characters.
const SAMPLE_CHARS: usize = 200;

/// The columns written: those of the curated `gazetteer/entities.csv`, every entity column
/// but `source` (which records where an imported entity came from).
pub fn columns() -> Vec<&'static str> {
    ENTITY_COLUMNS
        .iter()
        .copied()
        .filter(|c| *c != "source")
        .collect()
}

/// One suggestion ready to write: its new id and the aliases no other row or entity claims.
pub struct Row<'s> {
    pub id: String,
    pub suggestion: &'s Suggestion,
    pub aliases: Vec<&'s str>,
}

/// The rows of every suggestion, discovered actors first: ids from the labels, unique and new
/// to `gaz`; a label or alias already claimed by an earlier row is left out.
pub fn rows<'s>(gaz: &Gazetteer, found: &'s Suggestions) -> Vec<Row<'s>> {
    let mut ids: HashSet<String> = HashSet::new();
    let mut claimed: HashSet<String> = HashSet::new();
    let mut out = Vec::new();
    for s in found.all() {
        let Some(id) = new_id(gaz, &s.label, &ids) else {
            continue;
        };
        if !claimed.insert(s.label.to_lowercase()) {
            continue;
        }
        ids.insert(id.clone());
        out.push(Row {
            id,
            suggestion: s,
            aliases: Vec::new(),
        });
    }
    for row in &mut out {
        for a in &row.suggestion.aliases {
            let fine = !a.trim().is_empty() && !a.contains(';');
            if fine && claimed.insert(a.to_lowercase()) {
                row.aliases.push(a);
            }
        }
    }
    out
}

/// A valid id for `label` that neither `gaz` nor `taken` has: the ASCII slug (the Unicode one
/// for a label without ASCII letters), with `_2`, `_3`, … when it is taken.
fn new_id(gaz: &Gazetteer, label: &str, taken: &HashSet<String>) -> Option<String> {
    let mut base = id_for(label, IdLetters::Ascii);
    if base.is_empty() {
        base = id_for(label, IdLetters::Unicode);
    }
    if base.is_empty() {
        return None;
    }
    let free = |id: &String| !taken.contains(id) && gaz.get(&crate::model::EntityId(id.clone())).is_none();
    std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}_{n}")))
        .find(free)
}

/// Writes the suggestions as `entities.csv`: comment lines saying what it is, the header (a
/// comment line instead when `header` is false, for appending to a file that has one), then
/// each row under a comment with its counts, role, affiliation and sample sentence.
pub fn write_entities(
    gaz: &Gazetteer,
    found: &Suggestions,
    header: bool,
    w: &mut dyn Write,
) -> io::Result<()> {
    let rows = rows(gaz, found);
    let cols = columns();
    let discovered = rows
        .iter()
        .filter(|r| r.suggestion.found == Found::Discovered)
        .count();
    writeln!(
        w,
        "{FIRST_LINE} {} and {} in {}, none in the gazetteer.",
        counted(discovered, "discovered actor"),
        counted(rows.len() - discovered, "other name"),
        counted(found.documents, "document")
    )?;
    writeln!(
        w,
        "# Check each row against the comment line above it, delete the rows you do not want,"
    )?;
    writeln!(
        w,
        "# then stack the folder of this file with --gazetteer, or paste the rows into an entities.csv."
    )?;
    if header {
        writeln!(w, "{}", cols.join(","))?;
    } else {
        writeln!(w, "# columns: {}", cols.join(","))?;
    }
    let mut section = None;
    for row in &rows {
        if section != Some(row.suggestion.found) {
            section = Some(row.suggestion.found);
            writeln!(w, "{}", section_comment(row.suggestion.found))?;
        }
        writeln!(w, "{}", row_comment(row.suggestion))?;
        write_row(w, &cols, row, gaz)?;
    }
    Ok(())
}

fn section_comment(found: Found) -> &'static str {
    match found {
        Found::Discovered => {
            "# Discovered actors: named the way news introduces an actor (a title, an apposition, an organisation shape)."
        }
        Found::Guessed => "# Other names: capitalised words no alias covers; the type is a guess.",
    }
}

/// `# discovered: 9 mentions in 4 documents; role: Finance Minister; affiliation: deu; e.g. …`
fn row_comment(s: &Suggestion) -> String {
    let mut c = format!(
        "# {}: {} in {}",
        s.found.as_str(),
        counted(s.count, "mention"),
        counted(s.documents, "document")
    );
    if !s.role.is_empty() {
        c.push_str(&format!("; role: {}", s.role));
    }
    if let Some(a) = &s.affiliation {
        c.push_str(&format!("; affiliation: {a}"));
    }
    let mut sample: String = s.sample.chars().take(SAMPLE_CHARS).collect();
    if s.sample.chars().count() > SAMPLE_CHARS {
        sample.push_str("...");
    }
    c.push_str(&format!("; e.g. {sample}"));
    comment_safe(&c)
}

/// "1 mention", "2 mentions".
fn counted(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// A comment line the gazetteer reader cannot misread: no double quote (it checks quotes over
/// the whole file, comments included) and no line break.
fn comment_safe(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '"' => '\'',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

fn write_row(w: &mut dyn Write, cols: &[&str], row: &Row, gaz: &Gazetteer) -> io::Result<()> {
    let s = row.suggestion;
    // an affiliation the gazetteer cannot resolve would stop the folder from loading
    let affiliation = s
        .affiliation
        .as_ref()
        .filter(|a| gaz.get(a).is_some())
        .map_or(String::new(), ToString::to_string);
    let field = |c: &str| -> String {
        match c {
            "id" => row.id.clone(),
            "label" => s.label.clone(),
            "type" => s.kind.to_string(),
            "aliases" => row.aliases.join(";"),
            "affiliation" => affiliation.clone(),
            "role" => s.role.clone(),
            "gender" => match s.gender {
                Some(Gender::Male) => "m".into(),
                Some(Gender::Female) => "f".into(),
                None => String::new(),
            },
            _ => String::new(),
        }
    };
    let mut csv = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    let cells: Vec<String> = cols.iter().map(|c| field(c)).collect();
    csv.write_record(safe_row(&cells)).map_err(io_from_csv)?;
    let bytes = csv.into_inner().map_err(|e| e.into_error())?;
    w.write_all(&bytes)
}

/// Writes the suggestions as a plain table: one row per name with how it was found, counts,
/// role, affiliation and the sample sentence.
pub fn write_table(gaz: &Gazetteer, found: &Suggestions, w: &mut dyn Write) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(w);
    csv.write_record([
        "found",
        "id",
        "label",
        "type",
        "count",
        "documents",
        "aliases",
        "role",
        "affiliation",
        "sample",
    ])
    .map_err(io_from_csv)?;
    for row in rows(gaz, found) {
        let s = row.suggestion;
        let affiliation = s.affiliation.as_ref().map_or(String::new(), ToString::to_string);
        csv.write_record(safe_row(&[
            s.found.as_str(),
            &row.id,
            &s.label,
            s.kind.as_str(),
            &s.count.to_string(),
            &s.documents.to_string(),
            &row.aliases.join(";"),
            &s.role,
            &affiliation,
            &s.sample,
        ]))
        .map_err(io_from_csv)?;
    }
    csv.flush()
}
