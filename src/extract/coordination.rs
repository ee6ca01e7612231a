//! Coordination: "Kerry and Lavrov", "the United States, the European Union, and others",
//! title-heavy conjuncts ("U.S. Secretary of State John Kerry and Russian Foreign Minister Sergey
//! Lavrov").

use super::clause::starts_clause;
use super::items::Kind;
use super::phrase::{modifier, title_of};
use super::sentence::{Reading, Sentence, Slot, arg, reading};
use crate::lang::en::grammar::{Prep, Word};
use crate::model::EntityIx;

/// A mention with the mentions coordinated with it: "Kerry and Lavrov", "the United States,
/// the European Union, and others", "U.S. Secretary of State John Kerry and Russian Foreign
/// Minister Sergey Lavrov". Commas alone coordinate only inside a list that has an "and"/"or".
pub(super) fn group(s: &Sentence, i: usize, slot: Slot) -> Vec<EntityIx> {
    let Some(e) = arg(s, i, slot) else {
        return Vec::new();
    };
    let mut right: Vec<(usize, Link)> = Vec::new();
    let mut k = i;
    while let Some((next, link)) = coordinated(s, k, true) {
        right.push((next, link));
        k = next;
    }
    let trailing_and = matches!(
        s.items.get(k + 1).map(|x| x.kind),
        Some(Kind::Word(Word::And | Word::Or))
    ) || matches!(
        (
            s.items.get(k + 1).map(|x| x.kind),
            s.items.get(k + 2).map(|x| x.kind)
        ),
        (Some(Kind::Punct(b',')), Some(Kind::Word(Word::And | Word::Or)))
    );
    let mut left: Vec<(usize, Link)> = Vec::new();
    let mut k = i;
    while let Some((prev, link)) = coordinated(s, k, false) {
        left.push((prev, link));
        k = prev;
    }
    let has_and = trailing_and || s.headline || right.iter().chain(&left).any(|&(_, l)| l == Link::And);
    let mut out = vec![e];
    let keep = |l: Link| has_and || l == Link::And;
    for &(x, l) in &right {
        if !keep(l) {
            break;
        }
        if let Some(e) = arg(s, x, slot)
            && !out.contains(&e)
        {
            out.push(e);
        }
    }
    for &(x, l) in &left {
        if !keep(l) {
            break;
        }
        if let Some(e) = arg(s, x, slot)
            && !out.contains(&e)
        {
            out.insert(0, e);
        }
    }
    out
}

/// How two conjuncts are joined.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Link {
    And,
    Comma,
}

/// The next mention joined to item `i` by "and", "or" or a comma, in one direction.
pub(super) fn coordinated(s: &Sentence, i: usize, right: bool) -> Option<(usize, Link)> {
    let mut link: Option<Link> = None;
    let mut titles = false;
    let mut k = i;
    for _ in 0..7 {
        k = if right { k + 1 } else { k.checked_sub(1)? };
        let item = s.items.get(k)?;
        match item.kind {
            Kind::Word(Word::And | Word::Or) => link = Some(Link::And),
            Kind::Punct(b',') if link.is_none() => {
                if titles {
                    return None; // "Russia, Foreign Minister Sergei Lavrov": not a list
                }
                link = Some(Link::Comma);
            }
            Kind::Word(Word::Determiner)
            | Kind::Other {
                cap: true,
                num: false,
            } => {
                if link.is_none() {
                    if right {
                        return None;
                    }
                    titles = true;
                }
            }
            Kind::Word(Word::Prep(Prep::Of)) if title_of(s, k) => {}
            // "Merkel and other Western leaders": "other" before the later conjunct
            Kind::Other {
                cap: false,
                num: false,
            } if !right && link.is_none() && k + 1 == i && s.word_in(k, &["other"]) => {}
            // "EU leaders and the US": a conjunct with a lower-case head noun
            Kind::Other {
                cap: false,
                num: false,
            } if !right && link.is_some() => {
                let prev = k.checked_sub(1)?;
                return match s.items[prev].kind {
                    Kind::Mention(m) if !s.mentions[m].possessive => Some((prev, link?)),
                    _ => None,
                };
            }
            Kind::Mention(_) if link.is_some() && right && modifier(s, k) => {}
            Kind::Mention(m) if link.is_some() => {
                if !right && s.mentions[m].possessive {
                    return None;
                }
                if !right && modifier(s, k) && k + 1 != i {
                    continue; // a title modifier inside the previous conjunct: keep walking left
                }
                let (l, r) = if right { (i, k) } else { (k, i) };
                if link == Some(Link::And) && joins_clauses(s, l, r) {
                    return None;
                }
                return Some((k, link?));
            }
            _ => return None,
        }
    }
    None
}

