//! Discovery of organisations from the shapes news gives them: "the Finance Ministry", "the
//! Ministry of Defence", "the Liberal Democrats party", "Iran's Foreign Ministry", "the Iranian
//! Foreign Ministry"; and acronyms defined in parentheses ("the International Atomic Energy
//! Agency (IAEA)"), which name the organisation wherever else the document uses them.

use super::actors::{Actors, TitleKey, listed_kind};
use super::lexicon::{ORG_HEAD, STOP};
use super::people::{collapse, prefix_before};
use super::precision::{self, Known, Reason};
use super::tokens::{CAP, Doc, LOWER, POSS, UPPER, mention};
use crate::dict::gazetteer::Gazetteer;
use crate::lang::en::shapes::{self, GOVERNMENT_BODIES};
use crate::lang::en::titles::Part;
use crate::model::{EntityIx, EntityKind};
use crate::tag::{Mention, Target};
use std::ops::Range;

/// At most this many capitalised words before an organisation's head word, or after its "of".
const MAX_WORDS: usize = 5;

/// Organisations named by their shape.
pub(super) fn discover(
    doc: &Doc,
    mentions: &[Mention],
    gaz: &Gazetteer,
    known: &dyn Known,
    actors: &mut Actors,
) -> Vec<Mention> {
    let mut out = Vec::new();
    for sent in doc.sents.iter().filter(|s| !s.headline) {
        let mut h = sent.toks.start;
        while h < sent.toks.end {
            match shaped(doc, mentions, gaz, known, actors, h) {
                Some((m, next)) => {
                    out.push(m);
                    h = next;
                }
                None => h += 1,
            }
        }
    }
    out
}

/// The organisation whose head word ("Ministry", "Party") is word `h`, and the word after it.
fn shaped(
    doc: &Doc,
    mentions: &[Mention],
    gaz: &Gazetteer,
    known: &dyn Known,
    actors: &mut Actors,
    h: usize,
) -> Option<(Mention, usize)> {
    let head = doc.word(h);
    if !doc.has(h, CAP) && head != "party" {
        return None;
    }
    if doc.covered(h).is_some() || !doc.is(h, ORG_HEAD) || doc.has(h, UPPER) {
        return None;
    }
    let party = head.eq_ignore_ascii_case("party");
    if !doc.has(h, CAP) && !party {
        return None;
    }
    let first = modifiers_start(doc, h);
    let prefix = prefix_before(doc, mentions, gaz, first);
    let (tail_end, tail_country) = of_tail(doc, mentions, gaz, h);
    let before = prefix.map_or(first, |p| doc.tok_at(p.1));
    let the = before > doc.sent(h).toks.start && doc.word(before - 1).eq_ignore_ascii_case("the");
    let accepted = if party {
        first < h && (doc.has(h, CAP) || the || prefix.is_some())
    } else {
        (the || prefix.is_some()) && (first < h || tail_end > h + 1)
    };
    if !accepted {
        return None;
    }
    match precision::check(doc, first..tail_end, known) {
        None | Some(Reason::AfterLeadIn | Reason::SentenceStart | Reason::CommonWord | Reason::TitleOnly) => {
        }
        Some(_) => return None,
    }
    let span = doc.span(first, tail_end - 1);
    let written = collapse(&doc.text[span.clone()]);
    let name = title_case_head(&written, head);
    let affiliation = prefix.map(|p| p.0).or(tail_country);
    let possessive = prefix.is_some_and(|p| mentions.iter().any(|m| m.start == p.1 && m.possessive));
    let label = match prefix {
        Some((e, start)) if possessive => format!("{} {name}", qualifier(doc, mentions, gaz, e, start)),
        Some((_, start)) => title_case_head(&collapse(&doc.text[start..span.end]), head),
        None => name.clone(),
    };
    let e = actors.add(
        gaz,
        EntityKind::Organization,
        &label,
        &TitleKey::default(),
        affiliation,
    );
    actors.alias(gaz, e, &written);
    if shapes::contains(GOVERNMENT_BODIES, head) {
        government_code(gaz, actors, e, affiliation);
    }
    let start = prefix.map_or(span.start, |p| p.1);
    Some((mention(doc.text, Target::Entity(e), start..span.end), tail_end))
}

/// The first of the capitalised words before the head word `h` ("Liberal Democrats party").
fn modifiers_start(doc: &Doc, h: usize) -> usize {
    let mut first = h;
    while first > doc.sent(h).toks.start
        && h - first < MAX_WORDS
        && doc.joined(first, false)
        && doc.has(first - 1, CAP)
        && !doc.has(first - 1, POSS)
        && doc.covered(first - 1).is_none()
        && !doc.is(first - 1, STOP)
        && doc.title(first - 1).is_none_or(|t| t.part == Part::Qualifier)
    {
        first -= 1;
    }
    first
}

