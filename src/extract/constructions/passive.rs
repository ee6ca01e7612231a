//! The passive: "Putin was criticized by Merkel": the by-agent acts, the subject is the patient.

use super::{Applies, Args, Construction, Cue};
use crate::dict::lexicon::VerbForm;
use crate::extract::args::{by_agent, is_passive, subject};
use crate::extract::emit::Object;
use crate::extract::polarity::polarity;
use crate::extract::sentence::Slot;

/// "Putin was criticized by Merkel".
pub(super) const PASSIVE: Construction = Construction {
    name: "passive",
    example: "Putin was criticized by Merkel",
    find,
};

fn find(c: &mut Cue, a: &mut Args) -> Applies {
    if c.form != VerbForm::Past || !is_passive(c.s, c.t) {
        return Applies::No;
    }
    a.polarity = polarity(c.s, c.t);
    if let Some(agents) = by_agent(c.s, c.t) {
        a.agents = agents;
        a.object = subject(c.s, c.t, Slot::Object(c.def.objects)).map_or(Object::None, Object::Entities);
    }
    Applies::Yes
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    #[test]
    fn passive_table() {
        check(&[
            ("Putin was criticized by Merkel.", &["merkel criticized putin"]),
            // rejected: a patient that is no actor, an agent that is none
            ("The offer was rejected by Kerry.", &[]),
            ("Putin was criticized by the press.", &[]),
        ]);
    }
}
