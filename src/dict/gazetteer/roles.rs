//! Reading `roles.csv`: dated roles of entities, and the titles ("the secretary of state") that
//! name whoever holds them.

use super::reader::{Row, for_each_row, names};
use super::{Gazetteer, ROLE_COLUMNS, Title};
use crate::dict::layer::LayerFile;
use crate::error::{Error, Result};
use crate::model::{Date, EntityId, EntityIx, Role};
use std::path::Path;

impl Gazetteer {
    /// Reads the roles of layer `layer`. An entity's roles come from one layer only, the first
    /// that gives it any (`roles_from` remembers which), so a layer stacked twice adds none.
    pub(super) fn read_roles(
        &mut self,
        file: &LayerFile,
        layer: usize,
        roles_from: &mut [Option<usize>],
    ) -> Result<()> {
        let path = file.path.as_path();
        for_each_row(file, &ROLE_COLUMNS[..2], &ROLE_COLUMNS, true, |row| {
            let line = row.line;
            let id = EntityId(row.field("entity").to_string());
            let Some(idx) = self.index.get(&id).copied() else {
                return Err(Error::gazetteer(
                    path,
                    line,
                    format!("role for unknown entity {:?}: add it to entities.csv first", id.0),
                ));
            };
            let title = row.field("role");
            if title.is_empty() {
                return Err(Error::gazetteer(path, line, "empty role"));
            }
            match roles_from[idx] {
                Some(l) if l != layer => return Ok(()),
                Some(_) => {}
                None => roles_from[idx] = Some(layer),
            }
            let role = parse_role(row, title, path)?;
            let phrases = names(row.field("aliases"), path, line, "")?;
            let role_idx = self.entities[idx].roles.len();
            self.entities[idx].roles.push(role);
            for p in phrases {
                self.add_title(p, idx, role_idx);
            }
            Ok(())
        })
    }

    fn add_title(&mut self, phrase: String, entity: usize, role: usize) {
        let holder = (EntityIx::new(entity), role);
        match self.title_index.get(&phrase) {
            Some(&i) => self.titles[i].holders.push(holder),
            None => {
                self.title_index.insert(phrase.clone(), self.titles.len());
                self.titles.push(Title {
                    phrase,
                    holders: vec![holder],
                });
            }
        }
    }

    /// Titles from the role titles of entities made in code.
    pub(super) fn rebuild_titles(&mut self) {
        self.titles.clear();
        self.title_index.clear();
        let mut pending = Vec::new();
        for (ei, e) in self.entities.iter().enumerate() {
            for (ri, r) in e.roles.iter().enumerate() {
                pending.push((r.title.to_lowercase(), ei, ri));
            }
        }
        for (p, ei, ri) in pending {
            self.add_title(p, ei, ri);
        }
    }
}

/// The role of a row: its title, code and dates (`from` before `to`).
fn parse_role(row: &Row, title: &str, path: &Path) -> Result<Role> {
    let line = row.line;
    let date = |name: &str| -> Result<Option<Date>> {
        let s = row.field(name);
        if s.is_empty() {
            return Ok(None);
        }
        Date::parse_iso(s)
            .map(Some)
            .ok_or_else(|| Error::gazetteer(path, line, format!("{name} date {s:?} is not YYYY-MM-DD")))
    };
    let role = Role {
        title: title.to_string(),
        code: row.field("code").to_string(),
        from: date("from")?,
        to: date("to")?,
    };
    if let (Some(f), Some(t)) = (role.from, role.to)
        && t <= f
    {
        return Err(Error::gazetteer(
            path,
            line,
            format!("role ends ({t}) before it starts ({f})"),
        ));
    }
    Ok(role)
}
