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
mod cue;
mod event_noun;
mod fronted;
mod noun_in_clause;
mod passive;
mod reduced_passive;
mod relative_noun;
mod support_verb;

pub use cue::Construction;
pub(super) use cue::Cue;
use cue::{Applies, Args};

/// The verb constructions, tried in order: the first that applies reads the verb.
pub(super) const VERB: &[&Construction] = &[
    &passive::PASSIVE,
    &reduced_passive::REDUCED_PASSIVE,
    &relative_noun::RELATIVE_NOUN,
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
