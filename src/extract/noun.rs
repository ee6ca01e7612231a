//! The noun rule: a trigger noun ("proposal", "talks", "meeting") relates the possessor or
//! modifiers before it ("Putin's proposal", "Kerry Lavrov talks") to the prepositional objects
//! after it ("with Lavrov", "between Kerry and Lavrov", "made by Putin"), or takes the subject of
//! a support verb ("Kerry held talks with Lavrov").

use super::args::subject;
use super::coordination::group;
use super::emit::{Object, Trigger, emit};
use super::items::Kind;
use super::phrase::next_mention;
use super::polarity::polarity as polarity_at;
use super::sentence::{Found, Sentence, Slot, arg};
use crate::dict::lexicon::{ObjectKind, RelationDef};
use crate::lang::en::grammar::{Prep, Word};
use crate::model::{EntityIx, EntityKind, Polarity, RelationIx};

/// The two sides a noun relates, as found so far.
#[derive(Default)]
struct Sides {
    agents: Vec<EntityIx>,
    objects: Vec<EntityIx>,
}

pub(super) fn noun_rule(s: &Sentence, t: usize, rel: RelationIx, out: &mut Vec<Found>) {
    let def = s.lex.relation(rel);
    let (agents, negated) = agents_before(s, t);
    let mut sides = Sides {
        agents,
        objects: phrase_object(s, t, def.objects).unwrap_or_default(),
    };
    let mut polarity = Polarity::from_flags(negated, false);
    after_noun(s, t, def, &mut sides);
    // a support verb lends its subject: "Kerry held talks with Lavrov"
    if sides.agents.is_empty()
        && let Some((sv, recipient)) = support_verb(s, t)
    {
        if let Some(subj) = subject(s, sv, Slot::Agent) {
            sides.agents = subj;
            polarity = polarity.and(polarity_at(s, sv));
        }
        if let Some(r) = recipient {
            let g = group(s, r, Slot::Object(def.objects));
            if !g.is_empty() {
                sides.objects = g;
            }
        }
    }
    // "looking forward to talks with Putin": the subject of the anticipation, not yet real
    if sides.agents.is_empty()
        && let Some(v) = anticipation(s, t)
        && let Some(subj) = subject(s, v, Slot::Agent)
    {
        sides.agents = subj;
        polarity = polarity.and(Polarity::from_flags(false, true));
    }
    // "After talks with Hollande, Merkel said ...": the main clause's subject held them
    if sides.agents.is_empty()
        && !sides.objects.is_empty()
        && let Some(g) = fronted_subject(s, t)
    {
        sides.agents = g;
    }
    // "Merkel told him in a phone call": the noun relates the clause's own participants
    if sides.agents.is_empty() && sides.objects.is_empty() && in_prepositional_phrase(s, t) {
        let pairs: Vec<(EntityIx, EntityIx)> = out
            .iter()
            .filter(|f| f.trigger < t && t - f.trigger <= 8 && !f.polarity.is_negated())
            .map(|f| (f.source, f.target))
            .collect();
        if let Some(&(a, o)) = pairs.last() {
            sides.agents = vec![a];
            sides.objects = vec![o];
        }
    }
    let object = if sides.objects.is_empty() {
        Object::None
    } else {
        Object::Entities(sides.objects)
    };
    let trigger = Trigger { rel, polarity, at: t };
    emit(trigger, &sides.agents, &object, def.symmetric, out);
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
    (agents, negated)
}

/// "calls for the United States to": a trigger phrase that ends in its preposition takes the
/// mention after it as object.
fn phrase_object(s: &Sentence, t: usize, kind: ObjectKind) -> Option<Vec<EntityIx>> {
    let phrase = &s.text[s.items[t].start..s.items[t].end];
    let last_word = phrase.rsplit(' ').next().unwrap_or("");
    if phrase.contains(' ')
        && matches!(
            last_word.to_ascii_lowercase().as_str(),
            "for" | "to" | "on" | "with" | "against"
        )
        && let Some(m) = next_mention(s, t)
    {
        return Some(group(s, m, Slot::Object(kind)));
    }
    None
}

