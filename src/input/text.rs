//! Text files: one file, one document, read whole and decoded (gzip looked through).

use super::item::{Document, InputFile, Item, Warning};
use super::{gzip, limits};
use crate::model::WarningKind;
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

/// Reads a whole text file (up to [`limits::MAX_DOCUMENT_BYTES`]) and decodes it. `None` means
/// skipped, with the reason in `warnings`.
pub fn read(file: &InputFile, warnings: &mut Vec<Warning>) -> Option<String> {
    match read_bytes(file) {
        Ok(Source::Text { bytes, cut }) => {
            if cut {
                warnings.push(Warning::new(
                    WarningKind::TooLong,
                    &file.path,
                    format!(
                        "longer than {} (uncompressed): only the first {} read as the document; \
                         split it into smaller files",
                        limits::MAX_DOCUMENT_SHOWN,
                        limits::MAX_DOCUMENT_SHOWN
                    ),
                ));
            }
            decode(&file.path, bytes, Sniffed::Yes, warnings)
        }
        Ok(Source::Binary(crate::text::Binary(msg))) => {
            warnings.push(Warning::new(WarningKind::Binary, &file.path, msg));
            None
        }
        Err(e) => {
            warnings.push(Warning::new(
                WarningKind::Unreadable,
                &file.path,
                format!("cannot read, skipped: {e}"),
            ));
            None
        }
    }
}

/// What reading a text source gave.
enum Source {
    Text {
        bytes: Vec<u8>,
        cut: bool,
    },
    /// Told from the first bytes: the rest was not read.
    Binary(crate::text::Binary),
}

/// Reads a file (or standard input), decompressing gzip: the first bytes, to tell a binary file
/// at once, then the rest up to the cap.
fn read_bytes(file: &InputFile) -> std::io::Result<Source> {
    let mut raw: Box<dyn Read> = if file.is_stdin() {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(&file.path)?)
    };
    let sniff = crate::text::SNIFF_BYTES;
    let expected = usize::try_from(file.size).unwrap_or(usize::MAX);
    let mut head = Vec::with_capacity(expected.min(limits::MAX_DOCUMENT_BYTES).max(sniff) + 1);
    raw.by_ref().take(sniff as u64).read_to_end(&mut head)?;
    if gzip::is_gzip(&head) {
        let mut unzipped = gzip::decoder(std::io::Cursor::new(head).chain(raw));
        let mut text = Vec::with_capacity(sniff);
        unzipped.by_ref().take(sniff as u64).read_to_end(&mut text)?;
        return rest(&mut unzipped, text);
    }
    rest(&mut raw, head)
}

/// The source after its first bytes `head`: binary, or the text up to the cap.
fn rest(r: &mut dyn Read, mut head: Vec<u8>) -> std::io::Result<Source> {
    if let Some(binary) = crate::text::sniff_binary(&head) {
        return Ok(Source::Binary(binary));
    }
    let cut = limits::read_to_cap(r, &mut head, limits::MAX_DOCUMENT_BYTES)?;
    Ok(Source::Text { bytes: head, cut })
}

/// Whether the first bytes of a text already passed [`crate::text::sniff_binary`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sniffed {
    Yes,
    No,
}

/// Decodes a text file's bytes; binary and empty files are skipped with a warning.
pub(super) fn decode(
    path: &Path,
    bytes: Vec<u8>,
    sniffed: Sniffed,
    warnings: &mut Vec<Warning>,
) -> Option<String> {
    let empty = bytes.is_empty();
    let decoded = match sniffed {
        Sniffed::Yes => crate::text::decode_sniffed(bytes),
        Sniffed::No => crate::text::decode(bytes),
    };
    let mut decoded = match decoded {
        Ok(d) => d,
        Err(crate::text::Binary(msg)) => {
            warnings.push(Warning::new(WarningKind::Binary, path, msg));
            return None;
        }
    };
    if let Some(msg) = decoded.warning.take() {
        warnings.push(Warning::new(WarningKind::Encoding, path, msg));
    }
    if limits::cap_text(&mut decoded.text) {
        warnings.push(Warning::new(WarningKind::TooLong, path, limits::cut_warning()));
    }
    if decoded.text.trim().is_empty() {
        let msg = if empty {
            "empty file, skipped"
        } else {
            "only white space, skipped"
        };
        warnings.push(Warning::new(WarningKind::Empty, path, msg));
        return None;
    }
    Some(decoded.text)
}
