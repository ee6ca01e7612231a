//! Word lists for reading capitalised words: function words that are no name, words that make a
//! name a place or an organisation, particles inside surnames. Every list is sorted lower case
//! and looked up without allocating ([`contains`]).

use std::cmp::Ordering;

/// Capitalised function words, pronouns and sentence openers that never start a name.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "also",
    "although",
    "amid",
    "among",
    "an",
    "and",
    "any",
    "as",
    "at",
    "because",
    "before",
    "between",
    "both",
    "but",
    "by",
    "despite",
    "during",
    "each",
    "earlier",
    "every",
    "for",
    "from",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "later",
    "many",
    "meanwhile",
    "more",
    "most",
    "my",
    "no",
    "not",
    "of",
    "on",
    "once",
    "or",
    "our",
    "over",
    "she",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "throughout",
    "thus",
    "to",
    "under",
    "unlike",
    "until",
    "we",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "with",
    "without",
    "yet",
    "you",
];

/// Prepositions after which capitalised words are a time, a place or a thing, not a person
/// ("During Labour's conference", "In Geneva").
pub const LEAD_INS: &[&str] = &[
    "after",
    "before",
    "during",
    "in",
    "on",
    "since",
    "throughout",
    "until",
];

/// First words of place names ("Lake Geneva", "Mount Sinai").
pub const PLACE_HEADS: &[&str] = &[
    "bay", "cape", "fort", "gulf", "lake", "mount", "mt", "port", "sea",
];

/// Last words of place names ("Downing Street", "Red Sea", "Gaza Strip").
pub const PLACE_TAILS: &[&str] = &[
    "airport",
    "avenue",
    "basin",
    "bay",
    "beach",
    "border",
    "boulevard",
    "bridge",
    "canal",
    "city",
    "coast",
    "county",
    "desert",
    "district",
    "falls",
    "gulf",
    "harbor",
    "harbour",
    "heights",
    "highway",
    "hill",
    "hills",
    "island",
    "islands",
    "isle",
    "lake",
    "lane",
    "mountain",
    "mountains",
    "ocean",
    "park",
    "peninsula",
    "plaza",
    "province",
    "region",
    "river",
    "road",
    "sea",
    "square",
    "station",
    "strait",
    "street",
    "valley",
];

/// Compass words before a demonym ("North Korean", "South African").
pub const COMPASS: &[&str] = &["central", "east", "north", "south", "west"];

/// Last words of organisation names that discovery accepts after capitalised words ("the
/// Finance Ministry", "the Liberal Party", "the Electoral Commission").
pub const ORG_HEADS: &[&str] = &[
    "agency",
    "alliance",
    "army",
    "assembly",
    "association",
    "authority",
    "bank",
    "brigade",
    "brigades",
    "bureau",
    "coalition",
    "command",
    "commission",
    "committee",
    "corps",
    "council",
    "court",
    "department",
    "federation",
    "forces",
    "foundation",
    "front",
    "fund",
    "guard",
    "institute",
    "league",
    "ministry",
    "movement",
    "office",
    "organisation",
    "organization",
    "party",
    "police",
    "service",
    "tribunal",
    "union",
];

/// Words that follow a title without being a name ("Queen Mother", "Prince Regent").
pub const NOT_NAMES_AFTER_TITLES: &[&str] = &[
    "consort", "dad", "elect", "emeritus", "father", "mother", "mum", "regent",
];

/// Company suffixes, which end an organisation's name and never a person's ("General Electric Co").
pub const COMPANY_SUFFIXES: &[&str] = &[
    "ag", "bhd", "co", "corp", "gmbh", "inc", "llc", "ltd", "nv", "plc", "spa",
];

/// Organisation heads that name a part of a government ("the Finance Ministry").
pub const GOVERNMENT_BODIES: &[&str] = &["department", "ministry", "office"];

/// Lower-case words inside a name before a surname ("Ursula von der Leyen", "Mohammed bin Salman").
pub const SURNAME_PARTICLES: &[&str] = &[
    "abu", "al", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "el",
    "ibn", "la", "le", "ten", "ter", "van", "von",
];

/// Particles after which the bare surname is used alone ("al-Assad" → "Assad"; but "de Gaulle").
pub const DROPPED_PARTICLES: &[&str] = &["abu", "al", "bin", "bint", "el", "ibn"];

/// Small words a title-case headline leaves in lower case ("Talks on Iran Resume").
pub const HEADLINE_SMALL: &[&str] = &[
    "a", "al", "an", "and", "as", "at", "bin", "by", "de", "for", "from", "in", "into", "of", "on", "or",
    "over", "the", "to", "up", "van", "von", "vs", "with",
];

/// Compares a lower-case list word with `word` in any case, byte by byte, allocating nothing.
pub fn cmp_lower(list_word: &str, word: &str) -> Ordering {
    let (a, b) = (list_word.as_bytes(), word.as_bytes());
    for (x, y) in a.iter().zip(b) {
        match x.cmp(&y.to_ascii_lowercase()) {
            Ordering::Equal => {}
            o => return o,
        }
    }
    a.len().cmp(&b.len())
}

/// Whether the sorted lower-case `list` holds `word` (any case).
///
/// ```
/// use kgraph::lang::en::shapes::{contains, PLACE_HEADS};
/// assert!(contains(PLACE_HEADS, "Lake"));
/// assert!(!contains(PLACE_HEADS, "Lakes"));
/// ```
pub fn contains(list: &[&str], word: &str) -> bool {
    list.binary_search_by(|w| cmp_lower(w, word)).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_lower_case() {
        let lists: &[&[&str]] = &[
            STOP_WORDS,
            LEAD_INS,
            PLACE_HEADS,
            PLACE_TAILS,
            COMPASS,
            ORG_HEADS,
            GOVERNMENT_BODIES,
            NOT_NAMES_AFTER_TITLES,
            COMPANY_SUFFIXES,
            SURNAME_PARTICLES,
            DROPPED_PARTICLES,
            HEADLINE_SMALL,
        ];
        for list in lists {
            for pair in list.windows(2) {
                assert!(pair[0] < pair[1], "{} before {}", pair[0], pair[1]);
            }
            assert!(list.iter().all(|w| *w == w.to_lowercase()));
        }
    }
}
