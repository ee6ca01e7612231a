//! A support verb lends its subject to the event noun it governs: "Kerry held talks with
//! Lavrov", "Merkel presented Putin with proposals", "imposed several rounds of sanctions on".

use super::cue::{Applies, Args, Construction, Cue};
use crate::extract::args::subject;
use crate::extract::coordination::group;
use crate::extract::emit::Object;
use crate::extract::items::Kind;
use crate::extract::polarity::polarity;
use crate::extract::sentence::{Sentence, Slot};
use crate::lang::en::grammar::{Prep, Word};

/// "Kerry held talks with Lavrov".
pub(super) const SUPPORT_VERB: Construction = Construction {
    name: "support verb",
    example: "Kerry held talks with Lavrov",
    find,
};

fn find(c: &mut Cue, a: &mut Args) -> Applies {
    let s = c.s;
    let Some((sv, recipient)) = support_verb(s, c.t) else {
        return Applies::No;
    };
    if let Some(subj) = subject(s, sv, Slot::Agent) {
        a.agents = subj;
        a.polarity = a.polarity.and(polarity(s, sv));
    }
    if let Some(r) = recipient {
        let g = group(s, r, Slot::Object(c.def.objects));
        if !g.is_empty() {
            a.object = Object::Entities(g);
        }
    }
    if a.agents.is_empty() {
        Applies::No
    } else {
        Applies::Yes
    }
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
                if !crate::lang::en::grammar::support_keeps_polarity(&s.word(j).to_ascii_lowercase()) {
                    return None;
                }
                return Some((j, recipient));
            }
            // "held their first full-fledged meeting"
            Kind::Word(Word::Determiner | Word::Prep(Prep::With))
            | Kind::Other { .. }
            | Kind::Punct(b'-' | b'$') => {}
            // "imposed several rounds of sanctions"
            Kind::Word(Word::Prep(Prep::Of)) if j > 0 && partitive(s, j - 1) => {}
            // "provided $200 million in aid"
            Kind::Word(Word::Prep(Prep::Location)) if j > 0 && amount(s, j - 1) => {}
            Kind::Mention(_) if recipient.is_none() => recipient = Some(j),
            _ => return None,
        }
    }
    None
}

/// Whether item `j` counts an amount: "$200 million", "5,000".
fn amount(s: &Sentence, j: usize) -> bool {
    matches!(s.items[j].kind, Kind::Other { num: true, .. })
        || s.word_in(j, crate::lang::en::grammar::AMOUNTS)
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
    fn support_verb_table() {
        check(&[
            (
                "Merkel presented Putin with proposals.",
                &["merkel proposed putin"],
            ),
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
                "Merkel and Putin held their first full-fledged meeting in Moscow.",
                &["merkel met putin"],
            ),
            ("Kerry did not hold talks with Lavrov.", &["kerry !met lavrov"]),
            (
                "The EU provided $50 million in support to Ukraine.",
                &["eu supported ukraine"],
            ),
            // rejected: "of" after a noun that counts nothing; a verb that only considers
            ("The United States imposed the cost of sanctions on Russia.", &[]),
            ("Merkel rejected the idea of Putin.", &[]),
            ("Merkel is considering talks with Putin.", &[]),
            ("The EU provided help in backing Ukraine.", &[]),
        ]);
    }
}
