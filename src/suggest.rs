//! Gazetteer growth: names the gazetteer misses, found as frequent capitalised word sequences
//! that no alias covers, with a guessed type (a title before it → person; "in"/"to" before it
//! → place; an organisation word in it → organization) and a sample sentence.

use crate::dict::gazetteer::Gazetteer;
use crate::lang::en::names;
use crate::model::EntityKind;
use crate::tag::Tagger;
use std::collections::{BTreeMap, BTreeSet};

/// Titles that announce a person's name ("President", "Foreign Minister", "spokeswoman").
const TITLES: &[&str] = &[
    "president",
    "minister",
    "secretary",
    "ambassador",
    "general",
    "gen",
    "chancellor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "mr",
    "mrs",
    "ms",
    "dr",
    "senator",
    "sen",
    "rep",
    "representative",
    "governor",
    "gov",
    "king",
    "queen",
    "prince",
    "pope",
    "judge",
    "envoy",
    "adviser",
    "advisor",
    "aide",
    "leader",
    "premier",
    "pm",
    "mayor",
    "commander",
    "colonel",
    "col",
    "lieutenant",
    "lt",
    "captain",
    "director",
    "chairman",
    "chief",
    "prosecutor",
    "professor",
    "prof",
    "writer",
    "correspondent",
    "editor",
    "reporter",
    "analyst",
    "official",
    "foreign",
    "defense",
    "defence",
    "prime",
    "deputy",
    "vice",
    "interior",
    "finance",
    "national",
    "security",
    "special",
    "senior",
    "state",
    "affairs",
    "economy",
    "justice",
    "trade",
    "energy",
    "health",
    "critic",
];
/// Organisation words besides the shared [`names::ORG_WORDS`].
const MORE_ORG_WORDS: [&str; 1] = ["press"];
/// Capitalised words that are not names on their own.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "if",
    "in",
    "on",
    "at",
    "to",
    "for",
    "of",
    "by",
    "with",
    "from",
    "as",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "when",
    "where",
    "what",
    "who",
    "why",
    "how",
    "after",
    "before",
    "while",
    "since",
    "until",
    "although",
    "however",
    "meanwhile",
    "earlier",
    "later",
    "last",
    "next",
    "first",
    "more",
    "most",
    "some",
    "many",
    "no",
    "not",
    "all",
    "both",
    "mr",
    "mrs",
    "ms",
    "dr",
    "read",
    "click",
    "follow",
    "share",
    "support",
    "comment",
    "related",
    "latest",
    "continue",
    "reading",
    "your",
    "my",
    "so",
    "yet",
    "now",
    "then",
    "also",
    "even",
    "still",
    "such",
    "other",
    "one",
    "two",
    "three",
    "among",
    "about",
    "according",
    "western",
    "eastern",
    "northern",
    "southern",
    "do",
    "did",
    "does",
    "is",
    "was",
    "are",
    "were",
    "be",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
    "said",
    "says",
    "with",
    "without",
    "instead",
    "shortly",
    "unrest",
    "step",
    "staff",
    "direct",
];

/// One name the gazetteer lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub label: String,
    pub kind: EntityKind,
    pub count: usize,
    pub documents: usize,
    /// Shorter forms seen alone that this name covers ("Yatsenyuk" for "Arseniy Yatsenyuk").
    pub aliases: Vec<String>,
    /// A title seen before it ("Ukrainian PM").
    pub role: String,
    pub sample: String,
}

#[derive(Default)]
struct Tally {
    count: usize,
    docs: BTreeSet<usize>,
    votes: [usize; 4],
    role: BTreeMap<String, usize>,
    sample: String,
}

fn is_cap_word(w: &str) -> bool {
    if w.chars().any(|c| c.is_ascii_digit()) || w.split('-').any(|p| p.chars().count() == 1) {
        return false;
    }
    let mut c = w.chars();
    c.next().is_some_and(|f| f.is_uppercase()) && w.chars().any(|x| x.is_lowercase()) && w.len() > 1
        || (w.len() >= 3 && w.len() <= 5 && w.chars().all(|x| x.is_ascii_uppercase()))
        || (w.len() == 2 && TITLES.contains(&w.to_ascii_lowercase().as_str()))
}

