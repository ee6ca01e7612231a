//! From the arguments a rule found to findings: every agent with every object, each pair of
//! coordinated agents of a symmetric relation, or each agent with each other one ("each other").

use super::sentence::Found;
use crate::model::{EntityIx, Polarity, RelationIx};

/// The object side of a trigger: entities, "each other", or nothing found.
pub(super) enum Object {
    None,
    Entities(Vec<EntityIx>),
    Reciprocal,
}

/// One trigger's relation, polarity and place in the sentence, shared by its findings.
#[derive(Clone, Copy)]
pub(super) struct Trigger {
    pub rel: RelationIx,
    pub polarity: Polarity,
    /// Item index of the trigger.
    pub at: usize,
    /// The construction that read it.
    pub construction: &'static str,
}

/// Appends the findings of `agents` acting on `object`; with no object, a symmetric relation
/// relates the agents to one another ("Kerry and Lavrov met").
pub(super) fn emit(
    trigger: Trigger,
    agents: &[EntityIx],
    object: &Object,
    symmetric: bool,
    out: &mut Vec<Found>,
) {
    let mut push = |a: EntityIx, o: EntityIx| {
        out.push(Found {
            source: a,
            target: o,
            rel: trigger.rel,
            polarity: trigger.polarity,
            trigger: trigger.at,
            construction: trigger.construction,
        });
    };
    match object {
        Object::Entities(objs) => {
            for &a in agents {
                for &o in objs {
                    push(a, o);
                }
            }
        }
        Object::Reciprocal => {
            for &a in agents {
                for &o in agents {
                    if a != o {
                        push(a, o);
                    }
                }
            }
        }
        Object::None if symmetric => {
            for (k, &a) in agents.iter().enumerate() {
                for &o in &agents[k + 1..] {
                    push(a, o);
                }
            }
        }
        Object::None => {}
    }
}
