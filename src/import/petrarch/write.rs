//! Writes an import as a gazetteer folder, each file atomically after a `#` note.

use super::rows::{Agent, Entity, Import, RoleRow, Verb};
use crate::dict::gazetteer::{ENTITY_COLUMNS, ROLE_COLUMNS};
use crate::error::Result;
use crate::import::Skipped;
use crate::model::Date;
use crate::text::cell::safe_row;
use std::path::{Path, PathBuf};

/// Columns of `agents.csv`.
const AGENT_COLUMNS: [&str; 3] = ["phrase", "code", "source"];

/// Columns of `skipped.csv`.
const SKIPPED_COLUMNS: [&str; 4] = ["file", "line", "reason", "detail"];

/// A value written as one row of a CSV file.
trait Row {
    fn cells(&self) -> Vec<String>;
}

impl Row for Entity {
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.label.clone(),
            self.kind.to_string(),
            self.aliases.join(";"),
            self.affiliation.clone().unwrap_or_default(),
            self.role.clone(),
            self.code.clone(),
            String::new(),
            String::new(),
            self.demonyms.join(";"),
            self.source.clone(),
        ]
    }
}

impl Row for RoleRow {
    fn cells(&self) -> Vec<String> {
        let date = |d: &Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        vec![
            self.entity.clone(),
            self.role.clone(),
            String::new(),
            self.code.clone(),
            date(&self.from),
            date(&self.to),
            self.source.clone(),
        ]
    }
}

impl Row for Agent {
    fn cells(&self) -> Vec<String> {
        vec![self.phrase.clone(), self.code.clone(), self.source.clone()]
    }
}

impl Row for Verb {
    fn cells(&self) -> Vec<String> {
        vec![
            self.relation.to_string(),
            self.verb.clone(),
            self.cameo.clone(),
            self.source.clone(),
        ]
    }
}

impl Row for Skipped {
    fn cells(&self) -> Vec<String> {
        vec![
            self.file.clone(),
            self.line.to_string(),
            self.reason.to_string(),
            self.detail.clone(),
        ]
    }
}

/// Where the files of one import go, and the note each starts with.
struct Folder<'a> {
    dir: &'a Path,
    note: &'a str,
    set: crate::output::FileSet,
    names: Vec<&'static str>,
}

impl Folder<'_> {
    /// Stages `dir/name`: the note as `#` lines, the header, one row per item.
    fn put<R: Row>(&mut self, name: &'static str, header: &[&str], rows: &[R]) -> Result<()> {
        self.set.stage(name, |w| {
            for l in self.note.lines() {
                writeln!(w, "# {l}")?;
            }
            let mut c = csv::Writer::from_writer(w);
            c.write_record(header)?;
            for r in rows {
                c.write_record(safe_row(&r.cells()))?;
            }
            c.flush()?;
            Ok(())
        })?;
        self.names.push(name);
        Ok(())
    }
}

impl Import {
    /// Writes the gazetteer folder: entities.csv, roles.csv and skipped.csv, and agents.csv and
    /// verbs.csv when there is something to put in them, as one set (all new files or none).
    /// Call it holding the folder's lock.
    pub fn write(&self, dir: &Path, note: &str) -> Result<Vec<PathBuf>> {
        crate::output::prepare_dir(dir)?;
        let mut folder = Folder {
            dir,
            note,
            set: crate::output::FileSet::begin(dir)?,
            names: Vec::new(),
        };
        folder.put("entities.csv", &ENTITY_COLUMNS, &self.entities)?;
        folder.put("roles.csv", &ROLE_COLUMNS, &self.roles)?;
        if !self.agents.is_empty() {
            folder.put("agents.csv", &AGENT_COLUMNS, &self.agents)?;
        }
        if !self.verbs.is_empty() {
            folder.put("verbs.csv", &crate::dict::verbs::COLUMNS, &self.verbs)?;
        }
        folder.put("skipped.csv", &SKIPPED_COLUMNS, &self.skipped)?;
        let written = folder.names.iter().map(|n| folder.dir.join(n)).collect();
        folder.set.commit(&folder.names)?;
        Ok(written)
    }

    /// Number of aliases and demonyms over all entities (labels included).
    pub fn alias_count(&self) -> usize {
        self.entities
            .iter()
            .map(|e| 1 + e.aliases.len() + e.demonyms.len())
            .sum()
    }
}
