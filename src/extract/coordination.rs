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
/// A comma before "and" ("Merkel, Trump, and Putin", the Oxford comma) joins a list only when
/// a comma-joined conjunct comes before it: "Putin criticized Ukraine, and Lavrov met" is two
/// clauses.
pub(super) fn coordinated(s: &Sentence, i: usize, right: bool) -> Option<(usize, Link)> {
    let mut link: Option<Link> = None;
    let mut titles = false;
    let mut oxford = false;
    let mut k = i;
    // "Kerry and his Russian counterpart Sergei Lavrov": the possessive phrase is the conjunct's
    if !right && let Some(p) = possessive_title(s, i) {
        k = p;
        titles = true;
    }
    for _ in 0..7 {
        k = if right { k + 1 } else { k.checked_sub(1)? };
        let item = s.items.get(k)?;
        match item.kind {
            Kind::Word(Word::And | Word::Or) => {
                oxford |= right && link == Some(Link::Comma);
                link = Some(Link::And);
            }
            Kind::Punct(b',') if oxford_comma(s, k, right, link) && !oxford => oxford = true,
            Kind::Word(Word::PossessivePronoun(_)) if right && link == Some(Link::And) => {
                k = title_name(s, k)? - 1; // "and his Russian counterpart Sergei Lavrov"
            }
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
                return conjuncts(s, (l, r), link?, oxford).then_some((k, link?));
            }
            _ => return None,
        }
    }
    None
}

/// Walking left, the comma at `k` right before the "and" already passed: an Oxford comma.
fn oxford_comma(s: &Sentence, k: usize, right: bool, link: Option<Link>) -> bool {
    !right && link == Some(Link::And) && matches!(s.items[k + 1].kind, Kind::Word(Word::And | Word::Or))
}

/// Whether the mentions `left` and `right`, joined by `link` (after an Oxford comma when
/// `oxford`), are conjuncts: not two clauses, and ", and" only after a list.
fn conjuncts(s: &Sentence, (left, right): (usize, usize), link: Link, oxford: bool) -> bool {
    if link == Link::And && joins_clauses(s, left, right) {
        return false;
    }
    // ", and" after a single conjunct joins two clauses
    !oxford || matches!(coordinated(s, left, false), Some((_, Link::Comma)))
}

/// The name a possessive noun phrase at `p` ends in: "his Russian counterpart Sergei Lavrov",
/// "her deputy John Smith" (a lower-case noun just before the name).
pub(super) fn title_name(s: &Sentence, p: usize) -> Option<usize> {
    let mut lower = 0;
    for k in p + 1..(p + 6).min(s.items.len()) {
        match s.items[k].kind {
            Kind::Other {
                cap: true,
                num: false,
            } => {}
            Kind::Other {
                cap: false,
                num: false,
            } if lower < 2 => lower += 1,
            Kind::Mention(m)
                if lower > 0
                    && !s.mentions[m].possessive
                    && matches!(s.items[k - 1].kind, Kind::Other { cap: false, .. }) =>
            {
                return Some(k);
            }
            _ => return None,
        }
    }
    None
}

/// The possessive pronoun that opens the noun phrase ending in the name at `i`, if any.
fn possessive_title(s: &Sentence, i: usize) -> Option<usize> {
    (i.saturating_sub(5)..i)
        .rev()
        .find(|&p| matches!(s.items[p].kind, Kind::Word(Word::PossessivePronoun(_))))
        .filter(|&p| title_name(s, p) == Some(i))
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

    /// ", and" (the Oxford comma) ends a list of three or more; after a single conjunct it joins
    /// two clauses.
    #[test]
    fn oxford_comma_table() {
        check(&[
            (
                "Merkel, Trump, and Putin met in Berlin.",
                &["merkel met putin", "merkel met trump", "putin met trump"],
            ),
            (
                "Merkel, Trump, and Kerry criticized Putin.",
                &[
                    "kerry criticized putin",
                    "merkel criticized putin",
                    "trump criticized putin",
                ],
            ),
            (
                "Putin met Merkel, Trump, and Kerry.",
                &["kerry met putin", "merkel met putin", "putin met trump"],
            ),
            // rejected: ", and" after one conjunct, with or without an adverb
            (
                "Putin criticized Ukraine, and Lavrov met Kerry.",
                &["kerry met lavrov", "putin criticized ukraine"],
            ),
            (
                "Putin criticized Ukraine, and Lavrov later met Kerry.",
                &["kerry met lavrov", "putin criticized ukraine"],
            ),
            (
                "Putin met Kerry, and Lavrov later criticized Merkel.",
                &["kerry met putin", "lavrov criticized merkel"],
            ),
        ]);
    }

    /// "his Russian counterpart Sergei Lavrov": a possessive noun phrase before the name, in a
    /// coordination or in apposition between commas.
    #[test]
    fn counterpart_table() {
        check(&[
            (
                "Kerry and his Russian counterpart Sergei Lavrov met in Geneva.",
                &["kerry met lavrov"],
            ),
            (
                "Kerry met his Russian counterpart, Sergei Lavrov, in Geneva.",
                &["kerry met lavrov"],
            ),
            (
                "Kerry met his Russian counterpart, Sergei Lavrov.",
                &["kerry met lavrov"],
            ),
            (
                "Putin met Kerry and his deputy Lavrov.",
                &["kerry met putin", "lavrov met putin"],
            ),
            // rejected: no name after the noun, a name that starts a clause or a list
            (
                "Kerry and his Russian counterpart met Lavrov.",
                &["kerry met lavrov"],
            ),
            ("Kerry met his counterpart, Lavrov said.", &[]),
            (
                "Kerry met his counterpart, and Lavrov criticized Merkel.",
                &["lavrov criticized merkel"],
            ),
            ("Kerry met the press, Lavrov and Merkel said.", &[]),
            ("Kerry criticized the plan, Lavrov, in Geneva.", &[]),
        ]);
    }

    /// "Russian and Ukrainian officials": a demonym coordinated with one before an agent noun
    /// acts too.
    #[test]
    fn demonym_table() {
        check(&[
            (
                "Russian and Ukrainian officials met in Minsk.",
                &["russia met ukraine"],
            ),
            (
                "Russian and Ukrainian officials criticized the EU.",
                &["russia criticized eu", "ukraine criticized eu"],
            ),
            (
                "Merkel met Russian and Ukrainian officials.",
                &["merkel met russia", "merkel met ukraine"],
            ),
            // rejected: no agent noun, a demonym in a title
            ("Russian and Ukrainian forces clashed in Crimea.", &[]),
            ("Merkel criticized Russian and Ukrainian media.", &[]),
            (
                "Russian President Putin and Ukrainian officials met.",
                &["putin met ukraine"],
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
