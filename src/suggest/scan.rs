//! Scanning one sentence for names: runs of capitalised words no mention covers, with leading
//! function words and titles split off, checked against the precision rules, and a type
//! guessed from the words around them.

use super::rules::{self, Known};
use super::tally::Tallies;
use super::words::{
    MORE_ORG_WORDS, NOT_NAMES, TITLE_MODIFIERS, TITLES, is_cap_word, is_demonym, is_group_plural,
    is_people_plural, is_title_plural,
};
use crate::dict::gazetteer::Gazetteer;
use crate::lang::en::names;
use crate::model::EntityKind;
use crate::tag::Mention;

/// At most this many capitalised words are read as one run (titles and name); a name of more
/// than [`MAX_NAME`] words after its titles is not taken.
const MAX_RUN: usize = 7;
const MAX_NAME: usize = 4;

/// A word of the sentence: its byte range in the document.
type WordSpan = (usize, usize);

/// One document being scanned.
pub(super) struct Doc<'d> {
    pub original: &'d str,
    pub text: &'d str,
    /// The mentions of the document's cast: the tagger's and the discovered ones.
    pub mentions: &'d [Mention],
    pub gaz: &'d Gazetteer,
    pub known: &'d Known,
}

impl Doc<'_> {
    /// Tallies the names of the sentence at `range`.
    pub(super) fn scan_sentence(&self, range: std::ops::Range<usize>, tally: &mut Tallies) {
        let words = sentence_words(self.text, range.clone());
        if self.headline(&words) {
            return;
        }
        let mut i = 0;
        while i < words.len() {
            let w = self.clean(words[i]);
            if !is_cap_word(w) || NOT_NAMES.contains(&w.to_lowercase().as_str()) || self.covered(words[i]) {
                i += 1;
                continue;
            }
            let j = self.name_end(&words, i);
            self.name(&words, i, j, &range, tally);
            i = j + 1;
        }
    }

    /// Whether the sentence is a headline in title case: mostly capitalised words, and none in
    /// lower case but short function words ("Minister Meets Envoy in Tarvik").
    fn headline(&self, words: &[WordSpan]) -> bool {
        let caps = words.iter().filter(|&&w| is_cap_word(self.clean(w))).count();
        words.len() >= 4
            && caps * 10 > words.len() * 6
            && words.iter().all(|&w| {
                let w = self.clean(w);
                !w.starts_with(char::is_lowercase)
                    || w.len() <= 3
                    || rules::is_function_word(&w.to_ascii_lowercase())
            })
    }

    /// The word without trailing dots, apostrophes, hyphens or "'s".
    fn clean(&self, (s, e): WordSpan) -> &str {
        self.text[s..e]
            .trim_end_matches(['.', '\'', '-'])
            .trim_end_matches("'s")
    }

    /// Whether a tagged mention overlaps the word (the mentions are sorted and disjoint).
    fn covered(&self, (s, e): WordSpan) -> bool {
        let i = self.mentions.partition_point(|m| m.end <= s);
        self.mentions.get(i).is_some_and(|m| m.start < e)
    }

    /// The last word of the name that starts at word `i` (at most [`MAX_RUN`] words, adjacent,
    /// capitalised, not after a possessive).
    fn name_end(&self, words: &[WordSpan], i: usize) -> usize {
        let mut j = i;
        while j + 1 < words.len() {
            let next = self.clean(words[j + 1]);
            let joined = self.text[words[j].1..words[j + 1].0].trim().is_empty();
            if joined
                && is_cap_word(next)
                && !self.covered(words[j + 1])
                && !NOT_NAMES.contains(&next.to_lowercase().as_str())
                && !self.text[words[j].0..words[j].1].ends_with("'s")
                && !self.text[words[j].0..words[j].1].ends_with("s'")
                && j + 1 - i < MAX_RUN
            {
                j += 1;
            } else {
                break;
            }
        }
        j
    }

    /// Where the name in words `i..=j` starts once its leading function words ("During") and
    /// titles ("Foreign Minister", "Ukrainian PM") are split off; the titles, in order.
    fn name_start(&self, words: &[WordSpan], i: usize, j: usize) -> (usize, Vec<String>) {
        let clean = |x: usize| self.clean(words[x]);
        let run: Vec<&str> = (i..=j).map(clean).collect();
        let mut k = i + rules::leading_function_words(&run);
        let mut title = Vec::new();
        if run.iter().any(|w| is_org_word(&w.to_lowercase())) {
            return (k, title); // "State Department", "National Security Council": no titles
        }
        let is_title = |x: usize| TITLES.contains(&clean(x).to_lowercase().as_str());
        while k <= j && (is_title(k) || (is_demonym(clean(k)) && k < j && is_title(k + 1))) {
            title.push(clean(k).to_string());
            k += 1;
        }
        let modifier = |t: &String| TITLE_MODIFIERS.contains(&t.to_lowercase().as_str());
        if k <= j && title.iter().all(modifier) {
            k -= title.len(); // "Vice Ganda": modifiers without a title are part of the name
            title.clear();
        }
        (k, title)
    }

    /// Tallies the name in words `i..=j` unless a precision rule rejects it.
    fn name(
        &self,
        words: &[WordSpan],
        i: usize,
        j: usize,
        range: &std::ops::Range<usize>,
        tally: &mut Tallies,
    ) {
        let clean = |x: usize| self.clean(words[x]);
        let (k, title) = self.name_start(words, i, j);
        if i == 0 && j == i && k == i && title.is_empty() {
            if self.known.rejects(&[clean(i)]).is_none() {
                tally.initial(clean(i)); // a name only if seen as one elsewhere
            }
            return;
        }
        if k > j
            || j + 1 - k > MAX_NAME
            || crate::text::dates::is_calendar_word(clean(k))
            || (k == j && (is_people_plural(clean(k)) || is_title_plural(clean(k))))
        {
            return;
        }
        let name: Vec<&str> = (k..=j).map(clean).collect();
        let span = words[k].0..words[j].0 + clean(j).len();
        if self.known.rejects(&name).is_some() {
            return;
        }
        let prev = if k > 0 {
            clean(k - 1).to_lowercase()
        } else {
            String::new()
        };
        let kind = guess_kind(&name, !title.is_empty(), &prev);
        let barred = crate::names::rejected(self.text, span, self.gaz)
            .is_some_and(|why| kind == EntityKind::Person || !why.only_bars_people());
        if barred {
            return;
        }
        let sample = || original_sentence(self.original, self.text, range.clone());
        tally.record(name.join(" "), kind, &title.join(" "), sample);
    }
}

