//! Reads `CAMEO.2.0.txt`: verbs and `- * WORD` patterns become the triggers of `verbs.csv`.

use super::cameo::{GENERIC_VERBS, cameo_code, relation_for_cameo};
use super::lines::Comments;
use super::rows::{Import, Verb};
use crate::import::Skipped;
use std::collections::HashSet;

/// One verb of a block, as a kgraph verb entry and the relation its code maps onto.
struct BlockVerb {
    entry: String,
    relation: Option<&'static str>,
}

/// Why a line gives no trigger: a fixed reason and the text to report.
type Refusal<'t> = (&'static str, &'t str);

/// The state of reading one verbs file: the current block and the triggers written so far.
struct Reader<'f> {
    file: &'f str,
    block_code: String,
    block: Vec<BlockVerb>,
    /// Inside a `&SYNSET` list, whose members follow as `+` lines.
    in_synset: bool,
    seen: HashSet<(&'static str, String)>,
}

/// Reads the verbs and patterns of one file into `imp`.
pub(super) fn parse_verbs(file: &str, lines: &[(u64, String)], imp: &mut Import) {
    let mut comments = Comments::default();
    let mut reader = Reader {
        file,
        block_code: String::from("---"),
        block: Vec::new(),
        in_synset: false,
        seen: HashSet::new(),
    };
    for (n, raw) in lines {
        let line = comments.strip(raw);
        let t = line.trim();
        if !t.is_empty() {
            reader.line(*n, t, imp);
        }
    }
}

impl Reader<'_> {
    /// Reads one line (trimmed, without comments, not empty).
    fn line(&mut self, n: u64, t: &str, imp: &mut Import) {
        let (text, code) = match (t.find('['), t.rfind(']')) {
            (Some(o), Some(c)) if c > o => (t[..o].trim(), Some(cameo_code(&t[o + 1..c]))),
            _ => (t, None),
        };
        if t.starts_with("---") {
            self.block_code = code.unwrap_or_else(|| "---".into());
            self.block.clear();
            self.in_synset = false;
            return;
        }
        if t.starts_with('&') {
            self.in_synset = true; // a synonym set used by patterns; its members follow as '+' lines
            return;
        }
        if self.in_synset && t.starts_with('+') {
            return;
        }
        self.in_synset = false;
        // A pattern or a verb of the current block, with its own code or the block's.
        let code = code.unwrap_or_else(|| self.block_code.clone());
        if t.starts_with('-') {
            match self.pattern(t, text, &code, imp) {
                Ok((rel, entry)) => {
                    if self.add(imp, n, rel, entry, code) {
                        imp.patterns += 1;
                    }
                }
                Err((reason, detail)) => self.skip(imp, n, reason, detail),
            }
        } else if let Err((reason, detail)) = self.verb(n, t, text, code, imp) {
            self.skip(imp, n, reason, detail);
        }
    }

    /// The relation and phrase entry of a pattern line `t` (`text` without its code).
    fn pattern<'t>(
        &self,
        t: &'t str,
        text: &str,
        code: &str,
        imp: &mut Import,
    ) -> Result<(&'static str, String), Refusal<'t>> {
        let Some((before, after)) = text[1..].split_once('*') else {
            return Err(("pattern without '*'", &t[1..]));
        };
        let Some(rel) = relation_for_cameo(code) else {
            if code == "---" {
                return Err(("pattern with no event ([---])", t));
            }
            *imp.unmapped.entry(code.to_string()).or_insert(0) += 1;
            return Err(("pattern whose CAMEO code has no kgraph relation", t));
        };
        if !before.trim().is_empty() {
            return Err((
                "pattern with words before the verb (kgraph triggers start at the verb)",
                t,
            ));
        }
        let after = after.trim().trim_end_matches('_');
        if after.is_empty()
            || !after
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == '_' || c == ' ')
        {
            return Err(("pattern with PETRARCH-only syntax ($ + & % ^ { | or no words)", t));
        }
        let Some(head) = self.block.first() else {
            return Err(("pattern before any verb", t));
        };
        if head.relation == Some(rel) {
            return Err(("pattern with the same relation as its verb", t));
        }
        if head.relation.is_some() {
            return Err((
                "pattern that overrides its verb's code (kgraph cannot express exceptions)",
                t,
            ));
        }
        let tail = lower_words(after);
        if tail.len() != 1 {
            // PETRARCH lets other words come between these; a literal phrase would be noise.
            return Err(("pattern with more than one word after the verb", t));
        }
        Ok((rel, format!("{} {}", head.entry, tail[0])))
    }

    /// Adds a verb line `t` (`text` without its code) to the block, and its trigger when its
    /// code maps onto a relation.
    fn verb<'t>(
        &mut self,
        n: u64,
        t: &'t str,
        text: &str,
        code: String,
        imp: &mut Import,
    ) -> Result<(), Refusal<'t>> {
        let entry = verb_entry(text).map_err(|r| (r, t))?;
        let relation = relation_for_cameo(&code);
        let lemma = entry.split(['{', ' ']).next().unwrap_or("");
        let generic = GENERIC_VERBS.contains(&lemma);
        self.block.push(BlockVerb {
            entry: entry.clone(),
            relation,
        });
        match relation {
            Some(_) if generic => Err(("generic verb that CAMEO codes only in context", t)),
            Some(rel) => {
                self.add(imp, n, rel, entry, code);
                Ok(())
            }
            None if code == "---" => Err(("verb with no event ([---])", t)),
            None => {
                *imp.unmapped.entry(code).or_insert(0) += 1;
                Err(("verb whose CAMEO code has no kgraph relation", t))
            }
        }
    }

    /// Writes a trigger unless the same one was written before; says whether it was new.
    fn add(&mut self, imp: &mut Import, n: u64, relation: &'static str, verb: String, cameo: String) -> bool {
        if !self.seen.insert((relation, verb.clone())) {
            return false;
        }
        imp.verbs.push(Verb {
            relation,
            verb,
            cameo,
            source: format!("{}:{n}", self.file),
        });
        true
    }

    fn skip(&self, imp: &mut Import, n: u64, reason: &'static str, detail: &str) {
        imp.skipped
            .push(Skipped::new(self.file, n, reason, detail.trim()));
    }
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
    let words = lower_words(head.trim_start_matches('+'));
    let Some(lemma) = words.first() else {
        return Err("empty verb");
    };
    if !lemma.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
        return Err("verb that is not a word of letters");
    }
    let mut entry = lemma.clone();
    let pasts = past_forms(lemma, forms.unwrap_or(""));
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

