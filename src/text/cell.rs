//! CSV and TSV cells safe to open in a spreadsheet. A cell that starts with `=`, `+`, `-`, `@`,
//! a tab or a carriage return is a formula to Excel and LibreOffice (an article sentence or a
//! document id can start so), so it is written with a single quote in front, the OWASP rule;
//! numbers (`-3.5`, `+44`) stay as they are. `--raw-cells` turns this off for pipelines that
//! need the text unchanged, and kgraph's own readers take the quote off again.

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether cells are written as they are (`--raw-cells`): set once by the command line.
static RAW: AtomicBool = AtomicBool::new(false);

/// Writes every later cell as it is (`true`) or spreadsheet-safe (`false`, the default).
pub fn write_raw(raw: bool) {
    RAW.store(raw, Ordering::Relaxed);
}

/// Whether CSV files are written for Excel (`--excel`): set once by the command line.
static EXCEL: AtomicBool = AtomicBool::new(false);

/// Writes later CSV files for Excel (`true`): a UTF-8 byte-order mark first, so that Excel
/// reads the accents as UTF-8, and codes with leading zeros as `="040"`, so that it keeps them.
pub fn write_excel(on: bool) {
    EXCEL.store(on, Ordering::Relaxed);
}

/// The start of a CSV file: the byte-order mark under `--excel`, else nothing.
pub fn start(w: &mut dyn std::io::Write) -> std::io::Result<()> {
    if EXCEL.load(Ordering::Relaxed) {
        w.write_all("\u{feff}".as_bytes())?;
    }
    Ok(())
}

/// The columns that hold codes whose leading zeros matter (CAMEO `040`).
pub const CODE_COLUMNS: [&str; 2] = ["cameo", "root_code"];

/// A record's cells made safe ([`safe_row`]), with the cells under a [`CODE_COLUMNS`] header
/// written `="040"` under `--excel` when they start with a zero.
pub fn record<'a, T: AsRef<str> + 'a>(
    header: &[&str],
    cells: impl IntoIterator<Item = &'a T>,
) -> Vec<Cell<'a>> {
    let excel = EXCEL.load(Ordering::Relaxed);
    cells
        .into_iter()
        .enumerate()
        .map(|(k, c)| {
            let c = c.as_ref();
            let code = header.get(k).is_some_and(|h| CODE_COLUMNS.contains(h));
            if excel && code && c.starts_with('0') && c.bytes().all(|b| b.is_ascii_digit()) {
                Cell(Cow::Owned(format!("=\"{c}\"")))
            } else {
                Cell(safe(c))
            }
        })
        .collect()
}

/// One cell as written: `AsRef<[u8]>`, for `csv::Writer::write_record`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell<'a>(Cow<'a, str>);

impl AsRef<[u8]> for Cell<'_> {
    fn as_ref(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

/// The cells of a record, each made safe ([`safe`]).
pub fn safe_row<'a, T: AsRef<str> + 'a>(cells: impl IntoIterator<Item = &'a T>) -> Vec<Cell<'a>> {
    cells.into_iter().map(|c| Cell(safe(c.as_ref()))).collect()
}

/// `cell` as a spreadsheet reads it as text: a quote before a formula's first character, unless
/// cells are written raw.
pub fn safe(cell: &str) -> Cow<'_, str> {
    if RAW.load(Ordering::Relaxed) || !starts_formula(cell) || is_number(cell) {
        return Cow::Borrowed(cell);
    }
    Cow::Owned(format!("'{cell}"))
}

/// A cell kgraph wrote safe, as it was: the quote before a formula character taken off.
pub fn plain(cell: &str) -> &str {
    if let Some(code) = cell.strip_prefix("=\"").and_then(|c| c.strip_suffix('"'))
        && code.bytes().all(|b| b.is_ascii_digit())
    {
        return code;
    }
    match cell.strip_prefix('\'') {
        Some(rest) if starts_formula(rest) => rest,
        _ => cell,
    }
}

fn starts_formula(cell: &str) -> bool {
    matches!(
        cell.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    )
}

/// A plain decimal number: sign, digits, at most one point, an optional exponent.
fn is_number(cell: &str) -> bool {
    let b = cell.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let digits_from = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    if i == digits_from || !b[digits_from..i].iter().any(u8::is_ascii_digit) {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        i += usize::from(matches!(b.get(i), Some(b'+' | b'-')));
        let exp = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp {
            return false;
        }
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_quoted_numbers_and_text_kept() {
        for (cell, written) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("@SUM(1+1)", "'@SUM(1+1)"),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("- Putin said", "'- Putin said"),
            ("-1+1", "'-1+1"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("-inf", "'-inf"),
            ("-", "'-"),
            ("-.", "'-."),
            ("-1e", "'-1e"),
            ("-3.5", "-3.5"),
            ("+44", "+44"),
            ("-10", "-10"),
            ("1.5e-3", "1.5e-3"),
            ("-.5", "-.5"),
            ("Kerry met Lavrov.", "Kerry met Lavrov."),
            ("'quoted", "'quoted"),
            ("", ""),
        ] {
            assert_eq!(safe(cell), written, "{cell:?}");
            assert_eq!(plain(&safe(cell)), cell, "{cell:?} back");
        }
    }
}
