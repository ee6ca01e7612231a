//! Coordination: "Kerry and Lavrov", "the United States, the European Union, and others",
//! title-heavy conjuncts ("U.S. Secretary of State John Kerry and Russian Foreign Minister Sergey
//! Lavrov").

use super::items::Kind;
use super::phrase::{modifier, title_of};
use super::sentence::{Sentence, Slot, arg};
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
    let has_and = trailing_and || right.iter().chain(&left).any(|&(_, l)| l == Link::And);
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
                return Some((k, link?));
            }
            _ => return None,
        }
    }
    None
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
}
