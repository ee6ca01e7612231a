//! The actors the names stage discovered, tallied over the corpus: one per normalised label,
//! a surname-only person joined to the one full-name person of that surname, with mentions,
//! documents, the most frequent type, role, affiliation and gender, and a sample sentence.

use super::rules::Known;
use super::tally::{Found, Suggestion, most, most_voted};
use crate::model::{Entity, EntityId, EntityKind, Gender};
use std::collections::{BTreeMap, BTreeSet};

/// One discovered actor as one document names it.
#[derive(Debug, Clone)]
pub(super) struct Sighting {
    pub entity: Entity,
    /// Mentions of it in the document.
    pub mentions: usize,
    /// The sentence of its first mention, as written.
    pub sample: String,
}

/// What the corpus says of one actor.
#[derive(Default)]
struct Actor {
    label: String,
    kinds: [usize; 4],
    roles: BTreeMap<String, usize>,
    affiliations: BTreeMap<EntityId, usize>,
    genders: BTreeMap<bool, usize>,
    aliases: BTreeSet<String>,
    mentions: usize,
    docs: BTreeSet<usize>,
    sample: String,
}

impl Actor {
    fn join(&mut self, other: Actor) {
        for (k, n) in self.kinds.iter_mut().zip(other.kinds) {
            *k += n;
        }
        add_counts(&mut self.roles, other.roles);
        add_counts(&mut self.affiliations, other.affiliations);
        add_counts(&mut self.genders, other.genders);
        self.aliases.extend(other.aliases);
        self.aliases.insert(other.label);
        self.mentions += other.mentions;
        self.docs.extend(other.docs);
        if self.sample.is_empty() {
            self.sample = other.sample;
        }
    }
}

fn add_counts<K: Ord>(to: &mut BTreeMap<K, usize>, from: BTreeMap<K, usize>) {
    for (k, n) in from {
        *to.entry(k).or_default() += n;
    }
}

/// The discovered actors of the corpus, by normalised label.
#[derive(Default)]
pub(super) struct Actors {
    by_key: BTreeMap<String, Actor>,
}

