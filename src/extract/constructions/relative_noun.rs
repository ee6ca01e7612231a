//! A relative clause on an event noun: "its annexation of Crimea that the West condemned": the
//! clause's subject acts on the noun's agent (the West criticized Russia), when the verb has no
//! object of its own.

use super::cue::{Applies, Args, Construction, Cue};
use crate::extract::args::{object, subject};
use crate::extract::emit::Object;
use crate::extract::items::Kind;
use crate::extract::noun_args::noun_phrase;
use crate::extract::sentence::{Reading, Sentence, Slot, reading};
use crate::lang::en::grammar::{Prep, Word};
use crate::model::RelationIx;

/// "the annexation that the West condemned".
pub(super) const RELATIVE_NOUN: Construction = Construction {
    name: "relative clause on a noun",
    example: "Russia's annexation of Crimea, which the West condemned",
    find,
};

fn find(c: &mut Cue, a: &mut Args) -> Applies {
    let s = c.s;
    if c.def.symmetric {
        return Applies::No;
    }
    let Some((noun, rel)) = antecedent_noun(s, c.t) else {
        return Applies::No;
    };
    if !matches!(object(s, c.t, c.def.objects, c.consumed), Object::None) {
        return Applies::No;
    }
    let Some(subj) = subject(s, c.t, Slot::Agent) else {
        return Applies::No;
    };
    let agents = noun_phrase(s, noun, s.lex.relation(rel)).agents;
    if agents.is_empty() {
        return Applies::No;
    }
    a.polarity = c.verb_group().0;
    a.agents = subj;
    a.object = Object::Entities(agents);
    Applies::Yes
}

/// The event noun a relative clause ending in the verb at `t` is about: "[annexation] of Crimea
/// that the West has condemned". The clause holds only its subject and auxiliaries.
fn antecedent_noun(s: &Sentence, t: usize) -> Option<(usize, RelationIx)> {
    let mut j = t;
    let mut subject = false;
    // back over the clause: auxiliaries, the subject and its determiners
    loop {
        j = j.checked_sub(1)?;
        match s.items[j].kind {
            Kind::Word(Word::Be | Word::Have | Word::Do | Word::Modal | Word::Determiner) => {}
            Kind::Mention(_) => subject = true,
            Kind::Word(Word::That | Word::Relative) if subject => break,
            _ => return None,
        }
    }
    // "that" may follow a comma and the noun's of-phrase: "annexation of Crimea, which"
    let mut k = j;
    for _ in 0..4 {
        k = k.checked_sub(1)?;
        match s.items[k].kind {
            Kind::Trigger { verb, noun, .. } => {
                return match reading(s, k, verb, noun) {
                    Reading::Noun(rel) => Some((k, rel)),
                    Reading::Verb(..) => None,
                };
            }
            Kind::Punct(b',') | Kind::Mention(_) | Kind::Word(Word::Prep(Prep::Of) | Word::Determiner) => {}
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    #[test]
    fn relative_noun_table() {
        check(&[
            (
                "Putin defended Russia's proposal that the EU rejected.",
                &["eu rejected russia"],
            ),
            (
                "Merkel recalled Russia's criticism, which Trump condemned.",
                &["trump criticized russia"],
            ),
            // rejected: a verb with an object of its own, a noun with no agent, a verb clause
            (
                "Putin defended Russia's proposal that the EU urged Ukraine to accept.",
                &["eu urged ukraine"],
            ),
            ("Merkel spoke of the proposal that the EU rejected.", &[]),
            (
                "Putin said that the EU rejected Ukraine.",
                &["eu rejected ukraine"],
            ),
        ]);
    }
}