/// "Ukrainians", "Europeans": peoples, not names to add.
fn is_people_plural(w: &str) -> bool {
    ["ians", "eans", "ans", "ese"].iter().any(|e| w.ends_with(e)) && w.chars().count() > 5
}

/// Collects suggestions over documents (`(name, text)` pairs).
pub fn suggest<'a>(
    gaz: &Gazetteer,
    docs: impl IntoIterator<Item = &'a str>,
) -> crate::error::Result<Vec<Suggestion>> {
    let tagger = Tagger::new(gaz)?;
    let mut tally: BTreeMap<String, Tally> = BTreeMap::new();
    // single capitalised words that open a sentence: names only if seen as names elsewhere
    let mut initials: BTreeMap<String, usize> = BTreeMap::new();
    for (di, original) in docs.into_iter().enumerate() {
        let text = crate::text::normalize::normalize(original);
        let mentions = tagger.tag(&text);
        let covered = |s: usize, e: usize| mentions.iter().any(|m| m.start < e && s < m.end);
        for range in crate::text::sentences::split(&text) {
            let sentence = &text[range.clone()];
            // words with byte offsets in the document
            let mut words: Vec<(usize, usize)> = Vec::new();
            let mut start = None;
            for (i, c) in sentence.char_indices() {
                let inside = c.is_alphanumeric() || c == '\'' || c == '-' || c == '.';
                match (inside, start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        words.push((range.start + s, range.start + i));
                        start = None;
                    }
                    _ => {}
                }
            }
            if let Some(s) = start {
                words.push((range.start + s, range.end));
            }
            let clean = |(s, e): (usize, usize)| {
                text[s..e]
                    .trim_end_matches(['.', '\'', '-'])
                    .trim_end_matches("'s")
            };
            let caps = words.iter().filter(|&&w| is_cap_word(clean(w))).count();
            if words.len() >= 4 && caps * 10 > words.len() * 6 {
                continue; // a headline in title case: every word is capitalised
            }
            let mut i = 0;
            while i < words.len() {
                let w = clean(words[i]);
                if !is_cap_word(w)
                    || NOT_NAMES.contains(&w.to_lowercase().as_str())
                    || covered(words[i].0, words[i].1)
                {
                    i += 1;
                    continue;
                }
                let mut j = i;
                while j + 1 < words.len() {
                    let next = clean(words[j + 1]);
                    let joined = text[words[j].1..words[j + 1].0].trim().is_empty();
                    if joined
                        && is_cap_word(next)
                        && !covered(words[j + 1].0, words[j + 1].1)
                        && !NOT_NAMES.contains(&next.to_lowercase().as_str())
                        && !text[words[j].0..words[j].1].ends_with("'s")
                        && j + 1 - i < 4
                    {
                        j += 1;
                    } else {
                        break;
                    }
                }
                // strip leading titles ("Foreign Minister Sergei Lavrov" → title + name)
                let mut k = i;
                let mut title = Vec::new();
                let is_title = |x: usize| TITLES.contains(&clean(words[x]).to_lowercase().as_str());
                while k <= j && (is_title(k) || (is_demonym(clean(words[k])) && k < j && is_title(k + 1))) {
                    title.push(clean(words[k]).to_string());
                    k += 1;
                }
                let prev = if i > 0 {
                    clean(words[i - 1]).to_lowercase()
                } else {
                    String::new()
                };
                let initial_single = i == 0 && j == i && title.is_empty();
                if initial_single {
                    *initials.entry(clean(words[i]).to_string()).or_default() += 1;
                }
                if k <= j
                    && !initial_single
                    && !crate::text::dates::is_calendar_word(clean(words[k]))
                    && (k != j || !is_people_plural(clean(words[k])))
                {
                    let name: Vec<&str> = (k..=j).map(|x| clean(words[x])).collect();
                    let label = name.join(" ");
                    let lower: Vec<String> = name.iter().map(|w| w.to_lowercase()).collect();
                    let kind = if lower.iter().any(|w| {
                        names::ORG_WORDS.contains(&w.as_str()) || MORE_ORG_WORDS.contains(&w.as_str())
                    }) {
                        EntityKind::Organization
                    } else if !title.is_empty() || TITLES.contains(&prev.as_str()) {
                        EntityKind::Person
                    } else if matches!(prev.as_str(), "in" | "to" | "from" | "near" | "at") {
                        EntityKind::Place
                    } else if name.len() >= 2 {
                        EntityKind::Person
                    } else {
                        EntityKind::Organization
                    };
                    let t = tally.entry(label).or_default();
                    t.count += 1;
                    t.docs.insert(di);
                    t.votes[kind as usize] += 1;
                    if !title.is_empty() {
                        *t.role.entry(title.join(" ")).or_default() += 1;
                    }
                    if t.sample.is_empty() {
                        t.sample = original_sentence(original, &text, range.clone());
                    }
                }
                i = j + 1;
            }
        }
    }
    // single words that end a longer suggestion become its aliases
    let multi: Vec<String> = tally.keys().filter(|k| k.contains(' ')).cloned().collect();
    for (w, n) in initials {
        if let Some(t) = tally.get_mut(&w) {
            t.count += n;
        } else if multi.iter().any(|m| m.ends_with(&format!(" {w}"))) {
            tally.entry(w).or_default().count += n;
        }
    }
    let mut out = Vec::new();
    let mut absorbed: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (label, t) in &tally {
        if !label.contains(' ')
            && let Some(full) = multi.iter().find(|m| m.ends_with(&format!(" {label}")))
        {
            absorbed.entry(full.clone()).or_default().push(label.clone());
            let _ = t;
        }
    }
    let counts: BTreeMap<String, usize> = tally.iter().map(|(k, t)| (k.clone(), t.count)).collect();
    for (label, t) in tally {
        if absorbed.values().any(|v| v.contains(&label)) {
            continue;
        }
        let extra: usize = absorbed
            .get(&label)
            .map_or(0, |v| v.iter().map(|a| counts[a]).sum());
        let kinds = [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Country,
            EntityKind::Place,
        ];
        let kind = kinds[(0..4)
            .max_by_key(|&i| (t.votes[i], std::cmp::Reverse(i)))
            .unwrap_or(0)];
        out.push(Suggestion {
            aliases: absorbed.get(&label).cloned().unwrap_or_default(),
            role: t
                .role
                .iter()
                .max_by_key(|(r, n)| (**n, std::cmp::Reverse((*r).clone())))
                .map_or(String::new(), |(r, _)| r.clone()),
            label,
            kind,
            count: t.count + extra,
            documents: t.docs.len(),
            sample: t.sample,
        });
    }
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    Ok(out)
}

