//! The extraction rules: for each trigger in a sentence, decide whether it reads as a verb or a
//! noun and read it with the [constructions](super::constructions) of that reading; keep one
//! instance per relation, pair and polarity.
//!
//! The argument finders walk the sentence's items left and right of a trigger and stop at clause
//! boundaries (speech verbs, "that", relative pronouns, subordinators, semicolons), so a relation
//! in reported speech belongs to the embedded clause, never to the speaker.

use super::constructions::{self, Construction, Cue};
use super::emit::{Trigger, emit};
use super::items::Kind;
use super::sentence::{Found, Reading, Sentence, reading};
use crate::dict::lexicon::VerbForm;
use crate::lang::en::grammar::{ARTICLES, Word};

/// What became of one trigger, for `explain`.
#[derive(Debug, Clone)]
pub struct Attempt {
    /// Item index of the trigger.
    pub trigger: usize,
    /// Read as a verb (or else as a noun).
    pub verb: bool,
    /// The construction that read it, if any did.
    pub construction: Option<&'static Construction>,
    pub outcome: Outcome,
}

/// Why a trigger yielded what it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It yielded this many relations.
    Found(usize),
    /// A verb before it took the noun into its object ("rejected talks with Putin").
    TakenByVerb,
    /// No construction found who acts.
    NoAgent,
    /// Agents, but no one acted on, and the relation is one-way (or one agent only).
    NoObject,
    /// A verb used as a noun or an adjective, after an article ("a press conference").
    NotAVerb,
    /// Every pair found relates an actor to itself, or repeats one already found.
    Repeated,
}

impl Outcome {
    /// The outcome as `explain` prints it.
    pub fn describe(self) -> String {
        match self {
            Outcome::Found(1) => "1 relation".to_string(),
            Outcome::Found(n) => format!("{n} relations"),
            Outcome::TakenByVerb => "part of the object of the verb before it".to_string(),
            Outcome::NoAgent => "rejected: no one acts (no subject, possessor or agent phrase)".to_string(),
            Outcome::NoObject => "rejected: no one acted on, and the relation needs one".to_string(),
            Outcome::NotAVerb => "rejected: a noun or an adjective here, after an article".to_string(),
            Outcome::Repeated => "rejected: relates an actor to itself, or repeats a relation".to_string(),
        }
    }
}

/// Runs every rule over the sentence and appends what it finds to `out`; with `trace`, says
/// what became of each trigger.
pub fn extract(s: &Sentence, out: &mut Vec<Found>, mut trace: Option<&mut Vec<Attempt>>) {
    let mut consumed = vec![false; s.items.len()];
    let start = out.len();
    let traced = trace.as_ref().map_or(0, |t| t.len());
    for t in 0..s.items.len() {
        let Kind::Trigger { verb, noun, .. } = s.items[t].kind else {
            continue;
        };
        let (rel, form, list) = match reading(s, t, verb, noun) {
            // "a press conference", "the accused", "the urge to": a verb the lexicon knows only
            // as a verb, used as a noun or an adjective
            Reading::Verb(..) if noun.is_none() && after_article(s, t) => {
                passed(trace.as_deref_mut(), t, Outcome::NotAVerb);
                continue;
            }
            Reading::Verb(rel, form) => (rel, form, constructions::VERB),
            Reading::Noun(rel) => (rel, VerbForm::Base, constructions::NOUN),
        };
        let is_verb = std::ptr::eq(list, constructions::VERB);
        if !is_verb && consumed[t] {
            passed(trace.as_deref_mut(), t, Outcome::TakenByVerb);
            continue;
        }
        let before = out.len();
        let (read, args) = {
            let mut cue = Cue::new(s, t, (rel, form), &mut consumed, &out[start..]);
            constructions::read(&mut cue, list)
        };
        if let Some(c) = read {
            let trigger = Trigger {
                rel,
                polarity: args.polarity,
                at: t,
                construction: c.name,
            };
            emit(
                trigger,
                &args.agents,
                &args.object,
                s.lex.relation(rel).symmetric,
                out,
            );
        }
        if let Some(tr) = trace.as_deref_mut() {
            let outcome = match read {
                None => Outcome::NoAgent,
                Some(_) if args.agents.is_empty() => Outcome::NoAgent,
                Some(_) if out.len() == before => Outcome::NoObject,
                Some(_) => Outcome::Found(out.len() - before),
            };
            tr.push(Attempt {
                trigger: t,
                verb: is_verb,
                construction: read,
                outcome,
            });
        }
    }
    dedup(out, start);
    if let Some(tr) = trace {
        for a in &mut tr[traced..] {
            if let Outcome::Found(_) = a.outcome {
                let kept = out[start..].iter().filter(|f| f.trigger == a.trigger).count();
                a.outcome = if kept == 0 {
                    Outcome::Repeated
                } else {
                    Outcome::Found(kept)
                };
            }
        }
    }
}

/// Notes in `trace` a trigger no construction read, and why.
fn passed(trace: Option<&mut Vec<Attempt>>, t: usize, outcome: Outcome) {
    if let Some(tr) = trace {
        tr.push(Attempt {
            trigger: t,
            verb: false,
            construction: None,
            outcome,
        });
    }
}

/// Whether the item before `t` is an article: "a", "an", "the".
fn after_article(s: &Sentence, t: usize) -> bool {
    t > 0 && matches!(s.items[t - 1].kind, Kind::Word(Word::Determiner)) && s.word_in(t - 1, ARTICLES)
}

/// Keeps one instance per (source, relation, target, polarity) of the findings from `start`,
/// and none that relates an actor to itself.
fn dedup(out: &mut Vec<Found>, start: usize) {
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
