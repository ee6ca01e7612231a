//! Names as news writes them: once a person is named in full in a document ("Fumio Kishida"),
//! their surname, "Mr/Ms X" and "title + surname" ("Prime Minister Kishida") elsewhere in it
//! name them too, unless another person of the document shares the surname and neither the
//! honorific's gender nor the title tells them apart.

use super::actors::{Actors, TitleKey};
use super::people::{prefix_before, read_title};
use super::tokens::{CAP, Doc, LOWER, UPPER, mention};
use crate::dict::gazetteer::Gazetteer;
use crate::lang::en::shapes::{self, DROPPED_PARTICLES, LEAD_INS, SURNAME_PARTICLES};
use crate::lang::en::titles::Part;
use crate::lang::en::words;
use crate::model::{EntityIx, EntityKind, Gender};
use crate::tag::{Mention, Target};

/// A person named in full, by one of their surname's forms.
#[derive(Debug, Clone, Copy)]
struct Full<'t> {
    person: EntityIx,
    /// "Kishida", "Assad" (from "al-Assad"), "von der Leyen".
    surname: &'t str,
    /// Words of the form ("von der Leyen" has 3).
    words: usize,
}

/// Mentions for the short forms of persons named in full.
pub(super) fn resolve(doc: &Doc, mentions: &[Mention], gaz: &Gazetteer, actors: &Actors) -> Vec<Mention> {
    let fulls = named_in_full(doc, mentions, gaz, actors);
    if fulls.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut t = 0;
    while t < doc.toks.len() {
        match short_form(doc, mentions, gaz, actors, &fulls, t) {
            Some(m) => {
                t = doc.tok_at(m.end);
                out.push(m);
            }
            None => t += 1,
        }
    }
    out
}

/// The surname forms of every person a mention names with at least two words of name.
fn named_in_full<'t>(doc: &Doc<'t>, mentions: &[Mention], gaz: &Gazetteer, actors: &Actors) -> Vec<Full<'t>> {
    let mut out: Vec<Full<'t>> = Vec::new();
    for m in mentions {
        let Target::Entity(e) = m.target else { continue };
        if actors.entity(gaz, e).is_none_or(|x| x.kind != EntityKind::Person) {
            continue;
        }
        let (a, b) = (doc.tok_at(m.start), doc.tok_at(m.end));
        if b == 0 || b <= a {
            continue;
        }
        // the name is the tail of the mention: its words after any title or demonym
        let mut first = b - 1;
        let mut caps = 0;
        while first >= a && is_name_word(doc, first) {
            caps += usize::from(doc.has(first, CAP) || doc.word(first).contains('-'));
            if first == a {
                break;
            }
            first -= 1;
        }
        if !is_name_word(doc, first) {
            first += 1;
        }
        if caps < 2 {
            continue;
        }
        let last = doc.word(b - 1);
        let mut forms = vec![(last, 1)];
        if let Some((p, bare)) = last.split_once('-')
            && shapes::contains(DROPPED_PARTICLES, p)
        {
            forms.push((bare, 1));
        }
        let mut k = b - 1;
        while k > first && doc.has(k - 1, LOWER) && shapes::contains(SURNAME_PARTICLES, doc.word(k - 1)) {
            k -= 1;
        }
        if k < b - 1 {
            let form = &doc.text[doc.span(k, b - 1)];
            if shapes::contains(DROPPED_PARTICLES, doc.word(k)) {
                forms.push((form, b - k));
            } else {
                forms[0] = (form, b - k);
            }
        }
        for (surname, words) in forms {
            if !out.iter().any(|f| f.person == e && f.surname == surname) {
                out.push(Full {
                    person: e,
                    surname,
                    words,
                });
            }
        }
    }
    out
}

fn is_name_word(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    if doc.has(i, CAP) {
        return doc.title(i).is_none();
    }
    shapes::contains(SURNAME_PARTICLES, w)
        || w.split_once('-')
            .is_some_and(|(p, _)| shapes::contains(SURNAME_PARTICLES, p))
}

/// What the words before a surname say: where the mention starts, and the honorific's gender
/// or the title.
struct Cue {
    start: usize,
    gender: Option<Gender>,
    title: Option<TitleKey>,
}

