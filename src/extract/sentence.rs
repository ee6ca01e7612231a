//! A sentence as the rules see it — its items and the entity each resolves to — and what the
//! rules find in it; shared by every rule file, so none of them imports another's types.

use super::actors::Actors;
use super::items::{Item, Kind};
use super::phrases::Phrases;
use crate::dict::lexicon::{Lexicon, ObjectKind, VerbForm};
use crate::lang::en::grammar::{Prep, Word};
use crate::model::{EntityIx, EntityKind, Polarity, RelationIx};
use crate::tag::Mention;

/// One sentence, ready for the rules: items and, per item, the entity it resolves to.
pub struct Sentence<'a> {
    pub items: &'a [Item],
    /// For a mention or pronoun item, the entity it names after coreference.
    pub ents: &'a [Option<EntityIx>],
    /// Plural anaphors ("they", "the two leaders"): the item and the actors it stands for.
    pub plurals: &'a [(usize, Vec<EntityIx>)],
    /// A headline: a comma joins conjuncts as "and" does ("Abe, Modi discuss trade").
    pub headline: bool,
    pub mentions: &'a [Mention],
    /// The entities mentions resolve to: the gazetteer's and the document's discovered ones.
    pub actors: Actors<'a>,
    pub lex: &'a Lexicon,
    pub text: &'a str,
    /// Its noun phrases, verb groups and clauses (empty while they are being read).
    pub phrases: &'a Phrases,
}

impl Sentence<'_> {
    /// The text of item `k`.
    pub(super) fn word(&self, k: usize) -> &str {
        let it = &self.items[k];
        &self.text[it.start..it.end]
    }

    /// Whether item `k` is one of `words` (any case).
    pub(super) fn word_in(&self, k: usize, words: &[&str]) -> bool {
        let w = self.word(k);
        words.iter().any(|x| w.eq_ignore_ascii_case(x))
    }

    /// Whether item `k` is the article "a" or "an".
    pub(super) fn indefinite(&self, k: usize) -> bool {
        matches!(self.items[k].kind, Kind::Word(Word::Determiner)) && self.word_in(k, &["a", "an"])
    }

    /// The actors the plural anaphor at item `k` stands for, if it was resolved.
    pub(super) fn plural_at(&self, k: usize) -> Option<&[EntityIx]> {
        self.plurals
            .iter()
            .find(|(i, _)| *i == k)
            .map(|(_, g)| g.as_slice())
    }
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
    /// The name of the construction that found it.
    pub construction: &'static str,
}

/// Which side of a relation an argument fills (decides metonymy and place handling).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
    Agent,
    Object(ObjectKind),
}

/// The entity a mention or pronoun item stands for in a slot, if it may fill it.
pub(super) fn arg(s: &Sentence, i: usize, slot: Slot) -> Option<EntityIx> {
    let e = s.ents.get(i).copied().flatten()?;
    let ent = s.actors.entity(e);
    if ent.kind != EntityKind::Place {
        return Some(e);
    }
    match slot {
        Slot::Object(ObjectKind::Place) => Some(e),
        _ => ent.stands_for.as_ref().and_then(|id| s.actors.get(id)),
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
                            | Word::Plural
                            | Word::Pair(_)
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
