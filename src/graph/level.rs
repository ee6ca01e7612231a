//! Actor levels: the graph of individual actors, or the same evidence collapsed onto the
//! countries and organisations they belong to (the view of state-to-state relations).

use crate::dict::gazetteer::Gazetteer;
use crate::extract::DocOutput;
use crate::model::{Date, EntityIx, EntityKind, MentionCount};
use std::collections::HashMap;

/// Which actors the graph's nodes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Level {
    /// People, organisations, countries and places as tagged.
    #[default]
    Actor,
    /// Every actor replaced by the country (or, failing one, the top organisation) it belongs to.
    Country,
    /// Every actor with a dated role replaced by that role on the relation's date ("U.S.
    /// Secretary of State" across office holders); others stay as they are.
    Role,
}

crate::choices!(Level {
    Actor => "actor", "People, organisations, countries and places as tagged";
    Country => "country", "Every actor replaced by the country (or, failing one, the top organisation) it belongs to";
    Role => "role", "Every actor with a dated role replaced by that role on the relation's date (\"U.S. Secretary of State\" across office holders); others stay as they are";
});

/// The id of the node standing for a role: `role:u_s_secretary_of_state`.
pub fn role_id(title: &str) -> crate::model::EntityId {
    crate::model::EntityId(format!(
        "role:{}",
        crate::model::slug::id_for(title, crate::model::slug::IdLetters::Ascii)
    ))
}

/// The gazetteer with one entity per distinct role title, for `--level role`.
pub fn with_roles(gaz: &Gazetteer) -> Gazetteer {
    let mut extra: std::collections::BTreeMap<String, crate::model::Entity> =
        std::collections::BTreeMap::new();
    for e in &gaz.entities {
        for r in &e.roles {
            extra
                .entry(r.title.clone())
                .or_insert_with(|| crate::model::Entity {
                    id: role_id(&r.title),
                    label: r.title.clone(),
                    kind: EntityKind::Person,
                    aliases: vec![r.title.clone()],
                    affiliation: e.affiliation.clone(),
                    role: r.title.clone(),
                    code: r.code.clone(),
                    gender: None,
                    stands_for: None,
                    roles: Vec::new(),
                    demonyms: Vec::new(),
                    origin: crate::model::Origin::Gazetteer,
                });
        }
    }
    let mut all = gaz.entities.clone();
    all.extend(extra.into_values().filter(|x| gaz.get(&x.id).is_none()));
    Gazetteer::from_entities(all)
}

/// The entity an actor collapses to: follow `affiliation` until a country, or as far as it goes.
pub fn country_of(gaz: &Gazetteer, mut e: EntityIx) -> EntityIx {
    for _ in 0..8 {
        let ent = gaz.entity(e);
        if ent.kind == EntityKind::Country {
            return e;
        }
        match ent.affiliation.as_ref().and_then(|a| gaz.get(a)) {
            Some(next) if next != e => e = next,
            _ => return e,
        }
    }
    e
}

/// Rewrites documents' relations and mention counts at `level`. Relations whose two sides
/// collapse onto one entity (a minister meeting his own president) are dropped. For
/// [`Level::Role`], `gaz` must come from [`with_roles`].
pub fn apply(gaz: &Gazetteer, lex: &crate::dict::lexicon::Lexicon, level: Level, docs: &mut [DocOutput]) {
    match level {
        Level::Actor => {}
        Level::Country => remap(gaz, lex, docs, |e, _| country_of(gaz, e)),
        Level::Role => remap(gaz, lex, docs, |e, date| {
            gaz.entity(e)
                .role_on(date)
                .and_then(|r| gaz.get(&role_id(&r.title)))
                .unwrap_or(e)
        }),
    }
}

/// Replaces every entity by `to(entity, date)` in mentions (at the document's date) and in
/// relations (at the relation's date), keeping symmetric relations in id order.
fn remap(
    gaz: &Gazetteer,
    lex: &crate::dict::lexicon::Lexicon,
    docs: &mut [DocOutput],
    to: impl Fn(EntityIx, Option<Date>) -> EntityIx,
) {
    for d in docs.iter_mut() {
        let mut counts: HashMap<EntityIx, u32> = HashMap::new();
        for m in &d.mentions {
            *counts.entry(to(m.entity, d.date)).or_default() += m.count;
        }
        let mut m: Vec<MentionCount> = counts
            .into_iter()
            .map(|(entity, count)| MentionCount { entity, count })
            .collect();
        m.sort_unstable();
        d.mentions = m;
        d.relations.retain_mut(|r| {
            let (s, t) = (to(r.source, r.date), to(r.target, r.date));
            if s == t {
                return false;
            }
            let symmetric = lex.relation(r.relation).symmetric;
            let id = |e: EntityIx| &gaz.entity(e).id;
            (r.source, r.target) = if symmetric && id(t) < id(s) {
                (t, s)
            } else {
                (s, t)
            };
            true
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, EntityId};

    fn e(id: &str, kind: EntityKind, aff: Option<&str>) -> Entity {
        Entity {
            affiliation: aff.map(|a| EntityId(a.into())),
            ..Entity::named(id, kind)
        }
    }

    #[test]
    fn actors_collapse_through_their_affiliations() {
        let g = Gazetteer::from_entities(vec![
            e("russia", EntityKind::Country, None),
            e("kremlin", EntityKind::Organization, Some("russia")),
            e("ushakov", EntityKind::Person, Some("kremlin")),
            e("nato", EntityKind::Organization, None),
        ]);
        let idx = |id: &str| g.get(&EntityId(id.into())).unwrap();
        assert_eq!(country_of(&g, idx("ushakov")), idx("russia"));
        assert_eq!(country_of(&g, idx("nato")), idx("nato"));
    }
}
