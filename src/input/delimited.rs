//! CSV and TSV files: one article per row, the columns found by name in the header, read row
//! by row from a stream.

use super::item::{CsvColumns, Document, Documents, Format, InputFile, Item, Records, parse_date_field};
use super::limits::{Budget, MAX_DOCUMENT_BYTES};
use std::collections::VecDeque;
use std::io::Read;
use std::path::PathBuf;

/// The rows of one CSV or TSV source, read one at a time.
pub(super) struct Rows<R> {
    path: PathBuf,
    /// The file's name, for rows without an id: `NAME:ROW`.
    name: String,
    rdr: csv::Reader<Budget<R>>,
    text_col: usize,
    id_col: Option<usize>,
    date_col: Option<usize>,
    rec: csv::ByteRecord,
    /// Rows read so far, the header not counted.
    row: u64,
    /// The last row's document, held back until the next row shows the row ended where it
    /// should (see [`Budget`]: a quote never closed makes the last row swallow the file).
    pending: Option<Document>,
    /// The line the last row started on.
    line: u64,
}

/// The documents of a CSV or TSV source: its header is read first, to find the columns.
pub(super) fn rows<R: Read + 'static>(file: &InputFile, reader: R, cols: &CsvColumns) -> Documents {
    let tsv = Format::of(&file.path) == Format::Csv
        && file
            .path
            .to_string_lossy()
            .to_lowercase()
            .trim_end_matches(".gz")
            .ends_with(".tsv");
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(if tsv { b'\t' } else { b',' })
        .flexible(true)
        .from_reader(Budget::new(reader, MAX_DOCUMENT_BYTES));
    let header = match rdr.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return Documents::of(vec![super::item::warning(
                &file.path,
                format!("not CSV ({e}), skipped"),
            )]);
        }
    };
    let find = |name: &str| header.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let Some(text_col) = find(&cols.text) else {
        let msg = format!(
            "no column {:?} (columns: {}); give --text-column, skipped",
            cols.text,
            header.iter().collect::<Vec<_>>().join(", ")
        );
        return Documents::of(vec![super::item::warning(&file.path, msg)]);
    };
    Documents::reading(Rows {
        path: file.path.clone(),
        name: file.name.clone(),
        id_col: find(&cols.id),
        date_col: find(&cols.date),
        rdr,
        text_col,
        rec: csv::ByteRecord::new(),
        row: 0,
        pending: None,
        line: 0,
    })
}

impl<R: Read> Rows<R> {
    fn warn(&self, out: &mut VecDeque<Item>, msg: String) {
        out.push_back(super::item::warning(&self.path, msg));
    }

    /// The document of the row just read, or `None` with a warning saying why it is skipped.
    fn document(&self, out: &mut VecDeque<Item>) -> Option<Document> {
        let (rec, row) = (&self.rec, self.row);
        let Some(body) = rec.get(self.text_col) else {
            self.warn(out, format!("row {row}: no text cell, skipped"));
            return None;
        };
        let decoded = crate::text::decode_lenient(body.to_vec());
        if let Some(w) = decoded.warning {
            self.warn(out, format!("row {row}: {w}"));
        }
        let mut text = decoded.text;
        if super::limits::cap_text(&mut text) {
            self.warn(out, format!("row {row}: {}", super::limits::cut_warning()));
        }
        if text.trim().is_empty() {
            self.warn(out, format!("row {row}: empty text cell, skipped"));
            return None;
        }
        let name = self
            .id_col
            .and_then(|c| rec.get(c))
            .map(|b| String::from_utf8_lossy(b).trim().to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("{}:{row}", self.name));
        let date = self
            .date_col
            .and_then(|c| rec.get(c))
            .and_then(|b| parse_date_field(&String::from_utf8_lossy(b)));
        Some(Document { name, text, date })
    }
}

impl<R: Read> Rows<R> {
    fn flush(&mut self, out: &mut VecDeque<Item>) {
        if let Some(doc) = self.pending.take() {
            out.push_back(Item::Document(doc));
        }
    }
}

impl<R: Read> Records for Rows<R> {
    fn step(&mut self, out: &mut VecDeque<Item>) -> bool {
        let read = self.rdr.read_byte_record(&mut self.rec);
        self.rdr.get_mut().reset();
        match read {
            Ok(true) => {}
            Ok(false) => {
                // every quote of a well-formed file is paired: an odd count means the last row
                // opened one and ran to the end of the file
                if self.rdr.get_ref().quotes() % 2 == 1 && self.row > 0 {
                    self.pending = None;
                    let msg = format!(
                        "row {} (line {}): a quote opened in this row is never closed, so the rest \
                         of the file was read as one cell: row skipped (close the quote)",
                        self.row, self.line
                    );
                    self.warn(out, msg);
                }
                self.flush(out);
                return false;
            }
            Err(e) => {
                self.flush(out);
                let msg = format!("row {}: {e}; rest skipped", self.row + 1);
                self.warn(out, msg);
                return false;
            }
        }
        self.flush(out);
        self.row += 1;
        self.line = self.rec.position().map_or(0, csv::Position::line);
        self.pending = self.document(out);
        true
    }
}
