//! The named constructions: each reads one trigger in its sentence and finds who acts on whom.
//!
//! A verb trigger is read by the first verb construction that applies to it ([`VERB`]); a noun
//! trigger by the noun constructions in turn ([`NOUN`]), each completing what the ones before it
//! left open, until one has found the agents. Each construction is a value in a file of its own,
//! built from the shared argument finders ([`super::args`], [`super::noun_args`]), with its table
//! of test rows beside it. Adding one is a file here and a line in its list.

mod active;
mod anticipation;
mod between;
mod event_noun;
mod fronted;
mod noun_in_clause;
mod passive;
mod reduced_passive;
mod support_verb;

use super::emit::Object;
use super::noun_args::{NounPhrase, noun_phrase};
use super::phrases::Voice;
use super::sentence::{Found, Sentence};
use crate::dict::lexicon::{RelationDef, VerbForm};
use crate::model::{EntityIx, Polarity, RelationIx};

/// A way English relates two actors through a trigger, by name.
#[derive(Debug)]
pub struct Construction {
    /// The name `explain` prints for the relations it finds ("active", "support verb").
    pub name: &'static str,
    /// What it reads, as an example phrase.
    pub example: &'static str,
    /// Fills the arguments it finds; says whether it applies here at all.
    find: fn(&mut Cue, &mut Args) -> Applies,
}

/// The verb constructions, tried in order: the first that applies reads the verb.
pub(super) const VERB: &[&Construction] = &[
    &passive::PASSIVE,
    &reduced_passive::REDUCED_PASSIVE,
    &active::ACTIVE,
];

/// The noun constructions, in order: each may complete the arguments the ones before it left
/// open; the first to find the agents names the relation.
pub(super) const NOUN: &[&Construction] = &[
    &between::BETWEEN,
    &event_noun::EVENT_NOUN,
    &support_verb::SUPPORT_VERB,
    &anticipation::ANTICIPATION,
    &fronted::FRONTED,
    &noun_in_clause::NOUN_IN_CLAUSE,
];

/// Whether a construction reads the trigger: a verb construction that applies decides even when
/// it finds no agent (a passive without its by-agent is no active sentence); a noun construction
/// decides when it found the agents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Applies {
    Yes,
    No,
}

/// One trigger as the constructions see it.
pub(super) struct Cue<'c, 'a> {
    pub s: &'c Sentence<'a>,
    /// Item index of the trigger.
    pub t: usize,
    pub def: &'c RelationDef,
    /// The verb's form, for a verb reading.
    pub form: VerbForm,
    /// Trigger nouns a verb has taken into its object ("rejected talks with Putin").
    pub consumed: &'c mut [bool],
    /// What the sentence's earlier triggers found.
    pub earlier: &'c [Found],
    /// The event noun's own phrase, once read.
    noun: Option<NounPhrase>,
}

impl<'c, 'a> Cue<'c, 'a> {
    pub(super) fn new(
        s: &'c Sentence<'a>,
        t: usize,
        (rel, form): (RelationIx, VerbForm),
        consumed: &'c mut [bool],
        earlier: &'c [Found],
    ) -> Self {
        Cue {
            s,
            t,
            def: s.lex.relation(rel),
            form,
            consumed,
            earlier,
            noun: None,
        }
    }

    /// The polarity and voice of the trigger's verb group.
    fn verb_group(&self) -> (Polarity, Voice) {
        match self.s.phrases.verb_at(self.t) {
            Some(v) => (v.polarity, v.voice),
            None => (Polarity::Asserted, Voice::Active),
        }
    }

    /// The event noun's phrase ("Putin's proposal to Trump"), read on first use.
    fn noun_phrase(&mut self) -> &NounPhrase {
        let (s, t, def) = (self.s, self.t, self.def);
        self.noun.get_or_insert_with(|| noun_phrase(s, t, def))
    }
}

/// The arguments found so far for one trigger.
pub(super) struct Args {
    pub agents: Vec<EntityIx>,
    pub object: Object,
    pub polarity: Polarity,
}

impl Args {
    fn new() -> Args {
        Args {
            agents: Vec::new(),
            object: Object::None,
            polarity: Polarity::Asserted,
        }
    }
}

/// Reads the trigger with the constructions of its reading: the one that read it (if any) and
/// the arguments found.
pub(super) fn read(cue: &mut Cue, list: &[&'static Construction]) -> (Option<&'static Construction>, Args) {
    let mut args = Args::new();
    for &c in list {
        if (c.find)(cue, &mut args) == Applies::Yes {
            return (Some(c), args);
        }
    }
    (None, args)
}

/// Every construction, verb ones first, for `explain` and the README.
pub fn all() -> impl Iterator<Item = &'static Construction> {
    VERB.iter().chain(NOUN).copied()
}
