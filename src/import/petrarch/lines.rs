//! The line syntax every PETRARCH file shares: numbered lines, comments, phrases (`JOHN_KERRY_`).

use crate::error::{Error, Result};
use std::path::Path;

/// A file's lines with their 1-based numbers.
pub(super) type Lines = Vec<(u64, String)>;

/// Reads a file as lines (1-based numbers), replacing bytes that are not UTF-8; returns the file
/// name as reports print it.
pub(super) fn read_lines(path: &Path, warnings: &mut Vec<String>) -> Result<(String, Lines)> {
    let bytes = std::fs::read(path).map_err(|e| Error::input(path, format!("cannot read: {e}")))?;
    let file = crate::import::file_label(path);
    let mut lines = Vec::new();
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let n = i as u64 + 1;
        let line = match std::str::from_utf8(raw) {
            Ok(s) => s.to_string(),
            Err(_) => {
                let s = String::from_utf8_lossy(raw).into_owned();
                warnings.push(format!(
                    "{file}:{n}: bytes that are not UTF-8 were replaced by U+FFFD: {}",
                    s.trim()
                ));
                s
            }
        };
        lines.push((n, line));
    }
    Ok((file, lines))
}

/// Strips comments line by line: `#` to the end of the line, and `<!-- … -->`, which may span
/// lines.
#[derive(Debug, Default)]
pub(super) struct Comments {
    in_xml: bool,
}

impl Comments {
    /// The line without its comments (tracking a `<!--` left open).
    pub(super) fn strip(&mut self, line: &str) -> String {
        let mut out = String::new();
        let mut rest = line;
        loop {
            if self.in_xml {
                match rest.find("-->") {
                    Some(i) => {
                        self.in_xml = false;
                        rest = &rest[i + 3..];
                    }
                    None => return out,
                }
            }
            match (rest.find('#'), rest.find("<!--")) {
                (Some(h), x) if x.is_none_or(|x| h < x) => {
                    out.push_str(&rest[..h]);
                    return out;
                }
                (_, Some(x)) => {
                    out.push_str(&rest[..x]);
                    self.in_xml = true;
                    rest = &rest[x + 4..];
                }
                _ => {
                    out.push_str(rest);
                    return out;
                }
            }
        }
    }
}

/// Splits a phrase into upper-case words (`_` and spaces separate words).
pub(super) fn phrase_words(s: &str) -> std::result::Result<Vec<String>, &'static str> {
    let s = s.trim();
    if s.contains(';') {
        return Err("';' in a phrase (it separates aliases in entities.csv)");
    }
    if s.contains('+') {
        return Err("'+' inside a phrase (two synonyms run together?)");
    }
    if s.contains('\u{fffd}') {
        return Err("phrase with bytes that are not UTF-8");
    }
    let words: Vec<String> = s
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(str::to_uppercase)
        .collect();
    if !words.iter().any(|w| w.chars().any(char::is_alphabetic)) {
        return Err("phrase without letters");
    }
    Ok(words)
}

/// Numbers the lines of a test text.
#[cfg(test)]
pub(super) fn numbered(text: &str) -> Lines {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i as u64 + 1, l.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_table() {
        let mut c = Comments::default();
        assert_eq!(c.strip("KERRY_ # vague"), "KERRY_ ");
        assert_eq!(c.strip("<!-- head -->ANN_"), "ANN_");
        assert_eq!(c.strip("<!-- open"), "");
        assert!(c.in_xml);
        assert_eq!(c.strip("still -->BOB"), "BOB");
        assert!(!c.in_xml);
    }

    #[test]
    fn phrases_table() {
        assert_eq!(phrase_words("JOHN_KERRY_").unwrap(), ["JOHN", "KERRY"]);
        assert_eq!(
            phrase_words("sergey v. lavrov").unwrap(),
            ["SERGEY", "V.", "LAVROV"]
        );
        assert!(phrase_words("A;B").is_err());
        assert!(phrase_words("X+_Y").is_err());
        assert!(phrase_words("_123_").is_err());
    }
}
