//! Standard input (`-`): JSON Lines when it starts with `{`, else one text document.

use super::item::{Document, Format, InputFile, Item, Warning};
use crate::model::WarningKind;
use std::io::BufRead;

/// The format of standard input, told by the first non-blank byte of its first buffer.
pub(super) fn sniff(reader: &mut dyn BufRead) -> Format {
    let head = reader
        .fill_buf()
        .map(|b| b.iter().find(|c| !c.is_ascii_whitespace()).copied())
        .unwrap_or(None);
    if head == Some(b'{') {
        Format::JsonLines
    } else {
        Format::Text
    }
}

/// Standard input read whole as one text document named `stdin`, after any warnings about it.
pub(super) fn document(file: &InputFile, mut reader: Box<dyn BufRead + Send>) -> Vec<Item> {
    let mut bytes = Vec::new();
    let cap = super::limits::MAX_DOCUMENT_BYTES;
    let cut = match super::limits::read_to_cap(&mut reader, &mut bytes, cap) {
        Ok(cut) => cut,
        Err(e) => {
            return vec![Item::Warning(Warning::new(
                WarningKind::Unreadable,
                &file.path,
                format!("cannot read, skipped: {e}"),
            ))];
        }
    };
    let mut warnings = Vec::new();
    if cut {
        let shown = super::limits::MAX_DOCUMENT_SHOWN;
        warnings.push(Warning::new(
            WarningKind::TooLong,
            &file.path,
            format!("longer than {shown}: only the first {shown} read as the document"),
        ));
    }
    let text = super::text::decode(&file.path, bytes, super::text::Sniffed::No, &mut warnings);
    let doc = text.map(|text| Document {
        name: "stdin".to_string(),
        text,
        date: None,
    });
    super::item::in_order(warnings, doc)
}
