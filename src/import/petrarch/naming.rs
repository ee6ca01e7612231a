//! How imported names are spelt (labels, aliases) and which aliases and demonyms are kept.

use crate::lang::en::names::{COUNTRY_ENDINGS, DEMONYM_ENDINGS, PARTICLES, REGNAL_NUMERALS};
use crate::lang::en::words;
use crate::model::EntityKind;

fn title_word(w: &str, first: bool) -> String {
    let lower = w.to_lowercase();
    if !first && PARTICLES.contains(&lower.as_str()) {
        return lower;
    }
    if w.contains('.') || w.starts_with('(') || REGNAL_NUMERALS.contains(&w) {
        return w.to_string();
    }
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    let mut seg_len = 0;
    for c in lower.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            start = false;
            seg_len = 1;
        } else {
            out.push(c);
            seg_len += 1;
        }
        // a new capital after a hyphen, and after O' / D' (O'Brien)
        if c == '-' || (c == '\'' && seg_len == 2) {
            start = true;
            seg_len = 0;
        }
    }
    out
}

/// A readable Title-Case label: "JOHN_KERRY_" → "John Kerry".
///
/// ```
/// use kgraph::import::petrarch::label_case;
/// assert_eq!(label_case(&["SERGEY".into(), "LAVROV".into()]), "Sergey Lavrov");
/// assert_eq!(
///     label_case(&["UNITED".into(), "STATES".into(), "OF".into(), "AMERICA".into()]),
///     "United States of America"
/// );
/// assert_eq!(label_case(&["BASHAR".into(), "AL-ASSAD".into()]), "Bashar Al-Assad");
/// ```
pub fn label_case(words: &[String]) -> String {
    words
        .iter()
        .enumerate()
        .map(|(i, w)| title_word(w, i == 0))
        .collect::<Vec<_>>()
        .join(" ")
}

/// An alias as kgraph spells it: Title Case, except short acronyms of countries and
/// organisations and words with dots; parenthesised qualifiers are dropped.
pub(super) fn alias_case(words: &[String], kind: EntityKind) -> String {
    let mut depth = 0i32;
    let words: Vec<String> = words
        .iter()
        .filter(|w| {
            let inside = depth > 0 || w.starts_with('(');
            depth += w.matches('(').count() as i32 - w.matches(')').count() as i32;
            !inside
        })
        .cloned()
        .collect();
    if words.len() == 1 && kind != EntityKind::Person && letters(&words[0]) <= 3 {
        return words[0].clone();
    }
    label_case(&words)
}

fn letters(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphabetic()).count()
}

/// Why an alias is not worth keeping, if it is not.
pub(super) fn alias_problem(alias: &str, kind: EntityKind) -> Option<&'static str> {
    let min = if kind == EntityKind::Person { 3 } else { 2 };
    if letters(alias) < min {
        return Some("alias too short");
    }
    if !alias.contains(' ') && alias.chars().any(char::is_lowercase) && words::is_common(alias) {
        return Some("alias is a common English word");
    }
    None
}

/// Whether a one-word name of a country is its demonym: it ends like one and shares its first
/// four letters with a word of the country's names ("Ukrainian" for "Ukraine").
pub(super) fn is_demonym(word: &str, country: &str) -> bool {
    let w = word.to_lowercase();
    if w.contains(' ') || COUNTRY_ENDINGS.iter().any(|e| w.ends_with(e)) {
        return false;
    }
    let suffix = DEMONYM_ENDINGS.iter().any(|s| w.ends_with(s));
    let common = country
        .to_lowercase()
        .split(' ')
        .any(|c| c.chars().zip(w.chars()).take_while(|(a, b)| a == b).count() >= 4 && c != w);
    suffix && common
}

#[cfg(test)]
mod tests {
    use super::super::lines::phrase_words;
    use super::*;

    #[test]
    fn casing_table() {
        let w = |s: &str| phrase_words(s).unwrap();
        assert_eq!(label_case(&w("JOHN_KERRY_")), "John Kerry");
        assert_eq!(
            label_case(&w("PRESIDENT HOSNI MURBARAK")),
            "President Hosni Murbarak"
        );
        assert_eq!(label_case(&w("SERGEY_V._LAVROV")), "Sergey V. Lavrov");
        assert_eq!(label_case(&w("SEAN_O'BRIEN_")), "Sean O'Brien");
        assert_eq!(label_case(&w("BAN_KI-MOON")), "Ban Ki-Moon");
        assert_eq!(label_case(&w("ELIZABETH_II")), "Elizabeth II");
        assert_eq!(alias_case(&w("U.S."), EntityKind::Country), "U.S.");
        assert_eq!(alias_case(&w("UN_"), EntityKind::Organization), "UN");
        assert_eq!(alias_case(&w("AMERICA_(USA)_"), EntityKind::Country), "America");
        assert_eq!(
            alias_case(&w("CONGO_(CONGO_REPUBLIC)"), EntityKind::Country),
            "Congo"
        );
        assert_eq!(alias_case(&w("LAVROV"), EntityKind::Person), "Lavrov");
    }

    #[test]
    fn demonyms_and_problems_table() {
        assert!(is_demonym("Ukrainian", "UKRAINE"));
        assert!(!is_demonym("Pakistan", "PAKISTAN ISLAMIC REPUBLIC"));
        assert!(!is_demonym("America", "UNITED STATES AMERICA"));
        assert_eq!(
            alias_problem("Hope", EntityKind::Country),
            Some("alias is a common English word")
        );
        assert_eq!(alias_problem("Al", EntityKind::Person), Some("alias too short"));
        assert_eq!(alias_problem("UN", EntityKind::Organization), None);
    }
}
