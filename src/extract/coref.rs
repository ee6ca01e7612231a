//! Coreference within a document: titles ("the secretary of state") to the holder already named
//! or the only one in office, and he/she/him/his/her to the person they most likely continue.

use super::actors::Actors;
use super::items::{Item, Kind};
use crate::lang::en::grammar::{PairOf, Word};
use crate::model::{Date, EntityIx, EntityKind, Gender};
use crate::tag::{Mention, Target};
use std::collections::HashMap;

/// Whether the mention at `k` reads as the subject of a clause: not after a preposition, and
/// followed by a verb, an auxiliary or ", who".
pub(super) fn looks_like_subject(items: &[Item], k: usize) -> bool {
    let mut j = k;
    while j > 0 {
        j -= 1;
        match items[j].kind {
            Kind::Other { cap: true, .. } => {}
            Kind::Word(Word::Prep(_)) => return false,
            _ => break,
        }
    }
    match items.get(k + 1).map(|i| i.kind) {
        Some(Kind::Trigger { verb: Some(_), .. })
        | Some(Kind::Other {
            cap: false,
            num: false,
        }) => true,
        Some(Kind::Word(
            Word::Speech
            | Word::Be
            | Word::Have
            | Word::Do
            | Word::Modal
            | Word::NegatingVerb
            | Word::Support
            | Word::Negator,
        )) => true,
        Some(Kind::Punct(b',')) => matches!(
            items.get(k + 2).map(|i| i.kind),
            Some(Kind::Word(Word::Relative | Word::Subordinator))
        ),
        // "Kerry and Lavrov advanced": both are subjects
        Some(Kind::Word(Word::And)) => {
            matches!(items.get(k + 2).map(|i| i.kind), Some(Kind::Mention(_)))
                && looks_like_subject(items, k + 2)
        }
        _ => false,
    }
}

/// Coreference state of one document: who has been named, and who was named last.
pub(super) struct Coref<'g> {
    actors: Actors<'g>,
    date: Option<Date>,
    /// Entity → order of its latest mention.
    last_seen: HashMap<EntityIx, usize>,
    clock: usize,
    /// Persons of the latest sentence that named any, in order.
    pub(super) prev_persons: Vec<EntityIx>,
    /// The latest coordination of two or more actors ("Merkel and Hollande"), for "they".
    pub(super) group: Vec<EntityIx>,
    /// A plural noun came after the group ("... met rebels"): "they" is no longer sure.
    group_blocked: bool,
    /// Countries and organisations of the latest sentence that named any, subjects first, for
    /// "it" and "its".
    prev_states: Vec<EntityIx>,
}

/// Plural anaphors of one sentence: the item and the actors it stands for.
pub(super) type Plurals = Vec<(usize, Vec<EntityIx>)>;

