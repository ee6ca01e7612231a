//! The extraction rules: for each trigger in a sentence, find who acts (subject, passive
//! by-agent, possessive, "between X and Y", relative-clause antecedent) and on whom (object,
//! prepositional object, recipient of a support verb), with coordination, negation and hedging.
//!
//! The rules walk the sentence's items left and right of a trigger and stop at clause boundaries
//! (speech verbs, "that", relative pronouns, subordinators, semicolons), so a relation in reported
//! speech belongs to the embedded clause, never to the speaker.

use super::items::{Item, Kind};
use crate::dict::gazetteer::Gazetteer;
use crate::dict::lexicon::{Lexicon, ObjectKind, RelIdx, VerbForm};
use crate::lang::en::grammar::{Prep, Word};
use crate::model::EntityKind;
use crate::tag::Mention;

/// How far (in items) the rules look for a subject or an object.
const SUBJECT_REACH: usize = 16;
const OBJECT_REACH: usize = 12;
/// Lower-case words (likely a noun phrase head) an object search may pass before it gives up.
const OBJECT_WORDS: usize = 2;

/// One sentence, ready for the rules: items and, per item, the entity it resolves to.
pub struct Sentence<'a> {
    pub items: &'a [Item],
    /// For a mention or pronoun item, the entity it names after coreference.
    pub ents: &'a [Option<usize>],
    pub mentions: &'a [Mention],
    pub gaz: &'a Gazetteer,
    pub lex: &'a Lexicon,
    pub text: &'a str,
}

/// A relation found in a sentence, before it becomes a [`crate::model::Relation`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub source: usize,
    pub target: usize,
    pub rel: RelIdx,
    pub negated: bool,
    pub hedged: bool,
    /// Item index of the trigger.
    pub trigger: usize,
}

/// Which side of a relation an argument fills (decides metonymy and place handling).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    Agent,
    Object(ObjectKind),
}

/// The object of a verb: entities, or "each other".
enum Object {
    None,
    Entities(Vec<usize>),
    Reciprocal,
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
        let key = (f.source, f.rel, f.target, f.negated);
        if f.source == f.target || seen.contains(&key) {
            out.remove(k);
        } else {
            seen.push(key);
            k += 1;
        }
    }
}

enum Reading {
    Verb(RelIdx, VerbForm),
    Noun(RelIdx),
}

/// Decides whether an ambiguous trigger ("talks", "visit", "meeting") is a verb or a noun here.
fn reading(s: &Sentence, t: usize, verb: Option<(RelIdx, VerbForm)>, noun: Option<RelIdx>) -> Reading {
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
        (None, None) => Reading::Noun(0),
    }
}

fn verb_rule(
    s: &Sentence,
    t: usize,
    rel: RelIdx,
    form: VerbForm,
    consumed: &mut [bool],
    out: &mut Vec<Found>,
) {
    let def = &s.lex.relations[rel];
    let objects = def.objects;
    let reduced = form == VerbForm::Past
        && matches!(
            s.items.get(t + 1).map(|i| i.kind),
            Some(Kind::Word(Word::Prep(Prep::By)))
        )
        && next_mention(s, t + 1).is_some();
    let passive = form == VerbForm::Past && (reduced || is_passive(s, t));
    let (negated, hedged) = polarity(s, t);
    let hedged = hedged || infinitive(s, t);
    let (agents, object) = if passive {
        let agent = by_agent(s, t);
        let patient = if reduced && !is_passive(s, t) {
            reduced_patient(s, t, objects)
        } else {
            subject(s, t, Slot::Object(objects))
        };
        (agent, patient.map_or(Object::None, Object::Entities))
    } else {
        let subj = verb_subject(s, t, form, Slot::Agent);
        let obj = object(s, t, objects, consumed);
        (subj, obj)
    };
    let Some(agents) = agents else { return };
    let mut emit = |a: usize, o: usize| {
        out.push(Found {
            source: a,
            target: o,
            rel,
            negated,
            hedged,
            trigger: t,
        })
    };
    match object {
        Object::Entities(objs) => {
            for &a in &agents {
                for &o in &objs {
                    emit(a, o);
                }
            }
        }
        Object::Reciprocal => {
            for &a in &agents {
                for &o in &agents {
                    if a != o {
                        emit(a, o);
                    }
                }
            }
        }
        Object::None if def.symmetric => {
            for (k, &a) in agents.iter().enumerate() {
                for &o in &agents[k + 1..] {
                    emit(a, o);
                }
            }
        }
        Object::None => {}
    }
}

