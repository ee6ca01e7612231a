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

/// Gazetteer entities by kind and the normalised form of each of their names (label and
/// aliases, of two words or more); a name two entities share stands for neither.
fn listed_names(gaz: &Gazetteer) -> HashMap<(EntityKind, String), Option<EntityIx>> {
    use rayon::prelude::*;
    // normalising is the cost: done on all cores, then gathered in gazetteer order
    let named: Vec<(EntityIx, EntityKind, String)> = gaz
        .entities
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, e)| {
            let names = std::iter::once(&e.label).chain(&e.aliases);
            names
                .filter(|n| n.split_whitespace().nth(1).is_some())
                .map(move |n| (EntityIx::new(i), e.kind, normalised(n)))
        })
        .collect();
    let mut by_name: HashMap<(EntityKind, String), Option<EntityIx>> = HashMap::with_capacity(named.len());
    for (ix, kind, name) in named {
        by_name
            .entry((kind, name))
            .and_modify(|v| {
                if *v != Some(ix) {
                    *v = None;
                }
            })
            .or_insert(Some(ix));
    }
    by_name
}

fn contradicts(a: Option<Gender>, b: Option<Gender>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x != y)
}

/// Maps every document's discovered actors onto one corpus table and rewrites the documents'
/// entities to rows of `gaz` extended by that table ([`Gazetteer::with_discovered`]), which it
/// returns. `docs` must be in their final order: the first document to name an actor gives its
/// label, id and attributes, the later ones fill what it left empty.
pub fn unify(gaz: &Gazetteer, lex: &Lexicon, docs: &mut [DocOutput]) -> Vec<Entity> {
    use rayon::prelude::*;
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
    let listed = listed_names(gaz);
    for (di, d) in docs.iter().enumerate() {
        for (ai, e) in d.discovered.iter().enumerate() {
            if let Some(&Some(g)) = listed.get(&(e.kind, normalised(&e.label))) {
                // written otherwise than the gazetteer's alias ("George W Bush" for "George W.
                // Bush"): the listed entity, not a second one
                t.slots[di][ai] = Some(Slot::Gazetteer(g));
            } else if !surname_only(e) {
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
    docs.par_iter_mut()
        .zip(&table.slots)
        .for_each(|(d, slots)| rewrite(gaz, lex, &table.entities, slots, d));
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
        r.place = r.place.map(to);
        if r.source.index() < n && r.target.index() < n {
            return true;
        }
        let (s, t) = (to(r.source), to(r.target));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::KnowledgeGraph;
    use crate::graph::level::Level;
    use crate::model::{Evidence, Polarity, Relation, RelationIx, Span};

    fn lexicon() -> Lexicon {
        Lexicon::parse(
            "relation,symmetric,cameo,verbs,nouns,objects\nmet,true,040,meet{met},,\ncriticized,false,111,criticize,,\n",
            std::path::Path::new("relations.csv"),
        )
        .unwrap()
    }

    /// The gazetteer: John Kerry (0), the United States (1), Germany (2), Howard University (3).
    fn gazetteer() -> Gazetteer {
        let mut kerry = Entity::named("kerry", EntityKind::Person);
        kerry.label = "John Kerry".into();
        kerry.gender = Some(Gender::Male);
        kerry.affiliation = Some(EntityId("usa".into()));
        Gazetteer::from_entities(vec![
            kerry,
            Entity::named("usa", EntityKind::Country),
            Entity::named("germany", EntityKind::Country),
            Entity {
                label: "Howard University".into(),
                ..Entity::named("howard", EntityKind::Organization)
            },
        ])
    }

    const KERRY: EntityIx = EntityIx(0);
    const GAZ: u32 = 4;

    /// A discovered actor as the names stage gives it: id from its name, the name its label.
    fn actor(name: &str, kind: EntityKind, gender: Option<Gender>) -> Entity {
        Entity {
            id: EntityId(id_for(name, IdLetters::Ascii)),
            label: name.into(),
            aliases: vec![name.into()],
            gender,
            origin: Origin::Discovered,
            ..Entity::named("x", kind)
        }
    }

    fn person(name: &str) -> Entity {
        actor(name, EntityKind::Person, None)
    }

    fn met(doc: &str, source: EntityIx, target: EntityIx) -> Relation {
        Relation {
            source,
            relation: RelationIx(0),
            target,
            polarity: Polarity::Asserted,
            date: None,
            place: None,
            roles: Default::default(),
            evidence: Evidence {
                doc: doc.into(),
                sentence: 0,
                span: Span { start: 0, end: 3 },
                trigger: "met".into(),
                text: "They met.".into(),
            },
        }
    }

    /// A document naming its discovered actors `i` (as rows `GAZ + i`) and `gazetteer` rows
    /// twice each, with `relations`.
    fn doc(
        name: &str,
        discovered: Vec<Entity>,
        gazetteer: &[EntityIx],
        relations: Vec<Relation>,
    ) -> DocOutput {
        let mut mentions: Vec<MentionCount> = (0..discovered.len())
            .map(|i| MentionCount {
                entity: EntityIx::new(GAZ as usize + i),
                count: 2,
            })
            .chain(gazetteer.iter().map(|&entity| MentionCount { entity, count: 2 }))
            .collect();
        mentions.sort_unstable();
        DocOutput {
            doc: name.into(),
            relations,
            mentions,
            sentences: 3,
            date: None,
            discovered,
            names: Default::default(),
        }
    }

    fn build(docs: Vec<DocOutput>) -> KnowledgeGraph {
        crate::pipeline::assemble(&gazetteer(), &lexicon(), docs, Level::Actor)
    }

    /// The graph's nodes as `id label mentions/documents origin`.
    fn nodes(kg: &KnowledgeGraph) -> Vec<String> {
        kg.nodes()
            .map(|n| {
                format!(
                    "{} {:?} {}/{} {}",
                    n.id,
                    n.label,
                    n.mentions,
                    n.documents,
                    n.origin.as_str()
                )
            })
            .collect()
    }

    const D0: EntityIx = EntityIx(GAZ);
    const D1: EntityIx = EntityIx(GAZ + 1);

    #[test]
    fn a_listed_name_written_otherwise_is_the_listed_entity() {
        let kg = build(vec![
            doc("a", vec![person("john  kerry")], &[], vec![]),
            // an organisation of the same words is no person of the gazetteer
            doc(
                "b",
                vec![actor("John Kerry", EntityKind::Organization, None)],
                &[],
                vec![],
            ),
        ]);
        assert_eq!(
            nodes(&kg),
            [
                "john_kerry \"John Kerry\" 2/1 discovered",
                "kerry \"John Kerry\" 2/1 gazetteer"
            ]
        );
    }

    #[test]
    fn one_full_name_in_two_documents_is_one_entity() {
        let kg = build(vec![
            doc("a", vec![person("Olaf Scholz")], &[], vec![]),
            doc("b", vec![person("olaf  SCHOLZ")], &[], vec![]),
        ]);
        assert_eq!(nodes(&kg), ["olaf_scholz \"Olaf Scholz\" 4/2 discovered"]);
        let n = kg.nodes().next().unwrap();
        assert_eq!(n.aliases, ["Olaf Scholz", "olaf  SCHOLZ"]);
        // the build report counts entities of the corpus, not mentions
        let docs = vec![
            doc("a", vec![person("Olaf Scholz"), person("Anna Zed")], &[], vec![]),
            doc("b", vec![person("Olaf Scholz")], &[], vec![]),
        ];
        let (_, count) = crate::pipeline::assemble_counted(&gazetteer(), &lexicon(), docs, Level::Actor);
        assert_eq!(count, 2);
    }

    #[test]
    #[allow(clippy::too_many_lines)] // one table, a case per phenomenon
    fn surnames_join_the_one_person_of_the_corpus_who_has_them() {
        let cases: &[(&str, Vec<DocOutput>, &[&str])] = &[
            (
                "a discovered person named in full",
                vec![
                    doc("a", vec![person("Olaf Scholz")], &[], vec![]),
                    doc(
                        "b",
                        vec![actor("Scholz", EntityKind::Person, Some(Gender::Male))],
                        &[],
                        vec![],
                    ),
                ],
                &["olaf_scholz \"Olaf Scholz\" 4/2 discovered"],
            ),
            (
                "a gazetteer person the corpus mentions",
                vec![
                    doc("a", vec![], &[KERRY], vec![]),
                    doc("b", vec![person("Kerry")], &[], vec![]),
                ],
                &["kerry \"John Kerry\" 4/2 gazetteer"],
            ),
            (
                "two persons share the surname: no guess",
                vec![
                    doc("a", vec![person("Olaf Scholz")], &[], vec![]),
                    doc("b", vec![person("Anna Scholz")], &[], vec![]),
                    doc("c", vec![person("Scholz")], &[], vec![]),
                ],
                &[
                    "anna_scholz \"Anna Scholz\" 2/1 discovered",
                    "olaf_scholz \"Olaf Scholz\" 2/1 discovered",
                    "scholz \"Scholz\" 2/1 discovered",
                ],
            ),
            (
                "a gazetteer person no document mentions is no candidate",
                vec![doc("a", vec![person("Kerry")], &[], vec![])],
                &["kerry_2 \"Kerry\" 2/1 discovered"],
            ),
            (
                "\"Mr Blair\" is Tony, not Cherie",
                vec![
                    doc(
                        "a",
                        vec![actor("Tony Blair", EntityKind::Person, Some(Gender::Male))],
                        &[],
                        vec![],
                    ),
                    doc(
                        "b",
                        vec![actor("Cherie Blair", EntityKind::Person, Some(Gender::Female))],
                        &[],
                        vec![],
                    ),
                    doc(
                        "c",
                        vec![actor("Blair", EntityKind::Person, Some(Gender::Male))],
                        &[],
                        vec![],
                    ),
                ],
                &[
                    "cherie_blair \"Cherie Blair\" 2/1 discovered",
                    "tony_blair \"Tony Blair\" 4/2 discovered",
                ],
            ),
            (
                "\"Ms Kerry\" is not John Kerry",
                vec![
                    doc("a", vec![], &[KERRY], vec![]),
                    doc(
                        "b",
                        vec![actor("Kerry", EntityKind::Person, Some(Gender::Female))],
                        &[],
                        vec![],
                    ),
                ],
                &[
                    "kerry \"John Kerry\" 2/1 gazetteer",
                    "kerry_2 \"Kerry\" 2/1 discovered",
                ],
            ),
            (
                "an organisation named in one word is no surname",
                vec![
                    doc("a", vec![person("Olaf Scholz")], &[], vec![]),
                    doc(
                        "b",
                        vec![actor("Scholz", EntityKind::Organization, None)],
                        &[],
                        vec![],
                    ),
                ],
                &[
                    "olaf_scholz \"Olaf Scholz\" 2/1 discovered",
                    "scholz \"Scholz\" 2/1 discovered",
                ],
            ),
        ];
        for (what, docs, want) in cases {
            assert_eq!(nodes(&build(docs.clone())), *want, "{what}");
        }
    }

    #[test]
    fn ids_never_take_a_gazetteer_id_or_each_others() {
        let kg = build(vec![
            doc(
                "a",
                vec![actor("Howard", EntityKind::Person, Some(Gender::Male))],
                &[],
                vec![],
            ),
            doc(
                "b",
                vec![actor("Howard", EntityKind::Person, Some(Gender::Female))],
                &[],
                vec![],
            ),
        ]);
        assert_eq!(
            nodes(&kg),
            [
                "howard_2 \"Howard\" 2/1 discovered",
                "howard_3 \"Howard\" 2/1 discovered"
            ]
        );
    }

    #[test]
    fn relations_follow_their_actors_onto_the_corpus_entity() {
        let docs = vec![
            doc(
                "a",
                vec![person("Olaf Scholz")],
                &[KERRY],
                vec![met("a", D0, KERRY)],
            ),
            // here Scholz is the second actor: row GAZ + 1
            doc(
                "b",
                vec![person("Anna Zed"), person("Olaf Scholz")],
                &[KERRY],
                vec![met("b", KERRY, D1), met("b", D0, D1)],
            ),
        ];
        let kg = build(docs.clone());
        let edges: Vec<String> = kg
            .edges()
            .map(|e| {
                format!(
                    "{} {} {} {}",
                    kg.id(e.source),
                    e.relation,
                    kg.id(e.target),
                    e.asserted
                )
            })
            .collect();
        assert_eq!(
            edges,
            ["anna_zed met olaf_scholz 1", "kerry met olaf_scholz 2"],
            "symmetric relations in id order"
        );
        // the same graph whatever order the documents come in
        let mut reversed = docs;
        reversed.reverse();
        let again = build(reversed);
        assert_eq!(nodes(&kg), nodes(&again));
        assert_eq!(kg.instances, again.instances);
    }

    #[test]
    fn affiliations_name_corpus_ids_and_collapse_to_countries() {
        let mut ministry = actor("Finance Ministry", EntityKind::Organization, None);
        ministry.affiliation = Some(EntityId("germany".into()));
        let mut official = person("Karl Ober");
        official.affiliation = Some(ministry.id.clone());
        let a = doc(
            "a",
            vec![official.clone(), ministry.clone()],
            &[KERRY],
            vec![met("a", D0, KERRY)],
        );
        let kg = build(vec![a.clone()]);
        let ober = kg.node(&EntityId("karl_ober".into())).unwrap();
        assert_eq!(kg.node_at(ober).affiliation, "finance_ministry");
        let country = crate::pipeline::assemble(&gazetteer(), &lexicon(), vec![a], Level::Country);
        let edges: Vec<String> = country
            .edges()
            .map(|e| format!("{} {} {}", country.id(e.source), e.relation, country.id(e.target)))
            .collect();
        assert_eq!(edges, ["germany met usa"]);
    }

    #[test]
    fn a_corpus_without_discovered_actors_is_left_as_it_is() {
        let mut docs = vec![doc("a", vec![], &[KERRY], vec![])];
        let before = docs[0].mentions.clone();
        assert!(unify(&gazetteer(), &lexicon(), &mut docs).is_empty());
        assert_eq!(docs[0].mentions, before);
    }
}
