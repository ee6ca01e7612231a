//! Warnings for a person: grouped by kind, the first few of each kind printed and the rest
//! counted on one line (`--verbose` prints every one), and `--strict`'s verdict on them.

use crate::error::{Error, Result};
use crate::model::WarningKind;

/// How many warnings of one kind print before the rest are counted.
pub const SHOWN_PER_KIND: usize = 3;

/// The warnings of one command, in the order they were found.
#[derive(Debug, Default)]
pub struct Warnings(Vec<(WarningKind, String)>);

impl Warnings {
    /// The gazetteer's warnings: alias conflicts (settled by the stacking order), aliases left
    /// out or likely to misfire, dictionary lines skipped.
    pub fn of_gazetteer(gaz: &crate::dict::gazetteer::Gazetteer) -> Warnings {
        let mut w = Warnings::default();
        let tagged = [
            (WarningKind::AliasConflict, &gaz.conflicts),
            (WarningKind::Alias, &gaz.alias_warnings),
            (WarningKind::Lexicon, &gaz.lexicon_warnings),
        ];
        for (kind, list) in tagged {
            w.0.extend(list.iter().map(|m| (kind, format!("gazetteer: {m}"))));
        }
        w
    }

    pub fn push(&mut self, kind: WarningKind, text: String) {
        self.0.push((kind, text));
    }

    /// The input readers' warnings, each naming its file.
    pub fn extend_input<'a>(&mut self, ws: impl IntoIterator<Item = &'a crate::input::Warning>) {
        self.0.extend(ws.into_iter().map(|w| (w.kind, w.to_string())));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The lines to print: every warning when `verbose`, else the first
    /// [`SHOWN_PER_KIND`] of each kind (kinds in the order first seen) and a count of the rest.
    pub fn lines(&self, verbose: bool) -> Vec<String> {
        let mut kinds: Vec<WarningKind> = Vec::new();
        for (k, _) in &self.0 {
            if !kinds.contains(k) {
                kinds.push(*k);
            }
        }
        let mut out = Vec::new();
        for kind in kinds {
            let all: Vec<&String> = self
                .0
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, t)| t)
                .collect();
            let shown = if verbose {
                all.len()
            } else {
                all.len().min(SHOWN_PER_KIND)
            };
            out.extend(all[..shown].iter().map(|t| format!("warning: {t}")));
            if shown < all.len() {
                out.push(format!(
                    "warning: ... and {} more {} ({} in all; --verbose lists them)",
                    all.len() - shown,
                    kind.label(),
                    all.len()
                ));
            }
        }
        out
    }

    /// Prints the warnings on stderr, unless `--quiet`.
    pub fn print(&self) {
        if super::say::quiet() {
            return;
        }
        for l in self.lines(super::say::verbose()) {
            say!("{l}");
        }
    }

    /// `--strict`: an error when any warning is one no documented rule settles (an alias
    /// conflict, which the stacking order settles, does not count).
    pub fn strict(&self) -> Result<()> {
        let open: Vec<&String> = self
            .0
            .iter()
            .filter(|(k, _)| !k.settled())
            .map(|(_, t)| t)
            .collect();
        match open.first() {
            None => Ok(()),
            Some(first) => Err(Error::Usage(format!(
                "--strict: {} warning(s), the first: {first}; nothing written",
                open.len()
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(ws: &[(WarningKind, &str)]) -> Warnings {
        Warnings(ws.iter().map(|(k, t)| (*k, t.to_string())).collect())
    }

    #[test]
    fn many_of_a_kind_are_counted_on_one_line() {
        let mut ws: Vec<(WarningKind, String)> = (0..10)
            .map(|i| (WarningKind::Binary, format!("f{i}.bin: binary")))
            .collect();
        ws.insert(1, (WarningKind::Encoding, "a.txt: not UTF-8".into()));
        let w = Warnings(ws);
        assert_eq!(
            w.lines(false),
            [
                "warning: f0.bin: binary",
                "warning: f1.bin: binary",
                "warning: f2.bin: binary",
                "warning: ... and 7 more binary files (10 in all; --verbose lists them)",
                "warning: a.txt: not UTF-8",
            ]
        );
        assert_eq!(w.lines(true).len(), 11);
    }

    #[test]
    fn a_few_of_a_kind_print_in_full() {
        let w = of(&[(WarningKind::Empty, "a: empty"), (WarningKind::Empty, "b: empty")]);
        assert_eq!(w.lines(false), ["warning: a: empty", "warning: b: empty"]);
    }

    #[test]
    fn strict_fails_on_problems_but_not_on_settled_conflicts() {
        let settled = of(&[(WarningKind::AliasConflict, "alias \"Kerry\" ...; kerry2 keeps it")]);
        assert!(settled.strict().is_ok());
        let open = of(&[
            (WarningKind::AliasConflict, "alias"),
            (WarningKind::Binary, "x.bin: binary"),
        ]);
        let e = open.strict().unwrap_err().to_string();
        assert!(e.contains("1 warning(s), the first: x.bin: binary"), "{e}");
    }
}
