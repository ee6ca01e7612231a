//! Converts PETRARCH/TABARI dictionaries (actors, agents, CAMEO verbs) into kgraph's gazetteer
//! format: `entities.csv`, `roles.csv`, `agents.csv`, `verbs.csv`, plus `skipped.csv` listing
//! every input line that could not be used, with its reason.
//!
//! The rules, one per part of the format:
//!
//! - **Comments**: `#` to the end of the line; `<!-- … -->` (also across lines).
//! - **Actors**: a line starting in column 1 is a primary phrase (`JOHN_KERRY_`), optionally with
//!   codes on the same line (`ALGERIA_ [DZA]`); `+` lines are its synonyms; indented lines carry
//!   codes (`[USAGOVLEG 850103-130201]`, `[USAGOV >130201]`, `[XXX <130201]`, `[USAELI]`).
//!   Words are joined by `_` (a space now and then); a trailing `_` is dropped.
//! - **Names**: the label is the primary phrase in Title Case ("JOHN_KERRY_" → "John Kerry");
//!   particles stay lower case ("United States of America"), words with dots and single-word
//!   aliases of countries and organisations of up to three letters stay upper case ("U.S.",
//!   "UN", "NATO"), because the tagger requires an upper-case letter of an alias to be upper
//!   case in the text.
//! - **Dates**: YYMMDD or YYYYMMDD; a two-digit year up to 30 is 20YY, else 19YY (the rule of
//!   KEDS, TABARI and PETRARCH). `A-B` gives from A to B (B exclusive in kgraph), `>A` from A
//!   on, `<B` until B, no date an undated role.
//! - **Type**: an actor whose current code is a bare three-letter code is a country (all
//!   actors with the same bare code become one country entity, id = the code in lower case,
//!   e.g. `usa`, `rus`, `ukr`); a name with an organisation word (ministry, party, army,
//!   council, …) is an organisation, as is an undated actor whose code starts with a
//!   non-country root (IGO, NGO, IMG, MNC, …) or whose role codes are only media/business;
//!   everyone else is a person. The current code is the open-ended role with the latest start,
//!   else the last undated one, else the one that ended last.
//! - **Affiliation**: the country entity whose code starts the current code (`RUSGOV` → `rus`),
//!   else the organisation whose code is the first six letters (`IGOUNO…` → the UN entity).
//! - **Demonyms**: a one-word synonym of a country that ends like a demonym (-an, -ian, -ese,
//!   -ish, -i, -ic) and shares four letters with the country's name ("UKRAINIAN_") becomes a
//!   demonym, not an alias.
//! - **Aliases dropped** (reported): one-word aliases that are frequent English words
//!   ("May", "Hope"), aliases of fewer than three letters (two for countries and
//!   organisations), phrases with `;` or a stray `+`, and an alias already taken by an
//!   earlier actor of the import.
//! - **Agents** (`Phoenix.agents.txt`): `FOREIGN_MINISTER [~GOV]` lines, `{plural}` forms
//!   (automatic plural otherwise, `{}` none) and `!SET! = A, B` substitutions become rows of
//!   `agents.csv` (`phrase,code`).
//! - **Verbs** (`CAMEO.2.0.txt`): each verb of a `--- VERB [code] ---` block, with its own
//!   code or the block's, becomes a trigger in `verbs.csv` when the CAMEO code maps onto a
//!   kgraph relation ([`relation_for_cameo`]); irregular forms in `{…}` give the past
//!   forms. A pattern `- * WORDS [code]` becomes a phrase trigger ("impose sanctions") when
//!   its code maps onto a relation its verb does not already have. Everything else is
//!   reported: `[---]` (no event), codes kgraph has no relation for, patterns with words before
//!   the verb or PETRARCH-only syntax.
//! - **Bytes that are not UTF-8** are replaced (U+FFFD) and reported as a warning.

use super::Skipped;
use crate::error::{Error, Result};
use crate::lang::en::words;
use crate::model::{Date, EntityKind};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What to import.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub actors: Vec<PathBuf>,
    pub agents: Option<PathBuf>,
    pub verbs: Option<PathBuf>,
}

/// One imported entity (a row of `entities.csv`).
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub id: String,
    pub label: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
    pub affiliation: Option<String>,
    pub role: String,
    pub code: String,
    /// `file:line` of the primary phrase.
    pub source: String,
}

/// One dated role (a row of `roles.csv`).
#[derive(Debug, Clone, PartialEq)]
pub struct RoleRow {
    pub entity: String,
    pub role: String,
    pub code: String,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub source: String,
}

/// One agent noun (a row of `agents.csv`): "foreign minister" → `~GOV`.
#[derive(Debug, Clone, PartialEq)]
pub struct Agent {
    pub phrase: String,
    pub code: String,
    pub source: String,
}

/// One verb trigger (a row of `verbs.csv`), written as a kgraph verb entry ("dismiss",
/// "flog{flogged}", "impose sanctions").
#[derive(Debug, Clone, PartialEq)]
pub struct Verb {
    pub relation: &'static str,
    pub verb: String,
    pub cameo: String,
    pub source: String,
}

/// The result of an import, ready to be written.
#[derive(Debug, Default)]
pub struct Import {
    pub entities: Vec<Entity>,
    pub roles: Vec<RoleRow>,
    pub agents: Vec<Agent>,
    pub verbs: Vec<Verb>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<String>,
    /// CAMEO codes with no kgraph relation, with how many verbs and patterns carry them.
    pub unmapped: BTreeMap<String, usize>,
    /// Distinct actor codes read.
    pub codes: usize,
    /// Pattern lines turned into phrase triggers.
    pub patterns: usize,
}

/// The CAMEO code prefixes that map onto kgraph's relations (the longest prefix wins).
///
/// 04 consult → met (041 by telephone → spoke_with, 042 visit → visited; 043 *host* a visit is
/// a meeting seen from the host, so → met), 036 intent to meet → invited, 020 and the rest of
/// 03 (intent to cooperate) → proposed, the rest of 02 (appeal) → urged, 05 diplomatic
/// cooperation → supported, 11 disapprove → criticized (112 accuse → accused), 12 reject →
/// rejected, 13 threaten → warned, 163 embargo and sanctions → sanctioned. Everything else
/// (01 statements, 06–10, 14–15, the rest of 16, 17–20) has no kgraph relation.
pub const CAMEO_RELATIONS: [(&str, &str); 14] = [
    ("041", "spoke_with"),
    ("042", "visited"),
    ("043", "met"),
    ("04", "met"),
    ("036", "invited"),
    ("020", "proposed"),
    ("03", "proposed"),
    ("02", "urged"),
    ("05", "supported"),
    ("112", "accused"),
    ("11", "criticized"),
    ("12", "rejected"),
    ("13", "warned"),
    ("163", "sanctioned"),
];

