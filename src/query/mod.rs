//! Graph queries over a loaded [`KnowledgeGraph`]: name resolution through aliases, one file per
//! query, and one [`Table`] type that every query returns and every output format prints.

pub mod centrality;
pub mod edges;
pub mod ego;
pub mod events;
pub mod evidence;
pub mod neighbors;
pub mod path;
pub mod stats;
pub mod top;

use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;
use petgraph::graph::NodeIndex;
use std::collections::BTreeSet;
use std::io::{self, Write};

/// A query's answer: a header and rows of cells, already sorted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|s| s.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// The cell of column `name` in row `r`.
    pub fn get(&self, r: usize, name: &str) -> Option<&str> {
        let c = self.header.iter().position(|h| h == name)?;
        self.rows.get(r)?.get(c).map(String::as_str)
    }

    /// Prints aligned columns for people; long cells (evidence) stay whole in the last column.
    pub fn write_text(&self, w: &mut dyn Write) -> io::Result<()> {
        let n = self.header.len();
        let mut width = vec![0usize; n];
        for row in std::iter::once(&self.header).chain(&self.rows) {
            for (i, c) in row.iter().enumerate().take(n.saturating_sub(1)) {
                width[i] = width[i].max(c.chars().count());
            }
        }
        for row in std::iter::once(&self.header).chain(&self.rows) {
            let mut line = String::new();
            for (i, c) in row.iter().enumerate() {
                if i + 1 < n {
                    line.push_str(c);
                    line.extend(std::iter::repeat_n(' ', width[i] - c.chars().count() + 2));
                } else {
                    line.push_str(c);
                }
            }
            writeln!(w, "{}", line.trim_end())?;
        }
        if self.rows.is_empty() {
            writeln!(w, "(no results)")?;
        }
        Ok(())
    }

    pub fn write_csv(&self, w: &mut dyn Write) -> io::Result<()> {
        let mut c = csv::Writer::from_writer(w);
        c.write_record(&self.header).map_err(crate::error::io_from_csv)?;
        for r in &self.rows {
            c.write_record(r).map_err(crate::error::io_from_csv)?;
        }
        c.flush()
    }

    /// An array of objects keyed by the header; numbers stay numbers.
    pub fn write_json(&self, w: &mut dyn Write) -> io::Result<()> {
        let rows: Vec<serde_json::Map<String, serde_json::Value>> = self
            .rows
            .iter()
            .map(|r| {
                self.header
                    .iter()
                    .zip(r)
                    .map(|(h, c)| {
                        if c.is_empty() {
                            return (h.clone(), serde_json::Value::Null);
                        }
                        let v = c
                            .parse::<i64>()
                            .map(serde_json::Value::from)
                            .or_else(|_| {
                                c.parse::<f64>()
                                    .ok()
                                    .filter(|f| f.is_finite())
                                    .map(serde_json::Value::from)
                                    .ok_or(())
                            })
                            .unwrap_or_else(|_| serde_json::Value::from(c.as_str()));
                        (h.clone(), v)
                    })
                    .collect()
            })
            .collect();
        serde_json::to_writer_pretty(&mut *w, &rows).map_err(crate::error::io_from_json)?;
        writeln!(w)
    }
}

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
        for ix in kg.graph.node_indices() {
            let n = &kg.graph[ix];
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
        let hits: BTreeSet<NodeIndex> = self
            .names
            .iter()
            .filter(|(n, _)| *n == key)
            .map(|&(_, ix)| ix)
            .collect();
        match hits.len() {
            1 => Ok(*hits.iter().next().unwrap_or(&NodeIndex::new(0))),
            0 => {
                let mut scored: Vec<(usize, &str, &str)> = self
                    .names
                    .iter()
                    .map(|(n, ix)| {
                        (
                            edit_distance(&key, n),
                            self.kg.graph[*ix].label.as_str(),
                            self.kg.graph[*ix].id.0.as_str(),
                        )
                    })
                    .collect();
                scored.sort();
                let limit = (key.chars().count() / 3).max(2);
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
                    .map(|&ix| format!("{} ({})", self.kg.graph[ix].label, self.kg.graph[ix].id))
                    .collect();
                Err(Error::Name(format!(
                    "{name:?} is ambiguous: it names {}; use the id",
                    list.join(", ")
                )))
            }
        }
    }
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_table() {
        assert_eq!(edit_distance("lavrof", "lavrov"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kerry", "kerry"), 0);
    }

    #[test]
    fn tables_print_aligned_csv_and_json() {
        let mut t = Table::new(&["id", "weight", "text"]);
        t.push(vec!["kerry".into(), "2".into(), "Kerry met Lavrov.".into()]);
        t.push(vec!["lavrov".into(), "0.5".into(), "x".into()]);
        let mut out = Vec::new();
        t.write_text(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "id      weight  text\nkerry   2       Kerry met Lavrov.\nlavrov  0.5     x\n"
        );
        let mut out = Vec::new();
        t.write_json(&mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v[0]["weight"], 2);
        assert_eq!(v[1]["weight"], 0.5);
    }
}
