//! The reduced passive: "authorities backed by Russia": a past participle right before its
//! by-agent modifies the noun before it, which is the patient.

use super::cue::{Applies, Args, Construction, Cue};
use crate::dict::lexicon::VerbForm;
use crate::extract::args::{by_agent, reduced_patient};
use crate::extract::emit::Object;
use crate::extract::items::Kind;
use crate::extract::phrase::next_mention;
use crate::extract::phrases::Voice;
use crate::lang::en::grammar::{Prep, Word};

/// "Ukraine backed by the United States".
pub(super) const REDUCED_PASSIVE: Construction = Construction {
    name: "reduced passive",
    example: "Ukraine, backed by the United States, ...",
    find,
};

fn find(c: &mut Cue, a: &mut Args) -> Applies {
    let (s, t) = (c.s, c.t);
    let by_next = matches!(
        s.items.get(t + 1).map(|i| i.kind),
        Some(Kind::Word(Word::Prep(Prep::By)))
    );
    let (polarity, voice) = c.verb_group();
    if c.form != VerbForm::Past || !by_next || next_mention(s, t + 1).is_none() || voice == Voice::Passive {
        return Applies::No;
    }
    a.polarity = polarity;
    if let Some(agents) = by_agent(s, t) {
        a.agents = agents;
        a.object = reduced_patient(s, t, c.def.objects).map_or(Object::None, Object::Entities);
    }
    Applies::Yes
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    #[test]
    fn reduced_passive_table() {
        check(&[
            (
                "Ukraine backed by the United States criticized Russia.",
                &["ukraine criticized russia", "usa supported ukraine"],
            ),
            // rejected: a patient across a clause boundary
            ("Merkel said that, backed by Putin, nothing changed.", &[]),
        ]);
    }
}
