//! The extraction rules: for each trigger in a sentence, decide whether it reads as a verb or a
//! noun and run the verb or the noun rule; keep one instance per relation, pair and polarity.
//!
//! The rules walk the sentence's items left and right of a trigger and stop at clause boundaries
//! (speech verbs, "that", relative pronouns, subordinators, semicolons), so a relation in reported
//! speech belongs to the embedded clause, never to the speaker.

use super::items::{Item, Kind};
use super::noun::noun_rule;
use super::verb::verb_rule;
use crate::dict::gazetteer::Gazetteer;
use crate::dict::lexicon::{Lexicon, ObjectKind, VerbForm};
use crate::lang::en::grammar::{Prep, Word};
use crate::model::{EntityIx, Polarity, RelationIx};
use crate::tag::Mention;

/// One sentence, ready for the rules: items and, per item, the entity it resolves to.
pub struct Sentence<'a> {
    pub items: &'a [Item],
    /// For a mention or pronoun item, the entity it names after coreference.
    pub ents: &'a [Option<EntityIx>],
    pub mentions: &'a [Mention],
    pub gaz: &'a Gazetteer,
    pub lex: &'a Lexicon,
    pub text: &'a str,
}

/// A relation found in a sentence, before it becomes a [`crate::model::Relation`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub source: EntityIx,
    pub target: EntityIx,
    pub rel: RelationIx,
    /// Negated where the sentence denies it, hedged where it is only possible or planned.
    pub polarity: Polarity,
    /// Item index of the trigger.
    pub trigger: usize,
}

/// Which side of a relation an argument fills (decides metonymy and place handling).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
    Agent,
    Object(ObjectKind),
}

/// Runs every rule over the sentence and appends what it finds to `out`.
pub fn extract(s: &Sentence, out: &mut Vec<Found>) {
    let mut consumed = vec![false; s.items.len()];
    let start = out.len();
    for t in 0..s.items.len() {
        let Kind::Trigger { verb, noun, .. } = s.items[t].kind else {
            continue;
        };
        match reading(s, t, verb, noun) {
            Reading::Verb(rel, form) => verb_rule(s, t, rel, form, &mut consumed, out),
            Reading::Noun(rel) => {
                if !consumed[t] {
                    noun_rule(s, t, rel, out)
                }
            }
        }
    }
    // one instance per (source, relation, target, polarity) and sentence
    let mut seen = Vec::new();
    let mut k = start;
    while k < out.len() {
        let f = out[k];
        let key = (f.source, f.rel, f.target, f.polarity.is_negated());
        if f.source == f.target || seen.contains(&key) {
            out.remove(k);
        } else {
            seen.push(key);
            k += 1;
        }
    }
}

pub(super) enum Reading {
    Verb(RelationIx, VerbForm),
    Noun(RelationIx),
}

/// Decides whether an ambiguous trigger ("talks", "visit", "meeting") is a verb or a noun here.
pub(super) fn reading(
    s: &Sentence,
    t: usize,
    verb: Option<(RelationIx, VerbForm)>,
    noun: Option<RelationIx>,
) -> Reading {
    match (verb, noun) {
        (Some((r, f)), None) => Reading::Verb(r, f),
        (None, Some(r)) => Reading::Noun(r),
        (Some((vr, vf)), Some(nr)) => {
            let prev = t.checked_sub(1).map(|p| s.items[p].kind);
            let verbal = match prev {
                Some(Kind::Mention(m)) => !s.mentions[m].possessive && !s.mentions[m].compound,
                Some(Kind::Word(w)) => {
                    matches!(
                        w,
                        Word::Be
                            | Word::Have
                            | Word::Do
                            | Word::Modal
                            | Word::Negator
                            | Word::Pronoun(_)
                            | Word::Relative
                            | Word::That
                    ) || (w == Word::Prep(Prep::To) && vf == VerbForm::Base)
                }
                Some(Kind::Trigger {
                    word: Some(Word::Modal | Word::Negator),
                    ..
                }) => true,
                _ => false,
            };
            if verbal {
                Reading::Verb(vr, vf)
            } else {
                Reading::Noun(nr)
            }
        }
        (None, None) => Reading::Noun(RelationIx(0)),
    }
}
