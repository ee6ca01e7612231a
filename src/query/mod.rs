//! Graph queries over a loaded [`KnowledgeGraph`]: name resolution through aliases, one file per
//! query, each returning typed rows; [`Table`] turns rows into text, CSV or JSON at the end.

pub mod centrality;
pub mod edges;
pub mod ego;
pub mod events;
pub mod evidence;
pub mod neighbors;
pub mod path;
pub mod stats;
pub mod table;
pub mod top;

pub use table::{Row, Table};

use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;
use petgraph::graph::NodeIndex;
use std::collections::BTreeSet;

/// Resolves user-typed names to nodes, case-insensitively, through ids, labels and aliases.
pub struct Resolver<'g> {
    kg: &'g KnowledgeGraph,
    /// (normalised name, node) for every id, label and alias.
    names: Vec<(String, NodeIndex)>,
}

fn norm(s: &str) -> String {
    let s = crate::dict::gazetteer::collapse(s).to_lowercase();
    let s = s.strip_prefix("the ").unwrap_or(&s).to_string();
    s.trim_end_matches("'s").to_string()
}

impl<'g> Resolver<'g> {
    pub fn new(kg: &'g KnowledgeGraph) -> Resolver<'g> {
        let mut names = Vec::new();
        for ix in kg.graph().node_indices() {
            let n = kg.node_at(ix);
            for s in std::iter::once(&n.id.0)
                .chain(std::iter::once(&n.label))
                .chain(&n.aliases)
            {
                names.push((norm(s), ix));
            }
        }
        names.sort();
        names.dedup();
        Resolver { kg, names }
    }

    /// The node a name means: an error that lists candidates when it is ambiguous and suggests
    /// the closest known names when it is unknown.
    pub fn resolve(&self, name: &str) -> Result<NodeIndex> {
        let key = norm(name);
        // `names` is sorted: the rows of `key` are one run, found by binary search
        let from = self.names.partition_point(|(n, _)| *n < key);
        let hits: BTreeSet<NodeIndex> = self.names[from..]
            .iter()
            .take_while(|(n, _)| *n == key)
            .map(|&(_, ix)| ix)
            .collect();
        let name = shown(name);
        match hits.len() {
            1 => Ok(*hits.iter().next().unwrap_or(&NodeIndex::new(0))),
            0 => {
                let limit = crate::text::suggest::reach(&key);
                let len = key.chars().count();
                let mut scored: Vec<(usize, &str, &str)> = self
                    .names
                    .iter()
                    // names whose lengths differ by more than the limit are further apart than it
                    .filter(|(n, _)| n.chars().count().abs_diff(len) <= limit)
                    .map(|(n, ix)| {
                        (
                            crate::text::suggest::edit_distance(&key, n),
                            self.kg.node_at(*ix).label.as_str(),
                            self.kg.node_at(*ix).id.0.as_str(),
                        )
                    })
                    .collect();
                scored.sort();
                let mut seen = BTreeSet::new();
                let close: Vec<String> = scored
                    .iter()
                    .filter(|(d, _, _)| *d <= limit)
                    .filter(|(_, _, id)| seen.insert(*id))
                    .take(5)
                    .map(|(_, label, id)| format!("{label} ({id})"))
                    .collect();
                Err(Error::Name(if close.is_empty() {
                    format!("no entity named {name:?} in the graph")
                } else {
                    format!(
                        "no entity named {name:?} in the graph; did you mean: {}?",
                        close.join(", ")
                    )
                }))
            }
            _ => {
                let list: Vec<String> = hits
                    .iter()
                    .map(|&ix| format!("{} ({})", self.kg.node_at(ix).label, self.kg.node_at(ix).id))
                    .collect();
                Err(Error::Name(format!(
                    "{name:?} is ambiguous: it names {}; use the id",
                    list.join(", ")
                )))
            }
        }
    }
}

impl Resolver<'_> {
    /// A relation filter as typed: kept when the graph has edges of it or the built-in lexicon
    /// defines it (an empty answer is then the answer), else an error that names the closest.
    pub fn relation(&self, name: Option<String>) -> Result<Option<String>> {
        let Some(name) = name else { return Ok(None) };
        let mut known: Vec<&str> = self.kg.edges().map(|e| e.relation.as_str()).collect();
        known.sort_unstable();
        known.dedup();
        if known.contains(&name.as_str()) {
            return Ok(Some(name));
        }
        let builtin = crate::dict::builtin::relation_names();
        if builtin.contains(&name.as_str()) {
            return Ok(Some(name));
        }
        let in_graph = if known.is_empty() {
            "the graph has no edges".to_string()
        } else {
            format!("the graph's relations are {}", known.join(", "))
        };
        let candidates = known.iter().copied().chain(builtin.iter().copied());
        Err(Error::Name(format!(
            "no relation named {:?}: {in_graph}{}",
            shown(&name),
            crate::text::suggest::did_you_mean(&name, candidates)
        )))
    }
}

/// A name as an error shows it: at most 80 characters.
fn shown(name: &str) -> String {
    match name.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &name[..i]),
        None => name.to_string(),
    }
}

/// Formats a float with up to six decimals, without trailing zeros noise.
pub fn fmt_f64(x: f64) -> String {
    let s = format!("{x:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s.is_empty() || s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

pub(crate) fn opt_date(d: Option<crate::model::Date>) -> String {
    d.map_or(String::new(), |d| d.to_string())
}
