//! Discovery of people from a title before their name: "Chancellor Olaf Scholz", "Mr Howard",
//! "Iranian Foreign Minister Mohammad Javad Zarif", "Germany's Foreign Minister X". One mention
//! spans the whole phrase (the demonym or country it absorbs included).

use super::actors::{Actors, TitleKey, listed_kind};
use super::lexicon::{NOT_AFTER_TITLE, ORG_HEAD, ORG_WORD, PLACE_TAIL, STOP};
use super::precision::{self, Known, Reason};
use super::tokens::{CAP, Doc, LOWER, POSS, UPPER, mention};
use crate::dict::gazetteer::Gazetteer;
use crate::lang::en::shapes::{self, SURNAME_PARTICLES};
use crate::lang::en::titles::{Part, TitleWord};
use crate::model::{EntityIx, EntityKind};
use crate::tag::{Mention, Target};
use std::ops::Range;

/// At most this many capitalised words in a name.
const MAX_NAME_WORDS: usize = 4;

/// The country or organisation named just before word `i` as its holder's ("Iranian",
/// "Germany's", "NATO"): the entity and where its mention starts.
pub(super) fn prefix_before(
    doc: &Doc,
    mentions: &[Mention],
    gaz: &Gazetteer,
    i: usize,
) -> Option<(EntityIx, usize)> {
    let m = mentions[doc.covered(i.checked_sub(1)?)?];
    let start = doc.toks.get(i)?.start as usize;
    if m.end > start || doc.covered(i).is_some_and(|c| mentions[c] == m) {
        return None;
    }
    let gap = &doc.text[m.end..start];
    let gap = gap
        .strip_prefix("'s")
        .or_else(|| gap.strip_prefix('\''))
        .unwrap_or(gap);
    if gap.is_empty() || !gap.bytes().all(|b| b.is_ascii_whitespace()) {
        return None;
    }
    let e = match m.target {
        Target::Demonym(e) => e,
        Target::Entity(e)
            if matches!(
                listed_kind(gaz, e),
                Some(EntityKind::Country | EntityKind::Organization)
            ) =>
        {
            e
        }
        _ => return None,
    };
    Some((e, m.start))
}

/// The title at word `i` ("Foreign Minister", "Secretary of State", "Mr."): its words and the
/// first word after it. Capitalised unless `any_case` (after a demonym: "Iranian foreign minister").
pub(super) fn read_title(doc: &Doc, i: usize, any_case: bool) -> Option<(TitleKey, usize)> {
    let cased = |j: usize| any_case || doc.has(j, CAP);
    let first = doc.title(i).filter(|_| cased(i))?;
    if first.part == Part::Honorific {
        let key = TitleKey {
            words: vec![first],
            of: vec![],
        };
        return Some((key, i + 1));
    }
    let mut words: Vec<&'static TitleWord> = vec![first];
    let mut j = i + 1;
    while words.len() < 5 && j < doc.sent(i).toks.end && doc.joined(j, true) && cased(j) {
        match doc.title(j) {
            Some(t) if t.part != Part::Honorific => words.push(t),
            _ => break,
        }
        j += 1;
    }
    let head = words.iter().rposition(|w| w.part == Part::Head)?;
    words.truncate(head + 1);
    let mut next = i + head + 1;
    let mut of = Vec::new();
    if doc.word(next).eq_ignore_ascii_case("of") && doc.has(next, LOWER) && doc.joined(next, false) {
        let mut k = next + 1;
        while of.len() < 3 && doc.joined(k, false) && cased(k) {
            match doc.title(k) {
                Some(t) if t.part == Part::Qualifier => of.push(t),
                _ => break,
            }
            k += 1;
        }
        if !of.is_empty() {
            next = k;
        }
    }
    Some((TitleKey { words, of }, next))
}

/// Whether word `j` can be inside a name: capitalised (or a particle before a capitalised
/// word), no mention on it, and no function word, title, organisation or place word.
fn name_word(doc: &Doc, j: usize) -> bool {
    if doc.covered(j).is_some() || doc.has(j, UPPER) {
        return false;
    }
    if !doc.has(j, CAP) {
        return is_particle(doc, j);
    }
    doc.title(j).is_none() && !doc.is(j, STOP | ORG_HEAD | ORG_WORD | PLACE_TAIL | NOT_AFTER_TITLE)
}

/// A lower-case particle inside a name: "al-Assad", "bin" or "von der" before a capitalised word.
fn is_particle(doc: &Doc, j: usize) -> bool {
    let w = doc.word(j);
    if let Some((p, rest)) = w.split_once('-') {
        return shapes::contains(SURNAME_PARTICLES, p) && rest.starts_with(char::is_uppercase);
    }
    shapes::contains(SURNAME_PARTICLES, w) && doc.joined(j + 1, false) && doc.has(j + 1, CAP | LOWER)
}