/// Verbs that CAMEO codes only through their patterns or in context ("fail", "join", "plan",
/// "leave"): as bare triggers they fire on ordinary prose, so the import leaves them out.
pub const GENERIC_VERBS: [&str; 244] = [
    "advertise",
    "advertize",
    "advise",
    "affect",
    "agree",
    "aim",
    "allege",
    "amass",
    "apply",
    "approach",
    "argue",
    "arrive",
    "assemble",
    "associate",
    "assure",
    "attend",
    "aver",
    "avow",
    "back",
    "bargain",
    "barter",
    "bemoan",
    "blaspheme",
    "bless",
    "blow",
    "brand",
    "brave",
    "breach",
    "break",
    "broker",
    "cable",
    "call",
    "celebrate",
    "certify",
    "challenge",
    "charge",
    "cheer",
    "claim",
    "clap",
    "cleave",
    "cluster",
    "commemorate",
    "compensate",
    "compete",
    "complain",
    "comply",
    "concert",
    "confess",
    "confide",
    "conform",
    "confront",
    "congregate",
    "conglomerate",
    "consider",
    "constellate",
    "contact",
    "contemplate",
    "contend",
    "contest",
    "contradict",
    "contrast",
    "contravene",
    "converge",
    "coordinate",
    "correlate",
    "counsel",
    "counter",
    "counterbalance",
    "crucify",
    "cry",
    "curse",
    "deal",
    "debase",
    "debate",
    "decide",
    "decline",
    "defect",
    "defer",
    "defile",
    "defy",
    "degrade",
    "delay",
    "depart",
    "desire",
    "despair",
    "determine",
    "differ",
    "disappoint",
    "discourage",
    "disgrace",
    "disgust",
    "dishearten",
    "dismay",
    "dispute",
    "divulge",
    "drag",
    "egress",
    "elicit",
    "embark",
    "embolden",
    "endanger",
    "endeavor",
    "endeavour",
    "enliven",
    "ensure",
    "esteem",
    "exalt",
    "excogitate",
    "expect",
    "expose",
    "express",
    "exuberate",
    "face",
    "fail",
    "favor",
    "favour",
    "flock",
    "forestall",
    "freeze",
    "galvanize",
    "gather",
    "get",
    "give",
    "glorify",
    "go",
    "groom",
    "grieve",
    "guarantee",
    "haggle",
    "hamper",
    "hear",
    "hinder",
    "hint",
    "hope",
    "huddle",
    "humble",
    "impact",
    "impede",
    "infract",
    "influence",
    "inhibit",
    "innovate",
    "insert",
    "inspire",
    "integrate",
    "intend",
    "introduce",
    "invigorate",
    "is",
    "join",
    "journey",
    "lament",
    "learn",
    "leave",
    "meditate",
    "mean",
    "mourn",
    "muse",
    "mull",
    "notify",
    "obstruct",
    "offend",
    "offer",
    "organise",
    "organize",
    "outrage",
    "override",
    "persuade",
    "pique",
    "plan",
    "ponder",
    "postpone",
    "prefer",
    "prepare",
    "prevent",
    "prize",
    "procrastinate",
    "profess",
    "promulgate",
    "proffer",
    "ready",
    "reason",
    "reassert",
    "reassure",
    "reconsider",
    "regret",
    "rejoice",
    "remit",
    "respect",
    "resurrect",
    "resuscitate",
    "retard",
    "reveal",
    "revitalize",
    "revive",
    "reward",
    "risk",
    "rouse",
    "ruminate",
    "sadden",
    "sanctify",
    "scandalise",
    "scandalize",
    "seek",
    "shelve",
    "shock",
    "signal",
    "speculate",
    "spur",
    "stall",
    "strive",
    "stun",
    "stupefy",
    "stymie",
    "subscribe",
    "summon",
    "suspect",
    "swear",
    "synchronise",
    "synchronize",
    "table",
    "take",
    "tempt",
    "think",
    "toast",
    "tour",
    "touring",
    "train",
    "transgress",
    "travel",
    "triumph",
    "unionise",
    "unionize",
    "unite",
    "unveil",
    "value",
    "volunteer",
    "vote",
    "vouch",
    "wail",
    "want",
    "weep",
    "weigh",
    "whine",
];

/// The kgraph relation a CAMEO event code maps onto, if any.
///
/// ```
/// use kgraph::import::petrarch::relation_for_cameo;
/// assert_eq!(relation_for_cameo("1121"), Some("accused"));
/// assert_eq!(relation_for_cameo("111"), Some("criticized"));
/// assert_eq!(relation_for_cameo("190"), None);
/// ```
pub fn relation_for_cameo(code: &str) -> Option<&'static str> {
    CAMEO_RELATIONS
        .iter()
        .filter(|(p, _)| code.starts_with(p))
        .max_by_key(|(p, _)| p.len())
        .map(|&(_, r)| r)
}

/// Imports the given files.
pub fn import(src: &Sources) -> Result<Import> {
    let mut imp = Import::default();
    let mut actors = Vec::new();
    let mut files = Vec::new();
    for path in &src.actors {
        let (file, lines) = read_lines(path, &mut imp.warnings)?;
        parse_actors(&file, &lines, &mut actors, &mut imp.skipped);
        files.push(file);
    }
    build_entities(actors, &mut imp);
    // Report in file order, then line order.
    imp.skipped
        .sort_by_key(|s| (files.iter().position(|f| *f == s.file), s.line));
    if let Some(path) = &src.agents {
        let (file, lines) = read_lines(path, &mut imp.warnings)?;
        parse_agents(&file, &lines, &mut imp);
    }
    if let Some(path) = &src.verbs {
        let (file, lines) = read_lines(path, &mut imp.warnings)?;
        parse_verbs(&file, &lines, &mut imp);
    }
    Ok(imp)
}

/// Reads a file as lines (1-based numbers), replacing bytes that are not UTF-8.
fn read_lines(path: &Path, warnings: &mut Vec<String>) -> Result<(String, Vec<(u64, String)>)> {
    let bytes = std::fs::read(path).map_err(|e| Error::input(path, format!("cannot read: {e}")))?;
    let file = path.file_name().map_or_else(
        || path.display().to_string(),
        |f| f.to_string_lossy().into_owned(),
    );
    let mut lines = Vec::new();
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let n = i as u64 + 1;
        let line = match std::str::from_utf8(raw) {
            Ok(s) => s.to_string(),
            Err(_) => {
                let s = String::from_utf8_lossy(raw).into_owned();
                warnings.push(format!(
                    "{file}:{n}: bytes that are not UTF-8 were replaced by U+FFFD: {}",
                    s.trim()
                ));
                s
            }
        };
        lines.push((n, line));
    }
    Ok((file, lines))
}

