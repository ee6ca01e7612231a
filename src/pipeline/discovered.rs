//! One entity per discovered actor across the corpus: every document's own table of discovered
//! actors mapped onto one corpus-wide table, so "Olaf Scholz" named in forty articles is one
//! node with forty documents, and "Mr Scholz" joins him where no other Scholz is in the corpus.

use crate::dict::gazetteer::Gazetteer;
use crate::dict::lexicon::Lexicon;
use crate::extract::{DocOutput, unique_id};
use crate::model::slug::{IdLetters, id_for};
use crate::model::{Entity, EntityId, EntityIx, EntityKind, Gender, MentionCount, Origin};
use std::collections::{HashMap, HashSet};

/// What one corpus actor is known by: its kind and normalised name (`olaf_scholz`); a person
/// named by surname alone also by the gender its title gave ("Mr Howard", "Ms Howard").
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    kind: EntityKind,
    name: String,
    /// `Some(true)` for a woman ("Ms Howard"), `Some(false)` for a man, `None` when unknown.
    female: Option<bool>,
}

/// Where a document's discovered actor ends up: a gazetteer row, or a row of the corpus table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Gazetteer(EntityIx),
    Corpus(usize),
}

/// An actor's affiliation as its document gave it: a gazetteer id, or another discovered actor
/// of the same document (resolved once every actor has its corpus id).
#[derive(Debug, Clone)]
enum Affiliation {
    Id(EntityId),
    Local { doc: usize, actor: usize },
}

/// The corpus table being built, with each document's actors' slots.
struct Table<'g> {
    gaz: &'g Gazetteer,
    entities: Vec<Entity>,
    affiliations: Vec<Option<Affiliation>>,
    by_key: HashMap<Key, usize>,
    /// Per document, per discovered actor, its slot (`None` until placed).
    slots: Vec<Vec<Option<Slot>>>,
}

/// The normalised form of a name: case, spacing and punctuation aside.
fn normalised(name: &str) -> String {
    id_for(name, IdLetters::Unicode)
}

/// A person known by one word only: "Howard" of "Mr Howard".
fn surname_only(e: &Entity) -> bool {
    e.kind == EntityKind::Person && e.label.split_whitespace().count() == 1
}

/// The normalised surname of a person named in full ("John Howard" → `howard`).
fn surname(e: &Entity) -> Option<String> {
    let mut words = e.label.split_whitespace();
    let last = words.next_back()?;
    (e.kind == EntityKind::Person && words.next().is_some()).then(|| normalised(last))
}

fn contradicts(a: Option<Gender>, b: Option<Gender>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x != y)
}

/// Maps every document's discovered actors onto one corpus table and rewrites the documents'
/// entities to rows of `gaz` extended by that table ([`Gazetteer::with_discovered`]), which it
/// returns. `docs` must be in their final order: the first document to name an actor gives its
/// label, id and attributes, the later ones fill what it left empty.
pub fn unify(gaz: &Gazetteer, lex: &Lexicon, docs: &mut [DocOutput]) -> Vec<Entity> {
    if docs.iter().all(|d| d.discovered.is_empty()) {
        return Vec::new();
    }
    let mut t = Table {
        gaz,
        entities: Vec::new(),
        affiliations: Vec::new(),
        by_key: HashMap::new(),
        slots: docs.iter().map(|d| vec![None; d.discovered.len()]).collect(),
    };
    for (di, d) in docs.iter().enumerate() {
        for (ai, e) in d.discovered.iter().enumerate() {
            if !surname_only(e) {
                let key = Key {
                    kind: e.kind,
                    name: normalised(&e.label),
                    female: None,
                };
                t.slots[di][ai] = Some(Slot::Corpus(t.add(key, e, (di, &d.discovered))));
            }
        }
    }
    let surnames = t.surnames(docs);
    for (di, d) in docs.iter().enumerate() {
        for (ai, e) in d.discovered.iter().enumerate() {
            if t.slots[di][ai].is_none() {
                t.slots[di][ai] = Some(t.place_surname(&surnames, e, (di, &d.discovered)));
            }
        }
    }
    let table = t.finish();
    for (d, slots) in docs.iter_mut().zip(&table.slots) {
        rewrite(gaz, lex, &table.entities, slots, d);
    }
    table.entities
}

