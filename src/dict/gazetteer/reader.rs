//! The one way gazetteer CSV files are read: UTF-8 and quote checks, a header checked against the
//! known columns, rows whose fields are looked up by column name, and errors that name the line.

use crate::dict::layer::LayerFile;
use crate::error::{Error, Result};
use std::collections::HashMap;
use std::path::Path;

type Reader<'f> = csv::Reader<&'f [u8]>;

/// One data row of a gazetteer CSV file.
pub(super) struct Row<'r> {
    rec: &'r csv::StringRecord,
    cols: &'r HashMap<String, usize>,
    /// The row's line in the file, for errors.
    pub line: u64,
}

impl<'r> Row<'r> {
    /// The trimmed field of a column, empty when the file lacks the column; a cell kgraph wrote
    /// spreadsheet-safe (`'=…`) reads as it was.
    pub fn field(&self, name: &str) -> &'r str {
        self.cols
            .get(name)
            .and_then(|&i| self.rec.get(i))
            .map(|f| crate::text::cell::plain(f).trim())
            .unwrap_or("")
    }
}

/// Reads the CSV file `file` of a layer (header naming every `required` column and only `known` ones) and
/// hands each row to `each`; rows with only empty fields are skipped when `skip_blank`.
pub(super) fn for_each_row(
    file: &LayerFile,
    required: &[&str],
    known: &[&str],
    skip_blank: bool,
    mut each: impl FnMut(&Row) -> Result<()>,
) -> Result<()> {
    let path = file.path.as_path();
    let mut rdr = open_csv(file)?;
    let cols = header_map(&mut rdr, path, required, known)?;
    let mut lines = Lines::new(file.text()?);
    for rec in rdr.records() {
        let rec = rec.map_err(|e| csv_error(path, e))?;
        let line = lines.of(rec.position());
        if skip_blank && is_blank(&rec) {
            continue;
        }
        each(&Row {
            rec: &rec,
            cols: &cols,
            line,
        })?;
    }
    Ok(())
}

/// Splits a `;`-separated list of names, collapsing each; an empty name is an error that says
/// where (`what` is the prefix of the message, such as "entity usa: ").
pub(super) fn names(raw: &str, path: &Path, line: u64, what: &str) -> Result<Vec<String>> {
    if raw.is_empty() {
        return Ok(Vec::new());
    }
    raw.split(';')
        .map(|a| {
            let a = collapse(a);
            if a.is_empty() {
                return Err(Error::gazetteer(
                    path,
                    line,
                    format!("{what}empty alias in {raw:?} (remove the extra ';')"),
                ));
            }
            Ok(a)
        })
        .collect()
}

/// Collapses runs of whitespace to one space and normalises quotes, as the text stage does.
pub fn collapse(s: &str) -> String {
    let s = crate::text::normalize::normalize(s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn open_csv(file: &LayerFile) -> Result<Reader<'_>> {
    let text = file.text()?;
    if let Some(line) = unclosed_quote(text.as_bytes()) {
        return Err(Error::gazetteer(
            &file.path,
            line,
            "a double quote opened on this line is never closed (close it, or double it as \"\" inside a quoted field)",
        ));
    }
    Ok(csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes()))
}

/// The line of a double quote that is still open at the end of the file, if any.
fn unclosed_quote(bytes: &[u8]) -> Option<u64> {
    let (mut line, mut open_at, mut inside) = (1u64, 0u64, false);
    for &b in bytes {
        match b {
            b'"' => {
                inside = !inside;
                if inside {
                    open_at = line;
                }
            }
            b'\n' => line += 1,
            _ => {}
        }
    }
    inside.then_some(open_at)
}

fn header_map(
    rdr: &mut Reader<'_>,
    path: &Path,
    required: &[&str],
    known: &[&str],
) -> Result<HashMap<String, usize>> {
    let header = rdr.headers().map_err(|e| csv_error(path, e))?.clone();
    let mut cols = HashMap::new();
    for (i, h) in header.iter().enumerate() {
        let h = h.trim().to_ascii_lowercase();
        if !known.contains(&h.as_str()) {
            return Err(Error::gazetteer(
                path,
                1,
                format!("unknown column {h:?} (known columns: {})", known.join(", ")),
            ));
        }
        if cols.insert(h.clone(), i).is_some() {
            return Err(Error::gazetteer(path, 1, format!("column {h:?} appears twice")));
        }
    }
    for r in required {
        if !cols.contains_key(*r) {
            return Err(Error::gazetteer(
                path,
                1,
                format!(
                    "missing column {r:?}: the header must name {}",
                    required.join(", ")
                ),
            ));
        }
    }
    Ok(cols)
}

fn is_blank(rec: &csv::StringRecord) -> bool {
    rec.iter().all(|f| f.trim().is_empty())
}

/// Line numbers of the rows of one file, counted from their byte offsets as the rows are read
/// (the csv crate's own count falls one short per CRLF line end).
pub struct Lines<'t> {
    text: &'t [u8],
    at: usize,
    line: u64,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Self {
        Lines {
            text: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The line a row starts on (0 when the position is unknown).
    pub fn of(&mut self, pos: Option<&csv::Position>) -> u64 {
        let Some(pos) = pos else { return 0 };
        let byte = row_start(self.text, pos);
        if byte < self.at {
            (self.at, self.line) = (0, 1);
        }
        self.line += memchr::memchr_iter(b'\n', &self.text[self.at..byte]).count() as u64;
        self.at = byte;
        self.line
    }
}

/// The byte a row starts at. The csv crate may put a row at the line end before it (after a
/// CRLF) or at a comment line before it; a row starts with neither, so both are passed over.
fn row_start(text: &[u8], pos: &csv::Position) -> usize {
    let mut byte = usize::try_from(pos.byte()).unwrap_or(usize::MAX).min(text.len());
    loop {
        match text.get(byte) {
            Some(b'\r' | b'\n') => byte += 1,
            Some(b'#') if byte == 0 || text[byte - 1] == b'\n' => {
                byte = memchr::memchr(b'\n', &text[byte..]).map_or(text.len(), |i| byte + i + 1);
            }
            _ => return byte,
        }
    }
}

/// Turns a csv error into a gazetteer error with the line it happened on (counted in the file
/// itself where it can be read, see [`Lines`]).
pub fn csv_error(path: &Path, e: csv::Error) -> Error {
    let line = match (e.position(), std::fs::read(path)) {
        (Some(p), Ok(bytes)) => {
            let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(&bytes);
            let end = row_start(bytes, p);
            memchr::memchr_iter(b'\n', &bytes[..end]).count() as u64 + 1
        }
        (p, _) => p.map_or(0, csv::Position::line),
    };
    let msg = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!(
            "{len} fields where the header has {expected_len} (a field with a comma must be in double quotes)"
        ),
        _ => format!("malformed CSV: {e}"),
    };
    Error::gazetteer(path, line, msg)
}