/// "Ukrainian", "French", "Israeli": adjectives of nationality that precede titles and names.
fn is_demonym(w: &str) -> bool {
    ["ian", "ean", "ese", "ish"]
        .iter()
        .any(|e| w.ends_with(e) && w.len() > 4)
        || matches!(
            w,
            "French"
                | "German"
                | "Dutch"
                | "Greek"
                | "Thai"
                | "Israeli"
                | "Iraqi"
                | "Pakistani"
                | "Saudi"
                | "Afghan"
                | "Swiss"
                | "American"
                | "European"
        )
}

fn original_sentence(original: &str, text: &str, range: std::ops::Range<usize>) -> String {
    let start = text[..range.start].chars().count();
    let len = text[range].chars().count();
    original
        .chars()
        .skip(start)
        .take(len)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_missing_names_with_type_and_title() {
        let g = Gazetteer::from_entities(vec![]);
        let docs = [
            "Ukrainian PM Arseniy Yatsenyuk tells MPs in Kiev that talks failed. Yatsenyuk left.",
            "The European Central Bank said prices rose. Yatsenyuk spoke in Kiev.",
        ];
        let s = suggest(&g, docs.iter().copied()).unwrap();
        let y = s.iter().find(|x| x.label == "Arseniy Yatsenyuk").unwrap();
        assert_eq!(y.kind, EntityKind::Person);
        assert_eq!(y.aliases, ["Yatsenyuk"]);
        assert_eq!(y.count, 3);
        assert_eq!(y.role, "Ukrainian PM");
        assert_eq!(
            s.iter().find(|x| x.label == "Kiev").unwrap().kind,
            EntityKind::Place
        );
        assert_eq!(
            s.iter()
                .find(|x| x.label == "European Central Bank")
                .unwrap()
                .kind,
            EntityKind::Organization
        );
        assert!(!s.iter().any(|x| x.label == "The"));
    }
}
