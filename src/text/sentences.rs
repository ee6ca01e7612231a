//! Sentence splitting for news text scraped from the web: paragraphs and headlines without a
//! final period, abbreviations ("Mr.", "Gen.", "U.S."), initials ("John F. Kerry"), bullets,
//! and lines hard-wrapped inside a paragraph.

use std::ops::Range;

/// Titles and other words that end with a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "sens", "rep", "reps", "gov", "lt", "col", "sgt", "capt", "cpt",
    "maj", "adm", "cmdr", "st", "jr", "sr", "prof", "rev", "hon", "pres", "amb", "no", "nos", "vs", "inc",
    "corp", "ltd", "co", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "fig", "approx", "dept", "univ", "govt", "est", "op", "vol",
];

/// Words that start a new sentence even after an acronym such as "U.S.".
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "In",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "On",
    "At",
    "As",
    "After",
    "Meanwhile",
    "However",
    "And",
    "Earlier",
    "Later",
    "Last",
    "Now",
    "Yet",
    "So",
];

/// A "sentence" longer than this many bytes (a list, a table, a scrape without punctuation) is
/// cut at white space into pieces at most this long, so that the work per sentence stays bounded.
pub const MAX_SENTENCE: usize = 4096;

/// A line at least this long that stops without punctuation continues on the next line.
const WRAP_MIN: usize = 45;

/// Splits normalised text into sentences: trimmed, non-empty byte ranges in order.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut block_start = 0;
    let mut line_start = 0;
    loop {
        let i = memchr::memchr(b'\n', &bytes[line_start.min(bytes.len())..])
            .map_or(bytes.len(), |p| line_start + p);
        let line = &text[line_start.min(i)..i];
        let next_start = i + 1;
        let hard = i == bytes.len() || !soft_break(line, text.get(next_start..).unwrap_or(""));
        if hard {
            split_block(text, block_start..i, &mut out);
            block_start = next_start;
        }
        line_start = next_start;
        if i >= bytes.len() {
            break;
        }
    }
    out
}

/// Whether the newline after `line` continues the same paragraph (a hard-wrapped line).
fn soft_break(line: &str, rest: &str) -> bool {
    let line = line.trim_end();
    if line.trim_start().len() < WRAP_MIN {
        return false;
    }
    let next_line = rest.split('\n').next().unwrap_or("");
    let next = next_line.trim_start();
    if next.is_empty() || next_line.len() - next.len() >= 2 {
        return false;
    }
    match line.chars().last() {
        Some(c) => c.is_alphanumeric() || c == ',' || c == '-',
        None => false,
    }
}

fn split_block(text: &str, block: Range<usize>, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let mut start = block.start;
    let mut i = block.start;
    while i < block.end {
        match memchr::memchr3(b'.', b'!', b'?', &bytes[i..block.end]) {
            Some(p) => i += p,
            None => break,
        }
        let b = bytes[i];
        {
            let mut j = i + 1;
            while j < block.end && matches!(bytes[j], b'.' | b'!' | b'?') {
                j += 1;
            }
            while j < block.end && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
                j += 1;
            }
            let ws_end = {
                let mut k = j;
                while k < block.end && bytes[k].is_ascii_whitespace() {
                    k += 1;
                }
                k
            };
            let at_end = ws_end >= block.end;
            if (at_end || (ws_end > j && starts_sentence(&text[ws_end..block.end])))
                && !(b == b'.' && j == i + 1 && is_abbreviation(text, start, i, &text[ws_end..block.end]))
            {
                push_trimmed(text, start..j, out);
                start = ws_end;
                i = ws_end;
                continue;
            }
            i = j;
        }
    }
    push_trimmed(text, start..block.end, out);
}

fn starts_sentence(rest: &str) -> bool {
    match rest.chars().next() {
        Some(c) => c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\'' | '(' | '[' | '-'),
        None => true,
    }
}

