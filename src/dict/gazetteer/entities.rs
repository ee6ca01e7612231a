//! Reading `entities.csv`: one entity per row, checked field by field; an entity a later folder
//! names again is folded into the earlier one.

use super::reader::{Row, collapse, for_each_row, names};
use super::{ENTITY_COLUMNS, Gazetteer};
use crate::dict::layer::LayerFile;
use crate::error::{Error, Result};
use crate::model::{Entity, EntityId, EntityKind, Gender};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Names given by earlier folders, with the entity that has each.
type Earlier = HashMap<String, usize>;

impl Gazetteer {
    pub(super) fn read_entities(&mut self, file: &LayerFile) -> Result<()> {
        let path = file.path.as_path();
        // Names already given by earlier folders: a later folder's entity that one of them names
        // (same type) is folded into it rather than added twice.
        let mut earlier: Earlier = HashMap::new();
        for (i, e) in self.entities.iter().enumerate() {
            for a in e.aliases.iter().chain(&e.demonyms) {
                earlier.entry(a.clone()).or_insert(i);
            }
        }
        let mut seen_here = HashSet::new();
        for_each_row(file, &ENTITY_COLUMNS[..3], &ENTITY_COLUMNS, true, |row| {
            let mut entity = parse_entity(row, path, &mut seen_here)?;
            self.alias_warnings
                .extend(wordless_or_common(&mut entity, path, row.line));
            self.place_entity(entity, &mut earlier);
            Ok(())
        })
    }

    /// Adds a new entity, or folds it into the earlier one it names again. An id an earlier
    /// folder defines is that folder's entity: the later row is ignored (a copy of a folder
    /// stacked on itself changes nothing).
    fn place_entity(&mut self, entity: Entity, earlier: &mut Earlier) {
        if self.index.contains_key(&entity.id) {
            return;
        }
        if let Some(target) = self.fold_target(&entity, earlier) {
            self.fold(target, entity, earlier);
            return;
        }
        self.index.insert(entity.id.clone(), self.entities.len());
        self.entities.push(entity);
    }

    /// The earlier-folder entity a new entity is the same as: one of the same type whose
    /// alias is the new entity's label, or a country with the same code.
    fn fold_target(&self, e: &Entity, earlier: &Earlier) -> Option<usize> {
        if let Some(&i) = earlier.get(&e.label)
            && self.entities[i].kind == e.kind
        {
            return Some(i);
        }
        if e.kind == EntityKind::Country && !e.code.is_empty() {
            return self
                .entities
                .iter()
                .position(|x| x.kind == EntityKind::Country && x.code.eq_ignore_ascii_case(&e.code));
        }
        None
    }

    /// Folds a later folder's entity into an earlier one: its id now names the earlier entity
    /// and its aliases and demonyms that no earlier entity claims are added to it. A name that
    /// an earlier entity claims stays with that entity and is reported.
    fn fold(&mut self, target: usize, e: Entity, earlier: &mut Earlier) {
        self.index.entry(e.id.clone()).or_insert(target);
        let tid = self.entities[target].id.clone();
        for (a, demonym) in e
            .aliases
            .into_iter()
            .map(|a| (a, false))
            .chain(e.demonyms.into_iter().map(|d| (d, true)))
        {
            match earlier.get(&a) {
                Some(&o) if o == target => {}
                Some(&o) => self.conflicts.push(format!(
                    "alias {a:?} is claimed by {} and {} (the same as {tid}); {} keeps it",
                    self.entities[o].id, e.id, self.entities[o].id
                )),
                None => {
                    earlier.insert(a.clone(), target);
                    let t = &mut self.entities[target];
                    if demonym {
                        t.demonyms.push(a);
                    } else {
                        t.aliases.push(a);
                    }
                }
            }
        }
    }

    /// Points affiliations and `stands_for` that name a folded entity at the entity it joined.
    pub(super) fn canonical_references(&mut self) {
        let canon = |r: &mut Option<EntityId>, g: &HashMap<EntityId, usize>, ids: &[EntityId]| {
            if let Some(id) = r
                && let Some(&i) = g.get(id)
            {
                *id = ids[i].clone();
            }
        };
        let ids: Vec<EntityId> = self.entities.iter().map(|e| e.id.clone()).collect();
        for e in &mut self.entities {
            canon(&mut e.affiliation, &self.index, &ids);
            canon(&mut e.stands_for, &self.index, &ids);
        }
    }

