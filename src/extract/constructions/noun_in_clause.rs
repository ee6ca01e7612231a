//! An event noun in a prepositional phrase of a clause that already relates two actors: "Merkel
//! told him in a phone call" relates the clause's own participants through the noun.

use super::cue::{Applies, Args, Construction, Cue};
use crate::extract::emit::Object;
use crate::extract::items::Kind;
use crate::extract::sentence::Sentence;
use crate::lang::en::grammar::{Prep, Word};

/// "Merkel told Putin in a phone call".
pub(super) const NOUN_IN_CLAUSE: Construction = Construction {
    name: "noun in clause",
    example: "Merkel told Putin in a phone call",
    find,
};

fn find(c: &mut Cue, a: &mut Args) -> Applies {
    if !matches!(a.object, Object::None) || !in_prepositional_phrase(c.s, c.t) {
        return Applies::No;
    }
    let t = c.t;
    let last = c
        .earlier
        .iter()
        .rev()
        .find(|f| f.trigger < t && t - f.trigger <= 8 && !f.polarity.is_negated());
    let Some(f) = last else {
        return Applies::No;
    };
    a.agents = vec![f.source];
    a.object = Object::Entities(vec![f.target]);
    Applies::Yes
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

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    #[test]
    fn noun_in_clause_table() {
        check(&[
            (
                "Merkel criticized Putin during a meeting.",
                &["merkel criticized putin", "merkel met putin"],
            ),
            // rejected: a denied act lends the noun nothing; a noun that is not in a phrase
            (
                "Merkel did not criticize Putin during a meeting.",
                &["merkel !criticized putin"],
            ),
            (
                "Merkel criticized Putin, and the meeting ended.",
                &["merkel criticized putin"],
            ),
        ]);
    }
}