impl<'g> Coref<'g> {
    pub(super) fn new(actors: Actors<'g>, date: Option<Date>) -> Coref<'g> {
        Coref {
            actors,
            date,
            last_seen: HashMap::new(),
            clock: 0,
            prev_persons: Vec::new(),
            group: Vec::new(),
            group_blocked: false,
            prev_states: Vec::new(),
        }
    }

    /// Fills `ents` with the entity each mention or pronoun item names.
    pub(super) fn resolve(
        &mut self,
        text: &str,
        items: &[Item],
        mentions: &[Mention],
        ents: &mut Vec<Option<EntityIx>>,
        plurals: &mut Plurals,
    ) {
        ents.clear();
        ents.resize(items.len(), None);
        plurals.clear();
        let mut coordination = Coordination::default();
        // persons, and states, named in this sentence: (entity, looks like a clause subject)
        let mut persons: Vec<(EntityIx, bool)> = Vec::new();
        let mut states: Vec<(EntityIx, bool)> = Vec::new();
        let mut unnamed = false; // an unlisted capitalised name came before (see `state`)
        for (k, it) in items.iter().enumerate() {
            let e = match it.kind {
                Kind::Mention(m) => match mentions[m].target {
                    Target::Entity(e) | Target::Demonym(e) => Some(e),
                    Target::Title(t) => self.title(t),
                },
                Kind::Word(Word::PossessivePronoun(g)) => self.possessive(g, &persons),
                Kind::Word(Word::Pronoun(g)) => self.pronoun(&text[it.start..it.end], g, &persons),
                Kind::Word(Word::It) if it_is_subject(text, items, k) => self.state(&states, unnamed),
                Kind::Word(Word::Determiner) if text[it.start..it.end].eq_ignore_ascii_case("its") => {
                    self.state(&states, unnamed)
                }
                Kind::Other { cap: true, .. } => {
                    unnamed = true;
                    None
                }
                Kind::Word(Word::Plural) => {
                    if let Some(g) = self.plural(items, coordination.end, k) {
                        plurals.push((k, g));
                    }
                    None
                }
                Kind::Word(Word::Pair(of)) => {
                    if let Some(g) = self.pair(of) {
                        plurals.push((k, g));
                    }
                    None
                }
                Kind::Other { cap: false, .. } if plural_noun(&text[it.start..it.end]) => {
                    self.group_blocked = true;
                    None
                }
                _ => None,
            };
            ents[k] = e;
            // "He urged him": a subject pronoun is a person of its sentence, so "him" is another
            if let (Kind::Word(Word::Pronoun(_)), Some(e)) = (it.kind, e) {
                let word = &text[it.start..it.end];
                if !["him", "himself", "herself"]
                    .iter()
                    .any(|o| word.eq_ignore_ascii_case(o))
                {
                    persons.push((e, true));
                }
                continue;
            }
            let (Kind::Mention(m), Some(e)) = (it.kind, e) else {
                continue;
            };
            if self.actors.entity(e).kind != EntityKind::Place
                && let Some(g) = coordination.see(items, k, e)
            {
                self.group.clone_from(g);
                self.group_blocked = false;
            }
            if matches!(mentions[m].target, Target::Demonym(_)) && plural_noun(&text[it.start..it.end]) {
                self.group_blocked = true; // "Russian officials"
            }
            self.clock += 1;
            self.last_seen.insert(e, self.clock);
            let named = match self.actors.entity(e).kind {
                EntityKind::Person => &mut persons,
                EntityKind::Country | EntityKind::Organization => &mut states,
                _ => continue,
            };
            named.push((e, looks_like_subject(items, k)));
        }
        // subjects first: "He" in the next sentence most often continues the subject
        if !persons.is_empty() {
            self.prev_persons = subjects_first(&persons);
        }
        self.prev_states = subjects_first(&states); // only the sentence just before
    }

    /// The person "he", "him" or "she" (`word`, of gender `g`) stands for: a subject of this
    /// sentence, else a person of the previous one; never the subject of its own clause for "him".
    fn pronoun(&self, word: &str, g: Gender, persons: &[(EntityIx, bool)]) -> Option<EntityIx> {
        let object = word.eq_ignore_ascii_case("him") || word.eq_ignore_ascii_case("himself");
        let latest_subject = persons.iter().rev().find(|p| p.1).map(|p| p.0);
        let here = if object {
            persons
                .iter()
                .rev()
                .map(|p| p.0)
                .find(|&p| Some(p) != latest_subject && self.compatible(p, g))
        } else {
            persons
                .iter()
                .rev()
                .filter(|p| p.1)
                .map(|p| p.0)
                .find(|&p| self.compatible(p, g))
        };
        here.or_else(|| {
            self.prev_persons
                .iter()
                .copied()
                .find(|&p| self.compatible(p, g) && (!object || Some(p) != latest_subject))
        })
    }

    /// The person "his" or "her" stands for: the latest of this sentence, else of the previous.
    fn possessive(&self, g: Gender, persons: &[(EntityIx, bool)]) -> Option<EntityIx> {
        persons
            .iter()
            .rev()
            .map(|p| p.0)
            .chain(self.prev_persons.iter().copied())
            .find(|&p| self.compatible(p, g))
    }

    /// A sentence passed unread (it names no one): "it" after it continues nothing before it.
    pub(super) fn pass_unread(&mut self) {
        self.prev_states.clear();
    }

    /// The country or organisation "it" or "its" stands for: the latest subject of this sentence,
    /// else its latest one, else the previous sentence's subject when no unlisted name
    /// (`unnamed`) came before in this one.
    fn state(&self, states: &[(EntityIx, bool)], unnamed: bool) -> Option<EntityIx> {
        states
            .iter()
            .rev()
            .find(|p| p.1)
            .or(states.last())
            .map(|p| p.0)
            .or_else(|| (!unnamed).then(|| self.prev_states.first().copied()).flatten())
    }

    /// The group "they" at item `k` stands for: the latest coordination, unless a plural noun
    /// came since; one of this sentence only across a clause boundary ("Merkel and Hollande said
    /// they would ...", never "Merkel and Hollande criticized them").
    fn plural(&self, items: &[Item], group_end: Option<usize>, k: usize) -> Option<Vec<EntityIx>> {
        if self.group.len() < 2 || self.group_blocked {
            return None;
        }
        if let Some(end) = group_end {
            let boundary = items[end + 1..k].iter().any(|it| {
                matches!(
                    it.kind,
                    Kind::Word(Word::Speech | Word::That | Word::Subordinator | Word::But | Word::Relative)
                        | Kind::Punct(b',' | b';')
                )
            });
            if !boundary {
                return None;
            }
        }
        Some(self.group.clone())
    }

    /// The two actors "the two leaders" stands for: the latest coordination of two, else the two
    /// persons the previous sentence named; of the kind the noun says.
    fn pair(&self, of: PairOf) -> Option<Vec<EntityIx>> {
        let fits = |g: &[EntityIx]| {
            g.len() == 2
                && g.iter().all(|&e| {
                    let kind = self.actors.entity(e).kind;
                    match of {
                        PairOf::Persons => kind == EntityKind::Person,
                        PairOf::States => kind != EntityKind::Person,
                        PairOf::Any => true,
                    }
                })
        };
        if fits(&self.group) {
            return Some(self.group.clone());
        }
        // `prev_persons` changes only once the sentence is read: still the previous sentence's
        fits(&self.prev_persons).then(|| self.prev_persons.clone())
    }

    fn compatible(&self, person: EntityIx, g: Gender) -> bool {
        self.actors.entity(person).gender.is_none_or(|pg| pg == g)
    }

    /// The holder of a title: one already named in the document, else the only one in office
    /// on the document's date.
    fn title(&self, t: usize) -> Option<EntityIx> {
        let holders: Vec<EntityIx> = self.actors.gaz.titles[t]
            .holders
            .iter()
            .filter(|&&(e, r)| self.actors.entity(e).roles[r].holds_on(self.date))
            .map(|&(e, _)| e)
            .collect();
        if let Some(&e) = holders
            .iter()
            .filter(|e| self.last_seen.contains_key(e))
            .max_by_key(|e| self.last_seen[e])
        {
            return Some(e);
        }
        let mut unique = holders.clone();
        unique.dedup();
        (unique.len() == 1).then(|| unique[0])
    }
}

/// The coordinations of actors of one sentence as it is read: "Merkel, Hollande and Renzi".
#[derive(Default)]
struct Coordination {
    run: Vec<EntityIx>,
    /// The item of the latest mention seen.
    last: Option<usize>,
    /// The item where the latest complete coordination ended.
    end: Option<usize>,
}

impl Coordination {
    /// Sees the actor `e` at mention item `k`; returns the coordination it completes (joined to
    /// the mention before by "and"), if any.
    fn see(&mut self, items: &[Item], k: usize, e: EntityIx) -> Option<&Vec<EntityIx>> {
        let joined = k >= 2 && self.last == Some(k - 2);
        self.last = Some(k);
        let link = k.checked_sub(1).map(|p| items[p].kind);
        match link {
            Some(Kind::Word(Word::And) | Kind::Punct(b',')) if joined => {
                if !self.run.contains(&e) {
                    self.run.push(e);
                }
            }
            _ => {
                self.run.clear();
                self.run.push(e);
                return None;
            }
        }
        let and = matches!(link, Some(Kind::Word(Word::And)));
        (and && self.run.len() >= 2).then(|| {
            self.end = Some(k);
            &self.run
        })
    }
}

/// The actors of a sentence, its subjects first.
fn subjects_first(named: &[(EntityIx, bool)]) -> Vec<EntityIx> {
    let mut next: Vec<EntityIx> = named.iter().filter(|p| p.1).map(|p| p.0).collect();
    for p in named.iter().filter(|p| !p.1) {
        if !next.contains(&p.0) {
            next.push(p.0);
        }
    }
    next.dedup();
    next
}

/// Whether "it" at item `k` is the subject of a clause about an actor: a verb or an auxiliary
/// follows, not "is" with an adjective ("it is unclear") or a verb of seeming ("it emerged").
fn it_is_subject(text: &str, items: &[Item], k: usize) -> bool {
    let word = |j: usize| items.get(j).map_or("", |x| &text[x.start..x.end]);
    let verb = |j: usize| {
        matches!(
            items.get(j).map(|x| x.kind),
            Some(
                Kind::Trigger { verb: Some(_), .. }
                    | Kind::Word(Word::Speech | Word::Support | Word::Modal | Word::Have)
            )
        )
    };
    match items.get(k + 1).map(|x| x.kind) {
        // "it later criticized", "it also said"
        Some(Kind::Other { cap: false, .. }) if verb(k + 2) => true,
        // "it is providing", "it was invited", "it is not planning"; not "it is clear"
        Some(Kind::Word(Word::Be)) => {
            let j = if matches!(items.get(k + 2).map(|x| x.kind), Some(Kind::Word(Word::Negator))) {
                k + 3
            } else {
                k + 2
            };
            match items.get(j).map(|x| x.kind) {
                Some(Kind::Trigger { verb: Some(_), .. } | Kind::Word(Word::Support | Word::Speech)) => true,
                Some(Kind::Other { cap: false, .. }) => {
                    let w = word(j);
                    w.ends_with("ing") || crate::lang::en::grammar::is_past_tense(w)
                }
                _ => false,
            }
        }
        Some(Kind::Word(
            Word::Have
            | Word::Do
            | Word::Modal
            | Word::Negator
            | Word::NegatingVerb
            | Word::Speech
            | Word::Support,
        ))
        | Some(Kind::Trigger { verb: Some(_), .. }) => true,
        Some(Kind::Other { cap: false, .. }) => {
            let w = word(k + 1);
            crate::lang::en::grammar::is_past_tense(w)
                && !crate::lang::en::grammar::EXPLETIVE_VERBS
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
        }
        _ => false,
    }
}

/// A lower-case plural noun ("rebels", "officials"): a plural that "they" may stand for instead.
fn plural_noun(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4 && b[b.len() - 1] == b's' && !matches!(b[b.len() - 2], b's' | b'u' | b'i' | b'\'')
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    /// "it" and "its" continue a country or organisation, as a subject or possessor; never an
    /// object, "it is clear", "it emerged".
    #[test]
    fn it_table() {
        check(&[
            (
                "Russia said it would support Ukraine.",
                &["russia ?supported ukraine"],
            ),
            (
                "The EU met Kerry. It later criticized Russia.",
                &["eu criticized russia", "eu met kerry"],
            ),
            ("The EU said its talks with Putin had failed.", &["eu met putin"]),
            (
                "Merkel criticized Russia and its allies.",
                &["merkel criticized russia"],
            ),
            (
                "The EU said it had delivered its own proposals to Ukraine.",
                &["eu proposed ukraine"],
            ),
            // rejected: "it" as an object, an expletive "it", "it" with no state named
            ("Russia annexed Crimea and Merkel criticized it.", &[]),
            (
                "Russia met Kerry. It is unclear whether Trump criticized Putin.",
                &["kerry met russia", "trump criticized putin"],
            ),
            (
                "It emerged that Putin criticized Merkel.",
                &["putin criticized merkel"],
            ),
            ("Kerry said it would criticize Putin.", &[]),
            ("Merkel met Putin. It was a long day.", &["merkel met putin"]),
            // an unlisted name before "its", or a sentence between, keeps the state out
            (
                "The EU met Kerry. Gazprom said its talks with Putin failed.",
                &["eu met kerry"],
            ),
            (
                "The EU met Kerry. Nothing changed. It later criticized Russia.",
                &["eu met kerry"],
            ),
        ]);
    }

    /// "they" and "the two leaders" stand for the coordination (or pair) named before.
    #[test]
    fn plural_table() {
        check(&[
            (
                "Merkel and Trump met in Washington. They criticized Putin.",
                &[
                    "merkel criticized putin",
                    "merkel met trump",
                    "trump criticized putin",
                ],
            ),
            (
                "Merkel met Trump. The two leaders condemned Russia.",
                &[
                    "merkel criticized russia",
                    "merkel met trump",
                    "trump criticized russia",
                ],
            ),
            (
                "Kerry and Lavrov said they would meet Merkel.",
                &["kerry ?met merkel", "lavrov ?met merkel"],
            ),
            (
                "Russia and Ukraine signed a deal. Putin criticized them.",
                &["putin criticized russia", "putin criticized ukraine"],
            ),
            (
                "Russia and Ukraine met. Both countries accused Trump.",
                &[
                    "russia accused trump",
                    "russia met ukraine",
                    "ukraine accused trump",
                ],
            ),
            // rejected: a plural noun after the group, "them" in the group's own clause, a pair
            // noun of the wrong kind, a lone antecedent
            (
                "Merkel and Trump met rebels. They criticized Putin.",
                &["merkel met trump"],
            ),
            ("Merkel and Trump criticized them.", &[]),
            (
                "Russia and Ukraine met. The two leaders condemned Trump.",
                &["russia met ukraine"],
            ),
            ("Merkel met rebels. They criticized Putin.", &[]),
            // "him" is never the subject of its own clause
            (
                "Kerry met Lavrov. He urged him to act.",
                &["kerry met lavrov", "kerry urged lavrov"],
            ),
            (
                "Kerry praised Lavrov. Later he criticized him.",
                &["kerry criticized lavrov"],
            ),
            (
                "Merkel, Trump and Putin met. The two leaders criticized Kerry.",
                &["merkel met putin", "merkel met trump", "putin met trump"],
            ),
        ]);
    }
}
