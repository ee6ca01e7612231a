//! The words of one document, read once: byte spans, shape, sentence, and the mention that
//! covers each; and the two ways mentions change here (made with their flags, spliced in).

use super::lexicon;
use crate::lang::en::shapes::{self, HEADLINE_SMALL};
use crate::lang::en::titles::{self, TITLE_WORDS, TitleWord};
use crate::tag::{Mention, Target};
use std::ops::Range;

/// Starts with an upper-case letter.
pub(super) const CAP: u8 = 1;
/// At least two letters, none lower case ("IAEA", "BAHIA").
pub(super) const UPPER: u8 = 2;
/// Followed by `'s` (or `'` after an s).
pub(super) const POSS: u8 = 4;
/// Followed at once by a dot ("Mr.", "F.").
pub(super) const DOT: u8 = 8;
/// Starts with a lower-case letter.
pub(super) const LOWER: u8 = 16;
/// Only white space between the previous word of the sentence and this one.
pub(super) const JOINED: u8 = 32;
/// Only a dot and white space between the previous word and this one ("Mr. Howard", "F. Kerry").
pub(super) const DOT_JOINED: u8 = 64;

/// One word: letters and digits, with inner `'`, `-` and `.` ("O'Brien", "al-Assad", "U.S").
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub start: u32,
    pub end: u32,
    pub flags: u8,
    /// The row + 1 of the title word it is in `TITLE_WORDS`, 0 when none (capitalised words).
    pub title: u8,
    /// Its classes in the names lexicon (capitalised words).
    pub classes: u16,
}

/// A sentence as a range of words, and whether it reads as a headline (no lower-case word but
/// small ones), where capitals are no evidence of a name.
#[derive(Debug, Clone)]
pub(super) struct Sent {
    pub toks: Range<usize>,
    pub headline: bool,
}

/// One document's words.
pub(super) struct Doc<'t> {
    pub text: &'t str,
    pub toks: Vec<Tok>,
    pub sents: Vec<Sent>,
    /// Per word: the index + 1 of the mention covering it, 0 when none.
    pub cover: Vec<u32>,
    /// Per word: its sentence.
    pub sent_of: Vec<u32>,
}

impl<'t> Doc<'t> {
    /// Reads the words of every sentence of `text`.
    pub fn new(text: &'t str, sentences: &[Range<usize>]) -> Doc<'t> {
        let mut toks = Vec::with_capacity(text.len() / 6);
        let mut sents = Vec::with_capacity(sentences.len());
        let mut sent_of = Vec::with_capacity(text.len() / 6);
        for (si, r) in sentences.iter().enumerate() {
            let first = toks.len();
            tokenize(text, r.start.min(text.len())..r.end.min(text.len()), &mut toks);
            sent_of.resize(toks.len(), si as u32);
            let headline = is_headline(text, &toks[first..]);
            sents.push(Sent {
                toks: first..toks.len(),
                headline,
            });
        }
        let cover = vec![0; toks.len()];
        Doc {
            text,
            toks,
            sents,
            cover,
            sent_of,
        }
    }

    /// The text of word `i` (empty past the last word).
    pub fn word(&self, i: usize) -> &'t str {
        self.toks
            .get(i)
            .map_or("", |t| &self.text[t.start as usize..t.end as usize])
    }

    /// The title word that word `i` is ("Minister", "Sen."), if any.
    pub fn title(&self, i: usize) -> Option<&'static TitleWord> {
        let t = self.toks.get(i)?;
        if t.flags & CAP == 0 {
            return titles::title_word(self.word(i));
        }
        TITLE_WORDS.get(usize::from(t.title).checked_sub(1)?)
    }

    /// Whether word `i` is of any of the lexicon `classes` (`lexicon::STOP`…).
    pub fn is(&self, i: usize, classes: u16) -> bool {
        let Some(t) = self.toks.get(i) else { return false };
        let c = if t.flags & CAP != 0 {
            t.classes
        } else {
            lexicon::lookup(self.word(i)).classes
        };
        c & classes != 0
    }

    pub fn has(&self, i: usize, flag: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.flags & flag != 0)
    }

    /// The sentence of word `i`.
    pub fn sent(&self, i: usize) -> &Sent {
        &self.sents[self.sent_of[i] as usize]
    }

    /// Whether word `i` directly follows word `i - 1` in the same sentence (a dot between them
    /// allowed when `dot` is).
    pub fn joined(&self, i: usize, dot: bool) -> bool {
        i > 0
            && self.sent_of.get(i) == self.sent_of.get(i - 1)
            && (self.has(i, JOINED) || (dot && self.has(i, DOT_JOINED)))
    }

    /// The text between words `i - 1` and `i` (from the start of the text for the first).
    pub fn gap(&self, i: usize) -> &'t str {
        let s = if i == 0 { 0 } else { self.toks[i - 1].end as usize };
        let e = self.toks.get(i).map_or(self.text.len(), |t| t.start as usize);
        &self.text[s..e.max(s)]
    }

    /// The mention covering word `i`, by index.
    pub fn covered(&self, i: usize) -> Option<usize> {
        self.cover
            .get(i)
            .and_then(|&c| c.checked_sub(1))
            .map(|c| c as usize)
    }

    /// The first word starting at or after byte `pos`.
    pub fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| (t.start as usize) < pos)
    }

    /// Records which mention covers each word.
    pub fn set_cover(&mut self, mentions: &[Mention]) {
        self.cover.iter_mut().for_each(|c| *c = 0);
        let mut k = 0;
        for (i, t) in self.toks.iter().enumerate() {
            let (s, e) = (t.start as usize, t.end as usize);
            while k < mentions.len() && mentions[k].end <= s {
                k += 1;
            }
            if k < mentions.len() && mentions[k].start < e {
                self.cover[i] = k as u32 + 1;
            }
        }
    }

    /// Byte span of words `a..=b`.
    pub fn span(&self, a: usize, b: usize) -> Range<usize> {
        self.toks[a].start as usize..self.toks[b].end as usize
    }
}

