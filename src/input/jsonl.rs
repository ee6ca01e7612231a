//! JSON Lines (`.jsonl`, `.ndjson`): one article per line, read line by line from a stream.

use super::item::{Document, InputFile, Item, Records, parse_date_field};
use std::collections::VecDeque;
use std::io::BufRead;
use std::path::PathBuf;

/// The fields of a line that kgraph reads; others are ignored.
#[derive(serde::Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    title: Option<String>,
    date: Option<String>,
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
        out.push_back(super::item::warning(&self.path, msg));
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
        let Some(body) = rec.text else {
            self.warn(out, format!("line {n}: no \"text\" field, skipped"));
            return None;
        };
        if body.trim().is_empty() {
            self.warn(out, format!("line {n}: empty \"text\", skipped"));
            return None;
        }
        let name = match rec.id {
            Some(serde_json::Value::String(s)) => s,
            Some(v) if !v.is_null() => v.to_string(),
            _ => format!("{}:{n}", self.name),
        };
        let text = match rec.title {
            Some(t) if !t.trim().is_empty() && !body.starts_with(t.trim()) => {
                format!("{}\n\n{body}", t.trim())
            }
            _ => body,
        };
        let date = rec.date.as_deref().and_then(parse_date_field);
        Some(Document { name, text, date })
    }
}

impl<R: BufRead> Records for JsonLines<R> {
    fn step(&mut self, out: &mut VecDeque<Item>) -> bool {
        let mut line = Vec::new();
        match self.reader.read_until(b'\n', &mut line) {
            Ok(0) => return false,
            Ok(_) => {}
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
