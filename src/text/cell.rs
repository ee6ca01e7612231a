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
