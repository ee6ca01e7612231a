//! Turns raw actors into entities with aliases, demonyms, roles and affiliations.

use super::actors::RawActor;
use super::classify::kind_of;
use super::codes::{current_code, describe, is_bare_country};
use super::naming::{alias_case, alias_problem, is_demonym, label_case};
use super::rows::{Entity, Import, RoleRow};
use crate::import::Skipped;
use crate::model::EntityKind;
use crate::model::slug::{IdLetters, id_for};
use std::collections::{HashMap, HashSet};

/// A country code and the actors whose current code it is.
type CountryGroup = (String, Vec<usize>);

/// One name of an entity being built: its actor, its words and its line.
type Name<'a> = (&'a RawActor, &'a Vec<String>, u64);

/// What the entities of one import share while they are built.
struct Builder<'a> {
    actors: &'a [RawActor],
    /// The bare country codes.
    countries: HashSet<String>,
    /// Country code → the country's label.
    country_names: HashMap<String, String>,
    /// Lower-case alias → the id of the entity that owns it.
    taken: HashMap<String, String>,
    /// Entity id → its index in `Import::entities`.
    by_id: HashMap<String, usize>,
}

/// Builds the entities and roles of `actors` into `imp`: one entity per country code, one per
/// other actor (the same name and kind make one entity), each alias owned by the first actor
/// that names it.
pub(super) fn build_entities(actors: Vec<RawActor>, imp: &mut Import) {
    let codes: HashSet<&str> = actors
        .iter()
        .flat_map(|a| a.codes.iter().map(|c| c.code.as_str()))
        .collect();
    imp.codes = codes.len();
    let (countries, kept) = group(&actors, &mut imp.skipped);
    let mut b = Builder::new(&actors, &countries);
    // Countries first, so that affiliations can point at them.
    let groups = countries
        .iter()
        .map(|(code, m)| (Some(code.to_lowercase()), m.as_slice()))
        .chain(kept.iter().map(|i| (None, std::slice::from_ref(i))));
    for (country_id, members) in groups {
        b.add_group(country_id, members, imp);
    }
    set_affiliations(&mut imp.entities, &b.countries);
}

/// Sorts the actors with a name into country groups (in order of first appearance) and the
/// others; reports actors without a code.
fn group(actors: &[RawActor], skipped: &mut Vec<Skipped>) -> (Vec<CountryGroup>, Vec<usize>) {
    let mut countries: Vec<CountryGroup> = Vec::new();
    let mut kept = Vec::new();
    for (i, a) in actors.iter().enumerate() {
        if a.names.is_empty() {
            continue; // its phrase was reported already
        }
        let Some(cur) = current_code(&a.codes) else {
            skipped.push(Skipped::new(
                &a.file,
                a.line,
                "actor without a code",
                a.names[0].0.join("_"),
            ));
            continue;
        };
        if is_bare_country(&cur.code) {
            match countries.iter_mut().find(|(c, _)| *c == cur.code) {
                Some((_, members)) => members.push(i),
                None => countries.push((cur.code.clone(), vec![i])),
            }
        } else {
            kept.push(i);
        }
    }
    // A country's label comes from its fullest entry (RUSSIAN_FEDERATION_ with its synonyms,
    // not RUSSIAN_SFSR), which is listed first.
    for (_, members) in &mut countries {
        members.sort_by_key(|&m| std::cmp::Reverse(actors[m].names.len()));
    }
    (countries, kept)
}

