//! Discovery of people from an apposition after their name: "Olaf Scholz, the German
//! chancellor," and "Ines Kolb, Germany's foreign minister,". The name and the apposition
//! become mentions of the one person.

use super::actors::{Actors, TitleKey, title_country};
use super::lexicon::{ORG_HEAD, ORG_WORD, PLACE_TAIL, STOP};
use super::people::{collapse, prefix_before, read_title};
use super::precision::{self, Known};
use super::tokens::{CAP, Doc, LOWER, UPPER, mention};
use crate::dict::gazetteer::Gazetteer;
use crate::lang::en::titles::Part;
use crate::model::{EntityIx, EntityKind};
use crate::tag::{Mention, Target};
use std::ops::Range;

/// At most this many words in a name before an apposition.
const MAX_NAME_WORDS: usize = 4;

/// Persons named before an apposition that gives their title.
pub(super) fn discover(
    doc: &Doc,
    mentions: &[Mention],
    gaz: &Gazetteer,
    known: &dyn Known,
    actors: &mut Actors,
) -> Vec<Mention> {
    let mut out = Vec::new();
    for sent in doc.sents.iter().filter(|s| !s.headline) {
        for j in sent.toks.start..sent.toks.end.saturating_sub(1) {
            if !doc.has(j, CAP) || doc.covered(j).is_some() || doc.gap(j + 1).trim() != "," {
                continue;
            }
            let Some((title_span, key, affiliation)) = apposition(doc, mentions, gaz, j + 1) else {
                continue;
            };
            let Some(name) = name_ending_at(doc, j) else {
                continue;
            };
            if precision::check(doc, name.clone(), known).is_some() {
                continue;
            }
            let span = doc.span(name.start, name.end - 1);
            let label = collapse(&doc.text[span.clone()]);
            let e = actors.add(gaz, EntityKind::Person, &label, &key, affiliation);
            out.push(mention(doc.text, Target::Entity(e), span));
            out.push(mention(doc.text, Target::Entity(e), title_span));
        }
    }
    out.extend(title_first(doc, mentions, gaz, known, actors));
    out
}

/// Persons named after an apposition that gives their title first: "the German chancellor,
/// Olaf Scholz, said".
fn title_first(
    doc: &Doc,
    mentions: &[Mention],
    gaz: &Gazetteer,
    known: &dyn Known,
    actors: &mut Actors,
) -> Vec<Mention> {
    let mut out = Vec::new();
    for sent in doc.sents.iter().filter(|s| !s.headline) {
        for j in sent.toks.start..sent.toks.end.saturating_sub(1) {
            if !doc.has(j + 1, CAP)
                || doc.gap(j + 1).trim() != ","
                || doc.title(j).is_none_or(|t| t.part != Part::Head)
            {
                continue;
            }
            let mut t = j;
            while t > sent.toks.start
                && doc.joined(t, false)
                && doc.title(t - 1).is_some()
                && doc.covered(t - 1).is_none()
            {
                t -= 1;
            }
            let prefix = prefix_before(doc, mentions, gaz, t);
            let before = prefix.map_or(t, |p| doc.tok_at(p.1));
            if before == sent.toks.start
                || !doc.word(before - 1).eq_ignore_ascii_case("the")
                || doc.covered(j).is_some()
            {
                continue;
            }
            let Some((key, next)) = read_title(doc, t, true).filter(|(_, n)| *n == j + 1) else {
                continue;
            };
            let Some(name) = name_starting_at(doc, next) else {
                continue;
            };
            if precision::check(doc, name.clone(), known).is_some() {
                continue;
            }
            let span = doc.span(name.start, name.end - 1);
            let label = collapse(&doc.text[span.clone()]);
            let e = actors.add(gaz, EntityKind::Person, &label, &key, prefix.map(|p| p.0));
            let title_span = doc.toks[before - 1].start as usize..doc.toks[j].end as usize;
            out.push(mention(doc.text, Target::Entity(e), title_span));
            out.push(mention(doc.text, Target::Entity(e), span));
        }
    }
    out
}

/// The name starting at word `n` after an apposition: two to four capitalised words, then a
/// comma, a full stop or a lower-case word.
fn name_starting_at(doc: &Doc, n: usize) -> Option<Range<usize>> {
    let end = doc.sent(n).toks.end;
    let mut b = n;
    while b < end && b - n < MAX_NAME_WORDS && (b == n || doc.joined(b, false)) && name_word(doc, b) {
        b += 1;
    }
    let closed = b >= end
        || matches!(
            doc.gap(b).trim_start().chars().next(),
            Some(',' | '.' | ';' | ':' | ')')
        )
        || (doc.joined(b, false) && doc.has(b, LOWER));
    (b - n >= 2 && closed).then_some(n..b)
}

fn name_word(doc: &Doc, i: usize) -> bool {
    doc.has(i, CAP)
        && !doc.has(i, UPPER)
        && doc.covered(i).is_none()
        && doc.title(i).is_none()
        && !doc.is(i, STOP | ORG_HEAD | ORG_WORD | PLACE_TAIL)
}

