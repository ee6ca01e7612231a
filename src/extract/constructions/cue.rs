//! What a construction is and what it reads: the trigger with its sentence ([`Cue`]) and the
//! arguments found so far ([`Args`]).

use crate::dict::lexicon::{RelationDef, VerbForm};
use crate::extract::emit::Object;
use crate::extract::noun_args::{AgentsFrom, NounPhrase, noun_phrase};
use crate::extract::phrases::Voice;
use crate::extract::sentence::{Found, Sentence};
use crate::model::{EntityIx, Polarity, RelationIx};

/// A way English relates two actors through a trigger, by name.
#[derive(Debug)]
pub struct Construction {
    /// The name `explain` prints for the relations it finds ("active", "support verb").
    pub name: &'static str,
    /// What it reads, as an example phrase.
    pub example: &'static str,
    /// Fills the arguments it finds; says whether it applies here at all.
    pub(super) find: fn(&mut Cue, &mut Args) -> Applies,
}

/// Whether a construction reads the trigger: a verb construction that applies decides even when
/// it finds no agent (a passive without its by-agent is no active sentence); a noun construction
/// decides when it found the agents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Applies {
    Yes,
    No,
}

/// One trigger as the constructions see it.
pub(crate) struct Cue<'c, 'a> {
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
    pub(crate) fn new(
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
    pub(super) fn verb_group(&self) -> (Polarity, Voice) {
        match self.s.phrases.verb_at(self.t) {
            Some(v) => (v.polarity, v.voice),
            None => (Polarity::Asserted, Voice::Active),
        }
    }

    /// Fills `a` from the event noun's own phrase (its polarity and objects, and its agents when
    /// the part `from` named them); applies when it found the agents.
    pub(super) fn read_noun_phrase(&mut self, a: &mut Args, from: AgentsFrom) -> Applies {
        let p = self.noun_phrase();
        a.polarity = Polarity::from_flags(p.negated, false);
        if !p.objects.is_empty() {
            a.object = Object::Entities(p.objects.clone());
        }
        if p.agents_from != from || p.agents.is_empty() {
            return Applies::No;
        }
        a.agents = p.agents.clone();
        Applies::Yes
    }

    /// The event noun's phrase ("Putin's proposal to Trump"), read on first use.
    pub(super) fn noun_phrase(&mut self) -> &NounPhrase {
        let (s, t, def) = (self.s, self.t, self.def);
        self.noun.get_or_insert_with(|| noun_phrase(s, t, def))
    }
}

/// The arguments found so far for one trigger.
pub(crate) struct Args {
    pub agents: Vec<EntityIx>,
    pub object: Object,
    pub polarity: Polarity,
}

impl Args {
    pub(super) fn new() -> Args {
        Args {
            agents: Vec::new(),
            object: Object::None,
            polarity: Polarity::Asserted,
        }
    }
}