/// The mention of a short form ending at word `t`, when exactly one person fits.
fn short_form(
    doc: &Doc,
    mentions: &[Mention],
    gaz: &Gazetteer,
    actors: &Actors,
    fulls: &[Full],
    t: usize,
) -> Option<Mention> {
    let hyphen = doc.has(t, LOWER) && doc.word(t).contains('-');
    if !(doc.has(t, CAP) || hyphen) || doc.covered(t).is_some() {
        return None;
    }
    let w = doc.word(t);
    let upper = doc.has(t, UPPER);
    let matches = |f: &&Full| {
        let last = f.surname.rsplit(' ').next().unwrap_or(f.surname);
        let same = if upper {
            last.eq_ignore_ascii_case(w)
        } else {
            last == w
        };
        same && (f.words == 1 || spelled_before(doc, t, f))
    };
    if !fulls.iter().any(|f| matches(&f)) || !is_name_word(doc, t) {
        return None;
    }
    let found: Vec<&Full> = fulls.iter().filter(matches).collect();
    let form = *found.first()?;
    let first = t + 1 - form.words;
    let headline = doc.sent(t).headline;
    if !headline && doc.joined(t + 1, false) && doc.has(t + 1, CAP) && doc.covered(t + 1).is_none() {
        return None; // a longer name: "Yuko Kishida Foundation"
    }
    let cue = cue_before(doc, mentions, gaz, first)?;
    if cue.title.is_none() && cue.gender.is_none() && !bare_reads_as_name(doc, first, t) {
        return None;
    }
    let mut people: Vec<EntityIx> = found
        .iter()
        .map(|f| f.person)
        .filter(|&p| fits(gaz, actors, p, &cue))
        .collect();
    people.sort_unstable();
    people.dedup();
    match people[..] {
        [p] => Some(mention(
            doc.text,
            Target::Entity(p),
            cue.start..doc.toks[t].end as usize,
        )),
        _ => None,
    }
}

/// Whether the particles of a many-word surname ("von der") stand before word `t`.
fn spelled_before(doc: &Doc, t: usize, f: &Full) -> bool {
    let Some(first) = (t + 1).checked_sub(f.words) else {
        return false;
    };
    let written = &doc.text[doc.span(first, t)];
    written.eq_ignore_ascii_case(f.surname)
}

/// The honorific or title before word `first`, or none (`start` is then the word itself);
/// `None` when another capitalised name word stands there ("Yuko Kishida" is not Kishida).
fn cue_before(doc: &Doc, mentions: &[Mention], gaz: &Gazetteer, first: usize) -> Option<Cue> {
    let none = Cue {
        start: doc.toks[first].start as usize,
        gender: None,
        title: None,
    };
    if !doc.joined(first, true) {
        return Some(none);
    }
    let p = first - 1;
    if let Some(c) = doc.covered(p) {
        return matches!(mentions[c].target, Target::Demonym(_) | Target::Title(_)).then_some(none);
    }
    let Some(tw) = doc.title(p).filter(|_| doc.has(p, CAP)) else {
        let name_before = doc.has(p, CAP) && !shapes::contains(shapes::STOP_WORDS, doc.word(p));
        return (!name_before).then_some(none);
    };
    if tw.part == Part::Honorific {
        return Some(Cue {
            start: doc.toks[p].start as usize,
            gender: tw.gender,
            title: None,
        });
    }
    // the longest title ending just before the surname
    let sent_start = doc.sent(first).toks.start;
    let mut s = p;
    while s > sent_start && doc.joined(s, true) && doc.title(s - 1).is_some_and(|t| t.part != Part::Honorific)
    {
        s -= 1;
    }
    let (key, _) = (s..=p)
        .filter_map(|s| read_title(doc, s, false).filter(|(_, n)| *n == first))
        .next()?;
    let start = prefix_before(doc, mentions, gaz, s).map_or(doc.toks[s].start as usize, |x| x.1);
    Some(Cue {
        start,
        gender: key.gender(),
        title: Some(key),
    })
}

/// A bare surname reads as the name unless its capital may come from its place ("Brown said"
/// opening a sentence) or it is a month after a preposition ("in May").
fn bare_reads_as_name(doc: &Doc, first: usize, t: usize) -> bool {
    let sent = doc.sent(first);
    if first == sent.toks.start && words::is_common(doc.word(t)) {
        return false;
    }
    let after_lead_in = first > sent.toks.start && shapes::contains(LEAD_INS, doc.word(first - 1));
    !(crate::text::dates::is_calendar_word(doc.word(t)) && after_lead_in)
}

