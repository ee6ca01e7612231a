//! The arguments inside an event noun's own phrase: the possessor or modifiers before it
//! ("Putin's proposal", "Kerry Lavrov talks") and the prepositional phrases after it ("with
//! Lavrov", "between Kerry and Lavrov", "made by Putin"); read once per noun, shared by the noun
//! constructions.

use super::coordination::group;
use super::items::Kind;
use super::phrase::next_mention;
use super::sentence::{Sentence, Slot, arg};
use crate::dict::lexicon::{ObjectKind, RelationDef};
use crate::lang::en::grammar::{Prep, Word};
use crate::model::{EntityIx, EntityKind};

/// Which part of the phrase named its agents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AgentsFrom {
    /// A possessor or modifiers before the noun, or a by/from phrase after it.
    Phrase,
    /// "between Kerry and Lavrov".
    Between,
}

/// An event noun's phrase, read.
pub(super) struct NounPhrase {
    pub agents: Vec<EntityIx>,
    pub agents_from: AgentsFrom,
    pub objects: Vec<EntityIx>,
    /// A negator before the noun ("no talks").
    pub negated: bool,
}

/// Reads the phrase of the event noun at `t`.
pub(super) fn noun_phrase(s: &Sentence, t: usize, def: &RelationDef) -> NounPhrase {
    let (agents, negated) = agents_before(s, t);
    let mut p = NounPhrase {
        agents,
        agents_from: AgentsFrom::Phrase,
        objects: phrase_object(s, t, def.objects).unwrap_or_default(),
        negated,
    };
    after_noun(s, t, def, &mut p);
    p
}

/// The agents before the noun ("Putin's proposal", "his summit", "US proposals", "Kerry Lavrov
/// talks"), and whether a negator precedes it ("no talks").
fn agents_before(s: &Sentence, t: usize) -> (Vec<EntityIx>, bool) {
    let mut agents = Vec::new();
    let mut negated = false;
    let mut j = t;
    let mut words = 0;
    while j > 0 {
        j -= 1;
        match s.items[j].kind {
            Kind::Mention(m) => {
                let place = s.ents[j].is_some_and(|e| s.actors.entity(e).kind == EntityKind::Place);
                if place && !s.mentions[m].possessive {
                    continue; // "the Helsinki summit": where, not who
                }
                let Some(e) = arg(s, j, Slot::Agent) else { break };
                agents.push(e);
                if s.mentions[m].possessive {
                    break;
                }
            }
            // "his proposal", "its annexation"
            Kind::Word(Word::PossessivePronoun(_) | Word::Determiner) if s.ents[j].is_some() => {
                agents.extend(s.ents[j]);
                break;
            }
            Kind::Word(Word::PossessivePronoun(_)) => break,
            Kind::Word(Word::Negator) => {
                negated = true;
                break;
            }
            Kind::Other { .. } if words < 3 && agents.is_empty() => words += 1,
            Kind::Punct(b'-') => {}
            Kind::Word(Word::And) if agents.len() == 1 => {}
            _ => break,
        }
    }
    agents.reverse();
    (agents, negated)
}

/// "calls for the United States to": a trigger phrase that ends in its preposition takes the
/// mention after it as object.
fn phrase_object(s: &Sentence, t: usize, kind: ObjectKind) -> Option<Vec<EntityIx>> {
    let phrase = s.word(t);
    let last_word = phrase.rsplit(' ').next().unwrap_or("");
    if phrase.contains(' ')
        && matches!(
            crate::lang::en::grammar::classify(&last_word.to_ascii_lowercase()),
            Some(Word::Prep(
                Prep::For | Prep::To | Prep::On | Prep::With | Prep::Against
            ))
        )
        && let Some(m) = next_mention(s, t)
    {
        return Some(group(s, m, Slot::Object(kind)));
    }
    None
}

/// The prepositional phrases after the noun: "made by Putin", "between Kerry and Lavrov",
/// "from Trump", "with Lavrov".
fn after_noun(s: &Sentence, t: usize, def: &RelationDef, p: &mut NounPhrase) {
    let conflictual = def
        .cameo
        .get(..2)
        .and_then(|r| r.parse::<u32>().ok())
        .is_some_and(|r| r >= 11);
    let mut k = t + 1;
    let mut steps = 0;
    while k < s.items.len() && steps < 8 {
        steps += 1;
        match s.items[k].kind {
            Kind::Word(Word::Prep(prep)) => {
                let Some(m) = next_mention(s, k) else {
                    k += 1;
                    continue;
                };
                let first = k == t + 1;
                prepositional(s, prep, m, def, (conflictual, first), p);
                k = m + 1;
                continue;
            }
            Kind::Other { .. } | Kind::Word(Word::Determiner | Word::Support) => {}
            Kind::Word(Word::PossessivePronoun(_)) => {}
            Kind::Punct(b'"') => {}
            _ => break,
        }
        k += 1;
    }
}

/// What the phrase "`prep` (mention at `m`)" after the noun fills, if anything.
fn prepositional(
    s: &Sentence,
    prep: Prep,
    m: usize,
    def: &RelationDef,
    (conflictual, first): (bool, bool),
    p: &mut NounPhrase,
) {
    let object = Slot::Object(def.objects);
    let empty = p.objects.is_empty();
    match prep {
        Prep::By | Prep::From if p.agents.is_empty() => {
            p.agents = group(s, m, Slot::Agent);
            p.agents_from = AgentsFrom::Phrase;
        }
        Prep::Between => {
            p.agents = group(s, m, Slot::Agent);
            p.agents_from = AgentsFrom::Between;
        }
        Prep::With | Prep::To | Prep::For if empty => p.objects = group(s, m, object),
        Prep::On | Prep::Against if empty && conflictual => p.objects = group(s, m, object),
        Prep::Of if empty && !def.symmetric && first => p.objects = group(s, m, object),
        Prep::Location if def.objects == ObjectKind::Place && empty => {
            p.objects = group(s, m, object);
        }
        _ => {}
    }
}