/// Removes `#` comments and `<!-- … -->` comments (tracking a comment left open).
fn strip_comments(line: &str, in_xml: &mut bool) -> String {
    let mut out = String::new();
    let mut rest = line;
    loop {
        if *in_xml {
            match rest.find("-->") {
                Some(i) => {
                    *in_xml = false;
                    rest = &rest[i + 3..];
                }
                None => return out,
            }
        }
        match (rest.find('#'), rest.find("<!--")) {
            (Some(h), x) if x.is_none_or(|x| h < x) => {
                out.push_str(&rest[..h]);
                return out;
            }
            (_, Some(x)) => {
                out.push_str(&rest[..x]);
                *in_xml = true;
                rest = &rest[x + 4..];
            }
            _ => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

/// A code with its optional dates, as read from `[CODE DATES]`.
#[derive(Debug, Clone, PartialEq)]
struct Dated {
    code: String,
    from: Option<Date>,
    to: Option<Date>,
    line: u64,
}

#[derive(Debug)]
struct RawActor {
    file: String,
    line: u64,
    names: Vec<(Vec<String>, u64)>,
    codes: Vec<Dated>,
}

/// Parses a PETRARCH date: YYMMDD (YY ≤ 30 → 20YY, else 19YY) or YYYYMMDD.
///
/// ```
/// use kgraph::import::petrarch::parse_date;
/// use kgraph::model::Date;
/// assert_eq!(parse_date("130201"), Date::new(2013, 2, 1));
/// assert_eq!(parse_date("850103"), Date::new(1985, 1, 3));
/// assert_eq!(parse_date("20040309"), Date::new(2004, 3, 9));
/// assert_eq!(parse_date("2004017"), None);
/// ```
pub fn parse_date(s: &str) -> Option<Date> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<i32>().ok();
    match s.len() {
        6 => {
            let yy = num(0..2)?;
            let year = if yy <= 30 { 2000 + yy } else { 1900 + yy };
            Date::new(year, num(2..4)? as u8, num(4..6)? as u8)
        }
        8 => Date::new(num(0..4)?, num(4..6)? as u8, num(6..8)? as u8),
        _ => None,
    }
}

/// Parses every `[CODE DATES]` group in `s`.
fn parse_codes(s: &str, line: u64) -> std::result::Result<Vec<Dated>, (&'static str, String)> {
    let mut out = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        let Some(body) = rest.strip_prefix('[') else {
            return Err(("text outside [...] where codes belong", rest.to_string()));
        };
        let Some(close) = body.find(']') else {
            return Err(("'[' without ']'", s.trim().to_string()));
        };
        let inner = body[..close].trim();
        rest = body[close + 1..].trim_start();
        let mut parts = inner.splitn(2, char::is_whitespace);
        let code = parts.next().unwrap_or("").to_ascii_uppercase();
        let dates: String = parts.next().unwrap_or("").split_whitespace().collect();
        if code.is_empty() {
            return Err(("empty code", inner.to_string()));
        }
        if code == "---" {
            continue; // "no code"
        }
        if !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err((
                "code with characters other than letters and digits",
                inner.to_string(),
            ));
        }
        let bad = || ("date not YYMMDD or YYYYMMDD", inner.to_string());
        let (from, to) = if dates.is_empty() {
            (None, None)
        } else if let Some(d) = dates.strip_prefix('>') {
            (Some(parse_date(d).ok_or_else(bad)?), None)
        } else if let Some(d) = dates.strip_prefix('<') {
            (None, Some(parse_date(d).ok_or_else(bad)?))
        } else if let Some((a, b)) = dates.split_once('-') {
            (
                Some(parse_date(a).ok_or_else(bad)?),
                Some(parse_date(b).ok_or_else(bad)?),
            )
        } else {
            return Err(bad());
        };
        if let (Some(f), Some(t)) = (from, to)
            && t <= f
        {
            return Err(("role ends before it starts", inner.to_string()));
        }
        out.push(Dated { code, from, to, line });
    }
    Ok(out)
}

/// Splits a phrase into upper-case words (`_` and spaces separate words).
fn phrase_words(s: &str) -> std::result::Result<Vec<String>, &'static str> {
    let s = s.trim();
    if s.contains(';') {
        return Err("';' in a phrase (it separates aliases in entities.csv)");
    }
    if s.contains('+') {
        return Err("'+' inside a phrase (two synonyms run together?)");
    }
    if s.contains('\u{fffd}') {
        return Err("phrase with bytes that are not UTF-8");
    }
    let words: Vec<String> = s
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(str::to_uppercase)
        .collect();
    if !words.iter().any(|w| w.chars().any(char::is_alphabetic)) {
        return Err("phrase without letters");
    }
    Ok(words)
}

fn parse_actors(file: &str, lines: &[(u64, String)], out: &mut Vec<RawActor>, skipped: &mut Vec<Skipped>) {
    let mut in_xml = false;
    let mut current: Option<RawActor> = None;
    let mut skip = |line: u64, reason: &'static str, detail: String| {
        skipped.push(Skipped {
            file: file.to_string(),
            line,
            reason,
            detail,
        })
    };
    for (n, raw) in lines {
        let line = strip_comments(raw, &mut in_xml);
        if line.trim().is_empty() {
            continue;
        }
        let first = line.chars().next().unwrap_or(' ');
        if first == '+' {
            let Some(actor) = current.as_mut() else {
                skip(*n, "synonym before any actor", line.trim().to_string());
                continue;
            };
            let body = &line[1..];
            let (phrase, codes) = body.split_at(body.find('[').unwrap_or(body.len()));
            match parse_codes(codes, *n) {
                Ok(c) => actor.codes.extend(c),
                Err((r, d)) => skip(*n, r, d),
            }
            match phrase_words(phrase) {
                Ok(w) => actor.names.push((w, *n)),
                Err(r) => skip(*n, r, phrase.trim().to_string()),
            }
        } else if first.is_whitespace() || first == '[' {
            let Some(actor) = current.as_mut() else {
                skip(*n, "codes before any actor", line.trim().to_string());
                continue;
            };
            if !line.contains('[') {
                skip(*n, "indented line without a code", line.trim().to_string());
                continue;
            }
            match parse_codes(&line, *n) {
                Ok(c) => actor.codes.extend(c),
                Err((r, d)) => skip(*n, r, d),
            }
        } else {
            if let Some(a) = current.take() {
                out.push(a);
            }
            let (phrase, codes) = line.split_at(line.find('[').unwrap_or(line.len()));
            let mut actor = RawActor {
                file: file.to_string(),
                line: *n,
                names: Vec::new(),
                codes: Vec::new(),
            };
            match parse_codes(codes, *n) {
                Ok(c) => actor.codes = c,
                Err((r, d)) => skip(*n, r, d),
            }
            match phrase_words(phrase) {
                Ok(w) => actor.names.push((w, *n)),
                Err(r) => skip(*n, r, phrase.trim().to_string()),
            }
            current = Some(actor);
        }
    }
    if let Some(a) = current.take() {
        out.push(a);
    }
}

