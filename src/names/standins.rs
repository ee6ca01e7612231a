//! Stand-ins for a country: "the Biden administration", "the Iranian administration", "the
//! government in Tehran", "Iran's government" name the country, in one mention over the phrase.

use super::actors::Actors;
use super::tokens::{Doc, mention};
use crate::dict::gazetteer::Gazetteer;
use crate::model::{EntityIx, EntityKind};
use crate::tag::{Mention, Target};

/// Mentions of the countries such phrases stand for.
pub(super) fn resolve(doc: &Doc, mentions: &[Mention], gaz: &Gazetteer, actors: &Actors) -> Vec<Mention> {
    let mut out = Vec::new();
    for m in mentions {
        let (a, b) = (doc.tok_at(m.start), doc.tok_at(m.end));
        if b >= doc.toks.len() || a == b || !follows(doc, m, b) || doc.sent_of[b] != doc.sent_of[a] {
            continue;
        }
        let next = doc.word(b);
        let the = a > 0 && doc.joined(a, false) && doc.word(a - 1).eq_ignore_ascii_case("the");
        let country = || country_of(gaz, actors, m.target);
        let found = if next.eq_ignore_ascii_case("administration") && the && !m.possessive {
            country().map(|c| (doc.toks[a - 1].start as usize, c))
        } else if next.eq_ignore_ascii_case("government") && m.possessive && is_place(gaz, m.target) {
            country().map(|c| (m.start, c))
        } else {
            government_in(doc, a).and_then(|s| country().map(|c| (s, c)))
        };
        if let Some((start, c)) = found {
            let end = if doc.word(b).eq_ignore_ascii_case("administration")
                || doc.word(b).eq_ignore_ascii_case("government")
            {
                doc.toks[b].end as usize
            } else {
                m.end
            };
            out.push(mention(doc.text, Target::Entity(c), start..end));
        }
    }
    out
}

/// Whether word `b` follows the mention with only white space (and its `'s`) between.
fn follows(doc: &Doc, m: &Mention, b: usize) -> bool {
    let gap = &doc.text[m.end..doc.toks[b].start as usize];
    let gap = gap
        .strip_prefix("'s")
        .or_else(|| gap.strip_prefix('\''))
        .unwrap_or(gap);
    !gap.is_empty() && gap.bytes().all(|c| c.is_ascii_whitespace())
}

/// A country or a capital of the gazetteer ("Iran's government", "Kyiv's government").
fn is_place(gaz: &Gazetteer, target: Target) -> bool {
    matches!(target, Target::Entity(e) if gaz.entities.get(e.index()).is_some_and(|x| matches!(x.kind, EntityKind::Country | EntityKind::Place)))
}

/// Where "the government in" starts before word `a`, if it stands there.
fn government_in(doc: &Doc, a: usize) -> Option<usize> {
    let s = a.checked_sub(3)?;
    let words = [doc.word(s), doc.word(s + 1), doc.word(s + 2)];
    let joined = (s + 1..=a).all(|i| doc.joined(i, false));
    let shape = words[0].eq_ignore_ascii_case("the")
        && words[1].eq_ignore_ascii_case("government")
        && words[2] == "in";
    (joined && shape).then(|| doc.toks[s].start as usize)
}

/// The country a mention stands for: itself, the country a capital stands for, a demonym's
/// country, or a person's country.
fn country_of(gaz: &Gazetteer, actors: &Actors, target: Target) -> Option<EntityIx> {
    let e = match target {
        Target::Entity(e) | Target::Demonym(e) => e,
        Target::Title(_) => return None,
    };
    let ent = actors.entity(gaz, e)?;
    let id = match ent.kind {
        EntityKind::Country => return Some(e),
        EntityKind::Place => ent.stands_for.as_ref()?,
        EntityKind::Person => ent.affiliation.as_ref()?,
        EntityKind::Organization => return None,
    };
    gaz.get(id).filter(|&c| gaz.entity(c).kind == EntityKind::Country)
}

#[cfg(test)]
mod tests {
    use crate::names::testing::{cast_of, shown};

    #[test]
    fn stand_ins_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "They said the Kerry administration erred.",
                &["the Kerry administration=usa"],
            ),
            (
                "It hurt the Iranian administration badly.",
                &["the Iranian administration=iran"],
            ),
            (
                "Talks with the government in Tehran ended.",
                &["the government in Tehran=iran"],
            ),
            (
                "Talks with the government in Iran ended.",
                &["the government in Iran=iran"],
            ),
            ("It was Iran's government that paid.", &["Iran's government=iran"]),
            (
                "Chancellor Olaf Scholz spoke. The Scholz administration paid.",
                &["Chancellor Olaf Scholz=+olaf_scholz", "Scholz=+olaf_scholz"],
            ),
            ("Talks in Tehran ended.", &["Tehran=tehran"]),
            ("Kerry's government job ended.", &["Kerry=kerry"]),
            ("The IAEA administration met.", &[]),
        ];
        for (text, want) in cases {
            let (cast, gaz) = cast_of(text, None);
            assert_eq!(shown(text, &cast, &gaz), *want, "{text:?}");
        }
    }
}
