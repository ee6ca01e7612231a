//! Coreference within a document: titles ("the secretary of state") to the holder already named
//! or the only one in office, and he/she/him/his/her to the person they most likely continue.

use super::actors::Actors;
use super::items::{Item, Kind};
use crate::lang::en::grammar::Word;
use crate::model::{Date, EntityIx, EntityKind, Gender};
use crate::tag::{Mention, Target};
use std::collections::HashMap;

/// Whether the mention at `k` reads as the subject of a clause: not after a preposition, and
/// followed by a verb, an auxiliary or ", who".
pub(super) fn looks_like_subject(items: &[Item], k: usize) -> bool {
    let mut j = k;
    while j > 0 {
        j -= 1;
        match items[j].kind {
            Kind::Other { cap: true, .. } => {}
            Kind::Word(Word::Prep(_)) => return false,
            _ => break,
        }
    }
    match items.get(k + 1).map(|i| i.kind) {
        Some(Kind::Trigger { verb: Some(_), .. })
        | Some(Kind::Other {
            cap: false,
            num: false,
        }) => true,
        Some(Kind::Word(
            Word::Speech
            | Word::Be
            | Word::Have
            | Word::Do
            | Word::Modal
            | Word::NegatingVerb
            | Word::Support
            | Word::Negator,
        )) => true,
        Some(Kind::Punct(b',')) => matches!(
            items.get(k + 2).map(|i| i.kind),
            Some(Kind::Word(Word::Relative | Word::Subordinator))
        ),
        // "Kerry and Lavrov advanced": both are subjects
        Some(Kind::Word(Word::And)) => {
            matches!(items.get(k + 2).map(|i| i.kind), Some(Kind::Mention(_)))
                && looks_like_subject(items, k + 2)
        }
        _ => false,
    }
}

/// Coreference state of one document: who has been named, and who was named last.
pub(super) struct Coref<'g> {
    actors: Actors<'g>,
    date: Option<Date>,
    /// Entity → order of its latest mention.
    last_seen: HashMap<EntityIx, usize>,
    clock: usize,
    /// Persons of the latest sentence that named any, in order.
    pub(super) prev_persons: Vec<EntityIx>,
}

impl<'g> Coref<'g> {
    pub(super) fn new(actors: Actors<'g>, date: Option<Date>) -> Coref<'g> {
        Coref {
            actors,
            date,
            last_seen: HashMap::new(),
            clock: 0,
            prev_persons: Vec::new(),
        }
    }

    /// Fills `ents` with the entity each mention or pronoun item names.
    pub(super) fn resolve(
        &mut self,
        text: &str,
        items: &[Item],
        mentions: &[Mention],
        ents: &mut Vec<Option<EntityIx>>,
    ) {
        ents.clear();
        ents.resize(items.len(), None);
        // persons named in this sentence: (entity, looks like a clause subject)
        let mut persons: Vec<(EntityIx, bool)> = Vec::new();
        for (k, it) in items.iter().enumerate() {
            let e = match it.kind {
                Kind::Mention(m) => match mentions[m].target {
                    Target::Entity(e) | Target::Demonym(e) => Some(e),
                    Target::Title(t) => self.title(t),
                },
                Kind::Word(Word::PossessivePronoun(g)) => persons
                    .iter()
                    .rev()
                    .map(|p| p.0)
                    .chain(self.prev_persons.iter().copied())
                    .find(|&p| self.compatible(p, g)),
                Kind::Word(Word::Pronoun(g)) => {
                    let object = text[it.start..it.end].eq_ignore_ascii_case("him")
                        || text[it.start..it.end].eq_ignore_ascii_case("himself");
                    let latest_subject = persons.iter().rev().find(|p| p.1).map(|p| p.0);
                    let here = if object {
                        persons
                            .iter()
                            .rev()
                            .map(|p| p.0)
                            .find(|&p| Some(p) != latest_subject && self.compatible(p, g))
                    } else {
                        persons
                            .iter()
                            .rev()
                            .filter(|p| p.1)
                            .map(|p| p.0)
                            .find(|&p| self.compatible(p, g))
                    };
                    here.or_else(|| {
                        self.prev_persons
                            .iter()
                            .copied()
                            .find(|&p| self.compatible(p, g) && (!object || Some(p) != latest_subject))
                    })
                }
                _ => None,
            };
            ents[k] = e;
            if let (Kind::Mention(_), Some(e)) = (it.kind, e) {
                self.clock += 1;
                self.last_seen.insert(e, self.clock);
                if self.actors.entity(e).kind == EntityKind::Person {
                    persons.push((e, looks_like_subject(items, k)));
                }
            }
        }
        if !persons.is_empty() {
            // subjects first: "He" in the next sentence most often continues the subject
            let mut next: Vec<EntityIx> = persons.iter().filter(|p| p.1).map(|p| p.0).collect();
            for p in persons.iter().filter(|p| !p.1) {
                if !next.contains(&p.0) {
                    next.push(p.0);
                }
            }
            next.dedup();
            self.prev_persons = next;
        }
    }

    fn compatible(&self, person: EntityIx, g: Gender) -> bool {
        self.actors.entity(person).gender.is_none_or(|pg| pg == g)
    }

    /// The holder of a title: one already named in the document, else the only one in office
    /// on the document's date.
    fn title(&self, t: usize) -> Option<EntityIx> {
        let holders: Vec<EntityIx> = self.actors.gaz.titles[t]
            .holders
            .iter()
            .filter(|&&(e, r)| self.actors.entity(e).roles[r].holds_on(self.date))
            .map(|&(e, _)| e)
            .collect();
        if let Some(&e) = holders
            .iter()
            .filter(|e| self.last_seen.contains_key(e))
            .max_by_key(|e| self.last_seen[e])
        {
            return Some(e);
        }
        let mut unique = holders.clone();
        unique.dedup();
        (unique.len() == 1).then(|| unique[0])
    }
}