/// Byte classes of ASCII: a letter or digit, a letter, a lower-case letter.
const ALNUM: u8 = 1;
const ALPHA: u8 = 2;
const LOWER_BYTE: u8 = 4;

static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_digit() {
            t[b] = ALNUM;
        } else if c.is_ascii_uppercase() {
            t[b] = ALNUM | ALPHA;
        } else if c.is_ascii_lowercase() {
            t[b] = ALNUM | ALPHA | LOWER_BYTE;
        }
        b += 1;
    }
    t
};

fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    text[i..].chars().next().map_or((' ', 1), |c| (c, c.len_utf8()))
}

/// Appends the words of `text[range]` to `toks`.
fn tokenize(text: &str, range: Range<usize>, toks: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    let mut i = range.start;
    let mut prev_end: Option<usize> = None;
    while i < range.end {
        if bytes[i] < 0x80 && BYTE_CLASS[usize::from(bytes[i])] == 0 {
            i += 1;
            continue;
        }
        let (c, len) = char_at(text, i);
        if !c.is_alphanumeric() {
            i += len;
            continue;
        }
        let start = i;
        let (end, mut flags) = word_end(text, i, range.end);
        flags |= if c.is_uppercase() {
            CAP
        } else if c.is_lowercase() {
            LOWER
        } else {
            0
        };
        if let Some(p) = prev_end {
            let gap = &text[p..start];
            if gap.bytes().all(|b| b.is_ascii_whitespace()) {
                flags |= JOINED;
            } else if gap.starts_with('.') && gap[1..].bytes().all(|b| b.is_ascii_whitespace()) {
                flags |= DOT_JOINED;
            }
        }
        if text[end..].starts_with('.') {
            flags |= DOT;
        }
        // lower-case words are looked up when asked (after "the", a demonym): most are never
        let entry = if flags & CAP != 0 {
            lexicon::lookup(&text[start..end])
        } else {
            lexicon::Entry::default()
        };
        toks.push(Tok {
            start: start as u32,
            end: end as u32,
            flags,
            title: entry.title,
            classes: entry.classes,
        });
        prev_end = Some(end);
        i = end;
        if flags & POSS != 0 && text[end..].starts_with("'s") {
            i += 2;
        }
    }
}

/// The end of the word starting at `i`, with its UPPER and POSS flags.
fn word_end(text: &str, mut i: usize, limit: usize) -> (usize, u8) {
    let bytes = text.as_bytes();
    let (mut letters, mut lower) = (0u32, false);
    let mut flags = 0;
    while i < limit {
        let class = BYTE_CLASS[usize::from(bytes[i])];
        if class & ALNUM != 0 {
            letters += u32::from(class & ALPHA != 0);
            lower |= class & LOWER_BYTE != 0;
            i += 1;
            continue;
        }
        let (c, len) = char_at(text, i);
        if c.is_alphanumeric() {
            letters += u32::from(c.is_alphabetic());
            lower |= c.is_lowercase();
            i += len;
            continue;
        }
        if !matches!(c, '\'' | '-' | '.') || i + 1 >= limit {
            if c == '\'' && text[..i].ends_with('s') {
                flags |= POSS;
            }
            break;
        }
        let (next, nlen) = char_at(text, i + 1);
        if c == '\'' && (next == 's' || next == 'S') {
            let after = text[i + 2..].chars().next();
            if after.is_none_or(|a| !a.is_alphanumeric()) {
                flags |= POSS;
                break;
            }
        }
        if !next.is_alphanumeric() {
            if c == '\'' && text[..i].ends_with('s') {
                flags |= POSS;
            }
            break;
        }
        i += 1 + nlen;
        letters += u32::from(next.is_alphabetic());
        lower |= next.is_lowercase();
    }
    if letters >= 2 && !lower {
        flags |= UPPER;
    }
    (i, flags)
}