impl<'a> Builder<'a> {
    fn new(actors: &'a [RawActor], countries: &[CountryGroup]) -> Builder<'a> {
        let country_names = countries
            .iter()
            .map(|(code, members)| (code.clone(), label_case(&actors[members[0]].names[0].0)))
            .collect();
        Builder {
            actors,
            countries: countries.iter().map(|(c, _)| c.clone()).collect(),
            country_names,
            taken: HashMap::new(),
            by_id: HashMap::new(),
        }
    }

    /// Adds the entity of one group of actors (a country's, or one other actor) with its names
    /// and roles; a country's id is its code in lower case.
    fn add_group(&mut self, country_id: Option<String>, members: &[usize], imp: &mut Import) {
        let first = &self.actors[members[0]];
        let cur = current_code(&first.codes)
            .map(|c| c.code.clone())
            .unwrap_or_default();
        let kind = kind_of(first, &cur, &self.countries);
        let names: Vec<Name<'a>> = members
            .iter()
            .flat_map(|&m| {
                let a: &'a RawActor = &self.actors[m];
                a.names.iter().map(move |(w, l)| (a, w, *l))
            })
            .collect();
        // The label: the first name that is usable as an alias.
        let label = names
            .iter()
            .find(|(_, w, _)| alias_problem(&alias_case(w, kind), kind).is_none())
            .map(|(_, w, _)| label_case(w));
        let Some(label) = label else {
            let detail = first.names[0].0.join("_");
            imp.skipped.push(Skipped::new(
                &first.file,
                first.line,
                "actor without a usable name",
                detail,
            ));
            return;
        };
        let id = country_id.unwrap_or_else(|| self.new_id(&label, kind, &imp.entities));
        let entity = Entity {
            id: id.clone(),
            label,
            kind,
            aliases: Vec::new(),
            demonyms: Vec::new(),
            affiliation: None,
            role: describe(&cur, &self.country_names),
            code: cur,
            source: format!("{}:{}", first.file, first.line),
        };
        let idx = match self.by_id.get(&id) {
            Some(&e) => e,
            None => {
                self.by_id.insert(id.clone(), imp.entities.len());
                imp.entities.push(entity);
                imp.entities.len() - 1
            }
        };
        self.add_names(idx, &names, imp);
        self.add_roles(&id, members, &mut imp.roles);
    }

    /// The id of a new entity that is not a country: its label as an id (`actor` if that is
    /// empty); an id already used by an entity of the same kind is that entity, one used by
    /// another kind gets a number (`_2`, `_3`, …).
    fn new_id(&self, label: &str, kind: EntityKind, entities: &[Entity]) -> String {
        let base = id_for(label, IdLetters::Unicode);
        let base = if base.is_empty() {
            "actor".to_string()
        } else {
            base
        };
        match self.by_id.get(&base) {
            Some(&e) if entities[e].kind == kind => base, // same name, same kind: one entity
            Some(_) => (2..)
                .map(|k| format!("{base}_{k}"))
                .find(|c| !self.by_id.contains_key(c))
                .unwrap_or(base),
            None => base,
        }
    }

    /// Adds the names of entity `idx` as its aliases and (for a country) demonyms, reporting
    /// those not worth keeping and those an earlier entity owns.
    fn add_names(&mut self, idx: usize, names: &[Name<'_>], imp: &mut Import) {
        let kind = imp.entities[idx].kind;
        let id = imp.entities[idx].id.clone();
        let all_names = names
            .iter()
            .map(|(_, w, _)| w.join(" "))
            .collect::<Vec<_>>()
            .join(" ");
        for &(a, w, line) in names {
            let alias = alias_case(w, kind);
            if kind == EntityKind::Country && w.len() == 1 && is_demonym(&alias, &all_names) {
                let e = &mut imp.entities[idx];
                if !e.demonyms.iter().any(|d| d.eq_ignore_ascii_case(&alias)) {
                    e.demonyms.push(alias);
                }
                continue;
            }
            if let Some(r) = alias_problem(&alias, kind) {
                imp.skipped.push(Skipped::new(&a.file, line, r, alias));
                continue;
            }
            let key = alias.to_lowercase();
            match self.taken.get(&key) {
                Some(owner) if *owner == id => {}
                Some(owner) => imp.skipped.push(Skipped::new(
                    &a.file,
                    line,
                    "alias already taken by an earlier actor",
                    format!("{alias} ({owner})"),
                )),
                None => {
                    self.taken.insert(key, id.clone());
                    let e = &mut imp.entities[idx];
                    if alias != e.label {
                        e.aliases.push(alias);
                    }
                }
            }
        }
    }

    /// Adds the roles of every member's codes to entity `id`, leaving out one already among the
    /// last 64 roles written.
    fn add_roles(&self, id: &str, members: &[usize], roles: &mut Vec<RoleRow>) {
        for a in members.iter().map(|&m| &self.actors[m]) {
            for c in &a.codes {
                let role = RoleRow {
                    entity: id.to_string(),
                    role: describe(&c.code, &self.country_names),
                    code: c.code.clone(),
                    from: c.from,
                    to: c.to,
                    source: format!("{}:{}", a.file, c.line),
                };
                if !roles.iter().rev().take(64).any(|r| {
                    r.entity == role.entity && r.code == role.code && r.from == role.from && r.to == role.to
                }) {
                    roles.push(role);
                }
            }
        }
    }
}

/// Affiliations: the country of the code's root, else the organisation whose code is the first
/// six letters.
fn set_affiliations(entities: &mut [Entity], countries: &HashSet<String>) {
    let mut org_by_code: HashMap<String, String> = HashMap::new();
    for e in entities.iter() {
        if e.kind == EntityKind::Organization && e.code.len() == 6 {
            org_by_code.entry(e.code.clone()).or_insert_with(|| e.id.clone());
        }
    }
    for e in entities.iter_mut() {
        if e.kind == EntityKind::Country {
            continue;
        }
        let root = e.code.get(..3).unwrap_or("");
        if countries.contains(root) {
            e.affiliation = Some(root.to_lowercase());
        } else if let Some(org) = e.code.get(..6).and_then(|c| org_by_code.get(c))
            && *org != e.id
        {
            e.affiliation = Some(org.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::actors::parse_actors;
    use super::super::lines::numbered;
    use super::*;
    use crate::model::Date;

    fn actors(text: &str) -> Import {
        let mut imp = Import::default();
        let mut raw = Vec::new();
        parse_actors("t.actors.txt", &numbered(text), &mut raw, &mut imp.skipped);
        build_entities(raw, &mut imp);
        imp.skipped.sort_by_key(|s| s.line);
        imp
    }

    #[test]
    fn actors_roles_types_and_affiliations() {
        let imp = actors(
            "UNITED_STATES_ [USA]\n+AMERICAN_\n+U.S.\n+HOPE\n+AMERICA\n\
             JOHN_KERRY_ # vague\n+SECRETARY_KERRY_\n\t[USAGOVLEG 850103-130201]\n\t[USAGOV >130201]\n\
             WHITE_HOUSE_\n\t[USAGOV]\n\
             U.N._\n",
        );
        let ids: Vec<&str> = imp.entities.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["usa", "john_kerry", "white_house"]);
        let usa = &imp.entities[0];
        assert_eq!(usa.kind, EntityKind::Country);
        assert_eq!(usa.aliases, ["U.S.", "America"]);
        assert_eq!(usa.demonyms, ["American"]);
        let k = &imp.entities[1];
        assert_eq!(
            (k.label.as_str(), k.kind, k.code.as_str()),
            ("John Kerry", EntityKind::Person, "USAGOV")
        );
        assert_eq!(k.affiliation.as_deref(), Some("usa"));
        assert_eq!(k.aliases, ["Secretary Kerry"]);
        assert_eq!(k.source, "t.actors.txt:6");
        assert_eq!(imp.entities[2].kind, EntityKind::Organization);
        let roles: Vec<(String, Option<Date>, Option<Date>)> = imp
            .roles
            .iter()
            .filter(|r| r.entity == "john_kerry")
            .map(|r| (r.code.clone(), r.from, r.to))
            .collect();
        assert_eq!(
            roles,
            [
                (
                    "USAGOVLEG".to_string(),
                    Date::new(1985, 1, 3),
                    Date::new(2013, 2, 1)
                ),
                ("USAGOV".to_string(), Date::new(2013, 2, 1), None)
            ]
        );
        let reasons: Vec<&str> = imp.skipped.iter().map(|s| s.reason).collect();
        assert_eq!(
            reasons,
            ["alias is a common English word", "actor without a code"]
        );
        assert_eq!(imp.skipped[0].line, 4);
    }

    #[test]
    fn same_name_of_another_kind_gets_a_number() {
        let imp = actors("KIEV_ [UKRGOV 010101-020202]\nKIEV_ [IGOKIE]\nKIEV_ [UKRGOV >030303]\n");
        let ids: Vec<(&str, EntityKind)> = imp.entities.iter().map(|e| (e.id.as_str(), e.kind)).collect();
        assert_eq!(
            ids,
            [("kiev", EntityKind::Person), ("kiev_2", EntityKind::Organization)]
        );
        assert_eq!(imp.roles.iter().filter(|r| r.entity == "kiev").count(), 2);
    }
}
