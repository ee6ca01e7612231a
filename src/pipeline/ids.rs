//! Document ids unique in a run: a second document of one id (a JSON Lines id given twice, two
//! non-UTF-8 file names shown alike) is renamed `ID#2`, `ID#3`… in input order, with a warning,
//! so no two documents merge into one and the outputs never depend on which came first.

use crate::extract::DocOutput;
use std::collections::HashMap;

/// The ids handed out so far, and how many documents claimed each.
#[derive(Debug, Default)]
pub struct DocIds {
    seen: HashMap<String, u32>,
}

impl DocIds {
    /// Gives `d` an id no earlier document has; returns the warning when it had to rename it.
    pub fn claim(&mut self, d: &mut DocOutput) -> Option<String> {
        let n = self.seen.entry(d.doc.clone()).or_insert(0);
        *n += 1;
        if *n == 1 {
            return None;
        }
        let original = d.doc.clone();
        let mut k = *n;
        let renamed = loop {
            let candidate = format!("{original}#{k}");
            if !self.seen.contains_key(&candidate) {
                break candidate;
            }
            k += 1;
        };
        self.seen.insert(renamed.clone(), 1);
        for r in &mut d.relations {
            r.evidence.doc.clone_from(&renamed);
        }
        d.doc.clone_from(&renamed);
        Some(format!(
            "document id {original:?} given twice or more: this one is {renamed:?} (give each \
             record its own id)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(name: &str) -> DocOutput {
        DocOutput {
            doc: name.into(),
            ..DocOutput::default()
        }
    }

    #[test]
    fn repeated_ids_are_numbered_in_input_order_and_never_collide() {
        let mut ids = DocIds::default();
        let names: Vec<(String, bool)> = ["a", "b", "a", "a#2", "a", "b"]
            .into_iter()
            .map(|n| {
                let mut d = doc(n);
                let warned = ids.claim(&mut d).is_some();
                (d.doc, warned)
            })
            .collect();
        let expect = [
            ("a", false),
            ("b", false),
            ("a#2", true),
            ("a#2#2", true),
            ("a#3", true),
            ("b#2", true),
        ];
        let got: Vec<(&str, bool)> = names.iter().map(|(n, w)| (n.as_str(), *w)).collect();
        assert_eq!(got, expect);
    }
}
