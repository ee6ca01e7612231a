//! Importers that turn other projects' dictionaries into kgraph's own gazetteer format (the
//! folder `kgraph build --gazetteer DIR` reads), with a report of every line they could not use.

pub mod petrarch;

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// One input line an importer could not use, with the reason it was skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The file name (without folders), as printed in reports.
    pub file: String,
    pub line: u64,
    /// A short, fixed reason; the summary counts skipped lines by it.
    pub reason: &'static str,
    /// The offending text or a detail.
    pub detail: String,
}

impl Skipped {
    /// A skipped line of `file`.
    pub fn new(file: &str, line: u64, reason: &'static str, detail: impl Into<String>) -> Skipped {
        Skipped {
            file: file.to_string(),
            line,
            reason,
            detail: detail.into(),
        }
    }
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)?;
        if !self.detail.is_empty() {
            write!(f, ": {}", self.detail)?;
        }
        Ok(())
    }
}

/// A file's name as reports print it: without its folders (the whole path if it has no name).
pub fn file_label(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |f| f.to_string_lossy().into_owned(),
    )
}

/// Counts skipped lines by reason, in reason order.
pub fn count_by_reason(skipped: &[Skipped]) -> BTreeMap<&'static str, usize> {
    let mut m = BTreeMap::new();
    for s in skipped {
        *m.entry(s.reason).or_insert(0) += 1;
    }
    m
}
