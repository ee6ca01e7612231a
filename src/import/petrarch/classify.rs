//! What kind of entity an actor is: a country, an organisation, else a person.

use super::actors::RawActor;
use super::codes::is_bare_country;
use crate::lang::en::names::{INSTITUTION_WORDS, ORG_WORDS};
use crate::model::EntityKind;
use std::collections::HashSet;

/// The kind of `a`, whose current code is `code`; `countries` holds the bare country codes.
pub(super) fn kind_of(a: &RawActor, code: &str, countries: &HashSet<String>) -> EntityKind {
    if is_bare_country(code) {
        return EntityKind::Country;
    }
    let org_word = a.names.first().is_some_and(|(w, _)| {
        w.iter().any(|w| {
            let w = w.to_lowercase();
            let w = w.trim_end_matches(['.', ',']);
            ORG_WORDS.contains(&w) || INSTITUTION_WORDS.contains(&w)
        })
    });
    if org_word {
        return EntityKind::Organization;
    }
    let dated = a.codes.iter().any(|c| c.from.is_some() || c.to.is_some());
    let root = code.get(..3).unwrap_or("");
    if !countries.contains(root) && !dated {
        return EntityKind::Organization;
    }
    let roles: Vec<&str> = (3..code.len())
        .step_by(3)
        .filter_map(|i| code.get(i..i + 3))
        .collect();
    if !dated && !roles.is_empty() && roles.iter().all(|r| matches!(*r, "MED" | "BUS")) {
        return EntityKind::Organization;
    }
    EntityKind::Person
}