/// The apposition starting at word `k`: "the [demonym] title" or "Country's title", closed by
/// punctuation or the sentence's end. Its span, title and the country it names.
fn apposition(
    doc: &Doc,
    mentions: &[Mention],
    gaz: &Gazetteer,
    k: usize,
) -> Option<(Range<usize>, TitleKey, Option<EntityIx>)> {
    let start = doc.toks.get(k)?.start as usize;
    let end = doc.sent(k).toks.end;
    let the = doc.word(k).eq_ignore_ascii_case("the");
    let mut t = k + usize::from(the);
    let mut affiliation = None;
    // a demonym or a possessive country stands before the title; a gazetteer title phrase
    // ("the German chancellor") covers it all
    while t < end {
        match doc.covered(t).map(|c| mentions[c].target) {
            Some(Target::Title(ti)) => {
                affiliation = title_country(gaz, ti);
                while t < end && doc.title(t).is_none() {
                    t += 1;
                }
                break;
            }
            Some(_) => t += 1,
            None => break,
        }
    }
    if t >= end {
        return None;
    }
    let prefix = prefix_before(doc, mentions, gaz, t).map(|p| p.0);
    let skipped = t > k + usize::from(the) && affiliation.is_none();
    if (skipped && prefix.is_none()) || (!the && prefix.is_none()) {
        return None; // neither "the" nor a country's: "Scholz, chancellor of ..." is not read
    }
    let (key, next) = read_title(doc, t, true)?;
    key.head()?;
    let closed = next >= end
        || matches!(
            doc.gap(next).trim_start().chars().next(),
            Some(',' | '.' | ';' | ':' | ')')
        );
    if !closed {
        return None;
    }
    Some((
        start..doc.toks[next - 1].end as usize,
        key,
        affiliation.or(prefix),
    ))
}

/// The name ending at word `j`: two to four joined capitalised words, no mention on them, no
/// title or function word among them.
fn name_ending_at(doc: &Doc, j: usize) -> Option<Range<usize>> {
    let sent_start = doc.sent(j).toks.start;
    let ok = |i: usize| name_word(doc, i);
    let mut a = j;
    while a > sent_start && j - a + 1 < MAX_NAME_WORDS && doc.joined(a, false) && ok(a - 1) {
        a -= 1;
    }
    if !ok(a) || j - a + 1 < 2 {
        return None;
    }
    // "... said Olaf Scholz, the chancellor": a capitalised word before the name makes it longer
    if a > sent_start && doc.joined(a, false) && doc.has(a - 1, CAP) && !doc.is(a - 1, STOP) {
        return None;
    }
    Some(a..j + 1)
}

#[cfg(test)]
mod tests {
    use crate::names::testing::cast_of;

    #[test]
    fn appositions_table() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "Olaf Scholz, the German chancellor, arrived.",
                &["olaf_scholz|Olaf Scholz|germany|Chancellor|-|DEUGOV"],
                &["Olaf Scholz=+olaf_scholz", "the German chancellor=+olaf_scholz"],
            ),
            (
                "They met Aiko Mori, Japan's prime minister, on Friday.",
                &["aiko_mori|Aiko Mori|japan|Prime Minister|-|JPNGOV"],
                &["Aiko Mori=+aiko_mori", "Japan's prime minister=+aiko_mori"],
            ),
            (
                "Later the German chancellor, Olaf Scholz, arrived.",
                &["olaf_scholz|Olaf Scholz|germany|Chancellor|-|DEUGOV"],
                &["the German chancellor=+olaf_scholz", "Olaf Scholz=+olaf_scholz"],
            ),
            (
                "They heard the prime minister, Aiko Mori said.",
                &["aiko_mori|Aiko Mori|-|Prime Minister|-|"],
                &["the prime minister=+aiko_mori", "Aiko Mori=+aiko_mori"],
            ),
            (
                "But Lars Holm, the defence minister.",
                &["lars_holm|Lars Holm|-|Defence Minister|-|"],
                &["Lars Holm=+lars_holm", "the defence minister=+lars_holm"],
            ),
        ];
        crate::names::testing::assert_casts(cases);
    }

    #[test]
    fn no_apposition_without_a_title() {
        let cases = [
            "Olaf Scholz, the winner, arrived.",
            "Scholz, the German chancellor, arrived.",
            "Lake Geneva, the minister, was calm.",
            "Monday Tuesday, the chancellor, said.",
            "Olaf Scholz, the chancellor of the club, left.",
            "OLAF SCHOLZ, the chancellor, left.",
            "Olaf Scholz, chancellor, left.",
            "They heard the minister, Foreign Office staff said.",
            "They heard the minister, Monday Tuesday said.",
            "They heard a minister, Olaf Scholz, say so.",
            "They heard the minister, Olaf Scholz Foundation staff said.",
        ];
        for text in cases {
            let (cast, _) = cast_of(text, None);
            assert!(cast.discovered.is_empty(), "{text:?}: {:?}", cast.discovered);
        }
    }
}
