//! The verb rule: a verb trigger relates its subject (or passive by-agent) to its object.

use super::args::{object, subject, verb_subject};
use super::emit::{Object, Trigger, emit};
use super::items::Kind;
use super::passive::{by_agent, is_passive, reduced_patient};
use super::phrase::next_mention;
use super::polarity::polarity;
use super::sentence::{Found, Sentence, Slot};
use crate::dict::lexicon::VerbForm;
use crate::lang::en::grammar::{Prep, Word};
use crate::model::RelationIx;

pub(super) fn verb_rule(
    s: &Sentence,
    t: usize,
    rel: RelationIx,
    form: VerbForm,
    consumed: &mut [bool],
    out: &mut Vec<Found>,
) {
    let def = s.lex.relation(rel);
    let objects = def.objects;
    let reduced = form == VerbForm::Past
        && matches!(
            s.items.get(t + 1).map(|i| i.kind),
            Some(Kind::Word(Word::Prep(Prep::By)))
        )
        && next_mention(s, t + 1).is_some();
    let passive = form == VerbForm::Past && (reduced || is_passive(s, t));
    let polarity = polarity(s, t);
    let (agents, object) = if passive {
        let agent = by_agent(s, t);
        let patient = if reduced && !is_passive(s, t) {
            reduced_patient(s, t, objects)
        } else {
            subject(s, t, Slot::Object(objects))
        };
        (agent, patient.map_or(Object::None, Object::Entities))
    } else {
        let subj = verb_subject(s, t, form, Slot::Agent);
        let obj = object(s, t, objects, consumed);
        (subj, obj)
    };
    let Some(agents) = agents else { return };
    let trigger = Trigger { rel, polarity, at: t };
    emit(trigger, &agents, &object, def.symmetric, out);
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    /// What is discussed is no participant: the subjects discuss with each other and with a
    /// with-phrase.
    #[test]
    fn topic_table() {
        check(&[
            (
                "Merkel and Trump discussed trade and Ukraine.",
                &["merkel discussed trump"],
            ),
            (
                "Merkel discussed Ukraine with Putin.",
                &["merkel discussed putin"],
            ),
            ("Merkel discussed the Ukraine crisis.", &[]),
            ("Merkel discussed Russia.", &[]),
            ("Trump and Putin discussed proposals.", &["putin discussed trump"]),
        ]);
    }
}
