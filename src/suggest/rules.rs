//! Suggest's own precision rules, on top of the shared [`crate::names::rejected`]: a guess is
//! never a name the gazetteer already gives, a known person's surname, a demonym, or a name
//! with a function word in front; a name of place shape ("Lake Geneva") is a place.

use crate::dict::gazetteer::Gazetteer;
use crate::lang::en::grammar::{Word, classify};
use crate::model::EntityKind;
use std::collections::HashSet;

/// Why a guess is not a new entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reject {
    /// The gazetteer already names it ("Korea" when an entity has that alias).
    Alias,
    /// A known person's surname ("Blair" from "Mr Blair" when Tony Blair is known): it is
    /// that person, never a new one.
    Surname,
    /// A people's adjective ("North Korean", "Crimean"), not an actor.
    Demonym,
}

/// Compass words that turn a demonym into a regional one ("North Korean", "South African").
const COMPASS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
];

/// What the gazetteer already names, in lower case, for the rules.
pub(super) struct Known {
    aliases: HashSet<String>,
    /// The last word of every person's label and multi-word aliases.
    surnames: HashSet<String>,
    demonyms: HashSet<String>,
}

impl Known {
    pub(super) fn new(gaz: &Gazetteer) -> Known {
        let mut k = Known {
            aliases: HashSet::new(),
            surnames: HashSet::new(),
            demonyms: HashSet::new(),
        };
        for e in &gaz.entities {
            k.aliases.extend(e.aliases.iter().map(|a| a.to_lowercase()));
            k.demonyms.extend(e.demonyms.iter().map(|d| d.to_lowercase()));
            if e.kind == EntityKind::Person {
                let last = |a: &String| a.split_whitespace().last().map(str::to_lowercase);
                k.surnames.extend(e.aliases.iter().filter_map(last));
            }
        }
        k
    }

    /// Why the words of a guessed name are not a new entity, if they are not.
    pub(super) fn rejects(&self, words: &[&str]) -> Option<Reject> {
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        if self.aliases.contains(&lower.join(" ")) {
            Some(Reject::Alias)
        } else if lower.len() == 1 && self.surnames.contains(&lower[0]) {
            Some(Reject::Surname)
        } else if self.is_demonym_phrase(&lower) {
            Some(Reject::Demonym)
        } else {
            None
        }
    }

    /// Whether a single word may stand for a longer name as its alias: not a known person's
    /// surname, name or demonym, nor a frequent English word or an organisation word, which
    /// would match far more than the one name ("Federation", "Brown").
    pub(super) fn free_alias(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.rejects(&[word]).is_none()
            && !crate::lang::en::words::is_common(&lower)
            && !crate::lang::en::names::ORG_WORDS.contains(&lower.as_str())
            && !crate::lang::en::names::INSTITUTION_WORDS.contains(&lower.as_str())
    }

    /// Demonyms, with compass words before them: "north korean", "crimean".
    fn is_demonym_phrase(&self, lower: &[String]) -> bool {
        if self.demonyms.contains(&lower.join(" ")) {
            return true;
        }
        let demonym = |w: &String| self.demonyms.contains(w) || super::words::is_demonym_lower(w);
        lower.iter().any(demonym) && lower.iter().all(|w| demonym(w) || COMPASS.contains(&w.as_str()))
    }
}

/// How many of the leading words are function words ("During", "Under", "Like", "The") that
/// no name starts with; they are dropped from the guess ("During Labour" → "Labour").
pub(super) fn leading_function_words(words: &[&str]) -> usize {
    words
        .iter()
        .take_while(|w| is_function_word(&w.to_ascii_lowercase()))
        .count()
}

/// Prepositions, determiners, conjunctions and pronouns; never auxiliaries or verbs, which
/// are also given names ("Will", "May", "Said").
pub(super) fn is_function_word(lower: &str) -> bool {
    matches!(
        classify(lower),
        Some(
            Word::Prep(_)
                | Word::Determiner
                | Word::Subordinator
                | Word::And
                | Word::Or
                | Word::But
                | Word::Pronoun(_)
                | Word::PossessivePronoun(_)
                | Word::Relative
                | Word::That
                | Word::Negator
        )
    ) || matches!(
        lower,
        "following" | "unlike" | "per" | "except" | "besides" | "towards"
    )
}