/// The words of a verb phrase (`_` and spaces separate them), in lower case.
fn lower_words(s: &str) -> Vec<String> {
    s.split(['_', ' '])
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The past forms among a verb's irregular forms (`FLOGS FLOGGING FLOGGED` → flogged): not the
/// lemma, not an -ing form, not a third-person -s form.
fn past_forms(lemma: &str, forms: &str) -> Vec<String> {
    let mut pasts = Vec::new();
    for f in forms.split_whitespace() {
        let w = f
            .trim_start_matches('+')
            .split('_')
            .next()
            .unwrap_or("")
            .to_lowercase();
        let third = w.ends_with('s') && w.len() <= lemma.len() + 3 && !w.ends_with("ed");
        if w.is_empty() || w.ends_with("ing") || third || w == lemma {
            continue;
        }
        if w.chars().all(|c| c.is_ascii_alphabetic() || c == '-') && !pasts.contains(&w) {
            pasts.push(w);
        }
    }
    pasts
}

#[cfg(test)]
mod tests {
    use super::super::lines::numbered;
    use super::*;

    #[test]
    fn verbs_table() {
        let mut imp = Import::default();
        parse_verbs(
            "v.txt",
            &numbered(
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
    fn entries_table() {
        assert_eq!(
            verb_entry("FLOG {FLOGS FLOGGING FLOGGED }").unwrap(),
            "flog{flogged}"
        );
        assert_eq!(
            verb_entry("+DRESS_DOWN {+DRESSES_DOWN +DRESSED_DOWN}").unwrap(),
            "dress{dressed} down"
        );
        assert_eq!(
            verb_entry("HEAD_+OFF").unwrap_err(),
            "verb phrase whose verb is not its first word"
        );
        assert_eq!(verb_entry("FLOG {FLOGGED").unwrap_err(), "'{' without '}'");
    }
}