impl Table<'_> {
    /// The corpus row of `key`, made from `e` (an actor of document `doc`, whose discovered
    /// actors are `local`) when new, else completed by it.
    fn add(&mut self, key: Key, e: &Entity, (doc, local): (usize, &[Entity])) -> usize {
        let aff = e.affiliation.as_ref().map(|id| {
            local.iter().position(|x| x.id == *id).map_or_else(
                || Affiliation::Id(id.clone()),
                |actor| Affiliation::Local { doc, actor },
            )
        });
        if let Some(&i) = self.by_key.get(&key) {
            let c = &mut self.entities[i];
            for a in &e.aliases {
                if !c.aliases.contains(a) {
                    c.aliases.push(a.clone());
                }
            }
            fill(&mut c.role, &e.role);
            fill(&mut c.code, &e.code);
            c.gender = c.gender.or(e.gender);
            if self.affiliations[i].is_none() {
                self.affiliations[i] = aff;
            }
            return i;
        }
        let i = self.entities.len();
        self.entities.push(Entity {
            origin: Origin::Discovered,
            ..e.clone()
        });
        self.affiliations.push(aff);
        self.by_key.insert(key, i);
        i
    }

    /// Persons named in full in the corpus, by surname: the discovered ones and the gazetteer's
    /// that some document mentions.
    fn surnames(&self, docs: &[DocOutput]) -> HashMap<String, Vec<Slot>> {
        let n = self.gaz.entities.len();
        let mut mentioned: Vec<EntityIx> = docs
            .iter()
            .flat_map(|d| {
                let related = d.relations.iter().flat_map(|r| [r.source, r.target]);
                d.mentions.iter().map(|m| m.entity).chain(related)
            })
            .filter(|e| e.index() < n)
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        mentioned.sort_unstable();
        let mut by: HashMap<String, Vec<Slot>> = HashMap::new();
        for e in mentioned {
            if let Some(s) = surname(self.gaz.entity(e)) {
                by.entry(s).or_default().push(Slot::Gazetteer(e));
            }
        }
        for (i, e) in self.entities.iter().enumerate() {
            if let Some(s) = surname(e) {
                by.entry(s).or_default().push(Slot::Corpus(i));
            }
        }
        by
    }

    /// A person named by surname alone joins the one person of the corpus with that surname
    /// whose gender does not contradict it; with none or several, it is an actor of its own.
    fn place_surname(
        &mut self,
        surnames: &HashMap<String, Vec<Slot>>,
        e: &Entity,
        doc: (usize, &[Entity]),
    ) -> Slot {
        let name = normalised(&e.label);
        let fits: Vec<Slot> = surnames
            .get(&name)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&s| !contradicts(self.slot_entity(s).gender, e.gender))
            .collect();
        if let [one] = fits[..] {
            if let Slot::Corpus(i) = one {
                let c = &mut self.entities[i];
                if !c.aliases.contains(&e.label) {
                    c.aliases.push(e.label.clone());
                }
            }
            return one;
        }
        let key = Key {
            kind: e.kind,
            name,
            female: e.gender.map(|g| g == Gender::Female),
        };
        Slot::Corpus(self.add(key, e, doc))
    }

    fn slot_entity(&self, s: Slot) -> &Entity {
        match s {
            Slot::Gazetteer(e) => self.gaz.entity(e),
            Slot::Corpus(i) => &self.entities[i],
        }
    }

    /// Gives every corpus actor an id no gazetteer entity or other actor has, in table order,
    /// and its affiliation as a corpus-wide id.
    fn finish(mut self) -> Finished {
        let mut taken: HashSet<EntityId> = HashSet::new();
        for e in &mut self.entities {
            let id = unique_id(&e.id.0, |id| {
                let id = EntityId(id.to_string());
                taken.contains(&id) || self.gaz.get(&id).is_some()
            });
            taken.insert(id.clone());
            e.id = id;
        }
        let slots: Vec<Vec<Slot>> = self
            .slots
            .iter()
            .map(|doc| doc.iter().map(|s| s.unwrap_or(Slot::Corpus(0))).collect())
            .collect();
        let ids: Vec<EntityId> = self.entities.iter().map(|e| e.id.clone()).collect();
        for (e, aff) in self.entities.iter_mut().zip(self.affiliations) {
            e.affiliation = aff.map(|a| match a {
                Affiliation::Id(id) => id,
                Affiliation::Local { doc, actor } => match slots[doc][actor] {
                    Slot::Gazetteer(g) => self.gaz.entity(g).id.clone(),
                    Slot::Corpus(i) => ids[i].clone(),
                },
            });
            if e.affiliation.as_ref() == Some(&e.id) {
                e.affiliation = None;
            }
        }
        Finished {
            entities: self.entities,
            slots,
        }
    }
}

/// The corpus table with its ids, and each document's actors' rows in it.
struct Finished {
    entities: Vec<Entity>,
    slots: Vec<Vec<Slot>>,
}

fn fill(into: &mut String, from: &str) {
    if into.is_empty() {
        *into = from.to_string();
    }
}

/// Rewrites one document's entities from its own discovered rows to the extended table's:
/// mention counts summed where two of its actors became one, relations whose sides became one
/// dropped, symmetric relations kept in id order.
fn rewrite(gaz: &Gazetteer, lex: &Lexicon, table: &[Entity], slots: &[Slot], d: &mut DocOutput) {
    let n = gaz.entities.len();
    let to = |e: EntityIx| match e.index().checked_sub(n).and_then(|i| slots.get(i)) {
        Some(Slot::Gazetteer(g)) => *g,
        Some(Slot::Corpus(i)) => EntityIx::new(n + i),
        None => e,
    };
    let id = |e: EntityIx| match e.index().checked_sub(n) {
        Some(i) => &table[i].id,
        None => &gaz.entity(e).id,
    };
    let mut counts: HashMap<EntityIx, u32> = HashMap::new();
    for m in &d.mentions {
        *counts.entry(to(m.entity)).or_default() += m.count;
    }
    let mut mentions: Vec<MentionCount> = counts
        .into_iter()
        .map(|(entity, count)| MentionCount { entity, count })
        .collect();
    mentions.sort_unstable();
    d.mentions = mentions;
    d.relations.retain_mut(|r| {
        let (s, t) = (to(r.source), to(r.target));
        r.place = r.place.map(to);
        if (s, t) == (r.source, r.target) {
            return true;
        }
        if s == t {
            return false;
        }
        (r.source, r.target) = (s, t);
        if lex.relation(r.relation).symmetric && id(t) < id(s) {
            (r.source, r.target) = (t, s);
            let x = &mut r.roles;
            std::mem::swap(&mut x.source_role, &mut x.target_role);
            std::mem::swap(&mut x.source_code, &mut x.target_code);
        }
        true
    });
    d.discovered.clear();
}