    /// Fails on an affiliation or `stands_for` that names no entity; `labels` name the layers.
    pub(super) fn check_references(&self, labels: &[PathBuf]) -> Result<()> {
        for e in &self.entities {
            for (what, r) in [("affiliation", &e.affiliation), ("stands_for", &e.stands_for)] {
                if let Some(r) = r
                    && !self.index.contains_key(r)
                {
                    let (path, line) = locate(labels, &e.id.0, what);
                    return Err(Error::gazetteer(
                        &path,
                        line,
                        format!("entity {}: {what} {r} is not an entity id in the gazetteer", e.id),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Drops the aliases of `e` that hold no letter or digit (`.`, `-`, `(`: they would tag
/// punctuation) and warns of those an ordinary lower-case word makes (`the`), which match
/// ordinary text in any case; returns the warnings, naming the file and line.
fn wordless_or_common(e: &mut Entity, path: &Path, line: u64) -> Vec<String> {
    let mut warnings = Vec::new();
    let at = format!("{}:{line}: entity {}", path.display(), e.id);
    e.aliases.retain(|a| {
        let wordless = !a.chars().any(char::is_alphanumeric);
        if wordless {
            warnings.push(format!(
                "{at}: alias {a:?} has no letter or digit and would tag punctuation: left out (remove it)"
            ));
        } else if !a.chars().any(char::is_uppercase)
            && a.split_whitespace().all(crate::lang::en::words::is_common)
        {
            warnings.push(format!(
                "{at}: alias {a:?} is an ordinary lower-case word and matches it anywhere in any case \
                 (give it its capitals, or remove it)"
            ));
        }
        !wordless
    });
    warnings
}

/// The file and line of the first layer's row that gives entity `id` a `column` (the row a
/// bad reference is on), read again from disk: an error path only.
fn locate(labels: &[PathBuf], id: &str, column: &str) -> (PathBuf, u64) {
    for dir in labels {
        let path = dir.join("entities.csv");
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let mut rdr = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .flexible(true)
            .from_reader(text.as_bytes());
        let Ok(header) = rdr.headers().cloned() else {
            continue;
        };
        let col = |name: &str| header.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
        let (Some(ic), Some(rc)) = (col("id"), col(column)) else {
            continue;
        };
        let mut lines = super::reader::Lines::new(text);
        for rec in rdr.records().flatten() {
            let line = lines.of(rec.position());
            let has = |c: usize| rec.get(c).is_some_and(|f| !f.trim().is_empty());
            if rec.get(ic).map(str::trim) == Some(id) && has(rc) {
                return (path, line);
            }
        }
    }
    let first = labels.first().map_or(PathBuf::new(), |d| d.join("entities.csv"));
    (first, 0)
}

/// One row of `entities.csv` as an entity; `seen_here` holds the ids of the file so far.
fn parse_entity(row: &Row, path: &Path, seen_here: &mut HashSet<String>) -> Result<Entity> {
    let line = row.line;
    let id = row.field("id");
    check_id(id, path, line, seen_here)?;
    let label = row.field("label");
    if label.is_empty() {
        return Err(Error::gazetteer(path, line, format!("entity {id}: empty label")));
    }
    let kind = EntityKind::parse(row.field("type")).ok_or_else(|| {
        Error::gazetteer(
            path,
            line,
            format!(
                "entity {id}: unknown type {:?} (use person, organization, country or place)",
                row.field("type")
            ),
        )
    })?;
    let mut aliases = vec![collapse(label)];
    for a in names(row.field("aliases"), path, line, &format!("entity {id}: "))? {
        if !aliases.contains(&a) {
            aliases.push(a);
        }
    }
    let gender = match row.field("gender").to_ascii_lowercase().as_str() {
        "" => None,
        "m" | "male" => Some(Gender::Male),
        "f" | "female" => Some(Gender::Female),
        other => {
            return Err(Error::gazetteer(
                path,
                line,
                format!("entity {id}: gender {other:?} must be m, f or empty"),
            ));
        }
    };
    let opt_id = |s: &str| (!s.is_empty()).then(|| EntityId(s.to_string()));
    Ok(Entity {
        id: EntityId(id.to_string()),
        label: label.to_string(),
        kind,
        aliases,
        affiliation: opt_id(row.field("affiliation")),
        role: row.field("role").to_string(),
        code: row.field("code").to_string(),
        gender,
        stands_for: opt_id(row.field("stands_for")),
        roles: Vec::new(),
        demonyms: row
            .field("demonyms")
            .split(';')
            .map(collapse)
            .filter(|d| !d.is_empty())
            .collect(),
        origin: crate::model::Origin::Gazetteer,
    })
}

/// An id is present, of letters, digits and `_ - . :`, and new in its file.
fn check_id(id: &str, path: &Path, line: u64, seen_here: &mut HashSet<String>) -> Result<()> {
    if id.is_empty() {
        return Err(Error::gazetteer(path, line, "empty id: every entity needs an id"));
    }
    if !id
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':'))
    {
        return Err(Error::gazetteer(
            path,
            line,
            format!("id {id:?} has characters other than letters, digits, _ - . :"),
        ));
    }
    if !seen_here.insert(id.to_string()) {
        return Err(Error::gazetteer(
            path,
            line,
            format!("duplicate id {id:?}: list each entity once and put every name in its aliases"),
        ));
    }
    Ok(())
}
