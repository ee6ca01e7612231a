//! The word lists and word tests behind name suggestions: titles that announce a person,
//! words that make a name an organisation, capitalised words that are not names.

/// Titles that announce a person's name ("President", "Foreign Minister", "spokeswoman").
pub(super) const TITLES: &[&str] = &[
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
    "home",
    "shadow",
];
/// Title words that only qualify a title after them ("Vice President", "Foreign Minister"):
/// never a title on their own ("Vice Ganda" is a name).
pub(super) const TITLE_MODIFIERS: &[&str] = &[
    "vice", "deputy", "prime", "foreign", "defense", "defence", "interior", "finance", "national",
    "security", "special", "senior", "state", "affairs", "economy", "justice", "trade", "energy", "health",
    "chief", "home", "shadow",
];
/// Organisation words besides the shared [`crate::lang::en::names::ORG_WORDS`].
pub(super) const MORE_ORG_WORDS: [&str; 6] = ["press", "trust", "board", "museum", "club", "society"];
/// Capitalised words that are not names on their own.
pub(super) const NOT_NAMES: &[&str] = &[
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
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "unrest",
    "step",
    "staff",
    "direct",
];

/// A word that may be part of a name: capitalised with lower case after, a short acronym, or
/// a two-letter title ("PM").
pub(super) fn is_cap_word(w: &str) -> bool {
    if w.chars().any(|c| c.is_ascii_digit())
        || w.split('-').any(|p| p.chars().count() == 1)
        || is_contraction(w)
    {
        return false;
    }
    let mut c = w.chars();
    c.next().is_some_and(|f| f.is_uppercase()) && w.chars().any(|x| x.is_lowercase()) && w.len() > 1
        || (w.len() >= 3 && w.len() <= 5 && w.chars().all(|x| x.is_ascii_uppercase()))
        || (w.len() == 2 && TITLES.contains(&w.to_ascii_lowercase().as_str()))
}

/// "I'm", "We're", "Don't": an apostrophe before a lower-case letter ("O'Brien" is a name).
fn is_contraction(w: &str) -> bool {
    w.split('\'')
        .skip(1)
        .any(|rest| rest.starts_with(char::is_lowercase))
}

/// "Democrats", "Socialists", "Conservatives", "Tories": members of a group, so a name that
/// ends in one is a group, never a person.
pub(super) fn is_group_plural(w: &str) -> bool {
    let l = w.to_lowercase();
    ["ists", "ats", "ives", "als", "ians", "eans", "ans"]
        .iter()
        .any(|e| l.ends_with(e))
        && l.chars().count() > 5
        || matches!(l.as_str(), "dems" | "tories" | "greens" | "whigs")
}

/// "Ministers", "Senators": a title in the plural names people, not one of them.
pub(super) fn is_title_plural(w: &str) -> bool {
    let l = w.to_lowercase();
    l.strip_suffix('s').is_some_and(|one| TITLES.contains(&one))
}

/// "Ukrainians", "Europeans": peoples, not names to add.
pub(super) fn is_people_plural(w: &str) -> bool {
    ["ians", "eans", "ans", "ese"].iter().any(|e| w.ends_with(e)) && w.chars().count() > 5
}

/// "Ukrainian", "French", "Israeli": adjectives of nationality that precede titles and names.
pub(super) fn is_demonym(w: &str) -> bool {
    is_demonym_lower(&w.to_lowercase())
}

/// [`is_demonym`] of a lower-case word.
pub(super) fn is_demonym_lower(w: &str) -> bool {
    ["ian", "ean", "ese", "ish"]
        .iter()
        .any(|e| w.ends_with(e) && w.len() > 4)
        || matches!(
            w,
            "french"
                | "german"
                | "dutch"
                | "greek"
                | "thai"
                | "israeli"
                | "iraqi"
                | "pakistani"
                | "saudi"
                | "afghan"
                | "swiss"
                | "american"
                | "european"
        )
}
