//! What the readers yield: input files, documents and warnings, in input order, and the
//! iterator that hands them out one record at a time.

use crate::model::{Date, WarningKind};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};

/// One input file: where it is and the name its documents carry in the outputs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct InputFile {
    /// The path relative to the folder given, or the file name; `-` for standard input.
    pub name: String,
    pub path: PathBuf,
    /// Size in bytes when discovered (0 for standard input).
    pub size: u64,
}

/// One article, read and decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The name in `relations.csv`: the file name, or the record's `id` in JSON Lines and CSV.
    pub name: String,
    pub text: String,
    /// A date the source states (JSON Lines `date` field, CSV `date` column).
    pub date: Option<Date>,
}

impl InputFile {
    /// Whether this stands for standard input.
    pub fn is_stdin(&self) -> bool {
        self.name == "-" && self.path.as_os_str() == "-"
    }
}

/// A non-fatal problem with one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: PathBuf,
    pub kind: WarningKind,
    pub msg: String,
}

impl Warning {
    pub fn new(kind: WarningKind, path: &Path, msg: impl Into<String>) -> Warning {
        Warning {
            path: path.to_path_buf(),
            kind,
            msg: msg.into(),
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.msg)
    }
}

/// How to read CSV inputs.
#[derive(Debug, Clone)]
pub struct CsvColumns {
    pub text: String,
    pub id: String,
    pub date: String,
    /// `--where`: only rows whose cell in each named column is one of the values.
    pub filters: Vec<ColumnFilter>,
}

impl Default for CsvColumns {
    fn default() -> Self {
        CsvColumns {
            text: "text".into(),
            id: "id".into(),
            date: "date".into(),
            filters: Vec::new(),
        }
    }
}

/// One column of `--where`: a row is read when its cell (trimmed) is one of `values`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnFilter {
    pub column: String,
    pub values: Vec<String>,
}

impl ColumnFilter {
    /// Groups `column=value` conditions by column: values of one column are alternatives,
    /// columns must all hold.
    pub fn group(conditions: &[(String, String)]) -> Vec<ColumnFilter> {
        let mut out: Vec<ColumnFilter> = Vec::new();
        for (column, value) in conditions {
            match out.iter_mut().find(|f| f.column.eq_ignore_ascii_case(column)) {
                Some(f) => f.values.push(value.clone()),
                None => out.push(ColumnFilter {
                    column: column.clone(),
                    values: vec![value.clone()],
                }),
            }
        }
        out
    }

    /// The condition as typed: `category=politics|business`.
    pub fn shown(&self) -> String {
        format!("{}={}", self.column, self.values.join("|"))
    }
}

/// What kind of file an input is, by its name (a `.gz` suffix is looked through).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    JsonLines,
    Csv,
}

impl Format {
    pub fn of(path: &Path) -> Format {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
            Format::JsonLines
        } else if name.ends_with(".csv") || name.ends_with(".tsv") {
            Format::Csv
        } else {
            Format::Text
        }
    }
}

/// What reading an input gives, in input order: a document, or a warning about the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Document(Document),
    Warning(Warning),
}

/// The documents of one input file, in order, each after the warnings about the lines or rows
/// before it. A JSON Lines or CSV file is read record by record as the iterator is advanced.
pub struct Documents {
    /// The reader of the records still to come; `None` once the source is exhausted.
    records: Option<Box<dyn Records>>,
    /// What was read and not yet handed out (at most one record's worth).
    pending: VecDeque<Item>,
}

/// A reader of a record-per-line format.
pub(super) trait Records {
    /// Reads one record, putting what it gives (warnings, then a document) into `out`; false
    /// once the source is exhausted or unreadable.
    fn step(&mut self, out: &mut VecDeque<Item>) -> bool;
}

impl Documents {
    /// Items known in full already (a text file, or a file that could not be read).
    pub(super) fn of(items: Vec<Item>) -> Documents {
        Documents {
            records: None,
            pending: items.into(),
        }
    }

    /// The items of a source read record by record.
    pub(super) fn reading(records: impl Records + 'static) -> Documents {
        Documents {
            records: Some(Box::new(records)),
            pending: VecDeque::new(),
        }
    }
}

impl Iterator for Documents {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while self.pending.is_empty() {
            let records = self.records.as_mut()?;
            if !records.step(&mut self.pending) {
                self.records = None;
            }
        }
        self.pending.pop_front()
    }
}

pub(super) fn warning(kind: WarningKind, path: &Path, msg: String) -> Item {
    Item::Warning(Warning::new(kind, path, msg))
}

/// The warnings about a document, then the document if it was not skipped.
pub(super) fn in_order(warnings: Vec<Warning>, doc: Option<Document>) -> Vec<Item> {
    let mut items: Vec<Item> = warnings.into_iter().map(Item::Warning).collect();
    items.extend(doc.map(Item::Document));
    items
}

/// Parses a date field: `YYYY-MM-DD`, optionally followed by a time (`2018-07-16T10:00:00Z`).
pub fn parse_date_field(s: &str) -> Option<Date> {
    Date::parse_iso(s.get(..10).unwrap_or(s))
}