/// Whether a place word is part of the name ("Lake Geneva", "Red Sea", "Golan Heights").
pub(super) fn place_shaped(lower: &[String]) -> bool {
    lower.iter().any(|w| {
        crate::lang::en::shapes::contains(crate::lang::en::shapes::PLACE_HEADS, w)
            || crate::lang::en::shapes::contains(crate::lang::en::shapes::PLACE_TAILS, w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, EntityId};

    fn entity(id: &str, label: &str, kind: EntityKind, aliases: &[&str], demonyms: &[&str]) -> Entity {
        let mut all = vec![label.to_string()];
        all.extend(aliases.iter().map(|a| a.to_string()));
        Entity {
            id: EntityId(id.into()),
            label: label.into(),
            kind,
            aliases: all,
            affiliation: None,
            role: String::new(),
            code: String::new(),
            gender: None,
            stands_for: None,
            roles: Vec::new(),
            demonyms: demonyms.iter().map(|d| d.to_string()).collect(),
            origin: crate::model::Origin::Gazetteer,
        }
    }

    fn known() -> Known {
        Known::new(&Gazetteer::from_entities(vec![
            entity("blair", "Tony Blair", EntityKind::Person, &["Mr Blair"], &[]),
            entity(
                "nkor",
                "North Korea",
                EntityKind::Country,
                &["Pyongyang"],
                &["North Korean"],
            ),
            entity("skor", "South Korea", EntityKind::Country, &[], &["Korean"]),
            entity("labour", "Labour Party", EntityKind::Organization, &[], &[]),
        ]))
    }

    #[test]
    fn rejected_guesses() {
        let k = known();
        let cases: &[(&str, Reject)] = &[
            ("Blair", Reject::Surname),         // "Mr Blair": Tony Blair, not a new person
            ("Pyongyang", Reject::Alias),       // named by the gazetteer already
            ("labour party", Reject::Alias),    // in any case
            ("North Korean", Reject::Demonym),  // a gazetteer demonym
            ("Korean", Reject::Demonym),        // never an alias "Korean"
            ("South Korean", Reject::Demonym),  // compass + gazetteer demonym
            ("East Timorese", Reject::Demonym), // compass + demonym shape
            ("Crimean", Reject::Demonym),       // demonym shape
            ("Northern Sudanese", Reject::Demonym),
        ];
        for &(name, want) in cases {
            let words: Vec<&str> = name.split(' ').collect();
            assert_eq!(k.rejects(&words), Some(want), "{name}");
        }
    }

    #[test]
    fn accepted_guesses() {
        let k = known();
        for name in [
            "Cherie Blair", // a full name with another given name is another person
            "Jane McLean",  // a surname with a demonym ending
            "North Tarvos",
            "Korean Air Lines",
            "Orla Vance",
        ] {
            let words: Vec<&str> = name.split(' ').collect();
            assert_eq!(k.rejects(&words), None, "{name}");
        }
        assert!(!k.free_alias("Blair"));
        assert!(!k.free_alias("Federation"));
        assert!(!k.free_alias("Brown"));
        assert!(k.free_alias("Vance"));
    }

    #[test]
    fn leading_function_words_are_counted() {
        let cases: &[(&str, usize)] = &[
            ("During Labour", 1),
            ("Under President Vance", 1),
            ("The Harbour Trust", 1),
            ("Despite Orla Vance", 1),
            ("Following Brexit", 1),
            ("Will Hartley", 0), // an auxiliary is also a given name
            ("May Holloway", 0),
            ("Said Karimi", 0),
            ("Orla Vance", 0),
        ];
        for &(name, want) in cases {
            let words: Vec<&str> = name.split(' ').collect();
            assert_eq!(leading_function_words(&words), want, "{name}");
        }
    }

    #[test]
    fn place_shapes() {
        let lower = |s: &str| s.split(' ').map(str::to_lowercase).collect::<Vec<_>>();
        for name in [
            "Lake Geneva",
            "Mount Tarvos",
            "Baker Street",
            "Red Sea",
            "Golan Heights",
        ] {
            assert!(place_shaped(&lower(name)), "{name}");
        }
        for name in ["Orla Vance", "Parker Holt", "Hillary Stone"] {
            assert!(!place_shaped(&lower(name)), "{name}");
        }
    }
}
