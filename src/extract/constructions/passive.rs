//! The passive: "Putin was criticized by Merkel": the by-agent acts, the subject is the patient.

use super::cue::{Applies, Args, Construction, Cue};
use crate::extract::args::{by_agent, subject};
use crate::extract::emit::Object;
use crate::extract::phrases::Voice;
use crate::extract::sentence::Slot;

/// "Putin was criticized by Merkel".
pub(super) const PASSIVE: Construction = Construction {
    name: "passive",
    example: "Putin was criticized by Merkel",
    find,
};

fn find(c: &mut Cue, a: &mut Args) -> Applies {
    let (polarity, voice) = c.verb_group();
    if voice != Voice::Passive {
        return Applies::No;
    }
    a.polarity = polarity;
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
