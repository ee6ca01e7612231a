//! The phrase layer: a sentence's noun phrases (a head — an actor, a title, an event noun —
//! with its determiners, modifiers and titles: "U.S. Secretary of State John Kerry" is one
//! phrase whose head is Kerry), verb groups (a trigger verb with its auxiliaries, modality,
//! negation, voice and form) and clauses (where a reported, relative, subordinate, participial
//! or parenthetical clause opens). Read in one pass over the items, into buffers reused from
//! sentence to sentence (by [`super::read_phrases`]); the constructions read verb groups from
//! here, and `explain` prints it.

use crate::dict::lexicon::VerbForm;
use crate::model::Polarity;
use std::ops::Range;

/// The phrases of one sentence.
#[derive(Debug, Default)]
pub struct Phrases {
    pub nouns: Vec<NounGroup>,
    pub verbs: Vec<VerbGroup>,
    pub clauses: Vec<Clause>,
}

/// A noun phrase: its items and its head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NounGroup {
    pub items: Range<usize>,
    pub head: usize,
    pub head_kind: Head,
}

/// What heads a noun phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Head {
    /// A named actor (after its titles and modifiers).
    Actor,
    /// A title standing for its holder ("the secretary of state").
    Title,
    /// A pronoun or plural anaphor.
    Pronoun,
    /// A trigger noun ("talks", "proposal").
    EventNoun,
}

/// A trigger verb with what qualifies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbGroup {
    /// The auxiliaries, negators and the verb.
    pub items: Range<usize>,
    /// The trigger verb.
    pub head: usize,
    pub form: VerbForm,
    pub voice: Voice,
    pub polarity: Polarity,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    Active,
    Passive,
}

/// Where a clause opens (it runs to the next opening).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    pub start: usize,
    pub kind: ClauseKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseKind {
    Main,
    /// After a verb of saying or "that": "said Russia had ...".
    Reported,
    /// After "who", "which": "Lavrov, who met Kerry".
    Relative,
    /// After "if", "when", "because", "after".
    Subordinate,
    /// A comma and an -ing verb: ", urging Moscow to".
    Participial,
    /// Between commas, with a verb of saying: ", he said,".
    Parenthetical,
}

impl ClauseKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClauseKind::Main => "main",
            ClauseKind::Reported => "reported",
            ClauseKind::Relative => "relative",
            ClauseKind::Subordinate => "subordinate",
            ClauseKind::Participial => "participial",
            ClauseKind::Parenthetical => "parenthetical",
        }
    }
}

impl Voice {
    pub fn as_str(self) -> &'static str {
        match self {
            Voice::Active => "active",
            Voice::Passive => "passive",
        }
    }
}

impl Head {
    pub fn as_str(self) -> &'static str {
        match self {
            Head::Actor => "actor",
            Head::Title => "title",
            Head::Pronoun => "pronoun",
            Head::EventNoun => "event noun",
        }
    }
}

impl Phrases {
    /// The verb group whose head is item `t`.
    pub(super) fn verb_at(&self, t: usize) -> Option<&VerbGroup> {
        self.verbs
            .binary_search_by_key(&t, |v| v.head)
            .ok()
            .map(|i| &self.verbs[i])
    }
}
