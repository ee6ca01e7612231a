//! Words inside English names: organisation words, particles, regnal numerals, demonym endings.

/// Words that make a name an organisation ("Foreign Ministry", "Labour Party"); both the
/// PETRARCH importer and `suggest` read these.
pub const ORG_WORDS: [&str; 39] = [
    "agency",
    "alliance",
    "army",
    "assembly",
    "association",
    "bank",
    "coalition",
    "commission",
    "committee",
    "company",
    "congress",
    "corp",
    "council",
    "court",
    "department",
    "federation",
    "forces",
    "foundation",
    "front",
    "fund",
    "group",
    "inc",
    "institute",
    "ltd",
    "ministry",
    "movement",
    "news",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "police",
    "post",
    "senate",
    "service",
    "times",
    "union",
    "university",
];

/// More organisation words (state bodies, armed units, broadcasters) that the PETRARCH importer
/// reads besides [`ORG_WORDS`]; `suggest` has never read them, and its guesses would change if it did.
pub const INSTITUTION_WORDS: [&str; 22] = [
    "administration",
    "authority",
    "brigade",
    "brigades",
    "bureau",
    "cabinet",
    "center",
    "centre",
    "command",
    "corporation",
    "force",
    "government",
    "guard",
    "house",
    "league",
    "nations",
    "navy",
    "network",
    "radio",
    "services",
    "television",
    "tribunal",
];

/// Words that stay lower case inside a name ("United States of America", "Bashar al-Assad").
pub const PARTICLES: [&str; 21] = [
    "of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "da", "del", "der", "van", "von", "la",
    "le", "al", "bin", "ibn", "y",
];

/// Roman numerals after a ruler's name ("Elizabeth II"), which stay upper case.
pub const REGNAL_NUMERALS: [&str; 5] = ["II", "III", "IV", "VI", "VII"];

/// Endings of a demonym ("Ukrainian", "Chinese", "Israeli").
pub const DEMONYM_ENDINGS: [&str; 6] = ["an", "ian", "ese", "ish", "i", "ic"];

/// Endings of country names that also end like demonyms ("Pakistan", "Poland").
pub const COUNTRY_ENDINGS: [&str; 2] = ["stan", "land"];
