//! Dates in news text: the document's own date (datelines such as "Tuesday 11 March 2014 -
//! 14:31" or "Monday, July 16, 2018") and the date a sentence gives an event ("on July 16",
//! "on Sunday"), resolved against the document date.

use crate::lang::en::calendar::{MONTHS, WEEKDAYS};
use crate::model::Date;
use std::ops::Range;

/// How many leading sentences may hold the dateline.
const HEAD_SENTENCES: usize = 12;

/// Whether a word names a month or a weekday ("Tuesday", "March").
pub fn is_calendar_word(w: &str) -> bool {
    month(w).is_some() || weekday(w).is_some()
}

fn month(w: &str) -> Option<u8> {
    let l = w.trim_end_matches('.');
    if l.len() < 3 || l.len() > 9 || !l.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            m.len() >= l.len()
                && m.as_bytes()[..l.len()].eq_ignore_ascii_case(l.as_bytes())
                && (l.len() == m.len() || l.len() == 3 || l.eq_ignore_ascii_case("sept"))
        })
        .map(|i| i as u8 + 1)
}

fn weekday(w: &str) -> Option<u8> {
    if w.len() < 6 || w.len() > 9 {
        return None;
    }
    WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(w))
        .map(|i| i as u8)
}

fn number(w: &str) -> Option<u32> {
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None; // most words: a number starts with a digit
    }
    let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 16th
    (!w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok())?
}

/// A date expression found in a text: its parts, and whether a weekday was named beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Found {
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    weekday: Option<u8>,
}

fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_ascii_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Every date expression in `s`, in order.
fn scan(s: &str) -> Vec<Found> {
    let w = words(s);
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        // ISO 2014-03-11
        if w[i].len() == 4
            && let (Some(y), Some(m), Some(d)) = (
                number(w[i]),
                w.get(i + 1).and_then(|x| number(x)),
                w.get(i + 2).and_then(|x| number(x)),
            )
            && (1900..2100).contains(&y)
            && s.contains(&format!("{}-{}-{}", w[i], w[i + 1], w[i + 2]))
            && Date::new(y as i32, m as u8, d as u8).is_some()
        {
            out.push(Found {
                year: Some(y as i32),
                month: Some(m as u8),
                day: Some(d as u8),
                weekday: None,
            });
            i += 3;
            continue;
        }
        let wd = weekday(w[i]);
        let j = if wd.is_some() { i + 1 } else { i };
        // Month D[, YYYY], else D Month[ YYYY]
        let month_at = |k: usize| w.get(k).and_then(|x| month(x));
        let day_at = |k: usize| w.get(k).and_then(|x| number(x)).filter(|d| (1..=31).contains(d));
        // the day first: a number is rarer than a word, and settles it without the month lookup
        let month_day = day_at(j + 1)
            .and_then(|d| Some((month_at(j)?, d)))
            .or_else(|| day_at(j).and_then(|d| Some((month_at(j + 1)?, d))));
        if let Some((m, d)) = month_day {
            let y = w
                .get(j + 2)
                .and_then(|x| number(x))
                .filter(|y| (1900..2100).contains(y));
            out.push(Found {
                year: y.map(|y| y as i32),
                month: Some(m),
                day: Some(d as u8),
                weekday: wd,
            });
            i = j + 2 + usize::from(y.is_some());
            continue;
        }
        if let Some(wd) = wd
            && w[i].chars().next().is_some_and(|c| c.is_ascii_uppercase())
        {
            out.push(Found {
                year: None,
                month: None,
                day: None,
                weekday: Some(wd),
            });
        }
        i += 1;
    }
    out
}

