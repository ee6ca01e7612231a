//! `gazetteer check`: what a stacked gazetteer will do to the tagger — names claimed twice,
//! aliases that are ordinary English words, and how many entities of each type each folder adds.

use crate::dict::gazetteer::Gazetteer;
use crate::lang::en::words;
use crate::model::EntityKind;
use std::path::PathBuf;

/// An alias that is made of frequent English words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommonAlias {
    pub entity: String,
    pub alias: String,
    /// `true` when the alias has no upper-case letter, so it matches ordinary text in any case;
    /// otherwise it fires on every capitalised occurrence (sentence starts, headlines).
    pub any_case: bool,
}

/// The findings of a check.
#[derive(Debug, Default)]
pub struct Report {
    /// Loader warnings: names claimed by two entities (with both ids and who keeps it), ids
    /// defined twice.
    pub conflicts: Vec<String>,
    pub common: Vec<CommonAlias>,
    /// Entities per folder and type: `(folder, type, count)`.
    pub by_type: Vec<(PathBuf, EntityKind, usize)>,
    pub aliases: usize,
    pub titles: usize,
}

/// Checks a loaded gazetteer whose layers are named by `dirs` (folders, or `<built-in>/world`).
pub fn check(g: &Gazetteer, dirs: &[PathBuf]) -> Report {
    let mut r = Report {
        conflicts: g.conflicts.clone(),
        titles: g.titles.len(),
        ..Report::default()
    };
    let mut counts = vec![[0usize; 4]; g.folders()];
    for (i, e) in g.iter() {
        let k = EntityKind::ALL.iter().position(|&k| k == e.kind).unwrap_or(0);
        counts[g.folder_of(i)][k] += 1;
        r.aliases += e.aliases.len();
        for a in &e.aliases {
            let ws: Vec<&str> = a.split_whitespace().collect();
            let upper = a.chars().any(char::is_uppercase);
            let all_common = ws.iter().all(|w| words::is_common(w));
            if all_common && (!upper || ws.len() == 1 && a.chars().any(char::is_lowercase)) {
                r.common.push(CommonAlias {
                    entity: e.id.0.clone(),
                    alias: a.clone(),
                    any_case: !upper,
                });
            }
        }
    }
    for (f, c) in counts.iter().enumerate() {
        for (k, &n) in EntityKind::ALL.iter().zip(c) {
            if n > 0 {
                r.by_type.push((dirs.get(f).cloned().unwrap_or_default(), *k, n));
            }
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn folder(entities: &str) -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        fs::write(d.path().join("entities.csv"), entities).unwrap();
        d
    }

    #[test]
    fn finds_common_words_conflicts_and_counts() {
        let a = folder(
            "id,label,type,aliases\nusa,United States,country,US;America\n\
             may,Theresa May,person,May;Mrs May\nwest,the West,organization,the west\n",
        );
        let b = folder("id,label,type,aliases\nusa_2,United States,country,Union\namerica,America,place,\n");
        let dirs = [a.path().to_path_buf(), b.path().to_path_buf()];
        let g = Gazetteer::load(&dirs).unwrap();
        let r = check(&g, &dirs);
        let common: Vec<(&str, bool)> = r.common.iter().map(|c| (c.alias.as_str(), c.any_case)).collect();
        assert_eq!(common, [("Union", false), ("May", false), ("the west", true)]);
        assert_eq!(r.conflicts.len(), 1, "{:?}", r.conflicts);
        assert!(r.conflicts[0].contains("\"America\" is claimed by usa and america; usa keeps it"));
        let second: Vec<(EntityKind, usize)> = r
            .by_type
            .iter()
            .filter(|(d, _, _)| d == b.path())
            .map(|&(_, k, n)| (k, n))
            .collect();
        assert_eq!(second, [(EntityKind::Place, 1)], "usa_2 is folded into usa");
    }
}