/// Whether person `p` can be the one a cue names: no contradicting gender, and a title the
/// person is known to hold (or no title known for them).
fn fits(gaz: &Gazetteer, actors: &Actors, p: EntityIx, cue: &Cue) -> bool {
    let Some(e) = actors.entity(gaz, p) else {
        return false;
    };
    if let (Some(a), Some(b)) = (cue.gender, e.gender)
        && a != b
    {
        return false;
    }
    let Some(key) = &cue.title else { return true };
    if let Some(a) = actors.get(gaz, p) {
        return a.title.head().is_none() || key.names(&a.title) || a.title.names(key);
    }
    let Some(head) = key.head() else { return true };
    let holds = |s: &str| {
        s.to_ascii_lowercase()
            .contains(&head.display.to_ascii_lowercase())
    };
    (e.role.is_empty() && e.roles.is_empty()) || holds(&e.role) || e.roles.iter().any(|r| holds(&r.title))
}

#[cfg(test)]
mod tests {
    use crate::names::testing::{cast_of, shown};

    #[test]
    fn short_forms_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Fumio Kishida arrived. Later Kishida spoke.",
                &["Fumio Kishida=kishida", "Kishida=kishida"],
            ),
            (
                "Fumio Kishida arrived. Prime Minister Kishida spoke, and Mr. Kishida left.",
                &[
                    "Fumio Kishida=kishida",
                    "Prime Minister Kishida=kishida",
                    "Mr. Kishida=kishida",
                ],
            ),
            (
                "Tony Blair and Cherie Blair came. Mr Blair spoke, then Mrs Blair.",
                &[
                    "Tony Blair=tony_blair",
                    "Cherie Blair=cherie_blair",
                    "Mr Blair=tony_blair",
                    "Mrs Blair=cherie_blair",
                ],
            ),
            (
                "Chancellor Olaf Scholz came. Chancellor Scholz spoke. Then Scholz left.",
                &[
                    "Chancellor Olaf Scholz=+olaf_scholz",
                    "Chancellor Scholz=+olaf_scholz",
                    "Scholz=+olaf_scholz",
                ],
            ),
            (
                "Gen. Bashar al-Hamid spoke. Later Hamid and al-Hamid left.",
                &[
                    "Gen. Bashar al-Hamid=+bashar_al_hamid",
                    "Hamid=+bashar_al_hamid",
                    "al-Hamid=+bashar_al_hamid",
                ],
            ),
            (
                "President Ursula von der Lind spoke. Later von der Lind left.",
                &[
                    "President Ursula von der Lind=+ursula_von_der_lind",
                    "von der Lind=+ursula_von_der_lind",
                ],
            ),
            (
                "KISHIDA WINS VOTE\nFumio Kishida won.",
                &["KISHIDA=kishida", "Fumio Kishida=kishida"],
            ),
        ];
        for (text, want) in cases {
            let (cast, gaz) = cast_of(text, None);
            assert_eq!(shown(text, &cast, &gaz), *want, "{text:?}");
        }
    }

    #[test]
    fn short_forms_not_guessed() {
        let cases: &[(&str, &[&str])] = &[
            // two persons share the surname and nothing tells them apart
            (
                "Tony Blair and Cherie Blair came. Blair spoke.",
                &["Tony Blair=tony_blair", "Cherie Blair=cherie_blair"],
            ),
            // a contradicting honorific
            (
                "Cherie Blair came. Mr Blair spoke.",
                &["Cherie Blair=cherie_blair", "Mr Blair=+blair"],
            ),
            // another first name: another person
            (
                "Fumio Kishida came. Yuko Kishida spoke.",
                &["Fumio Kishida=kishida"],
            ),
            // a longer name
            (
                "Fumio Kishida came. The Kishida Foundation paid.",
                &["Fumio Kishida=kishida", "Kishida Foundation=+kishida_foundation"],
            ),
            // a contradicting title
            (
                "Fumio Kishida came. Chancellor Kishida spoke.",
                &["Fumio Kishida=kishida", "Chancellor Kishida=+kishida"],
            ),
            // named only by surname: nothing in full
            ("Kishida came. Later Kishida spoke.", &[]),
            // a month after a preposition
            ("Lena May came. They met in May.", &["Lena May=lena_may"]),
        ];
        for (text, want) in cases {
            let (cast, gaz) = cast_of(text, None);
            assert_eq!(shown(text, &cast, &gaz), *want, "{text:?}");
        }
    }
}
