//! Reads an actors file: primary phrases, their `+` synonyms and `[CODE DATES]` lines, as raw actors.

use super::codes::{Dated, parse_codes};
use super::lines::{Comments, phrase_words};
use crate::import::Skipped;

/// One actor as written: its names (words and line) and its codes, in file order.
#[derive(Debug)]
pub(super) struct RawActor {
    pub(super) file: String,
    pub(super) line: u64,
    pub(super) names: Vec<(Vec<String>, u64)>,
    pub(super) codes: Vec<Dated>,
}

/// Reads the actors of one file into `out`, and the lines it cannot use into `skipped`.
pub(super) fn parse_actors(
    file: &str,
    lines: &[(u64, String)],
    out: &mut Vec<RawActor>,
    skipped: &mut Vec<Skipped>,
) {
    let mut comments = Comments::default();
    let mut current: Option<RawActor> = None;
    for (n, raw) in lines {
        let n = *n;
        let line = comments.strip(raw);
        if line.trim().is_empty() {
            continue;
        }
        let first = line.chars().next().unwrap_or(' ');
        let indented = first.is_whitespace() || first == '[';
        if first != '+' && !indented {
            out.extend(current.take());
            let mut actor = RawActor {
                file: file.to_string(),
                line: n,
                names: Vec::new(),
                codes: Vec::new(),
            };
            add_phrase(&mut actor, &line, n, skipped);
            current = Some(actor);
            continue;
        }
        let Some(actor) = current.as_mut() else {
            let reason = if indented {
                "codes before any actor"
            } else {
                "synonym before any actor"
            };
            skipped.push(Skipped::new(file, n, reason, line.trim()));
            continue;
        };
        if !indented {
            add_phrase(actor, &line[1..], n, skipped);
        } else if !line.contains('[') {
            skipped.push(Skipped::new(file, n, "indented line without a code", line.trim()));
        } else {
            add_codes(actor, &line, n, skipped);
        }
    }
    out.extend(current);
}

/// Adds a name with its optional codes on the same line (`ALGERIA_ [DZA]`) to `actor`.
fn add_phrase(actor: &mut RawActor, body: &str, n: u64, skipped: &mut Vec<Skipped>) {
    let (phrase, codes) = body.split_at(body.find('[').unwrap_or(body.len()));
    add_codes(actor, codes, n, skipped);
    match phrase_words(phrase) {
        Ok(w) => actor.names.push((w, n)),
        Err(r) => skipped.push(Skipped::new(&actor.file, n, r, phrase.trim())),
    }
}

/// Adds the `[CODE DATES]` groups of `s` to `actor`, or reports the line.
fn add_codes(actor: &mut RawActor, s: &str, n: u64, skipped: &mut Vec<Skipped>) {
    match parse_codes(s, n) {
        Ok(c) => actor.codes.extend(c),
        Err((r, d)) => skipped.push(Skipped::new(&actor.file, n, r, d)),
    }
}