fn noun_rule(s: &Sentence, t: usize, rel: RelIdx, out: &mut Vec<Found>) {
    let def = &s.lex.relations[rel];
    let mut agents: Vec<usize> = Vec::new();
    let mut objects: Vec<usize> = Vec::new();
    let mut negated = false;
    let mut hedged = false;
    // before the noun: "Putin's proposal", "his summit", "US proposals", "Kerry Lavrov talks"
    let mut j = t;
    let mut words = 0;
    while j > 0 {
        j -= 1;
        match s.items[j].kind {
            Kind::Mention(m) => {
                let place = s.ents[j].is_some_and(|e| s.gaz.entities[e].kind == EntityKind::Place);
                if place && !s.mentions[m].possessive {
                    continue; // "the Helsinki summit": where, not who
                }
                let Some(e) = arg(s, j, Slot::Agent) else { break };
                agents.push(e);
                if s.mentions[m].possessive {
                    break;
                }
            }
            Kind::Word(Word::PossessivePronoun(_)) => {
                if let Some(e) = s.ents[j] {
                    agents.push(e);
                }
                break;
            }
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
    let conflictual = def
        .cameo
        .get(..2)
        .and_then(|r| r.parse::<u32>().ok())
        .is_some_and(|r| r >= 11);
    // "calls for the United States to": the trigger phrase ends in its preposition
    let phrase = &s.text[s.items[t].start..s.items[t].end];
    let last_word = phrase.rsplit(' ').next().unwrap_or("");
    if phrase.contains(' ')
        && matches!(
            last_word.to_ascii_lowercase().as_str(),
            "for" | "to" | "on" | "with" | "against"
        )
        && let Some(m) = next_mention(s, t)
    {
        objects = group(s, m, Slot::Object(def.objects));
    }
    // after the noun: "made by Putin", "between Kerry and Lavrov", "from Trump", "with Lavrov"
    let mut k = t + 1;
    let mut steps = 0;
    while k < s.items.len() && steps < 8 {
        steps += 1;
        match s.items[k].kind {
            Kind::Word(Word::Prep(p)) => {
                let Some(m) = next_mention(s, k) else {
                    k += 1;
                    continue;
                };
                match p {
                    Prep::By | Prep::From if agents.is_empty() => {
                        agents = group(s, m, Slot::Agent);
                    }
                    Prep::Between => {
                        agents = group(s, m, Slot::Agent);
                    }
                    Prep::With | Prep::To | Prep::For if objects.is_empty() => {
                        objects = group(s, m, Slot::Object(def.objects));
                    }
                    Prep::On | Prep::Against if objects.is_empty() && conflictual => {
                        objects = group(s, m, Slot::Object(def.objects));
                    }
                    Prep::Of if objects.is_empty() && !def.symmetric && k == t + 1 => {
                        objects = group(s, m, Slot::Object(def.objects));
                    }
                    Prep::Location if def.objects == ObjectKind::Place && objects.is_empty() => {
                        objects = group(s, m, Slot::Object(def.objects));
                    }
                    _ => {}
                }
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
    // a support verb lends its subject: "Kerry held talks with Lavrov"
    if agents.is_empty()
        && let Some((sv, recipient)) = support_verb(s, t)
    {
        if let Some(subj) = subject(s, sv, Slot::Agent) {
            agents = subj;
            let (n, h) = polarity(s, sv);
            negated |= n;
            hedged |= h || infinitive(s, sv);
        }
        if let Some(r) = recipient {
            let g = group(s, r, Slot::Object(def.objects));
            if !g.is_empty() {
                objects = g;
            }
        }
    }
    // "Merkel told him in a phone call": the noun relates the clause's own participants
    if agents.is_empty() && objects.is_empty() && in_prepositional_phrase(s, t) {
        let pairs: Vec<(usize, usize)> = out
            .iter()
            .filter(|f| f.trigger < t && t - f.trigger <= 8 && !f.negated)
            .map(|f| (f.source, f.target))
            .collect();
        if let Some(&(a, o)) = pairs.last() {
            agents = vec![a];
            objects = vec![o];
        }
    }
    let mut emit = |a: usize, o: usize| {
        out.push(Found {
            source: a,
            target: o,
            rel,
            negated,
            hedged,
            trigger: t,
        })
    };
    if !objects.is_empty() {
        for &a in &agents {
            for &o in &objects {
                emit(a, o);
            }
        }
    } else if def.symmetric {
        for (i, &a) in agents.iter().enumerate() {
            for &o in &agents[i + 1..] {
                emit(a, o);
            }
        }
    }
}

/// Whether the noun at `t` heads a phrase such as "in a phone call" or "during talks".
fn in_prepositional_phrase(s: &Sentence, t: usize) -> bool {
    let mut j = t;
    while j > 0 {
        j -= 1;
        let indefinite = |j: usize| {
            let w = &s.text[s.items[j].start..s.items[j].end];
            w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")
        };
        match s.items[j].kind {
            Kind::Word(Word::Determiner) if t - j <= 2 && indefinite(j) => {}
            Kind::Other { cap: false, .. } if t - j <= 2 => {}
            Kind::Word(Word::Prep(Prep::Location | Prep::Other)) => return true,
            _ => return false,
        }
    }
    false
}

/// The first mention item after `k` within a noun phrase (skipping determiners and title words).
fn next_mention(s: &Sentence, k: usize) -> Option<usize> {
    let mut i = k + 1;
    let mut lower = 0;
    while i < s.items.len() && i <= k + 8 {
        match s.items[i].kind {
            Kind::Mention(_) if modifier(s, i) => {}
            Kind::Mention(_) => return Some(i),
            Kind::Word(Word::Prep(Prep::Of)) if title_of(s, i) => {}
            Kind::Word(Word::Pronoun(_) | Word::PossessivePronoun(_)) if s.ents[i].is_some() => {
                return Some(i);
            }
            Kind::Word(Word::Determiner) | Kind::Other { cap: true, .. } | Kind::Punct(b'-') => {}
            Kind::Other { cap: false, .. } if lower < 2 => lower += 1,
            _ => return None,
        }
        i += 1;
    }
    None
}

/// A support verb governing the noun at `t` ("held talks", "presented Lavrov with proposals"),
/// with the recipient mention it passes, if any.
fn support_verb(s: &Sentence, t: usize) -> Option<(usize, Option<usize>)> {
    let mut j = t;
    let mut recipient = None;
    let mut steps = 0;
    while j > 0 && steps < 5 {
        j -= 1;
        steps += 1;
        match s.items[j].kind {
            Kind::Word(Word::Support)
            | Kind::Trigger {
                word: Some(Word::Support),
                ..
            } => {
                let w = &s.text[s.items[j].start..s.items[j].end];
                if !crate::lang::en::grammar::support_keeps_polarity(&w.to_ascii_lowercase()) {
                    return None;
                }
                return Some((j, recipient));
            }
            Kind::Word(Word::Determiner | Word::Prep(Prep::With)) | Kind::Other { .. } => {}
            Kind::Mention(_) if recipient.is_none() => recipient = Some(j),
            _ => return None,
        }
    }
    None
}

fn is_passive(s: &Sentence, t: usize) -> bool {
    let mut j = t;
    let mut steps = 0;
    while j > 0 && steps < 3 {
        j -= 1;
        steps += 1;
        match s.items[j].kind {
            Kind::Word(Word::Be) => return true,
            Kind::Word(Word::Negator)
            | Kind::Other {
                cap: false,
                num: false,
            } => {}
            _ => return false,
        }
    }
    false
}

/// Negation and hedging in the few items before a trigger or support verb.
fn polarity(s: &Sentence, t: usize) -> (bool, bool) {
    let (mut negated, mut hedged) = (false, false);
    let mut j = t;
    let mut steps = 0;
    while j > 0 && steps < 5 {
        j -= 1;
        steps += 1;
        match s.items[j].kind {
            Kind::Word(Word::Negator | Word::NegatingVerb) => negated = true,
            Kind::Trigger {
                word: Some(Word::Negator | Word::NegatingVerb),
                ..
            } => negated = true,
            Kind::Word(Word::Modal) => hedged = true,
            Kind::Word(Word::Plan) => hedged = true,
            Kind::Word(Word::Be | Word::Have | Word::Do | Word::Prep(Prep::To) | Word::Support) => {}
            Kind::Other { cap: false, .. } | Kind::Punct(b'"') => {}
            _ => break,
        }
    }
    (negated, hedged)
}

/// "to meet", "to invite": an infinitive reports an intention, not an act, unless a causative
/// verb governs it ("prompted the United States to impose sanctions").
fn infinitive(s: &Sentence, t: usize) -> bool {
    if t == 0 || !matches!(s.items[t - 1].kind, Kind::Word(Word::Prep(Prep::To))) {
        return false;
    }
    let causative = (t.saturating_sub(14)..t - 1)
        .rev()
        .any(|j| match s.items[j].kind {
            Kind::Other { cap: false, .. } => matches!(
                s.text[s.items[j].start..s.items[j].end]
                    .to_ascii_lowercase()
                    .as_str(),
                "prompted" | "forced" | "led" | "caused" | "compelled" | "pushed" | "drove"
            ),
            _ => false,
        });
    !causative
}

/// The patient of a reduced passive ("authorities backed by Russia"): the nearest mention to
/// the left, a possessor included ("Crimea's authorities ... backed by Russia").
fn reduced_patient(s: &Sentence, t: usize, objects: ObjectKind) -> Option<Vec<usize>> {
    let mut j = t;
    let mut steps = 0;
    while j > 0 && steps < 8 {
        j -= 1;
        steps += 1;
        match s.items[j].kind {
            Kind::Mention(_) => return arg(s, j, Slot::Object(objects)).map(|e| vec![e]),
            Kind::Word(Word::Speech | Word::That | Word::Relative | Word::Subordinator) => return None,
            Kind::Punct(b';' | b':' | b',') => return None,
            _ => {}
        }
    }
    None
}

/// The subject of the verb at `t`, handling clause shapes around it: a coordinated verb
/// ("... and accused the West") takes the subject of the verb before it; a participle after a
/// comma ("..., urging Moscow to") takes the sentence's subject; a parenthetical between commas
/// ("Lavrov, while making no promises, told him") is stepped over.
fn verb_subject(s: &Sentence, t: usize, form: VerbForm, slot: Slot) -> Option<Vec<usize>> {
    // "an invitation for Putin to visit Washington": the for-phrase is the infinitive's subject
    if t >= 2
        && matches!(s.items[t - 1].kind, Kind::Word(Word::Prep(Prep::To)))
        && matches!(s.items[t - 2].kind, Kind::Mention(_))
        && governing_prep(s, t - 2) == Some(Prep::For)
    {
        return Some(group(s, t - 2, slot));
    }
    match t.checked_sub(1).map(|p| s.items[p].kind) {
        Some(Kind::Word(Word::And)) => {
            if let Some(p) = previous_verb(s, t - 1)
                && let Some(g) = verb_subject(s, p, VerbForm::Past, slot)
            {
                return Some(g);
            }
            sentence_subject(s, t, slot)
        }
        Some(Kind::Punct(b',')) if form == VerbForm::Gerund => sentence_subject(s, t, slot),
        Some(Kind::Punct(b',')) => {
            let open = (t.saturating_sub(14)..t - 1)
                .rev()
                .find(|&c| matches!(s.items[c].kind, Kind::Punct(b',')));
            match open {
                Some(c) => subject(s, c, slot).or_else(|| subject(s, t, slot)),
                None => subject(s, t, slot),
            }
        }
        _ => subject(s, t, slot),
    }
}

/// The nearest verb trigger before `k` in the sentence.
fn previous_verb(s: &Sentence, k: usize) -> Option<usize> {
    (k.saturating_sub(20)..k).rev().find(|&p| match s.items[p].kind {
        Kind::Trigger { verb, noun, .. } => matches!(reading(s, p, verb, noun), Reading::Verb(..)),
        _ => false,
    })
}

/// Whether the mention `m` at item `j` can be a clause's subject: not a possessive ("Russia's
/// Foreign Ministry"), not half of a hyphen compound, not after a preposition, not a title
/// modifier ("U.S. President").
fn subject_position(s: &Sentence, m: usize, j: usize) -> bool {
    !(s.mentions[m].possessive || s.mentions[m].compound || governing_prep(s, j).is_some() || modifier(s, j))
}

/// The subject of the sentence's main clause: its first mention that reads as a subject.
fn sentence_subject(s: &Sentence, before: usize, slot: Slot) -> Option<Vec<usize>> {
    for j in 0..before {
        match s.items[j].kind {
            Kind::Mention(m) => {
                if !subject_position(s, m, j) {
                    continue;
                }
                if arg(s, j, slot).is_some() {
                    return Some(group(s, j, slot));
                }
                return None;
            }
            Kind::Word(Word::Pronoun(_)) => return s.ents[j].map(|e| vec![e]),
            Kind::Word(Word::Speech | Word::That | Word::Relative) => return None,
            _ => {}
        }
    }
    None
}

/// The subject of the verb at `t`: the nearest eligible mention to its left in the same clause,
/// with its coordinated mentions; a relative pronoun hands over to its antecedent.
fn subject(s: &Sentence, t: usize, slot: Slot) -> Option<Vec<usize>> {
    let mut j = t;
    let mut steps = 0;
    while j > 0 && steps < SUBJECT_REACH {
        j -= 1;
        steps += 1;
        match s.items[j].kind {
            Kind::Mention(m) => {
                if !subject_position(s, m, j) {
                    continue;
                }
                if arg(s, j, slot).is_some() {
                    return Some(group(s, j, slot));
                }
            }
            Kind::Word(Word::Pronoun(_)) => {
                if let Some(e) = s.ents[j] {
                    let mut g = vec![e];
                    // "he and Putin discussed"
                    if let Some(Kind::Word(Word::And)) = s.items.get(j + 1).map(|i| i.kind)
                        && matches!(s.items.get(j + 2).map(|i| i.kind), Some(Kind::Mention(_)))
                        && let Some(e2) = arg(s, j + 2, slot)
                    {
                        g.push(e2);
                    }
                    return Some(g);
                }
                return None;
            }
            Kind::Word(Word::Relative) => {
                return antecedent(s, j).map(|a| group(s, a, slot));
            }
            Kind::Word(Word::Speech | Word::That | Word::Subordinator | Word::But) => return None,
            Kind::Trigger {
                word: Some(Word::Speech | Word::That),
                ..
            } => return None,
            Kind::Punct(b';' | b':' | b'(' | b')' | b'[' | b']') => return None,
            _ => {}
        }
    }
    None
}

/// The mention a relative pronoun refers to: "Lavrov, who met Kerry".
fn antecedent(s: &Sentence, rel: usize) -> Option<usize> {
    let mut j = rel;
    while j > 0 && j + 3 > rel {
        j -= 1;
        match s.items[j].kind {
            Kind::Punct(b',') => {}
            Kind::Mention(_) => return Some(j),
            _ => return None,
        }
    }
    None
}

/// The agent of a passive: "was rejected by Kerry".
fn by_agent(s: &Sentence, t: usize) -> Option<Vec<usize>> {
    let end = (t + 6).min(s.items.len());
    for k in t + 1..end {
        if let Kind::Word(Word::Prep(Prep::By)) = s.items[k].kind {
            let m = next_mention(s, k)?;
            let g = group(s, m, Slot::Agent);
            return (!g.is_empty()).then_some(g);
        }
    }
    None
}

/// The object of the verb at `t`: the first eligible mention to its right before the clause ends.
/// Trigger nouns passed on the way ("rejected talks with Putin") are consumed by the verb.
fn object(s: &Sentence, t: usize, kind: ObjectKind, consumed: &mut [bool]) -> Object {
    let mut k = t + 1;
    let mut words = 0;
    let mut steps = 0;
    while k < s.items.len() && steps < OBJECT_REACH {
        steps += 1;
        match s.items[k].kind {
            Kind::Mention(_) => {
                let gp = governing_prep(s, k);
                if matches!(gp, Some(Prep::Location)) && kind != ObjectKind::Place {
                    return Object::None;
                }
                let after_possessive = matches!(
                    k.checked_sub(1).map(|p| s.items[p].kind),
                    Some(Kind::Word(Word::PossessivePronoun(_)))
                );
                let of_consumed = gp == Some(Prep::Of)
                    && k >= 2
                    && matches!(s.items[k - 1].kind, Kind::Word(Word::Prep(Prep::Of)))
                    && consumed[k - 2];
                if (of_consumed || !matches!(gp, Some(Prep::Of | Prep::By | Prep::Between)))
                    && !modifier(s, k)
                    && !after_possessive
                {
                    let g = group(s, k, Slot::Object(kind));
                    if !g.is_empty() {
                        return Object::Entities(g);
                    }
                }
            }
            Kind::Word(Word::Pronoun(_)) => {
                if let Some(e) = s.ents[k] {
                    return Object::Entities(vec![e]);
                }
                return Object::None;
            }
            Kind::Word(Word::PossessivePronoun(_)) => {
                // "her" as an object: not followed by a noun
                let next = s.items.get(k + 1).map(|i| i.kind);
                if !matches!(
                    next,
                    Some(Kind::Other { .. } | Kind::Trigger { .. } | Kind::Mention(_))
                ) && let Some(e) = s.ents[k]
                {
                    return Object::Entities(vec![e]);
                }
            }
            Kind::Word(Word::Reciprocal) => {
                let next = &s.text
                    [s.items.get(k + 1).map_or(0, |i| i.start)..s.items.get(k + 1).map_or(0, |i| i.end)];
                if next.eq_ignore_ascii_case("other") || next.eq_ignore_ascii_case("another") {
                    return Object::Reciprocal;
                }
            }
            Kind::Trigger { verb, noun, .. }
                if noun.is_some() && !matches!(reading(s, k, verb, noun), Reading::Verb(..)) =>
            {
                consumed[k] = true;
            }
            Kind::Trigger { .. } => return Object::None,
            Kind::Word(Word::Prep(Prep::Location)) if kind != ObjectKind::Place => return Object::None,
            Kind::Word(Word::Prep(_) | Word::Determiner | Word::Support | Word::Plan) => {}
            Kind::Word(Word::And | Word::Or) => {}
            Kind::Other { cap: true, .. } | Kind::Other { num: true, .. } => {}
            Kind::Other { .. } => {
                words += 1;
                if words > OBJECT_WORDS {
                    return Object::None;
                }
            }
            Kind::Punct(b'"' | b'\'' | b'-') => {}
            _ => return Object::None,
        }
        k += 1;
    }
    Object::None
}

/// The preposition that governs a mention, looking back over determiners and title words
/// ("by Russian President Vladimir Putin" → by).
fn governing_prep(s: &Sentence, i: usize) -> Option<Prep> {
    let mut j = i;
    let mut steps = 0;
    while j > 0 && steps < 6 {
        j -= 1;
        steps += 1;
        match s.items[j].kind {
            Kind::Word(Word::Prep(Prep::Of)) if title_of(s, j) => {}
            Kind::Word(Word::Prep(p)) => return Some(p),
            Kind::Word(Word::Determiner | Word::PossessivePronoun(_)) | Kind::Other { cap: true, .. } => {}
            Kind::Other { num: true, .. } => {}
            Kind::Mention(m) if !s.mentions[m].possessive && modifier(s, j) => {}
            _ => return None,
        }
    }
    None
}

/// A mention used as a modifier of a following name or title: "U.S. President Donald Trump",
/// "Russian Foreign Minister".
fn modifier(s: &Sentence, i: usize) -> bool {
    match s.items.get(i + 1).map(|x| x.kind) {
        Some(Kind::Other {
            cap: true,
            num: false,
        }) => {
            // a capitalised word followed by more title words, a name, or the end of a headline
            let word = &s.text[s.items[i + 1].start..s.items[i + 1].end];
            !crate::text::dates::is_calendar_word(word)
                && matches!(
                    s.items.get(i + 2).map(|x| x.kind),
                    None | Some(Kind::Other { cap: true, .. } | Kind::Mention(_) | Kind::Punct(_))
                        | Some(Kind::Word(Word::Prep(Prep::Of)))
                )
        }
        Some(Kind::Mention(_)) => true,
        _ => false,
    }
}

/// "of" inside a title between capitalised words: "Secretary of State".
fn title_of(s: &Sentence, j: usize) -> bool {
    j > 0
        && matches!(
            s.items[j - 1].kind,
            Kind::Other {
                cap: true,
                num: false
            }
        )
        && matches!(
            s.items.get(j + 1).map(|x| x.kind),
            Some(Kind::Other {
                cap: true,
                num: false
            })
        )
}

/// The entity a mention or pronoun item stands for in a slot, if it may fill it.
fn arg(s: &Sentence, i: usize, slot: Slot) -> Option<usize> {
    let e = s.ents.get(i).copied().flatten()?;
    let ent = &s.gaz.entities[e];
    if ent.kind != EntityKind::Place {
        return Some(e);
    }
    match slot {
        Slot::Object(ObjectKind::Place) => Some(e),
        _ => ent.stands_for.as_ref().and_then(|id| s.gaz.get(id)),
    }
}

/// A mention with the mentions coordinated with it: "Kerry and Lavrov", "the United States,
/// the European Union, and others", "U.S. Secretary of State John Kerry and Russian Foreign
/// Minister Sergey Lavrov". Commas alone coordinate only inside a list that has an "and"/"or".
fn group(s: &Sentence, i: usize, slot: Slot) -> Vec<usize> {
    let Some(e) = arg(s, i, slot) else {
        return Vec::new();
    };
    let mut right: Vec<(usize, Link)> = Vec::new();
    let mut k = i;
    while let Some((next, link)) = coordinated(s, k, true) {
        right.push((next, link));
        k = next;
    }
    let trailing_and = matches!(
        s.items.get(k + 1).map(|x| x.kind),
        Some(Kind::Word(Word::And | Word::Or))
    ) || matches!(
        (
            s.items.get(k + 1).map(|x| x.kind),
            s.items.get(k + 2).map(|x| x.kind)
        ),
        (Some(Kind::Punct(b',')), Some(Kind::Word(Word::And | Word::Or)))
    );
    let mut left: Vec<(usize, Link)> = Vec::new();
    let mut k = i;
    while let Some((prev, link)) = coordinated(s, k, false) {
        left.push((prev, link));
        k = prev;
    }
    let has_and = trailing_and || right.iter().chain(&left).any(|&(_, l)| l == Link::And);
    let mut out = vec![e];
    let keep = |l: Link| has_and || l == Link::And;
    for &(x, l) in &right {
        if !keep(l) {
            break;
        }
        if let Some(e) = arg(s, x, slot)
            && !out.contains(&e)
        {
            out.push(e);
        }
    }
    for &(x, l) in &left {
        if !keep(l) {
            break;
        }
        if let Some(e) = arg(s, x, slot)
            && !out.contains(&e)
        {
            out.insert(0, e);
        }
    }
    out
}

/// How two conjuncts are joined.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Link {
    And,
    Comma,
}

/// The next mention joined to item `i` by "and", "or" or a comma, in one direction.
fn coordinated(s: &Sentence, i: usize, right: bool) -> Option<(usize, Link)> {
    let mut link: Option<Link> = None;
    let mut titles = false;
    let mut k = i;
    for _ in 0..7 {
        k = if right { k + 1 } else { k.checked_sub(1)? };
        let item = s.items.get(k)?;
        match item.kind {
            Kind::Word(Word::And | Word::Or) => link = Some(Link::And),
            Kind::Punct(b',') if link.is_none() => {
                if titles {
                    return None; // "Russia, Foreign Minister Sergei Lavrov": not a list
                }
                link = Some(Link::Comma);
            }
            Kind::Word(Word::Determiner)
            | Kind::Other {
                cap: true,
                num: false,
            } => {
                if link.is_none() {
                    if right {
                        return None;
                    }
                    titles = true;
                }
            }
            Kind::Word(Word::Prep(Prep::Of)) if title_of(s, k) => {}
            // "EU leaders and the US": a conjunct with a lower-case head noun
            Kind::Other {
                cap: false,
                num: false,
            } if !right && link.is_some() => {
                let prev = k.checked_sub(1)?;
                return match s.items[prev].kind {
                    Kind::Mention(m) if !s.mentions[m].possessive => Some((prev, link?)),
                    _ => None,
                };
            }
            Kind::Mention(_) if link.is_some() && right && modifier(s, k) => {}
            Kind::Mention(m) if link.is_some() => {
                if !right && s.mentions[m].possessive {
                    return None;
                }
                if !right && modifier(s, k) && k + 1 != i {
                    continue; // a title modifier inside the previous conjunct: keep walking left
                }
                return Some((k, link?));
            }
            _ => return None,
        }
    }
    None
}
