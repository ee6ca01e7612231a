//! The argument finders: who acts (the subject of a verb, across the clause shapes around it) and
//! on whom (the object of a verb), within one clause. A relative pronoun hands over to its
//! antecedent; a speech verb, "that" or a subordinator closes the clause (reported speech belongs
//! to the embedded clause, never to the speaker).

use super::clause::starts_clause;
use super::coordination::group;
use super::emit::Object;
use super::items::Kind;
use super::phrase::{governing_prep, modifier, next_mention, raising};
use super::sentence::{Reading, Sentence, Slot, arg, reading};
use crate::dict::lexicon::{ObjectKind, VerbForm};
use crate::lang::en::grammar::{Prep, Word};
use crate::model::EntityIx;

/// How far (in items) the rules look for a subject or an object.
const SUBJECT_REACH: usize = 16;
const OBJECT_REACH: usize = 12;
/// Lower-case words (likely a noun phrase head) an object search may pass before it gives up.
const OBJECT_WORDS: usize = 2;

/// The subject of the verb at `t`, handling clause shapes around it: a coordinated verb
/// ("... and accused the West") takes the subject of the verb before it; a participle after a
/// comma ("..., urging Moscow to") takes the sentence's subject; a parenthetical between commas
/// ("Lavrov, while making no promises, told him") is stepped over.
pub(super) fn verb_subject(s: &Sentence, t: usize, form: VerbForm, slot: Slot) -> Option<Vec<EntityIx>> {
    // "an invitation for Putin to visit Washington": the for-phrase is the infinitive's subject
    if t >= 2
        && matches!(s.items[t - 1].kind, Kind::Word(Word::Prep(Prep::To)))
        && matches!(s.items[t - 2].kind, Kind::Mention(_))
        && governing_prep(s, t - 2) == Some(Prep::For)
    {
        return Some(group(s, t - 2, slot));
    }
    match t.checked_sub(1).map(|p| s.items[p].kind) {
        // "met Lavrov and accused Russia", "did not criticize Obama but backed Hollande"
        Some(Kind::Word(Word::And | Word::But)) => {
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
pub(super) fn previous_verb(s: &Sentence, k: usize) -> Option<usize> {
    (k.saturating_sub(20)..k).rev().find(|&p| match s.items[p].kind {
        Kind::Trigger { verb, noun, .. } => matches!(reading(s, p, verb, noun), Reading::Verb(..)),
        _ => false,
    })
}

/// Whether the mention `m` at item `j` can be a clause's subject: not a possessive ("Russia's
/// Foreign Ministry"), not half of a hyphen compound, not after a preposition, not a title
/// modifier ("U.S. President").
pub(super) fn subject_position(s: &Sentence, m: usize, j: usize) -> bool {
    !(s.mentions[m].possessive || s.mentions[m].compound || governing_prep(s, j).is_some() || modifier(s, j))
}

/// The mention at `j` with its coordinated mentions, when it may fill `slot`.
fn subject_group(s: &Sentence, j: usize, slot: Slot) -> Option<Vec<EntityIx>> {
    arg(s, j, slot).is_some().then(|| group(s, j, slot))
}

/// The subject of the sentence's main clause: its first mention that reads as a subject.
pub(super) fn sentence_subject(s: &Sentence, before: usize, slot: Slot) -> Option<Vec<EntityIx>> {
    for j in 0..before {
        match s.items[j].kind {
            Kind::Mention(m) if subject_position(s, m, j) => return subject_group(s, j, slot),
            Kind::Word(Word::Pronoun(_) | Word::It) => return s.ents[j].map(|e| vec![e]),
            Kind::Word(Word::Plural | Word::Pair(_)) => return s.plural_at(j).map(<[_]>::to_vec),
            Kind::Word(Word::Speech | Word::That | Word::Relative) => return None,
            _ => {}
        }
    }
    None
}

/// The subject of the verb at `t`: the nearest eligible mention to its left in the same clause,
/// with its coordinated mentions; a relative pronoun hands over to its antecedent.
pub(super) fn subject(s: &Sentence, t: usize, slot: Slot) -> Option<Vec<EntityIx>> {
    for j in (t.saturating_sub(SUBJECT_REACH)..t).rev() {
        match s.items[j].kind {
            Kind::Mention(m) if subject_position(s, m, j) => {
                if let Some(g) = subject_group(s, j, slot) {
                    return Some(g);
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
            Kind::Word(Word::It) => return s.ents[j].map(|e| vec![e]),
            Kind::Word(Word::Plural | Word::Pair(_)) => return s.plural_at(j).map(<[_]>::to_vec),
            Kind::Word(Word::Relative) => {
                return antecedent(s, j).map(|a| group(s, a, slot));
            }
            Kind::Word(Word::Speech) if raising(s, j) => {}
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
pub(super) fn antecedent(s: &Sentence, rel: usize) -> Option<usize> {
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

/// The object of the verb at `t`: the first eligible mention to its right before the clause ends.
/// Trigger nouns passed on the way ("rejected talks with Putin") are consumed by the verb.
pub(super) fn object(s: &Sentence, t: usize, kind: ObjectKind, consumed: &mut [bool]) -> Object {
    let mut k = t + 1;
    let mut words = 0;
    let mut steps = 0;
    // the last mention passed over: its conjuncts are passed too ("refugees from Afghanistan and
    // Kosovo")
    let mut passed: Option<usize> = None;
    let mut about = false;
    while k < s.items.len() && steps < OBJECT_REACH {
        steps += 1;
        match s.items[k].kind {
            Kind::Mention(_) => {
                let conjunct = passed.is_some_and(|p| {
                    p + 2 == k
                        && matches!(
                            s.items[k - 1].kind,
                            Kind::Word(Word::And | Word::Or) | Kind::Punct(b',')
                        )
                });
                if conjunct {
                    passed = Some(k);
                    k += 1;
                    continue;
                }
                // after "about Turkey", the rest is the topic's ("entering the EU") but a with-phrase
                let here = if about { ObjectKind::Topic } else { kind };
                if let Some(found) = mention_object(s, k, here, consumed) {
                    return found;
                }
                about |= governing_prep(s, k) == Some(Prep::Other);
                passed = Some(k);
            }
            Kind::Word(
                Word::Pronoun(_) | Word::It | Word::Plural | Word::Pair(_) | Word::PossessivePronoun(_),
            ) => {
                if let Some(o) = pronoun_object(s, k) {
                    return o;
                }
            }
            Kind::Word(Word::Reciprocal)
                if k + 1 < s.items.len() && s.word_in(k + 1, &["other", "another"]) =>
            {
                return Object::Reciprocal;
            }
            Kind::Trigger { verb, noun, .. }
                if noun.is_some() && !matches!(reading(s, k, verb, noun), Reading::Verb(..)) =>
            {
                consumed[k] = true;
            }
            Kind::Trigger { .. } => return Object::None,
            Kind::Word(Word::Prep(Prep::Location)) if kind != ObjectKind::Place => return Object::None,
            Kind::Word(
                Word::Prep(_)
                | Word::Determiner
                | Word::Support
                | Word::Plan
                | Word::And
                | Word::Or
                | Word::Reciprocal,
            ) => {}
            Kind::Other { cap: true, .. } | Kind::Other { num: true, .. } => {}
            Kind::Other { .. } if kind == ObjectKind::Topic => {}
            Kind::Other { .. } => {
                words += 1;
                if words > OBJECT_WORDS {
                    return Object::None;
                }
            }
            Kind::Punct(b'"' | b'\'' | b'-') => {}
            // "met his Russian counterpart, Sergei Lavrov, in Geneva": the name in apposition
            Kind::Punct(b',') => match apposed_name(s, k) {
                Some(m) => {
                    k = m;
                    continue;
                }
                None => return Object::None,
            },
            _ => return Object::None,
        }
        k += 1;
    }
    Object::None
}

/// What the pronoun at `k` makes of an object search: the object, the end of the search, or
/// nothing (`None`: "her" before a noun, search on).
fn pronoun_object(s: &Sentence, k: usize) -> Option<Object> {
    let entities = |e: Option<EntityIx>| e.map_or(Object::None, |e| Object::Entities(vec![e]));
    match s.items[k].kind {
        Kind::Word(Word::Pronoun(_)) => Some(entities(s.ents[k])),
        // "it" as an object is most often a thing ("denied it"), and never resolved
        Kind::Word(Word::It) => Some(Object::None),
        Kind::Word(Word::Plural | Word::Pair(_)) => Some(
            s.plural_at(k)
                .map_or(Object::None, |g| Object::Entities(g.to_vec())),
        ),
        _ => her_object(s, k).map(|e| Object::Entities(vec![e])),
    }
}

/// "her" at `k` as an object (not followed by a noun), with the one it names.
fn her_object(s: &Sentence, k: usize) -> Option<EntityIx> {
    let next = s.items.get(k + 1).map(|i| i.kind);
    if matches!(
        next,
        Some(Kind::Other { .. } | Kind::Trigger { .. } | Kind::Mention(_))
    ) {
        return None;
    }
    s.ents[k]
}

/// The actor of the event a place possessor at `k` undergoes: "Crimea's annexation by Russia",
/// "Crimea's absorption into Russia".
fn place_event_agent(s: &Sentence, k: usize, kind: ObjectKind) -> Option<Vec<EntityIx>> {
    let mut j = k + 1;
    while j < s.items.len() && j <= k + 3 {
        match s.items[j].kind {
            Kind::Other { cap: false, .. } | Kind::Trigger { .. } => {}
            Kind::Word(Word::Prep(Prep::By)) => break,
            Kind::Word(Word::Prep(Prep::Other)) if s.word_in(j, crate::lang::en::grammar::INTO) => break,
            _ => return None,
        }
        j += 1;
    }
    let m = j + 1;
    if j == k + 1 || !matches!(s.items.get(m).map(|x| x.kind), Some(Kind::Mention(_))) {
        return None;
    }
    let g = group(s, m, Slot::Object(kind));
    (!g.is_empty()).then_some(g)
}

/// The name in apposition after the comma at `c`: a possessive or determined noun phrase for a
/// person ends before the comma ("his Russian counterpart, Sergei Lavrov,"), and the name after
/// it ends in a comma or the sentence's end.
fn apposed_name(s: &Sentence, c: usize) -> Option<usize> {
    let head = c.checked_sub(1)?;
    if !matches!(s.items[head].kind, Kind::Other { cap: false, .. })
        || !s.word_in(head, crate::lang::en::grammar::PERSON_NOUNS)
    {
        return None;
    }
    let opens = (head.saturating_sub(4)..head).rev().find(|&j| {
        matches!(
            s.items[j].kind,
            Kind::Word(Word::PossessivePronoun(_) | Word::Determiner)
        )
    })?;
    if !s.items[opens + 1..head]
        .iter()
        .all(|x| matches!(x.kind, Kind::Other { num: false, .. }))
    {
        return None;
    }
    let m = c + 1;
    let Kind::Mention(mi) = s.items.get(m)?.kind else {
        return None;
    };
    let closed = matches!(
        s.items.get(m + 1).map(|x| x.kind),
        None | Some(Kind::Punct(b',' | b'.'))
    );
    (closed && !s.mentions[mi].possessive).then_some(m)
}

/// What the mention at item `k` makes of an object search: the object (with its conjuncts),
/// the end of the search (a place phrase, a new clause), or nothing (`None`: search on).
fn mention_object(s: &Sentence, k: usize, kind: ObjectKind, consumed: &[bool]) -> Option<Object> {
    // "proposed a freeze and Canada has begun ...", "suggested Howard was planning cuts" (a
    // reported clause), "the sanctions the United States imposed": the search ends
    if starts_clause(s, k) {
        return Some(Object::None);
    }
    // "condemned Crimea's absorption into Russia": what befell a place was done by the actor of
    // its by- or into-phrase ("defended Crimea's decision" keeps the place)
    if let Kind::Mention(m) = s.items[k].kind
        && s.mentions[m].possessive
        && s.ents[k].is_some_and(|e| s.actors.entity(e).kind == crate::model::EntityKind::Place)
        && let Some(g) = place_event_agent(s, k, kind)
    {
        return Some(Object::Entities(g));
    }
    let gp = governing_prep(s, k);
    if matches!(gp, Some(Prep::Location)) && kind != ObjectKind::Place {
        return Some(Object::None);
    }
    if kind == ObjectKind::Topic && gp != Some(Prep::With) {
        return None; // what is talked of: "discussed Ukraine with Merkel"
    }
    let after_possessive = matches!(
        k.checked_sub(1).map(|p| s.items[p].kind),
        Some(Kind::Word(Word::PossessivePronoun(_)))
    );
    // "of", "from" or "(made) by" after a trigger noun the verb took: "rejected calls from
    // Putin", "rejected a proposal made by Putin"
    let noun_before = |j: usize| {
        consumed[j] || (j > 0 && matches!(s.items[j].kind, Kind::Word(Word::Support)) && consumed[j - 1])
    };
    let after_consumed = matches!(gp, Some(Prep::Of | Prep::From | Prep::By))
        && k >= 2
        && matches!(
            s.items[k - 1].kind,
            Kind::Word(Word::Prep(Prep::Of | Prep::From | Prep::By))
        )
        && noun_before(k - 2);
    if (after_consumed
        || !matches!(
            gp,
            Some(Prep::Of | Prep::By | Prep::Between | Prep::From | Prep::Other)
        ))
        && !modifier(s, k)
        && !after_possessive
    {
        let g = group(s, k, Slot::Object(kind));
        if !g.is_empty() {
            return Some(Object::Entities(g));
        }
    }
    None
}

/// Whether the past participle at `t` is passive: a form of "be" just before it ("was
/// rejected", "were not invited").
pub(super) fn is_passive(s: &Sentence, t: usize) -> bool {
    for j in (t.saturating_sub(3)..t).rev() {
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

/// The agent of a passive: "was rejected by Kerry".
pub(super) fn by_agent(s: &Sentence, t: usize) -> Option<Vec<EntityIx>> {
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

/// The patient of a reduced passive ("authorities backed by Russia"): the nearest mention to
/// the left, a possessor included ("Crimea's authorities ... backed by Russia").
pub(super) fn reduced_patient(s: &Sentence, t: usize, objects: ObjectKind) -> Option<Vec<EntityIx>> {
    for j in (t.saturating_sub(8)..t).rev() {
        match s.items[j].kind {
            Kind::Mention(_) => return arg(s, j, Slot::Object(objects)).map(|e| vec![e]),
            Kind::Word(Word::Speech | Word::That | Word::Relative | Word::Subordinator) => return None,
            Kind::Punct(b';' | b':' | b',') => return None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    #[test]
    fn clause_table() {
        check(&[
            (
                "Lavrov, who met Kerry on Friday, said little.",
                &["kerry met lavrov"],
            ),
            (
                "Merkel said Trump and Putin discussed proposals.",
                &["putin discussed trump"],
            ),
            (
                "Merkel said that Kerry told Lavrov the offer stands.",
                &["kerry told lavrov"],
            ),
            (
                "Kerry met Lavrov and accused Russia.",
                &["kerry accused russia", "kerry met lavrov"],
            ),
            (
                "Merkel did not criticize Trump but backed Putin.",
                &["merkel !criticized trump", "merkel supported putin"],
            ),
        ]);
    }

    /// What is not the object of a verb: a name that modifies a noun, a "from" phrase, the
    /// subject of a clause after "and"; and the objects that still are.
    #[test]
    fn object_table() {
        check(&[
            ("Merkel told a Russia news conference the deal was off.", &[]),
            ("Merkel urged Washington mayor John Smith to resign.", &[]),
            (
                "Merkel told an EU spokesman the deal was off.",
                &["merkel told eu"],
            ),
            ("Merkel told refugees from Ukraine to go home.", &[]),
            ("Putin proposed a freeze and Ukraine has begun its own.", &[]),
            (
                "Merkel rejected proposals from Putin.",
                &["merkel rejected putin"],
            ),
            ("Merkel told Putin the deal was off.", &["merkel told putin"]),
            ("Merkel suggested Putin was planning cuts.", &[]),
            ("Merkel suggested Russia saw Ukraine as a threat.", &[]),
            ("Merkel suggested Russia wanted peace.", &[]),
            ("Merkel suggested Russia quickly welcomed the plan.", &[]),
            ("Russia criticized the sanctions the United States imposed.", &[]),
            ("Merkel told refugees from Russia and Ukraine to go home.", &[]),
            // "about", "over", "during": what or when, never who
            ("Merkel and Trump met over Russia.", &["merkel met trump"]),
            (
                "Merkel and Trump met over Russia joining the EU.",
                &["merkel met trump"],
            ),
            ("Merkel met over Russia with Trump.", &["merkel met trump"]),
            (
                "Merkel told refugees from Russia and urged Ukraine to act.",
                &["merkel urged ukraine"],
            ),
            ("Merkel warned Putin would invade.", &[]),
            ("Merkel urged Putin not to invade.", &["merkel urged putin"]),
            (
                "Merkel suggested Putin criticized Trump.",
                &["putin criticized trump"],
            ),
            (
                "Merkel urged Putin and Trump to talk.",
                &["merkel urged putin", "merkel urged trump"],
            ),
            (
                "Merkel criticized the Russia of Putin.",
                &["merkel criticized russia"],
            ),
            // a place's event is the doing of its by- or into-phrase, never the place's
            (
                "Merkel condemned Crimea's annexation by Russia.",
                &["merkel criticized russia"],
            ),
            (
                "Merkel condemned Crimea's absorption into Russia.",
                &["merkel criticized russia"],
            ),
            ("Merkel condemned Crimea's annexation.", &[]),
            (
                "Merkel condemned Russia's annexation of Crimea.",
                &["merkel criticized russia"],
            ),
        ]);
    }
}