/// The prepositional phrases after the noun: "made by Putin", "between Kerry and Lavrov",
/// "from Trump", "with Lavrov".
fn after_noun(s: &Sentence, t: usize, def: &RelationDef, sides: &mut Sides) {
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
            Kind::Word(Word::Prep(p)) => {
                let Some(m) = next_mention(s, k) else {
                    k += 1;
                    continue;
                };
                let first = k == t + 1;
                prepositional(s, p, m, def, conflictual, first, sides);
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

/// What the phrase "`p` (mention at `m`)" after the noun fills, if anything.
fn prepositional(
    s: &Sentence,
    p: Prep,
    m: usize,
    def: &RelationDef,
    conflictual: bool,
    first: bool,
    sides: &mut Sides,
) {
    let object = Slot::Object(def.objects);
    let empty = sides.objects.is_empty();
    match p {
        Prep::By | Prep::From if sides.agents.is_empty() => sides.agents = group(s, m, Slot::Agent),
        Prep::Between => sides.agents = group(s, m, Slot::Agent),
        Prep::With | Prep::To | Prep::For if empty => sides.objects = group(s, m, object),
        Prep::On | Prep::Against if empty && conflictual => sides.objects = group(s, m, object),
        Prep::Of if empty && !def.symmetric && first => sides.objects = group(s, m, object),
        Prep::Location if def.objects == ObjectKind::Place && empty => {
            sides.objects = group(s, m, object);
        }
        _ => {}
    }
}

/// Whether the noun at `t` heads a phrase such as "in a phone call" or "during talks".
fn in_prepositional_phrase(s: &Sentence, t: usize) -> bool {
    let mut j = t;
    while j > 0 {
        j -= 1;
        match s.items[j].kind {
            Kind::Word(Word::Determiner) if t - j <= 2 && s.indefinite(j) => {}
            Kind::Other { cap: false, .. } if t - j <= 2 => {}
            Kind::Word(Word::Prep(Prep::Location | Prep::Other)) => return true,
            _ => return false,
        }
    }
    false
}

/// A support verb governing the noun at `t` ("held talks", "presented Lavrov with proposals"),
/// with the recipient mention it passes, if any.
fn support_verb(s: &Sentence, t: usize) -> Option<(usize, Option<usize>)> {
    let mut recipient = None;
    for j in (t.saturating_sub(8)..t).rev() {
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
            // "held their first full-fledged meeting"
            Kind::Word(Word::Determiner | Word::Prep(Prep::With))
            | Kind::Other { .. }
            | Kind::Punct(b'-') => {}
            // "imposed several rounds of sanctions"
            Kind::Word(Word::Prep(Prep::Of)) if j > 0 && partitive(s, j - 1) => {}
            Kind::Mention(_) if recipient.is_none() => recipient = Some(j),
            _ => return None,
        }
    }
    None
}

/// The subject of the main clause when the noun at `t` is in a phrase fronted before it: "After
/// talks with Hollande, Merkel said". The phrase opens the sentence with a preposition or
/// subordinator, holds no verb, and ends in a comma that the subject follows with its verb.
fn fronted_subject(s: &Sentence, t: usize) -> Option<Vec<EntityIx>> {
    if !matches!(
        s.items.first()?.kind,
        Kind::Word(Word::Prep(_) | Word::Subordinator)
    ) {
        return None;
    }
    let comma = (t + 1..s.items.len()).find(|&k| matches!(s.items[k].kind, Kind::Punct(b',')))?;
    let verb_before = s.items[1..comma].iter().enumerate().any(|(j, it)| match it.kind {
        Kind::Trigger { verb, noun, .. } => {
            matches!(
                super::sentence::reading(s, j + 1, verb, noun),
                super::sentence::Reading::Verb(..)
            )
        }
        Kind::Word(Word::Be | Word::Have | Word::Modal | Word::Speech) => true,
        _ => false,
    });
    let subject = comma + 1;
    let Kind::Mention(m) = s.items.get(subject)?.kind else {
        return None;
    };
    if verb_before || !super::args::subject_position(s, m, subject) {
        return None;
    }
    let verb_after = matches!(
        s.items.get(subject + 1).map(|x| x.kind),
        Some(
            Kind::Trigger { verb: Some(_), .. }
                | Kind::Word(Word::Speech | Word::Be | Word::Have | Word::Modal)
        )
    );
    verb_after.then(|| group(s, subject, Slot::Agent))
}

/// The verb of an anticipation phrase right before the noun at `t` ("looking forward to",
/// "hoping for"), whose subject the noun's agent is.
fn anticipation(s: &Sentence, t: usize) -> Option<usize> {
    // the noun may have a determiner or an adjective before it: "forward to fresh talks"
    for end in (t.saturating_sub(3)..t).rev() {
        for phrase in crate::lang::en::grammar::ANTICIPATION {
            let n = phrase.split(' ').count();
            let Some(start) = (end + 1).checked_sub(n) else {
                continue;
            };
            if (start..=end)
                .zip(phrase.split(' '))
                .all(|(j, w)| s.word(j).eq_ignore_ascii_case(w))
            {
                return Some(start);
            }
        }
    }
    None
}

/// Whether item `j` is a partitive noun ("rounds" of "several rounds of sanctions").
fn partitive(s: &Sentence, j: usize) -> bool {
    matches!(s.items[j].kind, Kind::Other { cap: false, .. })
        && s.word_in(j, crate::lang::en::grammar::PARTITIVES)
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    #[test]
    fn noun_table() {
        check(&[
            (
                "Talks between Kerry and Lavrov lasted five hours.",
                &["kerry met lavrov"],
            ),
            (
                "Putin's proposal to Trump was discussed.",
                &["putin proposed trump"],
            ),
            (
                "A proposal made by Putin to Trump surprised many.",
                &["putin proposed trump"],
            ),
            (
                "Merkel presented Putin with proposals.",
                &["merkel proposed putin"],
            ),
        ]);
    }

    /// Partitives and participles between a noun and what governs it.
    #[test]
    fn partitive_table() {
        check(&[
            (
                "The United States imposed several rounds of sanctions on Russia.",
                &["usa sanctioned russia"],
            ),
            (
                "The EU imposed a new round of sanctions against Russia.",
                &["eu sanctioned russia"],
            ),
            (
                "Washington slapped a fresh package of sanctions on Russia.",
                &["usa sanctioned russia"],
            ),
            (
                "Merkel rejected a proposal made by Putin.",
                &["merkel rejected putin"],
            ),
            ("Merkel rejected a proposal by Putin.", &["merkel rejected putin"]),
            (
                "Merkel and Putin held their first full-fledged meeting in Moscow.",
                &["merkel met putin"],
            ),
            (
                "After talks with Trump, Merkel said the plan was sound.",
                &["merkel met trump"],
            ),
            (
                "During a meeting with Putin, Merkel criticized Trump.",
                &["merkel criticized trump", "merkel met putin"],
            ),
            (
                "Merkel said she was looking forward to talks with Putin.",
                &["merkel ?met putin"],
            ),
            ("Merkel is hoping for talks with Putin.", &["merkel ?met putin"]),
            // rejected: a fronted phrase with a verb, a subject after a preposition
            (
                "After Merkel held talks with Trump, it rained.",
                &["merkel met trump"],
            ),
            ("After talks with Trump, in Moscow, nothing changed.", &[]),
            // rejected: "of" after a noun that counts nothing
            ("The United States imposed the cost of sanctions on Russia.", &[]),
            ("Merkel rejected the idea of Putin.", &[]),
        ]);
    }
}