/// The code that describes an actor now: the open-ended role with the latest start, else the
/// last undated one, else the one that ended last.
fn current_code(codes: &[Dated]) -> Option<&Dated> {
    let open = codes
        .iter()
        .filter(|c| c.to.is_none() && c.from.is_some())
        .max_by_key(|c| c.from);
    open.or_else(|| codes.iter().rev().find(|c| c.from.is_none() && c.to.is_none()))
        .or_else(|| codes.iter().max_by_key(|c| c.to))
}

const PARTICLES: [&str; 21] = [
    "of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "da", "del", "der", "van", "von", "la",
    "le", "al", "bin", "ibn", "y",
];

const ORG_WORDS: [&str; 62] = [
    "ministry",
    "department",
    "party",
    "army",
    "forces",
    "force",
    "council",
    "committee",
    "congress",
    "parliament",
    "senate",
    "assembly",
    "court",
    "tribunal",
    "bank",
    "agency",
    "office",
    "government",
    "administration",
    "cabinet",
    "commission",
    "union",
    "organization",
    "organisation",
    "association",
    "front",
    "movement",
    "brigade",
    "brigades",
    "group",
    "news",
    "times",
    "post",
    "service",
    "services",
    "police",
    "guard",
    "institute",
    "university",
    "corporation",
    "company",
    "corp",
    "inc",
    "ltd",
    "federation",
    "league",
    "alliance",
    "authority",
    "command",
    "bureau",
    "center",
    "centre",
    "fund",
    "foundation",
    "coalition",
    "nations",
    "house",
    "navy",
    "army",
    "network",
    "television",
    "radio",
];

/// Roots of codes that are not countries and what they name.
const ROOTS: [(&str, &str); 8] = [
    ("IGO", "intergovernmental organization"),
    ("NGO", "non-governmental organization"),
    ("NGM", "non-governmental movement"),
    ("IMG", "international militarized group"),
    ("MNC", "multinational corporation"),
    ("UIS", "unidentified state actor"),
    ("INT", "international"),
    ("ELI", "elite"),
];

/// Role codes (the three-letter groups after the root).
const ROLE_CODES: [(&str, &str); 30] = [
    ("GOV", "government"),
    ("MIL", "military"),
    ("LEG", "legislature"),
    ("ELI", "elite"),
    ("OPP", "opposition"),
    ("REB", "rebels"),
    ("SPY", "intelligence"),
    ("BUS", "business"),
    ("MED", "media"),
    ("JUD", "judiciary"),
    ("COP", "police"),
    ("CVL", "civilians"),
    ("EDU", "education"),
    ("HLH", "health"),
    ("LAB", "labour"),
    ("REF", "refugees"),
    ("AGR", "agriculture"),
    ("ENV", "environment"),
    ("CRM", "criminals"),
    ("UAF", "armed forces"),
    ("INS", "insurgents"),
    ("PTY", "party"),
    ("HRI", "human rights"),
    ("DEV", "development"),
    ("IGO", "intergovernmental organization"),
    ("NGO", "non-governmental organization"),
    ("MOD", "moderates"),
    ("RAD", "radicals"),
    ("SEP", "separatists"),
    ("ATG", "attorney general"),
];

fn title_word(w: &str, first: bool) -> String {
    let lower = w.to_lowercase();
    if !first && PARTICLES.contains(&lower.as_str()) {
        return lower;
    }
    if w.contains('.') || w.starts_with('(') || matches!(w, "II" | "III" | "IV" | "VI" | "VII") {
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
fn alias_case(words: &[String], kind: EntityKind) -> String {
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
    if words.len() == 1
        && kind != EntityKind::Person
        && words[0].chars().filter(|c| c.is_alphabetic()).count() <= 3
    {
        return words[0].clone();
    }
    label_case(&words)
}

fn letters(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphabetic()).count()
}

fn slug(label: &str) -> String {
    let mut s = String::new();
    for c in label.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else if !s.ends_with('_') {
            s.push('_');
        }
    }
    s.trim_matches('_').to_string()
}

fn is_bare_country(code: &str) -> bool {
    code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) && !ROOTS.iter().any(|(r, _)| *r == code)
}

fn kind_of(a: &RawActor, code: &str, countries: &HashSet<String>) -> EntityKind {
    if is_bare_country(code) {
        return EntityKind::Country;
    }
    let org_word = a.names.first().is_some_and(|(w, _)| {
        w.iter()
            .any(|w| ORG_WORDS.contains(&w.to_lowercase().trim_end_matches(['.', ','])))
    });
    if org_word {
        return EntityKind::Organization;
    }
    let dated = a.codes.iter().any(|c| c.from.is_some() || c.to.is_some());
    let root = code.get(..3).unwrap_or("");
    if !countries.contains(root) && !dated {
        return EntityKind::Organization;
    }
    let roles: Vec<&str> = (3..code.len())
        .step_by(3)
        .filter_map(|i| code.get(i..i + 3))
        .collect();
    if !dated && !roles.is_empty() && roles.iter().all(|r| matches!(*r, "MED" | "BUS")) {
        return EntityKind::Organization;
    }
    EntityKind::Person
}

fn describe(code: &str, country_names: &HashMap<String, String>) -> String {
    let root = code.get(..3).unwrap_or(code);
    let mut parts: Vec<String> = Vec::new();
    if let Some(name) = country_names.get(root) {
        parts.push(name.clone());
    } else if let Some((_, n)) = ROOTS.iter().find(|(r, _)| *r == root) {
        parts.push((*n).to_string());
    } else {
        parts.push(root.to_string());
    }
    let mut i = 3;
    while let Some(r) = code.get(i..i + 3) {
        match ROLE_CODES.iter().find(|(c, _)| *c == r) {
            Some((_, n)) => parts.push((*n).to_string()),
            None => parts.push(r.to_string()),
        }
        i += 3;
    }
    if let Some(tail) = code.get(i..)
        && !tail.is_empty()
    {
        parts.push(tail.to_string());
    }
    format!("{} ({code})", parts.join(" "))
}

