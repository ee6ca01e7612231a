//! Role nouns that make a demonym an actor ("Russian officials", "the Ukrainian foreign
//! minister"), read from each folder's `agents.csv`.

use super::reader::{collapse, for_each_row};
use crate::dict::layer::LayerFile;
use crate::error::{Error, Result};
use std::collections::HashMap;

/// Role nouns, indexed by their first word (lower case).
#[derive(Debug, Clone, Default)]
pub struct Agents {
    by_first: HashMap<String, Vec<(Vec<String>, String)>>,
}

impl Agents {
    /// Adds a phrase ("foreign minister") with its code; the first definition wins.
    pub fn add(&mut self, phrase: &str, code: &str) {
        let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
        let Some(first) = words.first().cloned() else {
            return;
        };
        let list = self.by_first.entry(first).or_default();
        if !list.iter().any(|(w, _)| *w == words) {
            list.push((words, code.to_string()));
            list.sort_by_key(|b| std::cmp::Reverse(b.0.len()));
        }
    }

    /// The longest agent phrase at the start of `words` (any case): its length and code.
    pub fn longest<'w>(&self, words: impl Iterator<Item = &'w str> + Clone) -> Option<(usize, &str)> {
        let first = words.clone().next()?.to_ascii_lowercase();
        let list = self.by_first.get(&first)?;
        list.iter()
            .find(|(w, _)| {
                let mut it = words.clone();
                w.iter()
                    .all(|x| it.next().is_some_and(|y| y.eq_ignore_ascii_case(x)))
            })
            .map(|(w, c)| (w.len(), c.as_str()))
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

/// Adds the role nouns of an `agents.csv` to `agents`.
pub(super) fn read(file: &LayerFile, agents: &mut Agents) -> Result<()> {
    let path = file.path.as_path();
    for_each_row(file, &["phrase"], &["phrase", "code", "source"], false, |row| {
        let phrase = collapse(row.field("phrase")).to_lowercase();
        if phrase.is_empty() {
            return Err(Error::gazetteer(path, row.line, "empty agent phrase"));
        }
        agents.add(&phrase, row.field("code"));
        Ok(())
    })
}
