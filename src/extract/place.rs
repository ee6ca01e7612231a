//! Where and as what a relation's sides acted: the place named in the trigger's clause, and the
//! roles and actor codes the gazetteer dates to the relation's day.

use super::actors::Actors;
use super::items::Kind;
use super::sentence::{Found, Sentence};
use crate::lang::en::grammar::{Prep, Word};
use crate::model::{Date, EntityIx, EntityKind};

/// The place a relation happened: a place named after "in"/"at" in the trigger's clause —
/// within a few words after it, or just before it ("In Paris, Kerry met Lavrov").
pub(super) fn place(s: &Sentence, f: &Found) -> Option<EntityIx> {
    const AFTER: usize = 20;
    const BEFORE: usize = 8;
    let located = |k: usize| -> Option<EntityIx> {
        let Kind::Mention(m) = s.items[k].kind else {
            return None;
        };
        if s.mentions[m].possessive
            || matches!(
                s.items.get(k + 1).map(|i| i.kind),
                Some(Kind::Other { cap: false, .. })
            )
        {
            return None; // "at a U.S. diplomatic residence": a modifier, not the place
        }
        let e = s.ents[k]?;
        let kind = s.actors.entity(e).kind;
        if !matches!(kind, EntityKind::Place | EntityKind::Country) || e == f.source || e == f.target {
            return None;
        }
        let mut j = k;
        while j > 0 {
            j -= 1;
            match s.items[j].kind {
                Kind::Word(Word::Prep(Prep::Location)) => return Some(e),
                Kind::Word(Word::Determiner) | Kind::Other { cap: true, .. } => {}
                _ => return None,
            }
        }
        None
    };
    let boundary = |k: usize| {
        matches!(
            s.items[k].kind,
            Kind::Word(Word::That | Word::Speech | Word::Relative | Word::Subordinator | Word::But)
                | Kind::Punct(b';' | b':')
        )
    };
    let mut after = None;
    for k in f.trigger + 1..s.items.len().min(f.trigger + 1 + AFTER) {
        if boundary(k) {
            break;
        }
        if let Some(p) = located(k) {
            after = Some(p);
            break;
        }
    }
    after.or_else(|| {
        for k in (f.trigger.saturating_sub(BEFORE)..f.trigger).rev() {
            if boundary(k) {
                return None;
            }
            if let Some(p) = located(k) {
                return Some(p);
            }
        }
        None
    })
}

/// The roles and codes of both sides on the relation's date.
pub(super) fn roles_at(g: Actors, s: EntityIx, t: EntityIx, date: Option<Date>) -> crate::model::RolesAtDate {
    let side = |e: EntityIx| {
        let ent = g.entity(e);
        match ent.role_on(date) {
            Some(r) => (
                r.title.clone(),
                if r.code.is_empty() {
                    ent.code.clone()
                } else {
                    r.code.clone()
                },
            ),
            None => (String::new(), ent.code.clone()),
        }
    };
    let (source_role, source_code) = side(s);
    let (target_role, target_code) = side(t);
    crate::model::RolesAtDate {
        source_role,
        source_code,
        target_role,
        target_code,
    }
}
