//! The actors one document introduces: made once per name (a second "Chancellor Olaf Scholz"
//! is the first), with what their title says of them.

use crate::dict::gazetteer::Gazetteer;
use crate::lang::en::titles::{Part, Sector, TitleWord};
use crate::model::slug::{IdLetters, id_for};
use crate::model::{Entity, EntityIx, EntityKind, Gender, Origin};

/// A title as read before or after a name: its words, in order ("Deputy Prime Minister",
/// "Secretary of State").
#[derive(Debug, Clone, Default)]
pub(super) struct TitleKey {
    pub words: Vec<&'static TitleWord>,
    /// Qualifiers after "of" ("Secretary of State").
    pub of: Vec<&'static TitleWord>,
}

impl TitleKey {
    /// The head word ("Minister"), none for an honorific.
    pub fn head(&self) -> Option<&'static TitleWord> {
        self.words.iter().rev().find(|w| w.part == Part::Head).copied()
    }

    pub fn gender(&self) -> Option<Gender> {
        self.words.iter().find_map(|w| w.gender)
    }

    pub fn sector(&self) -> Sector {
        self.head().map_or(Sector::None, |h| h.sector)
    }

    /// The role as displayed: "Foreign Minister", "Secretary of State"; empty for an honorific.
    pub fn role(&self) -> String {
        if self.head().is_none() {
            return String::new();
        }
        let mut s: Vec<&str> = self.words.iter().map(|w| w.display).collect();
        if !self.of.is_empty() {
            s.push("of");
            s.extend(self.of.iter().map(|w| w.display));
        }
        s.join(" ")
    }

    /// Whether `self` (read in "the foreign minister") can name a holder of `holder`: same head,
    /// and every qualifier of `self` among the holder's.
    pub fn names(&self, holder: &TitleKey) -> bool {
        let (Some(h), Some(hh)) = (self.head(), holder.head()) else {
            return false;
        };
        let all = |k: &TitleKey| k.words.iter().chain(&k.of).map(|w| w.display).collect::<Vec<_>>();
        let (theirs, ours) = (all(holder), all(self));
        // a rank changes the office: "the prime minister" is not the Deputy Prime Minister
        let ranks_kept = theirs
            .iter()
            .filter(|w| RANKS.contains(w))
            .all(|w| ours.contains(w));
        h.display == hh.display && ours.iter().all(|w| theirs.contains(w)) && ranks_kept
    }
}

/// Qualifiers that make another office of the same head ("Deputy Prime Minister").
const RANKS: &[&str] = &["Deputy", "Vice", "Acting", "Shadow"];

/// A discovered actor and its title.
#[derive(Debug, Clone)]
pub(super) struct Actor {
    pub entity: Entity,
    pub title: TitleKey,
}

/// The actors of one document, in the order first named.
#[derive(Debug, Default)]
pub(super) struct Actors {
    pub list: Vec<Actor>,
    /// Gazetteer persons the document introduces with a title ("Japanese Prime Minister Shinzo
    /// Abe"), with the country a demonym before it gives: "the prime minister" may name them.
    pub titled: Vec<(EntityIx, TitleKey, Option<EntityIx>)>,
}

impl Actors {
    /// The index (as an entity row after the gazetteer's) of the actor `label` names, made if new;
    /// a known actor takes the title, affiliation and gender it lacked.
    pub fn add(
        &mut self,
        gaz: &Gazetteer,
        kind: EntityKind,
        label: &str,
        title: &TitleKey,
        affiliation: Option<EntityIx>,
    ) -> EntityIx {
        let base = gaz.entities.len();
        if let Some(i) = self.list.iter().position(|a| {
            let gender_ok = match (a.entity.gender, title.gender()) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            };
            a.entity.kind == kind && gender_ok && a.entity.label.eq_ignore_ascii_case(label)
        }) {
            let a = &mut self.list[i];
            if a.title.head().is_none() && title.head().is_some() {
                a.title = title.clone();
                a.entity.role = title.role();
            }
            if a.entity.affiliation.is_none() {
                a.entity.affiliation = affiliation.map(|e| gaz.entity(e).id.clone());
            }
            a.entity.gender = a.entity.gender.or(title.gender());
            a.entity.code = code(
                gaz,
                a.entity.affiliation.as_ref().and_then(|id| gaz.get(id)),
                &a.title,
            );
            return EntityIx::new(base + i);
        }
        let mut id = id_for(label, IdLetters::Ascii);
        if id.is_empty() {
            id = id_for(label, IdLetters::Unicode);
        }
        let entity = Entity {
            label: label.to_string(),
            aliases: vec![label.to_string()],
            affiliation: affiliation.map(|e| gaz.entity(e).id.clone()),
            role: title.role(),
            code: code(gaz, affiliation, title),
            gender: if kind == EntityKind::Person {
                title.gender()
            } else {
                None
            },
            origin: Origin::Discovered,
            ..Entity::named(&id, kind)
        };
        self.list.push(Actor {
            entity,
            title: title.clone(),
        });
        EntityIx::new(base + self.list.len() - 1)
    }

    /// The actor of an entity row past the gazetteer's.
    pub fn get(&self, gaz: &Gazetteer, e: EntityIx) -> Option<&Actor> {
        e.index()
            .checked_sub(gaz.entities.len())
            .and_then(|i| self.list.get(i))
    }

    /// Adds an alias (an acronym, a spelling) to the actor of row `e`.
    pub fn alias(&mut self, gaz: &Gazetteer, e: EntityIx, alias: &str) {
        if let Some(a) = e
            .index()
            .checked_sub(gaz.entities.len())
            .and_then(|i| self.list.get_mut(i))
            && !a.entity.aliases.iter().any(|x| x == alias)
        {
            a.entity.aliases.push(alias.to_string());
        }
    }

    /// The entity of a row, from the gazetteer or the actors found here.
    pub fn entity<'a>(&'a self, gaz: &'a Gazetteer, e: EntityIx) -> Option<&'a Entity> {
        match self.get(gaz, e) {
            Some(a) => Some(&a.entity),
            None => gaz.entities.get(e.index()),
        }
    }
}

/// The actor code of a title holder: the country's code and the title's sector ("IRNGOV").
fn code(gaz: &Gazetteer, affiliation: Option<EntityIx>, title: &TitleKey) -> String {
    let Some(e) = affiliation.map(|e| gaz.entity(e)) else {
        return String::new();
    };
    let sector = title.sector().code();
    if e.kind != EntityKind::Country || e.code.is_empty() || sector.is_empty() {
        return String::new();
    }
    format!("{}{sector}", e.code)
}

/// The kind of a gazetteer entity; `None` for a discovered one.
pub(super) fn listed_kind(gaz: &Gazetteer, e: EntityIx) -> Option<EntityKind> {
    gaz.entities.get(e.index()).map(|x| x.kind)
}

/// The country every holder of a gazetteer title belongs to ("the German chancellor" →
/// Germany), if they agree.
pub(super) fn title_country(gaz: &Gazetteer, title: usize) -> Option<EntityIx> {
    let mut country = None;
    for &(e, _) in &gaz.titles.get(title)?.holders {
        let c = gaz.entity(e).affiliation.as_ref().and_then(|id| gaz.get(id))?;
        if country.is_some_and(|x| x != c) {
            return None;
        }
        country = Some(c);
    }
    country
}
