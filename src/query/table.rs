//! The one table every query's rows become: a header and rows of cells, printed as aligned
//! text, CSV or JSON. A query works on typed rows; they become cells of text here, at the end.

use crate::graph::KnowledgeGraph;
use crate::text::cell::safe_row;
use std::io::{self, Write};

/// A typed answer row of a query, rendered to cells only when printed.
pub trait Row {
    /// The column names.
    const HEADER: &'static [&'static str];
    /// The row's cells, naming nodes and edges through the graph.
    fn cells(&self, kg: &KnowledgeGraph) -> Vec<String>;
}

/// A query's answer: a header and rows of cells, already sorted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The table of typed rows.
    pub fn of<R: Row>(kg: &KnowledgeGraph, rows: &[R]) -> Table {
        let mut t = Table::new(R::HEADER);
        for r in rows {
            t.push(r.cells(kg));
        }
        t
    }

    pub fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|s| s.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// Prints aligned columns for people; long cells (evidence) stay whole in the last column.
    /// Control characters in a cell are shown as escapes, so no text can drive the terminal.
    pub fn write_text(&self, w: &mut dyn Write) -> io::Result<()> {
        let shown = self.printable();
        shown.write_aligned(w)
    }

    /// The table with every cell made printable ([`crate::text::printable::printable_cell`]).
    fn printable(&self) -> Table {
        let cell = |c: &String| crate::text::printable::printable_cell(c).into_owned();
        Table {
            header: self.header.iter().map(cell).collect(),
            rows: self.rows.iter().map(|r| r.iter().map(cell).collect()).collect(),
        }
    }

    fn write_aligned(&self, w: &mut dyn Write) -> io::Result<()> {
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
            c.write_record(safe_row(r)).map_err(crate::error::io_from_csv)?;
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

#[cfg(test)]
mod tests {
    use super::*;

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