/// The label as the tally compares it: words collapsed, lower case.
fn key(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Actors {
    /// Adds what document `doc` (its index in input order) says of one actor.
    pub(super) fn add(&mut self, doc: usize, s: Sighting) {
        let e = s.entity;
        let a = self.by_key.entry(key(&e.label)).or_default();
        if a.label.is_empty() {
            a.label = e.label.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        a.kinds[e.kind as usize] += s.mentions.max(1);
        if !e.role.is_empty() {
            *a.roles.entry(e.role.clone()).or_default() += 1;
        }
        if let Some(aff) = e.affiliation {
            *a.affiliations.entry(aff).or_default() += 1;
        }
        if let Some(g) = e.gender {
            *a.genders.entry(g == Gender::Male).or_default() += 1;
        }
        a.aliases
            .extend(e.aliases.into_iter().filter(|x| key(x) != key(&e.label)));
        a.mentions += s.mentions;
        a.docs.insert(doc);
        if a.sample.is_empty() {
            a.sample = s.sample;
        }
    }

    /// The actors, most mentioned first; names the gazetteer gives are left out.
    pub(super) fn finish(mut self, known: &Known) -> Vec<Suggestion> {
        self.join_surnames(known);
        let mut out: Vec<Suggestion> = self
            .by_key
            .into_values()
            .filter(|a| known.rejects(&words(&a.label)).is_none())
            .map(|a| suggestion(a, known))
            .collect();
        out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
        out
    }

    /// Joins each one-word person ("Berger", from "Mr Berger") to the one full-name person of
    /// that surname, when exactly one exists.
    fn join_surnames(&mut self, known: &Known) {
        let person = |a: &Actor| most_voted(&a.kinds) == EntityKind::Person;
        let singles: Vec<String> = self
            .by_key
            .iter()
            .filter(|(k, a)| !k.contains(' ') && person(a))
            .map(|(k, _)| k.clone())
            .collect();
        for single in singles {
            let suffix = format!(" {single}");
            let mut full = self
                .by_key
                .iter()
                .filter(|(k, a)| k.ends_with(&suffix) && person(a))
                .map(|(k, _)| k.clone());
            let (Some(target), None) = (full.next(), full.next()) else {
                continue;
            };
            if known.rejects(&[single.as_str()]).is_some() {
                continue;
            }
            if let Some(one) = self.by_key.remove(&single)
                && let Some(t) = self.by_key.get_mut(&target)
            {
                t.join(one);
            }
        }
    }
}

fn words(label: &str) -> Vec<&str> {
    label.split_whitespace().collect()
}

fn suggestion(a: Actor, known: &Known) -> Suggestion {
    let label_key = key(&a.label);
    let aliases = a
        .aliases
        .into_iter()
        .filter(|x| {
            let w = words(x);
            key(x) != label_key
                && if w.len() == 1 {
                    known.free_alias(x)
                } else {
                    known.rejects(&w).is_none()
                }
        })
        .collect();
    Suggestion {
        found: Found::Discovered,
        kind: most_voted(&a.kinds),
        count: a.mentions,
        documents: a.docs.len(),
        aliases,
        role: most(&a.roles).unwrap_or_default(),
        affiliation: most(&a.affiliations),
        gender: most(&a.genders).map(|male| if male { Gender::Male } else { Gender::Female }),
        sample: a.sample,
        label: a.label,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::gazetteer::Gazetteer;
    use crate::model::Origin;

    fn actor(label: &str, kind: EntityKind, role: &str, aff: Option<&str>) -> Entity {
        Entity {
            id: EntityId(crate::model::slug::id_for(
                label,
                crate::model::slug::IdLetters::Ascii,
            )),
            label: label.into(),
            kind,
            aliases: vec![label.into()],
            affiliation: aff.map(|a| EntityId(a.into())),
            role: role.into(),
            code: String::new(),
            gender: None,
            stands_for: None,
            roles: Vec::new(),
            demonyms: Vec::new(),
            origin: Origin::Discovered,
        }
    }

    fn sighting(e: Entity, mentions: usize) -> Sighting {
        let sample = format!("{} spoke.", e.label);
        Sighting {
            entity: e,
            mentions,
            sample,
        }
    }

    #[test]
    fn actors_are_one_per_label_and_surnames_join_the_one_full_name() {
        let gz = Gazetteer::from_entities(vec![actor("Tony Blair", EntityKind::Person, "", None)]);
        let known = Known::new(&gz);
        let mut a = Actors::default();
        let p = EntityKind::Person;
        a.add(
            0,
            sighting(actor("Klaus Berger", p, "Finance Minister", Some("deu")), 2),
        );
        a.add(1, sighting(actor("Klaus  Berger", p, "", Some("deu")), 1));
        a.add(1, sighting(actor("Berger", p, "", None), 3));
        a.add(2, sighting(actor("Mara Lind", p, "", None), 1));
        a.add(2, sighting(actor("Jon Lind", p, "", None), 1));
        a.add(3, sighting(actor("Lind", p, "", None), 1)); // two full names: not joined
        a.add(3, sighting(actor("Blair", p, "", None), 4)); // a gazetteer surname: left out
        a.add(
            4,
            sighting(actor("Harbour Trust", EntityKind::Organization, "", None), 1),
        );
        let out = a.finish(&known);
        let labels: Vec<&str> = out.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(
            labels,
            ["Klaus Berger", "Harbour Trust", "Jon Lind", "Lind", "Mara Lind"]
        );
        let b = &out[0];
        assert_eq!((b.count, b.documents), (6, 2));
        assert_eq!(b.aliases, ["Berger"]);
        assert_eq!(b.role, "Finance Minister");
        assert_eq!(b.affiliation, Some(EntityId("deu".into())));
        assert_eq!(b.sample, "Klaus Berger spoke.");
        assert_eq!(b.found, Found::Discovered);
    }
}