fn is_demonym(word: &str, country: &str) -> bool {
    let w = word.to_lowercase();
    if w.contains(' ') || w.ends_with("stan") || w.ends_with("land") {
        return false;
    }
    let suffix = ["an", "ian", "ese", "ish", "i", "ic"]
        .iter()
        .any(|s| w.ends_with(s));
    let common = country
        .to_lowercase()
        .split(' ')
        .any(|c| c.chars().zip(w.chars()).take_while(|(a, b)| a == b).count() >= 4 && c != w);
    suffix && common
}

fn build_entities(actors: Vec<RawActor>, imp: &mut Import) {
    let mut codes = HashSet::new();
    for a in &actors {
        for c in &a.codes {
            codes.insert(c.code.clone());
        }
    }
    imp.codes = codes.len();
    // Countries first, so that affiliations can point at them.
    let mut countries: Vec<(String, Vec<usize>)> = Vec::new();
    let mut kept = Vec::new();
    for (i, a) in actors.iter().enumerate() {
        if a.names.is_empty() {
            continue; // its phrase was reported already
        }
        let Some(cur) = current_code(&a.codes) else {
            imp.skipped.push(Skipped {
                file: a.file.clone(),
                line: a.line,
                reason: "actor without a code",
                detail: a.names[0].0.join("_"),
            });
            continue;
        };
        if is_bare_country(&cur.code) {
            match countries.iter_mut().find(|(c, _)| *c == cur.code) {
                Some((_, members)) => members.push(i),
                None => countries.push((cur.code.clone(), vec![i])),
            }
        } else {
            kept.push(i);
        }
    }
    // A country's label comes from its fullest entry (RUSSIAN_FEDERATION_ with its synonyms,
    // not RUSSIAN_SFSR), which is listed first.
    for (_, members) in &mut countries {
        members.sort_by_key(|&m| std::cmp::Reverse(actors[m].names.len()));
    }
    let country_set: HashSet<String> = countries.iter().map(|(c, _)| c.clone()).collect();
    let mut country_names = HashMap::new();
    for (code, members) in &countries {
        let a = &actors[members[0]];
        country_names.insert(code.clone(), label_case(&a.names[0].0));
    }
    let mut taken: HashMap<String, String> = HashMap::new(); // lower-case alias → entity id
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let groups = countries
        .iter()
        .map(|(code, m)| (Some(code.to_lowercase()), m.clone()))
        .chain(kept.iter().map(|&i| (None, vec![i])));
    for (country_id, members) in groups {
        let first = &actors[members[0]];
        let cur = current_code(&first.codes)
            .map(|c| c.code.clone())
            .unwrap_or_default();
        let kind = kind_of(first, &cur, &country_set);
        let names: Vec<(&RawActor, &Vec<String>, u64)> = members
            .iter()
            .flat_map(|&m| {
                let a: &RawActor = &actors[m];
                a.names.iter().map(move |(w, l)| (a, w, *l))
            })
            .collect();
        let all_names = names
            .iter()
            .map(|(_, w, _)| w.join(" "))
            .collect::<Vec<_>>()
            .join(" ");
        // The label: the first name that is usable as an alias.
        let mut label = None;
        for (_, w, _) in &names {
            let l = label_case(w);
            if alias_problem(&alias_case(w, kind), kind).is_none() {
                label = Some(l);
                break;
            }
        }
        let Some(label) = label else {
            imp.skipped.push(Skipped {
                file: first.file.clone(),
                line: first.line,
                reason: "actor without a usable name",
                detail: first.names[0].0.join("_"),
            });
            continue;
        };
        let id = match &country_id {
            Some(c) => c.clone(),
            None => {
                let base = slug(&label);
                let base = if base.is_empty() {
                    "actor".to_string()
                } else {
                    base
                };
                match by_id.get(&base) {
                    Some(&e) if imp.entities[e].kind == kind => base, // same name, same kind: one entity
                    Some(_) => (2..)
                        .map(|k| format!("{base}_{k}"))
                        .find(|c| !by_id.contains_key(c))
                        .unwrap_or(base),
                    None => base,
                }
            }
        };
        let idx = match by_id.get(&id) {
            Some(&e) => e,
            None => {
                by_id.insert(id.clone(), imp.entities.len());
                imp.entities.push(Entity {
                    id: id.clone(),
                    label: label.clone(),
                    kind,
                    aliases: Vec::new(),
                    demonyms: Vec::new(),
                    affiliation: None,
                    role: describe(&cur, &country_names),
                    code: cur.clone(),
                    source: format!("{}:{}", first.file, first.line),
                });
                imp.entities.len() - 1
            }
        };
        for (a, w, line) in names {
            let alias = alias_case(w, kind);
            let skip = |reason: &'static str, detail: String| Skipped {
                file: a.file.clone(),
                line,
                reason,
                detail,
            };
            if kind == EntityKind::Country && w.len() == 1 && is_demonym(&alias, &all_names) {
                let e = &mut imp.entities[idx];
                if !e.demonyms.iter().any(|d| d.eq_ignore_ascii_case(&alias)) {
                    e.demonyms.push(alias);
                }
                continue;
            }
            if let Some(r) = alias_problem(&alias, kind) {
                imp.skipped.push(skip(r, alias));
                continue;
            }
            let key = alias.to_lowercase();
            match taken.get(&key) {
                Some(owner) if *owner == id => {}
                Some(owner) => imp.skipped.push(skip(
                    "alias already taken by an earlier actor",
                    format!("{alias} ({owner})"),
                )),
                None => {
                    taken.insert(key, id.clone());
                    let e = &mut imp.entities[idx];
                    if alias != e.label {
                        e.aliases.push(alias);
                    }
                }
            }
        }
        for a in members.iter().map(|&m| &actors[m]) {
            for c in &a.codes {
                let role = RoleRow {
                    entity: id.clone(),
                    role: describe(&c.code, &country_names),
                    code: c.code.clone(),
                    from: c.from,
                    to: c.to,
                    source: format!("{}:{}", a.file, c.line),
                };
                if !imp.roles.iter().rev().take(64).any(|r| {
                    r.entity == role.entity && r.code == role.code && r.from == role.from && r.to == role.to
                }) {
                    imp.roles.push(role);
                }
            }
        }
    }
    // The label of an entity must be an alias it owns: drop entities whose label went to another.
    // Affiliations: the country of the code's root, else the organisation with the first six letters.
    let mut org_by_code: HashMap<String, String> = HashMap::new();
    for e in &imp.entities {
        if e.kind == EntityKind::Organization && e.code.len() == 6 {
            org_by_code.entry(e.code.clone()).or_insert_with(|| e.id.clone());
        }
    }
    for e in &mut imp.entities {
        if e.kind == EntityKind::Country {
            continue;
        }
        let root = e.code.get(..3).unwrap_or("");
        if country_set.contains(root) {
            e.affiliation = Some(root.to_lowercase());
        } else if let Some(org) = e.code.get(..6).and_then(|c| org_by_code.get(c))
            && *org != e.id
        {
            e.affiliation = Some(org.clone());
        }
    }
}

