//! The extraction rules: for each trigger in a sentence, decide whether it reads as a verb or a
//! noun and run the verb or the noun rule; keep one instance per relation, pair and polarity.
//!
//! The rules walk the sentence's items left and right of a trigger and stop at clause boundaries
//! (speech verbs, "that", relative pronouns, subordinators, semicolons), so a relation in reported
//! speech belongs to the embedded clause, never to the speaker.

use super::items::Kind;
use super::noun::noun_rule;
use super::sentence::{Found, Reading, Sentence, reading};
use super::verb::verb_rule;

/// Runs every rule over the sentence and appends what it finds to `out`.
pub fn extract(s: &Sentence, out: &mut Vec<Found>) {
    let mut consumed = vec![false; s.items.len()];
    let start = out.len();
    for t in 0..s.items.len() {
        let Kind::Trigger { verb, noun, .. } = s.items[t].kind else {
            continue;
        };
        match reading(s, t, verb, noun) {
            Reading::Verb(rel, form) => verb_rule(s, t, rel, form, &mut consumed, out),
            Reading::Noun(rel) => {
                if !consumed[t] {
                    noun_rule(s, t, rel, out)
                }
            }
        }
    }
    // one instance per (source, relation, target, polarity) and sentence
    let mut seen = Vec::new();
    let mut k = start;
    while k < out.len() {
        let f = out[k];
        let key = (f.source, f.rel, f.target, f.polarity.is_negated());
        if f.source == f.target || seen.contains(&key) {
            out.remove(k);
        } else {
            seen.push(key);
            k += 1;
        }
    }
}