/// The end of "of Defence", "of Foreign Affairs", "of Japan" after the head word `h` (`h + 1`
/// when none), and the country it names.
fn of_tail(doc: &Doc, mentions: &[Mention], gaz: &Gazetteer, h: usize) -> (usize, Option<EntityIx>) {
    let of = h + 1;
    let end = doc.sent(h).toks.end;
    if of >= end || !doc.joined(of, false) || !matches!(doc.word(of), "of" | "for") {
        return (h + 1, None);
    }
    let (mut j, mut last_cap, mut country) = (of + 1, None, None);
    while j < end && j - of <= MAX_WORDS && doc.joined(j, false) {
        if let Some(c) = doc.covered(j) {
            let Target::Entity(e) = mentions[c].target else {
                break;
            };
            if listed_kind(gaz, e) != Some(EntityKind::Country) {
                break;
            }
            country = Some(e);
            j = doc.tok_at(mentions[c].end);
            last_cap = Some(j);
            break;
        }
        if doc.has(j, CAP) && !doc.has(j, UPPER) {
            last_cap = Some(j + 1);
        } else if !(doc.has(j, LOWER) && matches!(doc.word(j), "the" | "and")) {
            break;
        }
        j += 1;
    }
    match last_cap {
        Some(e) => (e, country),
        None => (h + 1, None),
    }
}

/// "Party" for a head written "party": labels of one organisation agree however it is written.
fn title_case_head(written: &str, head: &str) -> String {
    match written.find(head) {
        Some(i) if head.starts_with(char::is_lowercase) => {
            let mut s = written.to_string();
            s.replace_range(i..i + 1, &head[..1].to_ascii_uppercase());
            s
        }
        _ => written.to_string(),
    }
}

/// The word a label puts before an organisation's name for its country: the demonym as written,
/// or the country's first demonym ("Iran's Foreign Ministry" → "Iranian Foreign Ministry").
fn qualifier(doc: &Doc, mentions: &[Mention], gaz: &Gazetteer, e: EntityIx, start: usize) -> String {
    let m = mentions.iter().find(|m| m.start == start);
    match m.map(|m| m.target) {
        Some(Target::Entity(_)) => {
            let ent = gaz.entity(e);
            match ent.demonyms.first() {
                Some(d) if ent.kind == EntityKind::Country => d.clone(),
                _ => m.map_or_else(String::new, |m| doc.text[m.start..m.end].to_string()),
            }
        }
        _ => m.map_or_else(String::new, |m| doc.text[m.start..m.end].to_string()),
    }
}

/// A ministry of a country with a code has the country's government code ("IRNGOV").
fn government_code(gaz: &Gazetteer, actors: &mut Actors, e: EntityIx, affiliation: Option<EntityIx>) {
    let Some(country) = affiliation.map(|c| gaz.entity(c)) else {
        return;
    };
    if country.kind != EntityKind::Country || country.code.is_empty() {
        return;
    }
    if let Some(a) = e
        .index()
        .checked_sub(gaz.entities.len())
        .and_then(|i| actors.list.get_mut(i))
    {
        a.entity.code = format!("{}GOV", country.code);
    }
}

/// Acronyms defined in parentheses after a name, and their later uses.
pub(super) fn acronyms(
    doc: &Doc,
    mentions: &[Mention],
    gaz: &Gazetteer,
    actors: &mut Actors,
) -> Vec<Mention> {
    let mut defined: Vec<(&str, usize, EntityIx)> = Vec::new();
    let mut out = Vec::new();
    for a in 1..doc.toks.len() {
        if !is_acronym(doc, a)
            || !doc.gap(a).trim_end().ends_with('(')
            || !doc.text[doc.toks[a].end as usize..].starts_with(')')
        {
            continue;
        }
        if let Some(e) = defined_by(doc, mentions, gaz, actors, a, &mut out) {
            defined.push((doc.word(a), a, e));
        }
    }
    if defined.is_empty() {
        return out;
    }
    for t in 0..doc.toks.len() {
        if doc.covered(t).is_some() || !doc.has(t, UPPER) {
            continue;
        }
        if let Some(&(_, _, e)) = defined.iter().find(|(w, at, _)| *at != t && *w == doc.word(t)) {
            out.push(mention(doc.text, Target::Entity(e), doc.span(t, t)));
        }
    }
    out
}