/// Why an alias is not worth keeping, if it is not.
fn alias_problem(alias: &str, kind: EntityKind) -> Option<&'static str> {
    let min = if kind == EntityKind::Person { 3 } else { 2 };
    if letters(alias) < min {
        return Some("alias too short");
    }
    if !alias.contains(' ') && alias.chars().any(char::is_lowercase) && words::is_common(alias) {
        return Some("alias is a common English word");
    }
    None
}

fn parse_agents(file: &str, lines: &[(u64, String)], imp: &mut Import) {
    let mut in_xml = false;
    let mut sets: HashMap<String, Vec<String>> = HashMap::new();
    let mut seen = HashSet::new();
    for (n, raw) in lines {
        let line = strip_comments(raw, &mut in_xml);
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let skip = |reason: &'static str| Skipped {
            file: file.to_string(),
            line: *n,
            reason,
            detail: line.to_string(),
        };
        if line.starts_with('!')
            && let Some((name, list)) = line.split_once('=')
        {
            let name = name.trim().trim_matches('!').to_string();
            sets.insert(
                name,
                list.split(',')
                    .map(|s| s.trim().to_uppercase())
                    .filter(|s| !s.is_empty())
                    .collect(),
            );
            continue;
        }
        let Some(open) = line.find('[') else {
            imp.skipped.push(skip("agent without a [code]"));
            continue;
        };
        let Some(close) = line[open..].find(']') else {
            imp.skipped.push(skip("'[' without ']'"));
            continue;
        };
        let code = line[open + 1..open + close].trim().to_uppercase();
        if !code.contains('~') || code.trim_matches('~').is_empty() {
            imp.skipped.push(skip("agent code without '~' (~CODE or CODE~)"));
            continue;
        }
        let head = &line[..open];
        let (phrase, plural) = match head.find('{') {
            Some(b) => match head[b..].find('}') {
                Some(e) => (&head[..b], Some(head[b + 1..b + e].trim())),
                None => {
                    imp.skipped.push(skip("'{' without '}'"));
                    continue;
                }
            },
            None => (head, None),
        };
        let phrase = phrase.trim().trim_end_matches('_');
        // Substitution sets: every member replaces the marker, with no plural of its own.
        let expanded: Vec<(String, bool)> = match phrase.find('!') {
            Some(s) => match phrase[s + 1..].find('!') {
                Some(e) => {
                    let name = &phrase[s + 1..s + 1 + e];
                    let Some(members) = sets.get(name) else {
                        imp.skipped.push(skip("unknown substitution set"));
                        continue;
                    };
                    members
                        .iter()
                        .map(|m| (format!("{}{m}{}", &phrase[..s], &phrase[s + 2 + e..]), false))
                        .collect()
                }
                None => {
                    imp.skipped.push(skip("'!' without its closing '!'"));
                    continue;
                }
            },
            None => vec![(phrase.to_string(), true)],
        };
        let mut forms = Vec::new();
        for (p, pluralise) in expanded {
            forms.push(p.clone());
            if !pluralise {
                continue;
            }
            match plural {
                Some(list) => forms.extend(list.split_whitespace().map(str::to_string)),
                None => forms.push(plural_of(&p)),
            }
        }
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

/// One verb of a block, as a kgraph verb entry and the relation its code maps onto.
struct BlockVerb {
    entry: String,
    relation: Option<&'static str>,
}

/// Turns `DISMISS`, `FLOG {FLOGS FLOGGING FLOGGED}` or `+DRESS_DOWN {+DRESSED_DOWN …}` into a
/// kgraph verb entry ("flog{flogged}", "dress{dressed} down").
fn verb_entry(text: &str) -> std::result::Result<String, &'static str> {
    let (head, forms) = match text.find('{') {
        Some(b) => {
            let e = text[b..].find('}').ok_or("'{' without '}'")?;
            (&text[..b], Some(&text[b + 1..b + e]))
        }
        None => (text, None),
    };
    let head = head.trim().trim_end_matches('_');
    if head.contains('+') && !head.starts_with('+') {
        return Err("verb phrase whose verb is not its first word");
    }
    let words: Vec<String> = head
        .trim_start_matches('+')
        .split(['_', ' '])
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let Some(lemma) = words.first() else {
        return Err("empty verb");
    };
    if !lemma.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
        return Err("verb that is not a word of letters");
    }
    let mut pasts = Vec::new();
    for f in forms.unwrap_or("").split_whitespace() {
        let w = f
            .trim_start_matches('+')
            .split('_')
            .next()
            .unwrap_or("")
            .to_lowercase();
        let third = w.ends_with('s') && w.len() <= lemma.len() + 3 && !w.ends_with("ed");
        if w.is_empty() || w.ends_with("ing") || third || w == *lemma {
            continue;
        }
        if w.chars().all(|c| c.is_ascii_alphabetic() || c == '-') && !pasts.contains(&w) {
            pasts.push(w);
        }
    }
    let mut entry = lemma.clone();
    if !pasts.is_empty() {
        entry.push('{');
        entry.push_str(&pasts.join(","));
        entry.push('}');
    }
    for w in &words[1..] {
        entry.push(' ');
        entry.push_str(w);
    }
    Ok(entry)
}

/// The event code of a verb or pattern: `[0841]`, `[080!]` → 080, `[175:140]` → 175,
/// `[:020]` → 020 (PETRARCH2 writes paired codes with `:`), `[---]` stays.
fn cameo_code(s: &str) -> String {
    let s = s.trim();
    if s.starts_with("---") {
        return "---".into();
    }
    let part = s.split(':').map(str::trim).find(|p| !p.is_empty()).unwrap_or("");
    part.chars().filter(char::is_ascii_digit).collect()
}