/// A headline: at least two words and no lower-case word but the small ones a title-case
/// headline keeps ("Iran Rejects Talks on Nuclear Deal", "BAHIA COCOA REVIEW").
fn is_headline(text: &str, toks: &[Tok]) -> bool {
    let words = toks.iter().filter(|t| t.flags & (CAP | LOWER) != 0).count();
    words >= 2
        && toks.iter().all(|t| {
            t.flags & LOWER == 0 || shapes::contains(HEADLINE_SMALL, &text[t.start as usize..t.end as usize])
        })
}

/// A mention of `target` at `span`, with the tagger's possessive and compound flags.
pub(super) fn mention(text: &str, target: Target, span: Range<usize>) -> Mention {
    let bytes = text.as_bytes();
    let (s, e) = (span.start, span.end);
    let rest = &bytes[e..];
    let possessive = rest.starts_with(b"'s") && !rest.get(2).is_some_and(|b| b.is_ascii_alphanumeric())
        || (e > 0
            && bytes[e - 1] == b's'
            && rest.first() == Some(&b'\'')
            && !rest.get(1).is_some_and(|b| b.is_ascii_alphanumeric()));
    let compound = (s >= 2 && bytes[s - 1] == b'-' && bytes[s - 2].is_ascii_alphabetic())
        || (rest.first() == Some(&b'-') && rest.get(1).is_some_and(|b| b.is_ascii_alphabetic()));
    Mention {
        target,
        start: s,
        end: e,
        possessive,
        compound,
    }
}

/// Puts `added` into `mentions` (both sorted by start), dropping every mention an added one
/// overlaps; of added mentions that overlap each other, the first is kept.
pub(super) fn splice(mentions: &mut Vec<Mention>, mut added: Vec<Mention>) {
    if added.is_empty() {
        return;
    }
    added.sort_by_key(|m| (m.start, m.end));
    added.dedup_by(|b, a| b.start < a.end);
    let mut out = Vec::with_capacity(mentions.len() + added.len());
    let mut k = 0;
    for m in mentions.drain(..) {
        while k < added.len() && added[k].end <= m.start {
            out.push(added[k]);
            k += 1;
        }
        let overlaps = added[k..]
            .iter()
            .take_while(|a| a.start < m.end)
            .any(|a| m.start < a.end);
        if !overlaps {
            out.push(m);
        }
    }
    out.extend_from_slice(&added[k..]);
    *mentions = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityIx;

    fn words(text: &str) -> Vec<(String, u8)> {
        let doc = Doc::new(text, std::slice::from_ref(&(0..text.len())));
        (0..doc.toks.len())
            .map(|i| (doc.word(i).to_string(), doc.toks[i].flags))
            .collect()
    }

    #[test]
    fn words_table() {
        let cases: &[(&str, &[(&str, u8)])] = &[
            (
                "Mr. Howard's",
                &[("Mr", CAP | DOT), ("Howard", CAP | POSS | DOT_JOINED)],
            ),
            (
                "Bashar al-Assad",
                &[("Bashar", CAP), ("al-Assad", LOWER | JOINED)],
            ),
            (
                "the IAEA, O'Brien",
                &[("the", LOWER), ("IAEA", CAP | UPPER | JOINED), ("O'Brien", CAP)],
            ),
            (
                "U.S. forces",
                &[("U.S", CAP | UPPER | DOT), ("forces", LOWER | DOT_JOINED)],
            ),
            ("Reuters' view", &[("Reuters", CAP | POSS), ("view", LOWER)]),
            ("Zoë Müller", &[("Zoë", CAP), ("Müller", CAP | JOINED)]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, u8)> = want.iter().map(|(w, f)| (w.to_string(), *f)).collect();
            assert_eq!(words(text), want, "{text:?}");
        }
    }

    #[test]
    fn headlines() {
        let cases = [
            ("Iran Rejects Talks on Nuclear Deal", true),
            ("BAHIA COCOA REVIEW", true),
            ("Chancellor Olaf Scholz met the envoy.", false),
            ("Scholz", false),
        ];
        for (text, want) in cases {
            let doc = Doc::new(text, std::slice::from_ref(&(0..text.len())));
            assert_eq!(doc.sents[0].headline, want, "{text:?}");
        }
    }

    #[test]
    fn splice_replaces_what_it_overlaps() {
        let m = |s, e| mention("x".repeat(40).as_str(), Target::Entity(EntityIx(0)), s..e);
        let mut ms = vec![m(0, 3), m(5, 8), m(10, 12), m(20, 22)];
        splice(&mut ms, vec![m(4, 11), m(30, 33)]);
        let spans: Vec<(usize, usize)> = ms.iter().map(|m| (m.start, m.end)).collect();
        assert_eq!(spans, [(0, 3), (4, 11), (20, 22), (30, 33)]);
    }
}
