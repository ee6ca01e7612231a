//! Actor codes and their dates (`[USAGOVLEG 850103-130201]`), the current code, readable code names.

use crate::model::Date;
use std::collections::HashMap;

/// A code with its optional dates, as read from `[CODE DATES]`.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Dated {
    pub(super) code: String,
    pub(super) from: Option<Date>,
    pub(super) to: Option<Date>,
    pub(super) line: u64,
}

/// Why a `[...]` group could not be read: a fixed reason and the offending text.
pub(super) type CodeError = (&'static str, String);

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
pub(super) fn parse_codes(s: &str, line: u64) -> std::result::Result<Vec<Dated>, CodeError> {
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
        if let Some(dated) = parse_group(inner, line)? {
            out.push(dated);
        }
    }
    Ok(out)
}

/// Parses the inside of one `[CODE DATES]` group; `[---]` ("no code") gives nothing.
fn parse_group(inner: &str, line: u64) -> std::result::Result<Option<Dated>, CodeError> {
    let mut parts = inner.splitn(2, char::is_whitespace);
    let code = parts.next().unwrap_or("").to_ascii_uppercase();
    let dates: String = parts.next().unwrap_or("").split_whitespace().collect();
    if code.is_empty() {
        return Err(("empty code", inner.to_string()));
    }
    if code == "---" {
        return Ok(None);
    }
    if !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err((
            "code with characters other than letters and digits",
            inner.to_string(),
        ));
    }
    let (from, to) = parse_span(&dates).ok_or_else(|| ("date not YYMMDD or YYYYMMDD", inner.to_string()))?;
    if let (Some(f), Some(t)) = (from, to)
        && t <= f
    {
        return Err(("role ends before it starts", inner.to_string()));
    }
    Ok(Some(Dated { code, from, to, line }))
}

/// Reads the dates of a group: none, `>A` (from A on), `<B` (until B) or `A-B`; `None` when a
/// date does not parse.
fn parse_span(dates: &str) -> Option<(Option<Date>, Option<Date>)> {
    Some(if dates.is_empty() {
        (None, None)
    } else if let Some(d) = dates.strip_prefix('>') {
        (Some(parse_date(d)?), None)
    } else if let Some(d) = dates.strip_prefix('<') {
        (None, Some(parse_date(d)?))
    } else if let Some((a, b)) = dates.split_once('-') {
        (Some(parse_date(a)?), Some(parse_date(b)?))
    } else {
        return None;
    })
}

/// The code that describes an actor now: the open-ended role with the latest start, else the
/// last undated one, else the one that ended last.
pub(super) fn current_code(codes: &[Dated]) -> Option<&Dated> {
    let open = codes
        .iter()
        .filter(|c| c.to.is_none() && c.from.is_some())
        .max_by_key(|c| c.from);
    open.or_else(|| codes.iter().rev().find(|c| c.from.is_none() && c.to.is_none()))
        .or_else(|| codes.iter().max_by_key(|c| c.to))
}

/// Whether a code is a bare three-letter country code (`USA`, not `IGO`).
pub(super) fn is_bare_country(code: &str) -> bool {
    code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) && !ROOTS.iter().any(|(r, _)| *r == code)
}

/// A readable role for a code: its country's name (or the root's meaning), then each role
/// code's meaning, then the code: "Russian Federation government (RUSGOV)".
pub(super) fn describe(code: &str, country_names: &HashMap<String, String>) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            parse_codes("[USA 1302]", 1).unwrap_err().0,
            "date not YYMMDD or YYYYMMDD"
        );
    }

    #[test]
    fn descriptions_table() {
        let names: HashMap<String, String> = [("RUS".to_string(), "Russia".to_string())].into();
        assert_eq!(describe("RUSGOV", &names), "Russia government (RUSGOV)");
        assert_eq!(
            describe("IGOUNOKID", &names),
            "intergovernmental organization UNO KID (IGOUNOKID)"
        );
        assert_eq!(describe("USAGOVLE", &names), "USA government LE (USAGOVLE)");
        assert!(is_bare_country("USA") && !is_bare_country("IGO") && !is_bare_country("USAGOV"));
    }
}