fn parse_verbs(file: &str, lines: &[(u64, String)], imp: &mut Import) {
    let mut in_xml = false;
    let mut block_code = String::from("---");
    let mut block: Vec<BlockVerb> = Vec::new();
    let mut in_synset = false;
    let mut seen: HashSet<(&'static str, String)> = HashSet::new();
    for (n, raw) in lines {
        let line = strip_comments(raw, &mut in_xml);
        let line = line.trim_end();
        if line.trim().is_empty() {
            continue;
        }
        let mut skip = |reason: &'static str, detail: &str| {
            imp.skipped.push(Skipped {
                file: file.to_string(),
                line: *n,
                reason,
                detail: detail.trim().to_string(),
            })
        };
        let t = line.trim();
        let (text, code) = match (t.find('['), t.rfind(']')) {
            (Some(o), Some(c)) if c > o => (t[..o].trim(), Some(cameo_code(&t[o + 1..c]))),
            _ => (t, None),
        };
        if t.starts_with("---") {
            block_code = code.unwrap_or_else(|| "---".into());
            block.clear();
            in_synset = false;
            continue;
        }
        if t.starts_with('&') {
            in_synset = true; // a synonym set used by patterns; its members follow as '+' lines
            continue;
        }
        if in_synset && t.starts_with('+') {
            continue;
        }
        in_synset = false;
        if let Some(pattern) = t.strip_prefix('-') {
            let code = code.unwrap_or_else(|| block_code.clone());
            let Some((before, after)) = text[1..].split_once('*') else {
                skip("pattern without '*'", pattern);
                continue;
            };
            let Some(rel) = relation_for_cameo(&code) else {
                if code != "---" {
                    *imp.unmapped.entry(code.clone()).or_insert(0) += 1;
                }
                skip(
                    if code == "---" {
                        "pattern with no event ([---])"
                    } else {
                        "pattern whose CAMEO code has no kgraph relation"
                    },
                    t,
                );
                continue;
            };
            if !before.trim().is_empty() {
                skip(
                    "pattern with words before the verb (kgraph triggers start at the verb)",
                    t,
                );
                continue;
            }
            let after = after.trim().trim_end_matches('_');
            if after.is_empty()
                || !after
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || c == '_' || c == ' ')
            {
                skip("pattern with PETRARCH-only syntax ($ + & % ^ { | or no words)", t);
                continue;
            }
            let Some(head) = block.first() else {
                skip("pattern before any verb", t);
                continue;
            };
            if head.relation.is_some() {
                skip(
                    if head.relation == Some(rel) {
                        "pattern with the same relation as its verb"
                    } else {
                        "pattern that overrides its verb's code (kgraph cannot express exceptions)"
                    },
                    t,
                );
                continue;
            }
            let tail: Vec<String> = after
                .split(['_', ' '])
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            if tail.len() != 1 {
                // PETRARCH lets other words come between these; a literal phrase would be noise.
                skip("pattern with more than one word after the verb", t);
                continue;
            }
            let entry = format!("{} {}", head.entry, tail[0]);
            if seen.insert((rel, entry.clone())) {
                imp.verbs.push(Verb {
                    relation: rel,
                    verb: entry,
                    cameo: code.clone(),
                    source: format!("{file}:{n}"),
                });
                imp.patterns += 1;
            }
            continue;
        }
        // A verb of the current block, with its own code or the block's.
        let code = code.unwrap_or_else(|| block_code.clone());
        let entry = match verb_entry(text) {
            Ok(e) => e,
            Err(r) => {
                skip(r, t);
                continue;
            }
        };
        let rel = relation_for_cameo(&code);
        let lemma = entry.split(['{', ' ']).next().unwrap_or("");
        if rel.is_some() && GENERIC_VERBS.contains(&lemma) {
            block.push(BlockVerb {
                entry: entry.clone(),
                relation: rel,
            });
            skip("generic verb that CAMEO codes only in context", t);
            continue;
        }
        block.push(BlockVerb {
            entry: entry.clone(),
            relation: rel,
        });
        match rel {
            Some(rel) => {
                if seen.insert((rel, entry.clone())) {
                    imp.verbs.push(Verb {
                        relation: rel,
                        verb: entry,
                        cameo: code,
                        source: format!("{file}:{n}"),
                    });
                }
            }
            None if code == "---" => skip("verb with no event ([---])", t),
            None => {
                *imp.unmapped.entry(code).or_insert(0) += 1;
                skip("verb whose CAMEO code has no kgraph relation", t);
            }
        }
    }
}

impl Import {
    /// Writes the gazetteer folder: entities.csv, roles.csv, and agents.csv, verbs.csv and
    /// skipped.csv when there is something to put in them. Every file is written atomically.
    pub fn write(&self, dir: &Path, note: &str) -> Result<Vec<PathBuf>> {
        crate::output::prepare_dir(dir)?;
        let mut written = Vec::new();
        let mut put = |name: &str, header: &[&str], rows: Vec<Vec<String>>| -> Result<()> {
            let path = dir.join(name);
            crate::output::write_atomic(&path, |w| {
                for l in note.lines() {
                    writeln!(w, "# {l}")?;
                }
                let mut c = csv::Writer::from_writer(w);
                c.write_record(header)?;
                for r in &rows {
                    c.write_record(r)?;
                }
                c.flush()?;
                Ok(())
            })?;
            written.push(path);
            Ok(())
        };
        let date = |d: &Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        put(
            "entities.csv",
            &crate::dict::gazetteer::ENTITY_COLUMNS,
            self.entities
                .iter()
                .map(|e| {
                    vec![
                        e.id.clone(),
                        e.label.clone(),
                        e.kind.to_string(),
                        e.aliases.join(";"),
                        e.affiliation.clone().unwrap_or_default(),
                        e.role.clone(),
                        e.code.clone(),
                        String::new(),
                        String::new(),
                        e.demonyms.join(";"),
                        e.source.clone(),
                    ]
                })
                .collect(),
        )?;
        put(
            "roles.csv",
            &["entity", "role", "aliases", "code", "from", "to", "source"],
            self.roles
                .iter()
                .map(|r| {
                    vec![
                        r.entity.clone(),
                        r.role.clone(),
                        String::new(),
                        r.code.clone(),
                        date(&r.from),
                        date(&r.to),
                        r.source.clone(),
                    ]
                })
                .collect(),
        )?;
        if !self.agents.is_empty() {
            put(
                "agents.csv",
                &["phrase", "code", "source"],
                self.agents
                    .iter()
                    .map(|a| vec![a.phrase.clone(), a.code.clone(), a.source.clone()])
                    .collect(),
            )?;
        }
        if !self.verbs.is_empty() {
            put(
                "verbs.csv",
                &["relation", "verb", "cameo", "source"],
                self.verbs
                    .iter()
                    .map(|v| {
                        vec![
                            v.relation.to_string(),
                            v.verb.clone(),
                            v.cameo.clone(),
                            v.source.clone(),
                        ]
                    })
                    .collect(),
            )?;
        }
        put(
            "skipped.csv",
            &["file", "line", "reason", "detail"],
            self.skipped
                .iter()
                .map(|s| {
                    vec![
                        s.file.clone(),
                        s.line.to_string(),
                        s.reason.to_string(),
                        s.detail.clone(),
                    ]
                })
                .collect(),
        )?;
        Ok(written)
    }

