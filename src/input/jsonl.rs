//! JSON Lines (`.jsonl`, `.ndjson`): one article per line, read line by line from a stream.

use super::item::{Document, InputFile, Item, Records, parse_date_field};
use super::limits::{self, Line};
use crate::model::WarningKind;
use std::collections::VecDeque;
use std::io::BufRead;
use std::path::PathBuf;

/// The fields of a line that kgraph reads, of any JSON type (a wrongly typed optional field is
/// a warning, not a lost record); others are ignored.
#[derive(serde::Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
    title: Option<serde_json::Value>,
    date: Option<serde_json::Value>,
}

/// A field as text: a string as it is, a number as written; `None` for null or no field.
fn as_text(v: Option<serde_json::Value>) -> Result<Option<String>, &'static str> {
    match v {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::String(s)) => Ok(Some(s)),
        Some(serde_json::Value::Number(n)) => Ok(Some(n.to_string())),
        Some(serde_json::Value::Bool(_)) => Err("true or false"),
        Some(serde_json::Value::Array(_)) => Err("a list"),
        Some(serde_json::Value::Object(_)) => Err("an object"),
    }
}

/// The lines of one JSON Lines source, read one at a time.
pub(super) struct JsonLines<R> {
    path: PathBuf,
    /// The file's name, for documents without an `id`: `NAME:LINE`.
    name: String,
    reader: R,
    /// Lines read so far.
    n: u64,
}

impl<R: BufRead> JsonLines<R> {
    pub(super) fn new(file: &InputFile, reader: R) -> Self {
        JsonLines {
            path: file.path.clone(),
            name: file.name.clone(),
            reader,
            n: 0,
        }
    }

    fn warn(&self, out: &mut VecDeque<Item>, msg: String) {
        out.push_back(super::item::warning(WarningKind::Record, &self.path, msg));
    }

    /// The document of line `n`, or `None` with a warning saying why it is skipped.
    fn document(&self, line: &str, out: &mut VecDeque<Item>) -> Option<Document> {
        let n = self.n;
        let rec: Record = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                self.warn(out, format!("line {n}: not a JSON object ({e}), skipped"));
                return None;
            }
        };
        let body = match rec.text {
            Some(serde_json::Value::String(s)) => s,
            None | Some(serde_json::Value::Null) => {
                self.warn(out, format!("line {n}: no \"text\" field, skipped"));
                return None;
            }
            Some(_) => {
                self.warn(out, format!("line {n}: \"text\" is not a string, skipped"));
                return None;
            }
        };
        let mut optional = |field: &str, v| {
            as_text(v).unwrap_or_else(|what| {
                let msg = format!("line {n}: {field:?} is {what}, not text: the field is ignored");
                out.push_back(super::item::warning(WarningKind::Record, &self.path, msg));
                None
            })
        };
        let (title, date) = (optional("title", rec.title), optional("date", rec.date));
        if body.trim().is_empty() {
            self.warn(out, format!("line {n}: empty \"text\", skipped"));
            return None;
        }
        let name = match rec.id {
            // a blank id names nothing: the record is then FILE:LINE, as one without an id
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
            Some(serde_json::Value::String(_)) => format!("{}:{n}", self.name),
            Some(v) if !v.is_null() => v.to_string(),
            _ => format!("{}:{n}", self.name),
        };
        let text = match title {
            Some(t) if !t.trim().is_empty() && !body.starts_with(t.trim()) => {
                format!("{}\n\n{body}", t.trim())
            }
            _ => body,
        };
        let date = date
            .as_deref()
            .and_then(|d| parse_date_field(d).or_else(|| compact_date(d)));
        let mut text = text;
        if limits::cap_text(&mut text) {
            self.warn(out, format!("line {n}: {}", limits::cut_warning()));
        }
        Some(Document { name, text, date })
    }
}

/// A date written as the number YYYYMMDD (`20140314`), as event data sets often do.
fn compact_date(d: &str) -> Option<crate::model::Date> {
    if d.len() != 8 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    parse_date_field(&format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..]))
}

impl<R: BufRead> Records for JsonLines<R> {
    fn step(&mut self, out: &mut VecDeque<Item>) -> bool {
        let mut line = Vec::new();
        match limits::read_line(&mut self.reader, &mut line, limits::MAX_DOCUMENT_BYTES) {
            Ok(Line::End) => return false,
            Ok(Line::Read) => {}
            Ok(Line::TooLong) => {
                self.n += 1;
                let msg = format!(
                    "line {}: longer than {}, skipped (one article per line?)",
                    self.n,
                    limits::MAX_DOCUMENT_SHOWN
                );
                self.warn(out, msg);
                return true;
            }
            Err(e) => {
                let msg = format!("line {}: read error, rest skipped: {e}", self.n + 1);
                self.warn(out, msg);
                return false;
            }
        }
        self.n += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            return true;
        }
        let decoded = crate::text::decode_lenient(line);
        if let Some(w) = decoded.warning {
            self.warn(out, format!("line {}: {w}", self.n));
        }
        if let Some(doc) = self.document(&decoded.text, out) {
            out.push_back(Item::Document(doc));
        }
        true
    }
}
