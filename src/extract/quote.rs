//! Quoting the original text: sentence offsets in the normalised text turned into character
//! offsets and slices of the document as written.

/// Walks the normalised and the original text in step, so that sentence offsets in one give
/// character offsets and slices in the other.
#[derive(Default)]
pub(super) struct Cursor {
    norm_byte: usize,
    orig_byte: usize,
    chars: usize,
}

impl Cursor {
    /// Character offset of the sentence start, and the sentence as written in the original.
    pub(super) fn locate<'o>(
        &mut self,
        text: &str,
        original: &'o str,
        range: std::ops::Range<usize>,
    ) -> (usize, &'o str) {
        self.advance(text, original, range.start);
        let (start_char, start_orig) = (self.chars, self.orig_byte);
        self.advance(text, original, range.end);
        (start_char, &original[start_orig..self.orig_byte])
    }

    fn advance(&mut self, text: &str, original: &str, to: usize) {
        let mut oc = original[self.orig_byte..].chars();
        for c in text[self.norm_byte..to].chars() {
            self.norm_byte += c.len_utf8();
            self.orig_byte += oc.next().map_or(0, char::len_utf8);
            self.chars += 1;
        }
    }
}

/// Characters `start..end` of `s` (character offsets, not bytes).
pub(super) fn original_slice(s: &str, start: usize, end: usize) -> String {
    s.chars().skip(start).take(end.saturating_sub(start)).collect()
}

pub(super) fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}
