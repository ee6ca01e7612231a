//! CSV and TSV files: one article per row, the columns found by name in the header, read row
//! by row from a stream.

use super::item::{CsvColumns, Document, Documents, Format, InputFile, Item, Records, parse_date_field};
use super::limits::{Budget, MAX_DOCUMENT_BYTES};
use crate::model::WarningKind;
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
    /// `--where`, by column position; empty when every row is read.
    filters: Vec<(usize, String, Vec<Vec<u8>>)>,
    /// The conditions as typed, for the warning when no row meets them.
    filter_text: String,
    /// Rows that met `--where`, and the first distinct cells seen in its first column.
    matched: u64,
    seen: Vec<String>,
}

/// How many distinct cells of a `--where` column a no-match warning lists.
const SEEN_SHOWN: usize = 8;

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
                WarningKind::Format,
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
        return Documents::of(vec![super::item::warning(WarningKind::Format, &file.path, msg)]);
    };
    let mut filters = Vec::new();
    for f in &cols.filters {
        let Some(c) = find(&f.column) else {
            let msg = format!(
                "no column {:?} for --where {} (columns: {}), skipped",
                f.column,
                f.shown(),
                header.iter().collect::<Vec<_>>().join(", ")
            );
            return Documents::of(vec![super::item::warning(WarningKind::Format, &file.path, msg)]);
        };
        let values = f.values.iter().map(|v| v.trim().as_bytes().to_vec()).collect();
        filters.push((c, f.column.clone(), values));
    }
    let filter_text = cols
        .filters
        .iter()
        .map(super::item::ColumnFilter::shown)
        .collect::<Vec<_>>()
        .join(" ");
    Documents::reading(Rows {
        filters,
        filter_text,
        matched: 0,
        seen: Vec::new(),
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
        out.push_back(super::item::warning(WarningKind::Record, &self.path, msg));
    }

    /// Whether the row just read meets `--where` (noting the cells seen, for the warning when
    /// none does).
    fn wanted(&mut self) -> bool {
        let mut ok = true;
        for (k, (c, _, values)) in self.filters.iter().enumerate() {
            let cell = self.rec.get(*c).map_or(&b""[..], <[u8]>::trim_ascii);
            if k == 0 && self.seen.len() < SEEN_SHOWN {
                let shown = String::from_utf8_lossy(cell).into_owned();
                if !self.seen.contains(&shown) {
                    self.seen.push(shown);
                }
            }
            ok &= values.iter().any(|v| v.as_slice() == cell);
        }
        self.matched += u64::from(ok);
        ok
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
                if !self.filters.is_empty() && self.matched == 0 && self.row > 0 {
                    let msg = format!(
                        "--where {}: none of its {} rows matched (the first values of {:?}: {})",
                        self.filter_text,
                        self.row,
                        self.filters.first().map_or("", |f| f.1.as_str()),
                        self.seen.join(", ")
                    );
                    self.warn(out, msg);
                }
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
        self.pending = if self.wanted() { self.document(out) } else { None };
        true
    }
}