/// The document's date: a full date in its first sentences that reads as a dateline — its
/// named weekday agrees with it, or it stands nearly alone on its line, or follows "Published",
/// "Updated" or "Posted". A weekday match wins over an earlier bare date.
pub fn document_date(text: &str, sentences: &[Range<usize>]) -> Option<Date> {
    let mut first = None;
    for r in sentences.iter().take(HEAD_SENTENCES) {
        let sentence = &text[r.clone()];
        if !sentence.bytes().any(|b| b.is_ascii_digit()) {
            continue; // a full date needs a day or a year
        }
        let lower = sentence.to_ascii_lowercase();
        let dateline = words(sentence).len() <= 8
            || ["published", "updated", "posted"]
                .iter()
                .any(|w| lower.contains(w));
        for f in scan(sentence) {
            let (Some(y), Some(m), Some(d)) = (f.year, f.month, f.day) else {
                continue;
            };
            let Some(date) = Date::new(y, m, d) else { continue };
            if f.weekday == Some(date.weekday()) {
                return Some(date);
            }
            if dateline {
                first = first.or(Some(date));
            }
        }
    }
    first
}

/// The date a sentence gives its events, resolved against the document date: a full date as
/// written; a month and day in the document's year; a weekday as the nearest such day before
/// the document date (after it when the sentence speaks of the future).
pub fn sentence_date(sentence: &str, doc: Option<Date>) -> Option<Date> {
    let lower = sentence.to_ascii_lowercase();
    for f in scan(sentence) {
        match (f.year, f.month, f.day) {
            (Some(y), Some(m), Some(d)) => return Date::new(y, m, d),
            (None, Some(m), Some(d)) => {
                let doc = doc?;
                let mut date = Date::new(doc.year, m, d)?;
                if date.to_days() > doc.to_days() + 60 {
                    date = Date::new(doc.year - 1, m, d)?;
                }
                return Some(date);
            }
            _ => {}
        }
        if let Some(wd) = f.weekday {
            let doc = doc?;
            let future = lower.contains(" will ") || lower.contains(" to be ") || lower.contains(" next ");
            let delta = (i64::from(wd) - i64::from(doc.weekday())).rem_euclid(7);
            let days = if future {
                if delta == 0 { 7 } else { delta }
            } else if delta == 0 {
                0
            } else {
                delta - 7
            };
            return Some(Date::from_days(doc.to_days() + days));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Date> {
        Date::parse_iso(s)
    }

    #[test]
    fn document_dates() {
        let text = "24 Nov 2024\nTuesday 11 March 2014 - 14:31\nStory Code : 88635";
        let sents = crate::text::sentences::split(text);
        assert_eq!(document_date(text, &sents), d("2014-03-11"));
        let text = "Putin talk in Helsinki, Monday, July 16, 2018. Trump and Putin arrived.";
        assert_eq!(
            document_date(text, &crate::text::sentences::split(text)),
            d("2018-07-16")
        );
        let none = "No date here.";
        assert_eq!(document_date(none, &crate::text::sentences::split(none)), None);
        let banner = "Since July 1, 2024, we have disabled all ads to improve your reading experience.";
        assert_eq!(
            document_date(banner, &crate::text::sentences::split(banner)),
            None
        );
    }

    #[test]
    fn sentence_dates_table() {
        let doc = d("2014-03-11"); // a Tuesday
        let cases = [
            (
                "Russia said on Monday it was drafting counter-proposals.",
                d("2014-03-10"),
            ),
            ("The vote is to be held on Sunday.", d("2014-03-16")),
            ("They met on March 6.", d("2014-03-06")),
            (
                "Trump and Putin met on July 16, 2018 in Helsinki.",
                d("2018-07-16"),
            ),
            ("Talks in December were tense.", None),
            ("The summit on 16 July 2018 ended.", d("2018-07-16")),
        ];
        for (s, want) in cases {
            assert_eq!(sentence_date(s, doc), want, "{s}");
        }
        assert_eq!(sentence_date("They met on March 6.", None), None);
    }

    #[test]
    fn date_arithmetic_round_trips() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2014-03-11",
            "1969-12-31",
            "2100-12-31",
        ] {
            let x = d(s).unwrap();
            assert_eq!(Date::from_days(x.to_days()), x);
        }
        assert_eq!(d("2014-03-11").unwrap().weekday(), 1);
    }
}