fn is_acronym(doc: &Doc, a: usize) -> bool {
    let w = doc.word(a);
    doc.has(a, UPPER) && (2..=8).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// The entity the acronym at word `a` abbreviates: the mention just before the parenthesis
/// (not a person), or capitalised words whose initials spell it, made an organisation.
fn defined_by(
    doc: &Doc,
    mentions: &[Mention],
    gaz: &Gazetteer,
    actors: &mut Actors,
    a: usize,
    out: &mut Vec<Mention>,
) -> Option<EntityIx> {
    let p = a - 1;
    let before = |m: &Mention| m.end == doc.toks[p].end as usize;
    if let Some(m) = doc
        .covered(p)
        .map(|c| mentions[c])
        .or_else(|| out.iter().copied().find(before))
    {
        let Target::Entity(e) = m.target else { return None };
        if !before(&m) || actors.entity(gaz, e).is_none_or(|x| x.kind == EntityKind::Person) {
            return None;
        }
        actors.alias(gaz, e, doc.word(a));
        return Some(e);
    }
    let run = initials_run(doc, p, doc.word(a))?;
    let span = doc.span(run.start, run.end - 1);
    let label = collapse(&doc.text[span.clone()]);
    let e = actors.add(gaz, EntityKind::Organization, &label, &TitleKey::default(), None);
    actors.alias(gaz, e, doc.word(a));
    out.push(mention(doc.text, Target::Entity(e), span));
    Some(e)
}

/// Capitalised words ending at word `p` (with "of", "for", "and", "the" between them) whose
/// initials spell `acronym`.
fn initials_run(doc: &Doc, p: usize, acronym: &str) -> Option<Range<usize>> {
    let start = doc.sent(p).toks.start;
    let mut letters: Vec<u8> = Vec::new();
    let mut i = p + 1;
    while i > start {
        let j = i - 1;
        let w = doc.word(j);
        if doc.covered(j).is_some() || (j < p && !doc.joined(j + 1, false)) {
            break;
        }
        if doc.has(j, CAP) && !doc.is(j, STOP) {
            for part in w.rsplit('-') {
                letters.push(
                    part.as_bytes()
                        .first()
                        .copied()
                        .unwrap_or(b'-')
                        .to_ascii_uppercase(),
                );
            }
        } else if !(doc.has(j, LOWER) && matches!(w, "of" | "for" | "and" | "the" | "on")) {
            break;
        }
        i = j;
        if letters.len() >= acronym.len() {
            break;
        }
    }
    letters.reverse();
    let org_word = (i..=p).any(|j| doc.is(j, ORG_HEAD));
    let long = letters.len() >= 3 || org_word;
    (letters == acronym.as_bytes() && doc.has(i, CAP) && p + 1 - i >= 2 && long).then_some(i..p + 1)
}

#[cfg(test)]
mod tests {
    use crate::names::testing::cast_of;

    #[test]
    fn organisations_table() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "A statement from the Finance Ministry said so.",
                &["finance_ministry|Finance Ministry|-|-|-|"],
                &["Finance Ministry=+finance_ministry"],
            ),
            (
                "Officials at the Ministry of Defence denied it.",
                &["ministry_of_defence|Ministry of Defence|-|-|-|"],
                &["Ministry of Defence=+ministry_of_defence"],
            ),
            (
                "Voters backed the Liberal Democrats party again.",
                &["liberal_democrats_party|Liberal Democrats Party|-|-|-|"],
                &["Liberal Democrats party=+liberal_democrats_party"],
            ),
            (
                "The protest was called by the Green Union yesterday.",
                &["green_union|Green Union|-|-|-|"],
                &["Green Union=+green_union"],
            ),
            (
                "Later Iran's Foreign Ministry said no.",
                &["iranian_foreign_ministry|Iranian Foreign Ministry|iran|-|-|IRNGOV"],
                &["Iran's Foreign Ministry=+iranian_foreign_ministry"],
            ),
            (
                "A note from the Iranian Foreign Ministry came.",
                &["iranian_foreign_ministry|Iranian Foreign Ministry|iran|-|-|IRNGOV"],
                &["Iranian Foreign Ministry=+iranian_foreign_ministry"],
            ),
            (
                "He met the head of the Central Bank of Iran there.",
                &["central_bank_of_iran|Central Bank of Iran|iran|-|-|"],
                &["Central Bank of Iran=+central_bank_of_iran"],
            ),
            (
                "They joined the Pacific Fishing Agency (PFA) in May. The PFA agreed.",
                &["pacific_fishing_agency|Pacific Fishing Agency|-|-|-|"],
                &[
                    "Pacific Fishing Agency=+pacific_fishing_agency",
                    "PFA=+pacific_fishing_agency",
                ],
            ),
            (
                "Fighters of the Northern Hills Liberation Corps (NHLC) advanced. NHLC said so.",
                &["northern_hills_liberation_corps|Northern Hills Liberation Corps|-|-|-|"],
                &[
                    "Northern Hills Liberation Corps=+northern_hills_liberation_corps",
                    "NHLC=+northern_hills_liberation_corps",
                ],
            ),
        ];
        crate::names::testing::assert_casts(cases);
    }

    #[test]
    fn no_organisation_without_its_shape() {
        let cases = [
            "The Commission said no.",
            "Party leaders met.",
            "the party of Lincoln",
            "MINISTRY OF DEFENCE DENIES REPORT",
            "Talks With The Finance Ministry Resume",
            "A spokesman for the ministry said so.",
            "He said the Union would strike.",
            "The plan (PLAN) was odd.",
            "He met Kate Brown (KB) there.",
            "They formed a Eurosceptic party at once.",
        ];
        for text in cases {
            let (cast, _) = cast_of(text, None);
            assert!(cast.discovered.is_empty(), "{text:?}: {:?}", cast.discovered);
        }
    }
}
