//! An anticipated event: "looking forward to talks with Putin": the subject of the anticipation
//! is the noun's agent, and the event is not yet real (hedged).

use super::cue::{Applies, Args, Construction, Cue};
use crate::extract::args::subject;
use crate::extract::sentence::{Sentence, Slot};
use crate::model::Polarity;

/// "Merkel is looking forward to talks with Putin".
pub(super) const ANTICIPATION: Construction = Construction {
    name: "anticipation",
    example: "Merkel is looking forward to talks with Putin",
    find,
};

fn find(c: &mut Cue, a: &mut Args) -> Applies {
    let Some(v) = anticipation(c.s, c.t) else {
        return Applies::No;
    };
    let Some(subj) = subject(c.s, v, Slot::Agent) else {
        return Applies::No;
    };
    a.agents = subj;
    a.polarity = a.polarity.and(Polarity::Hedged);
    Applies::Yes
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

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    #[test]
    fn anticipation_table() {
        check(&[
            (
                "Merkel said she was looking forward to talks with Putin.",
                &["merkel ?met putin"],
            ),
            ("Merkel is hoping for talks with Putin.", &["merkel ?met putin"]),
            (
                "Merkel looks forward to fresh talks with Putin.",
                &["merkel ?met putin"],
            ),
            // rejected: an anticipation with no subject in its clause
            ("Looking forward to talks with Putin is natural.", &[]),
        ]);
    }
}
