//! Precision first: why capitalised words are no actor's name (sentence-initial and headline
//! capitals, days and months, place shapes, places and lone demonyms the gazetteer knows, words
//! after "During"/"In", function words, one-letter words), shared by discovery and `suggest`;
//! and the run summary's count of capitalised names and of those that matched nothing.

use super::lexicon::{COMPASS_WORD, LEAD_IN, MONTH, PLACE_HEAD, PLACE_TAIL, STOP, WEEKDAY};
use super::tokens::{CAP, Doc, LOWER};
use crate::lang::en::shapes::{self, SURNAME_PARTICLES};
use crate::lang::en::{names::DEMONYM_ENDINGS, words};
use std::ops::Range;

/// Why capitalised words are not a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    NoCapital,
    Headline,
    FunctionWord,
    OneLetter,
    AfterLeadIn,
    Calendar,
    PlaceShape,
    KnownPlace,
    Demonym,
    TitleOnly,
    SentenceStart,
    CommonWord,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::NoCapital => "no capitalised word",
            Reason::Headline => "headline capitals",
            Reason::FunctionWord => "starts with a function word",
            Reason::OneLetter => "one-letter words",
            Reason::AfterLeadIn => "after a preposition of time or place (During, In, On, After)",
            Reason::Calendar => "a day or a month",
            Reason::PlaceShape => "shaped like a place (Lake X, Mount X, X Street)",
            Reason::KnownPlace => "a place or country of the gazetteer",
            Reason::Demonym => "a demonym alone",
            Reason::TitleOnly => "a title without a name",
            Reason::SentenceStart => "one capitalised word at the start of a sentence",
            Reason::CommonWord => "a common English word",
        }
    }

    /// Whether the words may still name a place or an organisation: "Lake Geneva" and "Labour"
    /// after "During" are no people, but `suggest` may offer them as a place or a party.
    pub fn only_bars_people(self) -> bool {
        matches!(self, Reason::PlaceShape | Reason::AfterLeadIn)
    }
}

/// What the gazetteer says of words: whether they are a place (or country), or a demonym.
pub(super) trait Known {
    fn place(&self, doc: &Doc, run: Range<usize>) -> bool;
    fn demonym(&self, doc: &Doc, run: Range<usize>) -> bool;
}

/// Why words `run` of `doc` (one sentence's words, in order) are no name, or `None`.
pub(super) fn check(doc: &Doc, run: Range<usize>, known: &dyn Known) -> Option<Reason> {
    let (a, b) = (run.start, run.end);
    if a >= b || !doc.has(a, CAP) {
        return Some(Reason::NoCapital);
    }
    let sent = doc.sent(a);
    if sent.headline {
        return Some(Reason::Headline);
    }
    let first = doc.word(a);
    if doc.is(a, STOP) {
        return Some(Reason::FunctionWord);
    }
    if run.clone().all(|i| doc.word(i).chars().count() == 1) {
        return Some(Reason::OneLetter);
    }
    if a > sent.toks.start && doc.is(a - 1, LEAD_IN) {
        return Some(Reason::AfterLeadIn);
    }
    if run.clone().any(|i| doc.is(i, WEEKDAY)) || (b - a == 1 && doc.is(a, MONTH)) {
        return Some(Reason::Calendar);
    }
    if b - a >= 2 && (doc.is(a, PLACE_HEAD) || doc.is(b - 1, PLACE_TAIL)) {
        return Some(Reason::PlaceShape);
    }
    if known.place(doc, run.clone()) {
        return Some(Reason::KnownPlace);
    }
    if known.demonym(doc, run.clone()) || compass_demonym(doc, run.clone()) {
        return Some(Reason::Demonym);
    }
    if run.clone().all(|i| doc.title(i).is_some()) {
        return Some(Reason::TitleOnly);
    }
    if b - a == 1 && a == sent.toks.start {
        return Some(Reason::SentenceStart);
    }
    (b - a == 1 && words::is_common(first)).then_some(Reason::CommonWord)
}

/// "North Korean", "South African": a compass word and a word with a demonym's ending.
fn compass_demonym(doc: &Doc, run: Range<usize>) -> bool {
    run.len() == 2
        && doc.is(run.start, COMPASS_WORD)
        && DEMONYM_ENDINGS
            .iter()
            .any(|e| doc.word(run.start + 1).ends_with(e))
}

/// The capitalised names of the document: maximal runs of joined capitalised words (with
/// particles between them, "Bashar al-Assad"), leading function words dropped, outside headlines.
pub(super) fn runs(doc: &Doc) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for sent in doc.sents.iter().filter(|s| !s.headline) {
        let mut i = sent.toks.start;
        while i < sent.toks.end {
            if !doc.has(i, CAP) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < sent.toks.end && doc.joined(j, true) && (doc.has(j, CAP) || particle_before_cap(doc, j))
            {
                j += 1;
            }
            let mut a = i;
            while a < j && doc.is(a, STOP) {
                a += 1;
            }
            if a < j {
                out.push(a..j);
            }
            i = j;
        }
    }
    out
}

