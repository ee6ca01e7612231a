//! The extraction rules: for each trigger in a sentence, find who acts (subject, passive
//! by-agent, possessive, "between X and Y", relative-clause antecedent) and on whom (object,
//! prepositional object, recipient of a support verb), with coordination, negation and hedging.
//!
//! The rules walk the sentence's items left and right of a trigger and stop at clause boundaries
//! (speech verbs, "that", relative pronouns, subordinators, semicolons), so a relation in reported
//! speech belongs to the embedded clause, never to the speaker.

use super::grammar::{Prep, Word};
use super::items::{Item, Kind};
use super::lexicon::{Lexicon, ObjectKind, RelIdx, VerbForm};
use crate::gazetteer::Gazetteer;
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
    let passive = form == VerbForm::Past && is_passive(s, t);
    let (negated, hedged) = polarity(s, t);
    let hedged = hedged || infinitive(s, t);
    let (agents, object) = if passive {
        let agent = by_agent(s, t);
        let patient = subject(s, t, Slot::Object(objects));
        (agent, patient.map_or(Object::None, Object::Entities))
    } else {
        let subj = subject(s, t, Slot::Agent);
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
            Kind::Other { .. } if words < 2 && agents.is_empty() => words += 1,
            Kind::Punct(b'-') if agents.len() == 1 => {}
            Kind::Word(Word::And) if agents.len() == 1 => {}
            _ => break,
        }
    }
    agents.reverse();
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
                    Prep::With | Prep::To | Prep::For | Prep::On | Prep::Against if objects.is_empty() => {
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

/// The first mention item after `k` within a noun phrase (skipping determiners and title words).
fn next_mention(s: &Sentence, k: usize) -> Option<usize> {
    let mut i = k + 1;
    while i < s.items.len() && i <= k + 8 {
        match s.items[i].kind {
            Kind::Mention(_) if modifier(s, i) => {}
            Kind::Mention(_) => return Some(i),
            Kind::Word(Word::Prep(Prep::Of)) if title_of(s, i) => {}
            Kind::Word(Word::Pronoun(_) | Word::PossessivePronoun(_)) if s.ents[i].is_some() => {
                return Some(i);
            }
            Kind::Word(Word::Determiner) | Kind::Other { cap: true, .. } => {}
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
                if !super::grammar::support_keeps_polarity(&w.to_ascii_lowercase()) {
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

/// "to meet", "to invite": an infinitive reports an intention, not an act.
fn infinitive(s: &Sentence, t: usize) -> bool {
    t > 0 && matches!(s.items[t - 1].kind, Kind::Word(Word::Prep(Prep::To)))
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
                if s.mentions[m].possessive
                    || s.mentions[m].compound
                    || governing_prep(s, j).is_some()
                    || modifier(s, j)
                {
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
                if !matches!(gp, Some(Prep::Of | Prep::By | Prep::Between)) && !modifier(s, k) {
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
            // a capitalised word that is followed by more title words or a name
            matches!(
                s.items.get(i + 2).map(|x| x.kind),
                Some(Kind::Other { cap: true, .. } | Kind::Mention(_))
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
/// Minister Sergey Lavrov".
fn group(s: &Sentence, i: usize, slot: Slot) -> Vec<usize> {
    let mut out = Vec::new();
    let Some(e) = arg(s, i, slot) else {
        return out;
    };
    out.push(e);
    // rightwards
    let mut k = i;
    while let Some(next) = coordinated(s, k, true) {
        match arg(s, next, slot) {
            Some(e) if !out.contains(&e) => out.push(e),
            _ => {}
        }
        k = next;
    }
    // leftwards
    let mut k = i;
    while let Some(prev) = coordinated(s, k, false) {
        match arg(s, prev, slot) {
            Some(e) if !out.contains(&e) => out.insert(0, e),
            _ => {}
        }
        k = prev;
    }
    out
}

/// The next mention joined to item `i` by "and", "or" or a comma, in one direction.
fn coordinated(s: &Sentence, i: usize, right: bool) -> Option<usize> {
    let mut saw_conj = false;
    let mut k = i;
    for _ in 0..6 {
        k = if right { k + 1 } else { k.checked_sub(1)? };
        let item = s.items.get(k)?;
        match item.kind {
            Kind::Word(Word::And | Word::Or) | Kind::Punct(b',') => saw_conj = true,
            Kind::Word(Word::Determiner)
            | Kind::Other {
                cap: true,
                num: false,
            } => {
                if !saw_conj && right {
                    return None;
                }
            }
            Kind::Word(Word::Prep(Prep::Of)) if saw_conj && title_of(s, k) => {}
            Kind::Mention(_) if saw_conj && right && modifier(s, k) => {}
            Kind::Mention(m) if saw_conj => {
                if !right && (s.mentions[m].possessive || modifier(s, k) && k + 1 != i) {
                    // a title modifier inside the previous conjunct: keep walking left
                    if modifier(s, k) {
                        continue;
                    }
                    return None;
                }
                return Some(k);
            }
            Kind::Mention(_) if !right && !saw_conj => return None,
            Kind::Mention(_) => return None,
            _ => return None,
        }
    }
    None
}