/// Whether the "and" between the mentions at `left` and `right` joins two clauses, not two
/// conjuncts ("Russia annexed Crimea, and the United States sanctioned it"): a verb follows the
/// right mention, and the left one is the object of a verb before it.
fn joins_clauses(s: &Sentence, left: usize, right: usize) -> bool {
    starts_clause(s, right) && object_of_verb(s, left)
}

/// A verb before the mention at `m` in its clause, with only its object's words between.
fn object_of_verb(s: &Sentence, m: usize) -> bool {
    for j in (m.saturating_sub(8)..m).rev() {
        match s.items[j].kind {
            Kind::Trigger { verb, noun, .. } => {
                return matches!(reading(s, j, verb, noun), Reading::Verb(..));
            }
            Kind::Mention(_) if modifier(s, j) => {}
            Kind::Word(Word::Determiner | Word::Prep(_)) | Kind::Other { .. } | Kind::Punct(b'-') => {}
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    #[test]
    fn coordination_table() {
        check(&[
            ("Kerry and Lavrov met in London.", &["kerry met lavrov"]),
            (
                "Putin met Kerry and Lavrov.",
                &["kerry met putin", "lavrov met putin"],
            ),
            (
                "The United States, the European Union and others imposed sanctions on Russia.",
                &["eu sanctioned russia", "usa sanctioned russia"],
            ),
            (
                "Ukraine and Russia accuse each other of violations.",
                &["russia accused ukraine", "ukraine accused russia"],
            ),
        ]);
    }

    /// An "and" that joins two clauses joins no conjuncts: each clause keeps its own arguments.
    #[test]
    fn clause_and_table() {
        check(&[
            (
                "Putin criticized Ukraine, and the United States sanctioned Russia.",
                &["putin criticized ukraine", "usa sanctioned russia"],
            ),
            (
                "Putin met Kerry, and Lavrov criticized Merkel.",
                &["lavrov criticized merkel", "kerry met putin"],
            ),
            (
                "Trump criticized Merkel and Putin denied it.",
                &["trump criticized merkel"],
            ),
            // rejected: a shared object stays coordinated, and so does a coordinated subject
            (
                "Putin met Kerry and Lavrov in Geneva.",
                &["kerry met putin", "lavrov met putin"],
            ),
            (
                "Trump urged Merkel and Putin to talk.",
                &["trump urged merkel", "trump urged putin"],
            ),
            ("Kerry and Lavrov met in Geneva.", &["kerry met lavrov"]),
            // a headline's comma coordinates; prose keeps a lone comma apart
            ("Merkel, Putin Discuss Trade", &["merkel discussed putin"]),
            (
                "Merkel, the chancellor, met Putin in Berlin.",
                &["merkel met putin"],
            ),
            (
                "Trump and other Russian officials criticized Merkel.",
                &["russia criticized merkel", "trump criticized merkel"],
            ),
            (
                "Merkel said Kerry and Lavrov met in Geneva.",
                &["kerry met lavrov"],
            ),
            // an adverb, a date or a support verb between the second subject and its verb
            (
                "The EU sanctioned Russia and Ukraine quickly welcomed the move.",
                &["eu sanctioned russia"],
            ),
            (
                "Putin criticized Ukraine and Lavrov later met Kerry.",
                &["kerry met lavrov", "putin criticized ukraine"],
            ),
            (
                "Merkel urged Putin and Trump on Monday criticized Kerry.",
                &["merkel urged putin", "trump criticized kerry"],
            ),
            (
                "Trump criticized Merkel and Putin held talks with Kerry.",
                &["kerry met putin", "trump criticized merkel"],
            ),
            // rejected: an adverb after the last conjunct ends no clause
            (
                "Merkel criticized Putin and Trump sharply.",
                &["merkel criticized putin", "merkel criticized trump"],
            ),
            (
                "Merkel urged Putin and Trump quickly to talk.",
                &["merkel urged putin", "merkel urged trump"],
            ),
        ]);
    }
}
