//! Titles keep their dates: a title phrase ("the secretary of state") none of whose gazetteer
//! holders holds it on the document's date, or a short title no list holds ("the chancellor",
//! "the Indian minister"), names the one actor of the document introduced with that title;
//! with none or several, it stays as it was.

use super::actors::{Actors, TitleKey, title_country};
use super::people::read_title;
use super::tokens::{CAP, Doc, mention};
use crate::dict::gazetteer::Gazetteer;
use crate::model::{Date, EntityIx};
use crate::tag::{Mention, Target};

/// Mentions for titles that name an actor of the document (a title mention's span retargeted,
/// or a new one over "the [demonym] title").
pub(super) fn resolve(
    doc: &Doc,
    mentions: &[Mention],
    gaz: &Gazetteer,
    actors: &Actors,
    date: Option<Date>,
) -> Vec<Mention> {
    if actors.list.iter().all(|a| a.title.head().is_none()) && actors.titled.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for m in mentions {
        let Target::Title(t) = m.target else { continue };
        let held = gaz.titles[t]
            .holders
            .iter()
            .any(|&(e, r)| gaz.entity(e).roles[r].holds_on(date));
        if held {
            continue;
        }
        let (a, b) = (doc.tok_at(m.start), doc.tok_at(m.end));
        let Some(k) = (a..b).find(|&k| doc.title(k).is_some()) else {
            continue;
        };
        let Some((key, next)) = read_title(doc, k, true) else {
            continue;
        };
        if next != b {
            continue;
        }
        if let Some(e) = holder(gaz, actors, &key, title_country(gaz, t)) {
            out.push(Mention {
                target: Target::Entity(e),
                ..*m
            });
        }
    }
    short_titles(doc, mentions, gaz, actors, &mut out);
    out
}

/// "the chancellor", "the Indian minister": "the", a demonym perhaps, a title, and no name after.
fn short_titles(doc: &Doc, mentions: &[Mention], gaz: &Gazetteer, actors: &Actors, out: &mut Vec<Mention>) {
    for sent in &doc.sents {
        for k in sent.toks.start..sent.toks.end {
            if !doc.word(k).eq_ignore_ascii_case("the") || doc.covered(k).is_some() {
                continue;
            }
            let mut t = k + 1;
            let mut country = None;
            if let Some(c) = doc.covered(t) {
                let Target::Demonym(e) = mentions[c].target else {
                    continue;
                };
                country = Some(e);
                t = doc.tok_at(mentions[c].end);
            }
            if t >= sent.toks.end || doc.covered(t).is_some() || !doc.joined(t, false) {
                continue;
            }
            let Some((key, next)) = read_title(doc, t, true) else {
                continue;
            };
            let named = next < sent.toks.end && doc.joined(next, true) && doc.has(next, CAP);
            if named || key.head().is_none() || (next > t + 1 && doc.covered(next - 1).is_some()) {
                continue;
            }
            if let Some(e) = holder(gaz, actors, &key, country) {
                out.push(mention(doc.text, Target::Entity(e), doc.span(k, next - 1)));
            }
        }
    }
}

/// The one actor of the document whose title `key` can name, of `country` when the title says:
/// a discovered actor, or a gazetteer person the document introduced with a title.
fn holder(gaz: &Gazetteer, actors: &Actors, key: &TitleKey, country: Option<EntityIx>) -> Option<EntityIx> {
    let country_id = country.map(|c| &gaz.entity(c).id);
    let discovered = actors.list.iter().enumerate().filter(|(_, a)| {
        key.names(&a.title)
            && (country_id.is_none()
                || a.entity.affiliation.is_none()
                || a.entity.affiliation.as_ref() == country_id)
    });
    let listed = actors.titled.iter().filter(|(e, title, from)| {
        key.names(title)
            && (country.is_none()
                || from.is_none_or(|f| Some(f) == country)
                    && gaz
                        .entity(*e)
                        .affiliation
                        .as_ref()
                        .is_none_or(|a| Some(a) == country_id))
    });
    let mut found: Vec<EntityIx> = discovered
        .map(|(i, _)| EntityIx::new(gaz.entities.len() + i))
        .chain(listed.map(|(e, _, _)| *e))
        .collect();
    found.dedup();
    (found.len() == 1).then(|| found[0])
}

#[cfg(test)]
mod tests {
    use crate::model::Date;
    use crate::names::testing::{cast_of, shown};

    #[test]
    fn dated_titles_table() {
        let d2022 = Date::new(2022, 5, 1);
        let d2014 = Date::new(2014, 5, 1);
        let cases: &[(&str, Option<Date>, &[&str])] = &[
            // the 2014 holder does not hold it in 2022: the secretary named in the article does
            (
                "Secretary of State Ann Lee flew in. The secretary of state spoke.",
                d2022,
                &[
                    "Secretary of State Ann Lee=+ann_lee",
                    "The secretary of state=+ann_lee",
                ],
            ),
            // in 2014 the gazetteer's holder holds it: left to coreference
            (
                "Secretary of State Ann Lee flew in. The secretary of state spoke.",
                d2014,
                &[
                    "Secretary of State Ann Lee=+ann_lee",
                    "The secretary of state=title",
                ],
            ),
            // no actor of the document has the title: it stays unresolved
            (
                "The secretary of state spoke.",
                d2022,
                &["The secretary of state=title"],
            ),
            (
                "Chancellor Olaf Scholz came. Later the chancellor spoke.",
                d2022,
                &[
                    "Chancellor Olaf Scholz=+olaf_scholz",
                    "the chancellor=+olaf_scholz",
                ],
            ),
            (
                "Indian Prime Minister Ravi Das came. Later the Indian minister spoke.",
                None,
                &[
                    "Indian Prime Minister Ravi Das=+ravi_das",
                    "the Indian minister=+ravi_das",
                ],
            ),
            // two ministers: "the minister" is not guessed, "the finance minister" is
            (
                "Foreign Minister Ali Navid met Finance Minister Sara Pak. The minister and the finance minister spoke.",
                None,
                &[
                    "Foreign Minister Ali Navid=+ali_navid",
                    "Finance Minister Sara Pak=+sara_pak",
                    "the finance minister=+sara_pak",
                ],
            ),
            // a gazetteer person introduced with a title: the short title names them too
            (
                "Iranian Foreign Minister Karim Sadr came. Later the foreign minister spoke.",
                None,
                &[
                    "Iranian Foreign Minister Karim Sadr=sadr",
                    "the foreign minister=sadr",
                ],
            ),
            // a gazetteer person and a discovered one with the same title: not guessed
            (
                "Foreign Minister Karim Sadr met Foreign Minister Ali Navid. The foreign minister spoke.",
                None,
                &[
                    "Foreign Minister Karim Sadr=sadr",
                    "Foreign Minister Ali Navid=+ali_navid",
                ],
            ),
            // a deputy holds another office: "the prime minister" is not them
            (
                "Deputy Prime Minister Ali Navid came. Later the prime minister spoke.",
                None,
                &["Deputy Prime Minister Ali Navid=+ali_navid"],
            ),
            // another country's minister
            (
                "Indian Prime Minister Ravi Das came. Later the Iranian prime minister spoke.",
                None,
                &["Indian Prime Minister Ravi Das=+ravi_das", "Iranian=demonym:iran"],
            ),
        ];
        for (text, date, want) in cases {
            let (cast, gaz) = cast_of(text, *date);
            assert_eq!(shown(text, &cast, &gaz), *want, "{text:?} {date:?}");
        }
    }
}