/// The words of a sentence (letters, digits, `'`, `-`, `.`), with byte offsets in the document.
fn sentence_words(text: &str, range: std::ops::Range<usize>) -> Vec<WordSpan> {
    let sentence = &text[range.clone()];
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in sentence.char_indices() {
        let inside = c.is_alphanumeric() || c == '\'' || c == '-' || c == '.';
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((range.start + s, range.start + i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((range.start + s, range.end));
    }
    words
}

fn is_org_word(lower: &str) -> bool {
    names::ORG_WORDS.contains(&lower)
        || names::INSTITUTION_WORDS.contains(&lower)
        || MORE_ORG_WORDS.contains(&lower)
}

/// The type a name's words and the word before it suggest: an organisation word makes an
/// organisation, a place word a place, a title a person.
fn guess_kind(name: &[&str], titled: bool, prev: &str) -> EntityKind {
    let lower: Vec<String> = name.iter().map(|w| w.to_lowercase()).collect();
    if lower.iter().any(|w| is_org_word(w)) || name.last().is_some_and(|w| is_group_plural(w)) {
        EntityKind::Organization
    } else if rules::place_shaped(&lower) {
        EntityKind::Place
    } else if titled || TITLES.contains(&prev) {
        EntityKind::Person
    } else if matches!(prev, "in" | "to" | "from" | "near" | "at") {
        EntityKind::Place
    } else if name.len() >= 2 {
        EntityKind::Person
    } else {
        EntityKind::Organization
    }
}

/// The sentence at `range` of the normalised text, as the original writes it (whitespace
/// collapsed); normalisation keeps one character for one.
pub(super) fn original_sentence(original: &str, text: &str, range: std::ops::Range<usize>) -> String {
    let start = text[..range.start].chars().count();
    let len = text[range].chars().count();
    original
        .chars()
        .skip(start)
        .take(len)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
