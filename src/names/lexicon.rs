//! Every word list the names stage reads, in one table looked up once per capitalised word:
//! a word's classes (function word, month, place head…) and its title row, so that the rules
//! test bits instead of searching lists.

use crate::lang::en::calendar::{MONTHS, WEEKDAYS};
use crate::lang::en::names::{INSTITUTION_WORDS, ORG_WORDS};
use crate::lang::en::shapes::{
    COMPANY_SUFFIXES, COMPASS, LEAD_INS, NOT_NAMES_AFTER_TITLES, ORG_HEADS, PLACE_HEADS, PLACE_TAILS,
    STOP_WORDS,
};
use crate::lang::en::titles::TITLE_WORDS;
use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub(super) const STOP: u16 = 1;
pub(super) const LEAD_IN: u16 = 2;
pub(super) const MONTH: u16 = 4;
pub(super) const WEEKDAY: u16 = 8;
pub(super) const PLACE_HEAD: u16 = 16;
pub(super) const PLACE_TAIL: u16 = 32;
pub(super) const ORG_HEAD: u16 = 64;
pub(super) const ORG_WORD: u16 = 128;
pub(super) const COMPASS_WORD: u16 = 256;
pub(super) const NOT_AFTER_TITLE: u16 = 512;

/// What the table knows of a word: its classes and its row in `TITLE_WORDS` + 1 (0 for none).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Entry {
    pub classes: u16,
    pub title: u8,
}

/// FNV-1a: a fast hash for short words (no untrusted keys reach this fixed table).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The longest word the table holds, in bytes.
const LONGEST: usize = 24;

static TABLE: Lazy<HashMap<&'static str, Entry, BuildHasherDefault<Fnv>>> = Lazy::new(|| {
    let mut t: HashMap<&'static str, Entry, BuildHasherDefault<Fnv>> = HashMap::default();
    let lists: [(&[&'static str], u16); 9] = [
        (STOP_WORDS, STOP),
        (LEAD_INS, LEAD_IN),
        (&MONTHS, MONTH),
        (&WEEKDAYS, WEEKDAY),
        (PLACE_HEADS, PLACE_HEAD),
        (PLACE_TAILS, PLACE_TAIL),
        (ORG_HEADS, ORG_HEAD),
        (COMPASS, COMPASS_WORD),
        (NOT_NAMES_AFTER_TITLES, NOT_AFTER_TITLE),
    ];
    for (list, class) in lists {
        for w in list {
            t.entry(w).or_default().classes |= class;
        }
    }
    for w in ORG_WORDS.iter().chain(&INSTITUTION_WORDS).chain(COMPANY_SUFFIXES) {
        t.entry(w).or_default().classes |= ORG_WORD;
    }
    for m in MONTHS {
        t.entry(&m[..3]).or_default().classes |= MONTH;
    }
    t.entry("sept").or_default().classes |= MONTH;
    for (i, w) in TITLE_WORDS.iter().enumerate() {
        t.entry(w.word).or_default().title = u8::try_from(i + 1).unwrap_or(0);
    }
    t
});

/// The entry of `word` (any case; a final dot is ignored for titles by the caller's word span).
pub(super) fn lookup(word: &str) -> Entry {
    let mut buf = [0u8; LONGEST];
    if word.len() > LONGEST || word.is_empty() || !word.is_ascii() {
        return Entry::default();
    }
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower)
        .ok()
        .and_then(|w| TABLE.get(w).copied())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let cases: &[(&str, u16, bool)] = &[
            ("The", STOP, false),
            ("During", STOP | LEAD_IN, false),
            ("March", MONTH, false),
            ("Sept", MONTH, false),
            ("Tuesday", WEEKDAY, false),
            ("Lake", PLACE_HEAD | PLACE_TAIL, false),
            ("Ministry", ORG_HEAD | ORG_WORD, false),
            ("Minister", 0, true),
            ("Scholz", 0, false),
        ];
        for &(w, classes, title) in cases {
            let e = lookup(w);
            assert_eq!((e.classes, e.title > 0), (classes, title), "{w}");
        }
    }
}
