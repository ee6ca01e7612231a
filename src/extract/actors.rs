//! The actors one document can name: the gazetteer's entities, then the document's own
//! discovered ones (row `gazetteer.entities.len() + i` is discovered actor `i`).

use crate::dict::gazetteer::Gazetteer;
use crate::model::{Entity, EntityId, EntityIx};

/// The entity table the extractor reads a document with: the gazetteer extended, without a
/// copy, by the document's discovered actors.
#[derive(Debug, Clone, Copy)]
pub struct Actors<'a> {
    pub gaz: &'a Gazetteer,
    /// The document's discovered actors, in cast order.
    pub local: &'a [Entity],
}

impl<'a> Actors<'a> {
    /// The gazetteer alone (a document that discovers no one).
    pub fn of(gaz: &'a Gazetteer) -> Actors<'a> {
        Actors { gaz, local: &[] }
    }

    /// The entity of a row: a gazetteer row, or past the gazetteer's end a discovered actor.
    pub fn entity(&self, e: EntityIx) -> &'a Entity {
        let n = self.gaz.entities.len();
        match e.index().checked_sub(n) {
            Some(i) => &self.local[i],
            None => &self.gaz.entities[e.index()],
        }
    }

    /// The gazetteer entity an id names (what `stands_for` and `affiliation` refer to).
    pub fn get(&self, id: &EntityId) -> Option<EntityIx> {
        self.gaz.get(id)
    }

    /// Whether `e` is one of the document's discovered actors.
    pub fn is_discovered(&self, e: EntityIx) -> bool {
        e.index() >= self.gaz.entities.len()
    }
}

/// `base` itself when it is free, else the first of `base_2`, `base_3`, … that is (`actor`
/// for an empty base): how a discovered actor gets an id no other entity has.
pub fn unique_id(base: &str, taken: impl Fn(&str) -> bool) -> EntityId {
    let base = if base.is_empty() { "actor" } else { base };
    if !taken(base) {
        return EntityId(base.to_string());
    }
    (2u64..)
        .map(|k| format!("{base}_{k}"))
        .find(|id| !taken(id))
        .map_or_else(|| EntityId(base.to_string()), EntityId)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, Origin};

    #[test]
    fn rows_past_the_gazetteer_are_the_documents_own() {
        let gaz = Gazetteer::from_entities(vec![Entity::named("kerry", EntityKind::Person)]);
        let local = [Entity {
            origin: Origin::Discovered,
            ..Entity::named("kerry", EntityKind::Person)
        }];
        let a = Actors {
            gaz: &gaz,
            local: &local,
        };
        assert_eq!(a.entity(EntityIx(0)).origin, Origin::Gazetteer);
        assert_eq!(a.entity(EntityIx(1)).origin, Origin::Discovered);
        assert!(!a.is_discovered(EntityIx(0)) && a.is_discovered(EntityIx(1)));
        assert_eq!(Actors::of(&gaz).local.len(), 0);
    }

    #[test]
    fn ids_are_suffixed_until_free() {
        let taken = ["howard", "howard_2"];
        let free = |id: &str| taken.contains(&id);
        assert_eq!(unique_id("scholz", free).0, "scholz");
        assert_eq!(unique_id("howard", free).0, "howard_3");
        assert_eq!(unique_id("", free).0, "actor");
    }
}
