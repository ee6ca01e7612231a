//! A small gazetteer and helpers for the table tests of the names stage.

use super::{Cast, cast};
use crate::dict::gazetteer::Gazetteer;
use crate::model::{Date, Entity, EntityKind, Gender, Role};
use crate::tag::{Tagger, Target};

fn entity(id: &str, kind: EntityKind, aliases: &[&str]) -> Entity {
    Entity {
        label: aliases.first().map_or(id, |a| a).to_string(),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        ..Entity::named(id, kind)
    }
}

fn country(id: &str, name: &str, code: &str, demonym: &str) -> Entity {
    Entity {
        code: code.into(),
        demonyms: vec![demonym.into()],
        ..entity(id, EntityKind::Country, &[name])
    }
}

fn person(id: &str, aliases: &[&str], gender: Option<Gender>, role: &str) -> Entity {
    Entity {
        gender,
        role: role.into(),
        ..entity(id, EntityKind::Person, aliases)
    }
}

/// Countries, places and a few persons, none from any corpus.
pub(crate) fn gazetteer() -> Gazetteer {
    let dated = |title: &str, from: (i32, u8, u8), to: (i32, u8, u8)| Role {
        title: title.into(),
        code: String::new(),
        from: Date::new(from.0, from.1, from.2),
        to: Date::new(to.0, to.1, to.2),
    };
    Gazetteer::from_entities(vec![
        country("iran", "Iran", "IRN", "Iranian"),
        country("germany", "Germany", "DEU", "German"),
        country("india", "India", "IND", "Indian"),
        country("japan", "Japan", "JPN", "Japanese"),
        country("north_korea", "North Korea", "PRK", "North Korean"),
        Entity {
            aliases: vec!["United States".into(), "U.S.".into(), "US".into()],
            ..country("usa", "United States", "USA", "American")
        },
        entity("geneva", EntityKind::Place, &["Geneva"]),
        Entity {
            stands_for: Some(crate::model::EntityId("iran".into())),
            ..entity("tehran", EntityKind::Place, &["Tehran"])
        },
        Entity {
            affiliation: Some(crate::model::EntityId("iran".into())),
            ..person("sadr", &["Karim Sadr"], Some(Gender::Male), "")
        },
        person(
            "tony_blair",
            &["Tony Blair"],
            Some(Gender::Male),
            "Prime Minister",
        ),
        person("cherie_blair", &["Cherie Blair"], Some(Gender::Female), "Lawyer"),
        person("kishida", &["Fumio Kishida"], None, "Prime Minister of Japan"),
        person("lena_may", &["Lena May"], Some(Gender::Female), ""),
        Entity {
            affiliation: Some(crate::model::EntityId("usa".into())),
            roles: vec![dated("the secretary of state", (2013, 2, 1), (2017, 1, 20))],
            ..person("kerry", &["Kerry"], Some(Gender::Male), "")
        },
    ])
}

/// The cast of `text` with the test gazetteer.
pub(crate) fn cast_of(text: &str, date: Option<Date>) -> (Cast, Gazetteer) {
    let gaz = gazetteer();
    let tagger = Tagger::new(&gaz).unwrap();
    let sentences = crate::text::sentences::split(text);
    let cast = cast(text, &sentences, tagger.tag(text), &gaz, date);
    (cast, gaz)
}

/// Every mention as "text=target": an entity's id (`+id` when discovered), `demonym:id`, `title`.
pub(crate) fn shown(text: &str, cast: &Cast, gaz: &Gazetteer) -> Vec<String> {
    let n = gaz.entities.len();
    cast.mentions
        .iter()
        .map(|m| {
            let target = match m.target {
                Target::Entity(e) if e.index() >= n => format!("+{}", cast.discovered[e.index() - n].id),
                Target::Entity(e) => gaz.entity(e).id.to_string(),
                Target::Demonym(e) => format!("demonym:{}", gaz.entity(e).id),
                Target::Title(_) => "title".into(),
            };
            format!("{}={target}", &text[m.start..m.end])
        })
        .collect()
}

/// A discovered entity as "id|label|affiliation|role|gender|code" (`-` for none).
pub(crate) fn described(e: &Entity) -> String {
    let gender = match e.gender {
        Some(Gender::Male) => "m",
        Some(Gender::Female) => "f",
        None => "-",
    };
    let role = if e.kind == EntityKind::Person {
        e.role.as_str()
    } else {
        "-"
    };
    let aff = e.affiliation.as_ref().map_or("-", |a| a.0.as_str());
    format!("{}|{}|{aff}|{role}|{gender}|{}", e.id, e.label, e.code)
}

/// Checks a table of (text, the actors it discovers as [`described`], its mentions as [`shown`]).
pub(crate) fn assert_casts(cases: &[(&str, &[&str], &[&str])]) {
    for (text, want, shown_want) in cases {
        let (cast, gaz) = cast_of(text, None);
        let got: Vec<String> = cast.discovered.iter().map(described).collect();
        assert_eq!(got, *want, "{text:?}");
        assert_eq!(shown(text, &cast, &gaz), *shown_want, "{text:?}");
    }
}
