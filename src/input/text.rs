//! Text files: one file, one document, read whole and decoded (gzip looked through).

use super::gzip;
use super::item::{Document, InputFile, Item, Warning};
use std::io::Read;
use std::path::Path;

/// The document of a text file, after any warnings about it.
pub(super) fn document(file: &InputFile) -> Vec<Item> {
    let mut warnings = Vec::new();
    let text = read(file, &mut warnings);
    let doc = text.map(|text| Document {
        name: file.name.clone(),
        text,
        date: None,
    });
    super::item::in_order(warnings, doc)
}

/// Reads a whole text file and decodes it. `None` means skipped, with the reason in `warnings`.
pub fn read(file: &InputFile, warnings: &mut Vec<Warning>) -> Option<String> {
    match read_bytes(file) {
        Ok(bytes) => decode(&file.path, bytes, warnings),
        Err(e) => {
            warnings.push(Warning::new(&file.path, format!("cannot read, skipped: {e}")));
            None
        }
    }
}

/// Reads a whole file (or standard input) into memory, decompressing gzip.
fn read_bytes(file: &InputFile) -> std::io::Result<Vec<u8>> {
    let bytes = if file.is_stdin() {
        let mut b = Vec::new();
        std::io::stdin().read_to_end(&mut b)?;
        b
    } else {
        std::fs::read(&file.path)?
    };
    gzip::gunzip(bytes)
}

/// Decodes a text file's bytes; binary and empty files are skipped with a warning.
pub(super) fn decode(path: &Path, bytes: Vec<u8>, warnings: &mut Vec<Warning>) -> Option<String> {
    let empty = bytes.is_empty();
    let decoded = match crate::text::decode(bytes) {
        Ok(d) => d,
        Err(crate::text::Binary(msg)) => {
            warnings.push(Warning::new(path, msg));
            return None;
        }
    };
    if let Some(msg) = decoded.warning {
        warnings.push(Warning::new(path, msg));
    }
    if decoded.text.trim().is_empty() {
        let msg = if empty {
            "empty file, skipped"
        } else {
            "only white space, skipped"
        };
        warnings.push(Warning::new(path, msg));
        return None;
    }
    Some(decoded.text)
}