/// The name starting at word `i`: joined name words, at most four capitalised, ending on a
/// capitalised word (or a possessive one), with the count of its capitalised words.
pub(super) fn read_name(doc: &Doc, i: usize) -> Option<(Range<usize>, usize)> {
    let end = doc.sent(i).toks.end;
    let (mut j, mut caps, mut last_cap) = (i, 0, None);
    while j < end && name_word(doc, j) && (j == i || doc.joined(j, doc.word(j - 1).chars().count() == 1)) {
        if doc.has(j, CAP) || doc.word(j).contains('-') {
            caps += 1;
            last_cap = Some(j);
        }
        j += 1;
        if caps == MAX_NAME_WORDS || doc.has(j - 1, POSS) {
            break;
        }
    }
    let last = last_cap?;
    if doc.gap(last + 1).starts_with(']') {
        return None; // an editor's bracket cuts the name: "[Adviser John] Bolton"
    }
    Some((i..last + 1, caps))
}

/// Persons named after a title, with at least `min_words` words of name; and gazetteer
/// persons after a title, whose mention grows to span the title.
pub(super) fn discover(
    doc: &Doc,
    mentions: &[Mention],
    gaz: &Gazetteer,
    known: &dyn Known,
    actors: &mut Actors,
    min_words: usize,
) -> Vec<Mention> {
    let mut out = Vec::new();
    for sent in doc.sents.iter().filter(|s| !s.headline) {
        let mut i = sent.toks.start;
        while i < sent.toks.end {
            match titled(doc, mentions, gaz, known, actors, i, min_words) {
                Some((m, next)) => {
                    out.push(m);
                    i = next;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// The person introduced by a title at word `i`, and the word after the name.
fn titled(
    doc: &Doc,
    mentions: &[Mention],
    gaz: &Gazetteer,
    known: &dyn Known,
    actors: &mut Actors,
    i: usize,
    min_words: usize,
) -> Option<(Mention, usize)> {
    let after_mention = i > 0 && doc.covered(i - 1).is_some();
    if !(doc.has(i, CAP) || after_mention) || doc.title(i).is_none() {
        return None;
    }
    if let Some(c) = doc.covered(i)
        && matches!(mentions[c].target, Target::Entity(_))
    {
        return None;
    }
    let mut prefix = prefix_before(doc, mentions, gaz, i);
    let (key, n) = read_title(doc, i, prefix.is_some())?;
    if key.head().is_none() {
        prefix = None; // "the BBC's Mr Howard" is no member of the BBC
    }
    if n >= doc.sent(i).toks.end || !doc.joined(n, true) || !doc.has(n, CAP) {
        return None;
    }
    let start = prefix.map_or(doc.toks[i].start as usize, |p| p.1);
    if let Some(c) = doc.covered(n) {
        // a gazetteer person after a title: one mention for the whole phrase
        let m = mentions[c];
        let person = matches!(m.target, Target::Entity(e) if listed_kind(gaz, e) == Some(EntityKind::Person));
        let whole = m.start == doc.toks[n].start as usize && min_words > 1;
        if let (true, true, Target::Entity(e)) = (person, whole, m.target) {
            let country = prefix.map(|p| p.0);
            if !actors
                .titled
                .iter()
                .any(|(x, k, _)| *x == e && k.role() == key.role())
            {
                actors.titled.push((e, key, country));
            }
        }
        return (person && whole).then(|| (mention(doc.text, m.target, start..m.end), doc.tok_at(m.end)));
    }
    let (name, caps) = read_name(doc, n)?;
    let single_title = key.words.len() == 1 && key.of.is_empty() && prefix.is_none();
    if caps < min_words || (caps < 2 && single_title && key.words[0].needs_full_name) {
        return None;
    }
    let after = name.end;
    if after < doc.sent(i).toks.end && doc.joined(after, false) && doc.has(after, CAP) {
        return None; // more capitalised words follow: a longer name than we can read
    }
    match precision::check(doc, name.clone(), known) {
        None | Some(Reason::CommonWord) => {}
        Some(_) => return None,
    }
    let span = doc.span(name.start, name.end - 1);
    let label = collapse(&doc.text[span.clone()]);
    let e = actors.add(gaz, EntityKind::Person, &label, &key, prefix.map(|p| p.0));
    Some((mention(doc.text, Target::Entity(e), start..span.end), name.end))
}

/// White space collapsed to single spaces.
pub(super) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use crate::names::testing::cast_of;

    /// (text, discovered: id | label | affiliation | role | gender | code, mentions shown)
    const TITLED: &[(&str, &[&str], &[&str])] = &[
        (
            "Chancellor Olaf Scholz arrived late.",
            &["olaf_scholz|Olaf Scholz|-|Chancellor|-|"],
            &["Chancellor Olaf Scholz=+olaf_scholz"],
        ),
        (
            "The talks began when Iranian Foreign Minister Mohammad Javad Zarif arrived.",
            &["mohammad_javad_zarif|Mohammad Javad Zarif|iran|Foreign Minister|-|IRNGOV"],
            &["Iranian Foreign Minister Mohammad Javad Zarif=+mohammad_javad_zarif"],
        ),
        (
            "The talks began when Germany's Foreign Minister Ines Kolb arrived.",
            &["ines_kolb|Ines Kolb|germany|Foreign Minister|-|DEUGOV"],
            &["Germany's Foreign Minister Ines Kolb=+ines_kolb"],
        ),
        (
            "He praised Secretary-General Tomas Reyes for the plan.",
            &["tomas_reyes|Tomas Reyes|-|Secretary-General|-|"],
            &["Secretary-General Tomas Reyes=+tomas_reyes"],
        ),
        (
            "It was said that Mr Howard left.",
            &["howard|Howard|-||m|"],
            &["Mr Howard=+howard"],
        ),
        (
            "Aides say Sen. Ruth Ames will vote no.",
            &["ruth_ames|Ruth Ames|-|Senator|-|"],
            &["Sen. Ruth Ames=+ruth_ames"],
        ),
        (
            "The army said Gen. Omar Bashir was safe, and Queen Ana too.",
            &["omar_bashir|Omar Bashir|-|General|-|", "ana|Ana|-|Queen|f|"],
            &["Gen. Omar Bashir=+omar_bashir", "Queen Ana=+ana"],
        ),
        (
            "Later Indian Prime Minister Ravi Das spoke.",
            &["ravi_das|Ravi Das|india|Prime Minister|-|INDGOV"],
            &["Indian Prime Minister Ravi Das=+ravi_das"],
        ),
        (
            "Reporters saw Secretary of State Ann Lee there.",
            &["ann_lee|Ann Lee|-|Secretary of State|-|"],
            &["Secretary of State Ann Lee=+ann_lee"],
        ),
        (
            "Officials said Iranian foreign minister Ali Navid had left.",
            &["ali_navid|Ali Navid|iran|Foreign Minister|-|IRNGOV"],
            &["Iranian foreign minister Ali Navid=+ali_navid"],
        ),
        (
            "The rebels named Gen. Bashar al-Hamid their leader.",
            &["bashar_al_hamid|Bashar al-Hamid|-|General|-|"],
            &["Gen. Bashar al-Hamid=+bashar_al_hamid"],
        ),
        // one surname, two genders: two persons
        (
            "Later Mr Okafor and Mrs Okafor spoke.",
            &["okafor|Okafor|-||m|", "okafor|Okafor|-||f|"],
            &["Mr Okafor=+okafor", "Mrs Okafor=+okafor"],
        ),
        // an honorific takes no affiliation from the word before it
        (
            "He told Japan's Mr Okafor so.",
            &["okafor|Okafor|-||m|"],
            &["Japan=japan", "Mr Okafor=+okafor"],
        ),
        // a gazetteer person after a title: one mention, no discovery
        (
            "Later Iranian Foreign Minister Karim Sadr spoke.",
            &[],
            &["Iranian Foreign Minister Karim Sadr=sadr"],
        ),
    ];

    #[test]
    fn titled_people_table() {
        crate::names::testing::assert_casts(TITLED);
    }

    #[test]
    fn no_person_without_a_name_after_the_title() {
        let cases = [
            "The President said talks would resume.",
            "General Motors cut its forecast.",
            "Shares of General Electric Co rose.",
            "Major League teams met on Monday.",
            "Talks With Chancellor Olaf Scholz Resume",
            "He met King Street traders.",
            "They spoke to Mr Tuesday.",
            "The Foreign Minister of Iran spoke.",
            "Reporters saw Chancellor OLAF at dawn.",
            "The minister Olaf Scholz left.",
            "Dr J said nothing.",
            "He said [Foreign Minister Karim] Sadr would come.",
            "The North Korean envoy left.",
            "He met the Iranian Foreign Minister in Geneva.",
            "Crowds cheered the Queen Mother today.",
        ];
        for text in cases {
            let (cast, _) = cast_of(text, None);
            assert!(cast.discovered.is_empty(), "{text:?}: {:?}", cast.discovered);
        }
    }
}
