//! Text for a terminal: control characters from articles, ids and file names shown as escapes
//! (`\x1b`, `\u{9b}`), so no text can move the cursor, retitle the window or hide a line.

use std::borrow::Cow;
use std::fmt::Write;

/// `s` with every control character escaped except the newline (messages keep their lines).
pub fn printable(s: &str) -> Cow<'_, str> {
    escaped(s, |c| c != '\n')
}

/// `s` with every control character escaped, newlines and tabs too: one cell of a table.
pub fn printable_cell(s: &str) -> Cow<'_, str> {
    escaped(s, |_| true)
}

fn escaped(s: &str, escape: impl Fn(char) -> bool) -> Cow<'_, str> {
    let bad = |c: char| c.is_control() && escape(c);
    if !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            c if !bad(c) => out.push(c),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x80 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_and_plain_text_borrowed() {
        for (s, msg, cell) in [
            ("Kerry met Lavrov", "Kerry met Lavrov", "Kerry met Lavrov"),
            ("Łódź – Genève", "Łódź – Genève", "Łódź – Genève"),
            ("a\x1b[31mred", "a\\x1b[31mred", "a\\x1b[31mred"),
            ("\x1b]0;owned\x07", "\\x1b]0;owned\\x07", "\\x1b]0;owned\\x07"),
            ("csi\u{9b}2J", "csi\\u{9b}2J", "csi\\u{9b}2J"),
            ("back\rover", "back\\rover", "back\\rover"),
            ("two\nlines\tand", "two\nlines\\tand", "two\\nlines\\tand"),
            ("del\x7f", "del\\x7f", "del\\x7f"),
        ] {
            assert_eq!(printable(s), msg, "{s:?}");
            assert_eq!(printable_cell(s), cell, "{s:?}");
        }
        assert!(matches!(printable("plain"), Cow::Borrowed(_)));
    }
}