/// Whether the period at `dot` belongs to an abbreviation, an initial or an acronym.
fn is_abbreviation(text: &str, floor: usize, dot: usize, rest: &str) -> bool {
    let before = &text[floor..dot];
    // the separator may be a multi-byte space (U+1680, U+3000): step over all of it
    let word_start = before
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '\'' | '['))
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    if chars.next().is_none() && first.is_uppercase() {
        return true; // an initial: "John F. Kerry"
    }
    if word.contains('.') {
        // an acronym ("U.S.", "a.m."): ends the sentence only before a typical sentence opener
        let next_word: &str = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        return !SENTENCE_STARTERS.contains(&next_word);
    }
    let lower = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return;
    }
    let (mut start, end) = (r.start + lead, r.end - trail);
    while end - start > MAX_SENTENCE {
        // the last white space within the limit, else the last character boundary
        let mut cut = start + MAX_SENTENCE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let piece = &text[start..cut];
        let cut = match piece.rfind(char::is_whitespace) {
            Some(p) if p > MAX_SENTENCE / 2 => start + p,
            _ => cut,
        };
        let piece = &text[start..cut];
        out.push(start..start + piece.trim_end().len());
        start = cut + (text[cut..end].len() - text[cut..end].trim_start().len());
    }
    if start < end {
        out.push(start..end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splitting_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Kerry met Lavrov. Putin spoke.",
                &["Kerry met Lavrov.", "Putin spoke."],
            ),
            (
                "Mr. Kerry met Gen. Smith. Then he left.",
                &["Mr. Kerry met Gen. Smith.", "Then he left."],
            ),
            ("John F. Kerry met Lavrov.", &["John F. Kerry met Lavrov."]),
            (
                "The U.S. Secretary of State arrived.",
                &["The U.S. Secretary of State arrived."],
            ),
            (
                "He flew to the U.S. The talks began.",
                &["He flew to the U.S.", "The talks began."],
            ),
            (
                "Headline Without A Period\n\nBody text here.",
                &["Headline Without A Period", "Body text here."],
            ),
            (
                "Short menu line\nSupport us\nBody.",
                &["Short menu line", "Support us", "Body."],
            ),
            (
                "\"We are ready,\" he said. \"No deal.\"",
                &["\"We are ready,\" he said.", "\"No deal.\""],
            ),
            ("    bullet one\n    bullet two", &["bullet one", "bullet two"]),
            ("Is it? Yes! Fine...", &["Is it?", "Yes!", "Fine..."]),
            ("Prices rose 3.5 percent.", &["Prices rose 3.5 percent."]),
            // found by fuzzing: a multi-byte space before a period
            ("a\u{1680}b. C", &["a\u{1680}b.", "C"]),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "{text:?}");
        }
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let text =
            "Secretary of State John Kerry met his Russian counterpart\nSergei Lavrov in London on Friday.\n";
        assert_eq!(sentences(text).len(), 1);
    }

    #[test]
    fn long_runs_without_a_sentence_end_are_cut_at_white_space() {
        let text = "word ".repeat(200_000);
        let ranges = split(&text);
        assert!(
            ranges.len() >= text.len() / MAX_SENTENCE && ranges.len() <= text.len() / (MAX_SENTENCE / 2) + 1
        );
        for (i, r) in ranges.iter().enumerate() {
            assert!(r.len() <= MAX_SENTENCE, "{r:?}");
            assert!(r.len() > MAX_SENTENCE / 2 || i == ranges.len() - 1, "{r:?}");
            assert!(text[r.clone()].starts_with("word") && text[r.clone()].ends_with("word"));
        }
        // no white space at all: cut at character boundaries
        let text = "é".repeat(10_000);
        let ranges = split(&text);
        assert_eq!(ranges.iter().map(|r| r.len()).sum::<usize>(), text.len());
        assert!(
            ranges
                .iter()
                .all(|r| text.is_char_boundary(r.start) && text.is_char_boundary(r.end))
        );
    }
}
