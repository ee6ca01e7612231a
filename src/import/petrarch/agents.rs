//! Reads `Phoenix.agents.txt` (role nouns, their plurals, `!SET!` substitutions) into `agents.csv` rows.

use super::lines::{Comments, phrase_words};
use super::rows::{Agent, Import};
use crate::import::Skipped;
use std::collections::{HashMap, HashSet};

/// Substitution sets by name (`PERSON` → `MAN`, `WOMAN`).
type Sets = HashMap<String, Vec<String>>;

/// Reads the agents of one file into `imp`.
pub(super) fn parse_agents(file: &str, lines: &[(u64, String)], imp: &mut Import) {
    let mut comments = Comments::default();
    let mut sets = Sets::new();
    let mut seen = HashSet::new();
    for (n, raw) in lines {
        let line = comments.strip(raw);
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if let Some((name, members)) = substitution_set(line) {
            sets.insert(name, members);
            continue;
        }
        let skip = |reason: &'static str| Skipped::new(file, *n, reason, line);
        let (code, forms) = match agent_forms(line, &sets) {
            Ok(x) => x,
            Err(r) => {
                imp.skipped.push(skip(r));
                continue;
            }
        };
        for f in forms {
            let words = match phrase_words(&f) {
                Ok(w) => w,
                Err(r) => {
                    imp.skipped.push(skip(r));
                    continue;
                }
            };
            let phrase = words.join(" ").to_lowercase();
            if seen.insert((phrase.clone(), code.clone())) {
                imp.agents.push(Agent {
                    phrase,
                    code: code.clone(),
                    source: format!("{file}:{n}"),
                });
            }
        }
    }
}

/// A `!NAME! = A, B` line: the set's name and its members in upper case.
fn substitution_set(line: &str) -> Option<(String, Vec<String>)> {
    if !line.starts_with('!') {
        return None;
    }
    let (name, list) = line.split_once('=')?;
    let members = list
        .split(',')
        .map(|s| s.trim().to_uppercase())
        .filter(|s| !s.is_empty())
        .collect();
    Some((name.trim().trim_matches('!').to_string(), members))
}

/// The code of an agent line and every phrase it stands for (each substitution, each plural).
fn agent_forms(line: &str, sets: &Sets) -> Result<(String, Vec<String>), &'static str> {
    let open = line.find('[').ok_or("agent without a [code]")?;
    let close = line[open..].find(']').ok_or("'[' without ']'")?;
    let code = line[open + 1..open + close].trim().to_uppercase();
    if !code.contains('~') || code.trim_matches('~').is_empty() {
        return Err("agent code without '~' (~CODE or CODE~)");
    }
    let head = &line[..open];
    let (phrase, plural) = match head.find('{') {
        Some(b) => {
            let e = head[b..].find('}').ok_or("'{' without '}'")?;
            (&head[..b], Some(head[b + 1..b + e].trim()))
        }
        None => (head, None),
    };
    let phrase = phrase.trim().trim_end_matches('_');
    let mut forms = Vec::new();
    for (p, pluralise) in substitute(phrase, sets)? {
        forms.push(p.clone());
        if !pluralise {
            continue;
        }
        match plural {
            Some(list) => forms.extend(list.split_whitespace().map(str::to_string)),
            None => forms.push(plural_of(&p)),
        }
    }
    Ok((code, forms))
}

/// The phrases a `!SET!` marker stands for, each with whether it takes a plural: every member
/// replaces the marker, with no plural of its own; a phrase without a marker is itself.
fn substitute(phrase: &str, sets: &Sets) -> Result<Vec<(String, bool)>, &'static str> {
    let Some(s) = phrase.find('!') else {
        return Ok(vec![(phrase.to_string(), true)]);
    };
    let e = phrase[s + 1..].find('!').ok_or("'!' without its closing '!'")?;
    let name = &phrase[s + 1..s + 1 + e];
    let members = sets.get(name).ok_or("unknown substitution set")?;
    Ok(members
        .iter()
        .map(|m| (format!("{}{m}{}", &phrase[..s], &phrase[s + 2 + e..]), false))
        .collect())
}

/// The regular English plural of the last word (`S`, `ES` after S/SH/CH/X, `IES` after a
/// consonant and `Y`).
fn plural_of(p: &str) -> String {
    let up = p.to_uppercase();
    let consonant_y = up.ends_with('Y')
        && up
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| !matches!(c, 'A' | 'E' | 'I' | 'O' | 'U'));
    if consonant_y {
        format!("{}IES", &p[..p.len() - 1])
    } else if ["S", "SH", "CH", "X", "Z"].iter().any(|e| up.ends_with(e)) {
        format!("{p}ES")
    } else {
        format!("{p}S")
    }
}

#[cfg(test)]
mod tests {
    use super::super::lines::numbered;
    use super::*;

    #[test]
    fn agents_table() {
        let mut imp = Import::default();
        parse_agents(
            "a.txt",
            &numbered(
                "!PERSON! = MAN, WOMAN\nFOREIGN_MINISTER [~GOV]\nPOLICE {} [~COP]\n\
                 ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nCONGRESS!PERSON! [~LEG]\nHUMAN_RIGHTS_BODY [NGO~]\nNOCODE\n",
            ),
            &mut imp,
        );
        let got: Vec<&str> = imp.agents.iter().map(|a| a.phrase.as_str()).collect();
        assert_eq!(
            got,
            [
                "foreign minister",
                "foreign ministers",
                "police",
                "attorney general",
                "attorneys general",
                "congressman",
                "congresswoman",
                "human rights body",
                "human rights bodies"
            ]
        );
        assert_eq!(imp.skipped[0].reason, "agent without a [code]");
    }

    #[test]
    fn plurals_table() {
        assert_eq!(plural_of("BODY"), "BODIES");
        assert_eq!(plural_of("DAY"), "DAYS");
        assert_eq!(plural_of("WITNESS"), "WITNESSES");
        assert_eq!(plural_of("CHURCH"), "CHURCHES");
        assert_eq!(plural_of("MINISTER"), "MINISTERS");
    }
}