/// A lower-case particle ("al-Assad", "von der") followed by a capitalised word of the same name.
fn particle_before_cap(doc: &Doc, j: usize) -> bool {
    let w = doc.word(j);
    if !doc.has(j, LOWER) {
        return false;
    }
    if let Some((p, rest)) = w.split_once('-') {
        return shapes::contains(SURNAME_PARTICLES, p) && rest.starts_with(char::is_uppercase);
    }
    shapes::contains(SURNAME_PARTICLES, w)
        && doc.joined(j + 1, false)
        && (doc.has(j + 1, CAP) || particle_before_cap(doc, j + 1))
}

/// Counts the names of a document (runs that a mention covers or that pass [`check`]) and how
/// many of them no mention covers. `doc.cover` must hold the final mentions.
pub(super) fn count(doc: &Doc, known: &dyn Known) -> (usize, usize) {
    let (mut names, mut unmatched) = (0, 0);
    for run in runs(doc) {
        if run.clone().any(|i| doc.covered(i).is_some()) {
            names += 1;
        } else if check(doc, run, known).is_none() {
            names += 1;
            unmatched += 1;
        }
    }
    (names, unmatched)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Knows;
    impl Known for Knows {
        fn place(&self, doc: &Doc, run: Range<usize>) -> bool {
            let s = &doc.text[doc.span(run.start, run.end - 1)];
            matches!(s, "Geneva" | "Japan")
        }
        fn demonym(&self, doc: &Doc, run: Range<usize>) -> bool {
            let s = &doc.text[doc.span(run.start, run.end - 1)];
            matches!(s, "Japanese" | "Iranian")
        }
    }

    /// The reason for the words `name` inside `sentence`.
    fn reason(sentence: &str, name: &str) -> Option<&'static str> {
        let doc = Doc::new(sentence, std::slice::from_ref(&(0..sentence.len())));
        let at = sentence.find(name).unwrap();
        let a = doc.tok_at(at);
        let b = doc.tok_at(at + name.len());
        check(&doc, a..b, &Knows).map(Reason::as_str)
    }

    #[test]
    fn accepted_names() {
        let cases = [
            ("The talks with Olaf Scholz ended late.", "Olaf Scholz"),
            ("Ms Tanaka of the agency spoke to reporters.", "Tanaka"),
            ("Officials said Moana Tuilagi had resigned.", "Moana Tuilagi"),
            ("Theresa Hale was seen in town today.", "Theresa Hale"),
            (
                "Diplomats praised Abebe Bikila Haile yesterday.",
                "Abebe Bikila Haile",
            ),
        ];
        for (sentence, name) in cases {
            assert_eq!(reason(sentence, name), None, "{sentence:?} / {name:?}");
        }
    }

    #[test]
    fn rejected_names() {
        let cases = [
            (
                "Scholz flew home on the night train.",
                "Scholz",
                Reason::SentenceStart,
            ),
            ("Talks Resume After Long Pause", "Talks Resume", Reason::Headline),
            (
                "PRIME MINISTER QUITS OVER BUDGET",
                "PRIME MINISTER",
                Reason::Headline,
            ),
            ("They met during Labour week.", "Labour", Reason::AfterLeadIn),
            ("It was Brown who spoke first.", "Brown", Reason::CommonWord),
            (
                "During Labour week they met.",
                "During Labour",
                Reason::FunctionWord,
            ),
            (
                "The visit was on Tuesday afternoon.",
                "Tuesday",
                Reason::AfterLeadIn,
            ),
            ("The vote came Tuesday night.", "Tuesday", Reason::Calendar),
            ("A report came out last March.", "March", Reason::Calendar),
            (
                "The boat crossed Lake Geneva at dawn.",
                "Lake Geneva",
                Reason::PlaceShape,
            ),
            (
                "Crowds filled Mount Pleasant at dawn.",
                "Mount Pleasant",
                Reason::PlaceShape,
            ),
            (
                "Police closed Harbour Street yesterday.",
                "Harbour Street",
                Reason::PlaceShape,
            ),
            ("The envoy flew to Geneva at dawn.", "Geneva", Reason::KnownPlace),
            ("The talks in Japan resumed.", "Japan", Reason::AfterLeadIn),
            ("The Japanese delegation left.", "Japanese", Reason::Demonym),
            ("A North Korean ship docked.", "North Korean", Reason::Demonym),
            (
                "The Foreign Minister did not come.",
                "Foreign Minister",
                Reason::TitleOnly,
            ),
            ("It was signed by J yesterday.", "J", Reason::OneLetter),
            ("The Government said so.", "Government", Reason::CommonWord),
            ("The statement said He would go.", "He", Reason::FunctionWord),
        ];
        for (sentence, name, want) in cases {
            assert_eq!(
                reason(sentence, name),
                Some(want.as_str()),
                "{sentence:?} / {name:?}"
            );
        }
    }

    #[test]
    fn runs_of_capitalised_words() {
        let text = "But President Bashar al-Assad met The Hague court. Talks Resume Today";
        let sentences = crate::text::sentences::split(text);
        let doc = Doc::new(text, &sentences);
        let got: Vec<&str> = runs(&doc)
            .into_iter()
            .map(|r| &text[doc.span(r.start, r.end - 1)])
            .collect();
        assert_eq!(got, ["President Bashar al-Assad", "Hague"]);
    }
}