    /// Number of aliases and demonyms over all entities (labels included).
    pub fn alias_count(&self) -> usize {
        self.entities
            .iter()
            .map(|e| 1 + e.aliases.len() + e.demonyms.len())
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(u64, String)> {
        text.lines()
            .enumerate()
            .map(|(i, l)| (i as u64 + 1, l.to_string()))
            .collect()
    }

    fn actors(text: &str) -> Import {
        let mut imp = Import::default();
        let mut raw = Vec::new();
        parse_actors("t.actors.txt", &lines(text), &mut raw, &mut imp.skipped);
        build_entities(raw, &mut imp);
        imp.skipped.sort_by_key(|s| s.line);
        imp
    }

    #[test]
    fn comments_table() {
        let mut x = false;
        assert_eq!(strip_comments("KERRY_ # vague", &mut x), "KERRY_ ");
        assert_eq!(strip_comments("<!-- head -->ANN_", &mut x), "ANN_");
        assert_eq!(strip_comments("<!-- open", &mut x), "");
        assert!(x);
        assert_eq!(strip_comments("still -->BOB", &mut x), "BOB");
        assert!(!x);
    }

    #[test]
    fn codes_table() {
        let d = |y, m, dd| Date::new(y, m, dd);
        let ok = |s: &str| parse_codes(s, 1).unwrap();
        assert_eq!(ok("[USAGOVLEG 850103-130201]")[0].from, d(1985, 1, 3));
        assert_eq!(ok("[USAGOVLEG 850103-130201]")[0].to, d(2013, 2, 1));
        assert_eq!(ok("[USAGOV >130201]")[0].from, d(2013, 2, 1));
        assert_eq!(ok("[HOB < 950601]")[0].to, d(1995, 6, 1));
        assert_eq!(ok("[RUSGOV 19940922-20040712]")[0].to, d(2004, 7, 12));
        assert_eq!(ok("[pse]")[0].code, "PSE");
        assert!(ok("[---]").is_empty());
        assert_eq!(ok("[USAGOV 010120-050120] [IGOUNOKID >050501]").len(), 2);
        assert_eq!(
            parse_codes("[KORGOVBUS 2004017-20061201]", 1).unwrap_err().0,
            "date not YYMMDD or YYYYMMDD"
        );
        assert_eq!(
            parse_codes("[USA 130201-120101]", 1).unwrap_err().0,
            "role ends before it starts"
        );
        assert_eq!(parse_codes("[USA", 1).unwrap_err().0, "'[' without ']'");
    }

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
        assert_eq!(alias_case(&w("U.S."), EntityKind::Country), "U.S.");
        assert_eq!(alias_case(&w("UN_"), EntityKind::Organization), "UN");
        assert_eq!(alias_case(&w("AMERICA_(USA)_"), EntityKind::Country), "America");
        assert_eq!(
            alias_case(&w("CONGO_(CONGO_REPUBLIC)"), EntityKind::Country),
            "Congo"
        );
        assert_eq!(cameo_code("175:140"), "175");
        assert_eq!(cameo_code(":020"), "020");
        assert_eq!(cameo_code("080!"), "080");
        assert_eq!(alias_case(&w("LAVROV"), EntityKind::Person), "Lavrov");
        assert!(phrase_words("A;B").is_err());
        assert!(phrase_words("X+_Y").is_err());
    }

    #[test]
    fn actors_roles_types_and_affiliations() {
        let imp = actors(
            "UNITED_STATES_ [USA]\n+AMERICAN_\n+U.S.\n+HOPE\n+AMERICA\n\
             JOHN_KERRY_ # vague\n+SECRETARY_KERRY_\n\t[USAGOVLEG 850103-130201]\n\t[USAGOV >130201]\n\
             WHITE_HOUSE_\n\t[USAGOV]\n\
             U.N._\n",
        );
        let ids: Vec<&str> = imp.entities.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["usa", "john_kerry", "white_house"]);
        let usa = &imp.entities[0];
        assert_eq!(usa.kind, EntityKind::Country);
        assert_eq!(usa.aliases, ["U.S.", "America"]);
        assert_eq!(usa.demonyms, ["American"]);
        let k = &imp.entities[1];
        assert_eq!(
            (k.label.as_str(), k.kind, k.code.as_str()),
            ("John Kerry", EntityKind::Person, "USAGOV")
        );
        assert_eq!(k.affiliation.as_deref(), Some("usa"));
        assert_eq!(k.aliases, ["Secretary Kerry"]);
        assert_eq!(k.source, "t.actors.txt:6");
        assert_eq!(imp.entities[2].kind, EntityKind::Organization);
        let roles: Vec<(String, Option<Date>, Option<Date>)> = imp
            .roles
            .iter()
            .filter(|r| r.entity == "john_kerry")
            .map(|r| (r.code.clone(), r.from, r.to))
            .collect();
        assert_eq!(
            roles,
            [
                (
                    "USAGOVLEG".to_string(),
                    Date::new(1985, 1, 3),
                    Date::new(2013, 2, 1)
                ),
                ("USAGOV".to_string(), Date::new(2013, 2, 1), None)
            ]
        );
        let reasons: Vec<&str> = imp.skipped.iter().map(|s| s.reason).collect();
        assert_eq!(
            reasons,
            ["alias is a common English word", "actor without a code"]
        );
        assert_eq!(imp.skipped[0].line, 4);
    }

    #[test]
    fn verbs_table() {
        let mut imp = Import::default();
        parse_verbs(
            "v.txt",
            &lines(
                "&CURRENCY\n+DOLLAR\n\
                 ---  DENOUNCE   [111]  ---\nDENOUNCE\nFLOG {FLOGS FLOGGING FLOGGED } [180]\n+DRESS_DOWN {+DRESSES_DOWN +DRESSED_DOWN}\n\
                 - * ACCUSATION [016] # x\n\
                 ---  IMPOSE   [---]  ---\nIMPOSE\n- * SANCTIONS [163]\n- $ * + [---]\n\
                 ---  DECLINE   [---]  ---\nSPURN [110]\n",
            ),
            &mut imp,
        );
        let got: Vec<(&str, &str)> = imp.verbs.iter().map(|v| (v.relation, v.verb.as_str())).collect();
        assert_eq!(
            got,
            [
                ("criticized", "denounce"),
                ("criticized", "dress{dressed} down"),
                ("sanctioned", "impose sanctions"),
                ("criticized", "spurn"),
            ]
        );
        assert_eq!(imp.unmapped.get("180"), Some(&1));
        assert_eq!(imp.unmapped.get("016"), Some(&1));
        assert_eq!(imp.patterns, 1);
    }

    #[test]
    fn agents_table() {
        let mut imp = Import::default();
        parse_agents(
            "a.txt",
            &lines(
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
}
