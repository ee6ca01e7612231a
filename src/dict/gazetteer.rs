//! Loads the gazetteer: `entities.csv` (each entity once, with aliases and attributes) and
//! `roles.csv` (dated roles and the titles that name their holder), stacked from one or more folders.
//!
//! The format is documented in `gazetteer/README.md`. Every malformed line is an error naming the
//! file and line; an alias claimed by two entities is a warning (the entity listed first keeps it).

use crate::error::{Error, Result};
use crate::model::{Date, Entity, EntityId, EntityKind, Gender, Role};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Columns of `entities.csv`, in order; the first three are required. `source` (where an
/// imported entity came from, e.g. `Phoenix.Countries.actors.txt:51393`) is read and ignored.
pub const ENTITY_COLUMNS: [&str; 11] = [
    "id",
    "label",
    "type",
    "aliases",
    "affiliation",
    "role",
    "code",
    "gender",
    "stands_for",
    "demonyms",
    "source",
];

/// Columns of `roles.csv`, in order; `source` is read and ignored.
pub const ROLE_COLUMNS: [&str; 7] = ["entity", "role", "aliases", "code", "from", "to", "source"];

/// A phrase that names whoever holds a role ("the secretary of state"), with its holders.
#[derive(Debug, Clone)]
pub struct Title {
    pub phrase: String,
    /// (entity index, role index within that entity's `roles`).
    pub holders: Vec<(usize, usize)>,
}

/// The loaded gazetteer: entities by index, titles, and the warnings found while loading.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub entities: Vec<Entity>,
    pub titles: Vec<Title>,
    /// Role nouns that make a demonym an actor ("Russian officials", "the Ukrainian foreign
    /// minister"), with their agent code (`~GOV`), from each folder's `agents.csv`.
    pub agents: Agents,
    pub warnings: Vec<String>,
    index: HashMap<EntityId, usize>,
    /// Index of the first entity of each stacked folder.
    folder_starts: Vec<usize>,
}

impl Gazetteer {
    /// Loads and stacks gazetteer folders; the earlier folder wins where two define the same id.
    pub fn load(dirs: &[PathBuf]) -> Result<Gazetteer> {
        let mut g = Gazetteer::default();
        let mut role_files = Vec::new();
        for dir in dirs {
            if !dir.is_dir() {
                return Err(Error::input(
                    dir,
                    "gazetteer folder not found (give --gazetteer DIR with entities.csv in it)",
                ));
            }
            let path = dir.join("entities.csv");
            if !path.is_file() {
                return Err(Error::input(
                    &path,
                    "missing: a gazetteer folder needs entities.csv",
                ));
            }
            g.folder_starts.push(g.entities.len());
            g.read_entities(&path)?;
            let roles = dir.join("roles.csv");
            if roles.is_file() {
                role_files.push(roles);
            }
            let agents = dir.join("agents.csv");
            if agents.is_file() {
                g.read_agents(&agents)?;
            }
        }
        g.check_references(dirs)?;
        g.canonical_references();
        for path in role_files {
            g.read_roles(&path)?;
        }
        g.check_alias_conflicts();
        Ok(g)
    }

    /// Builds a gazetteer from entities made in code (tests, imports).
    pub fn from_entities(entities: Vec<Entity>) -> Gazetteer {
        let mut g = Gazetteer {
            folder_starts: vec![0],
            ..Gazetteer::default()
        };
        for e in entities {
            g.index.insert(e.id.clone(), g.entities.len());
            g.entities.push(e);
        }
        g.rebuild_titles();
        g.check_alias_conflicts();
        g
    }

    /// The index of an entity by id.
    pub fn get(&self, id: &EntityId) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub fn entity(&self, idx: usize) -> &Entity {
        &self.entities[idx]
    }

    /// The stacked folder (0 = the first `--gazetteer`) an entity comes from.
    pub fn folder_of(&self, idx: usize) -> usize {
        self.folder_starts.iter().rposition(|&s| s <= idx).unwrap_or(0)
    }

    /// Number of stacked folders.
    pub fn folders(&self) -> usize {
        self.folder_starts.len().max(1)
    }

    fn read_entities(&mut self, path: &Path) -> Result<()> {
        // Names already given by earlier folders: a later folder's entity that one of them names
        // (same type) is folded into it rather than added twice.
        let mut earlier: HashMap<String, usize> = HashMap::new();
        for (i, e) in self.entities.iter().enumerate() {
            for a in e.aliases.iter().chain(&e.demonyms) {
                earlier.entry(a.clone()).or_insert(i);
            }
        }
        let mut rdr = open_csv(path)?;
        let cols = header_map(&mut rdr, path, &ENTITY_COLUMNS[..3], &ENTITY_COLUMNS)?;
        let mut seen_here = HashSet::new();
        for rec in rdr.records() {
            let rec = rec.map_err(|e| csv_error(path, e))?;
            let line = rec.position().map_or(0, |p| p.line());
            if is_blank(&rec) {
                continue;
            }
            let field = |name: &str| -> &str {
                cols.get(name)
                    .and_then(|&i| rec.get(i))
                    .map(str::trim)
                    .unwrap_or("")
            };
            let id = field("id");
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
            let label = field("label");
            if label.is_empty() {
                return Err(Error::gazetteer(path, line, format!("entity {id}: empty label")));
            }
            let kind = EntityKind::parse(field("type")).ok_or_else(|| {
                Error::gazetteer(
                    path,
                    line,
                    format!(
                        "entity {id}: unknown type {:?} (use person, organization, country or place)",
                        field("type")
                    ),
                )
            })?;
            let mut aliases = vec![collapse(label)];
            let raw = field("aliases");
            if !raw.is_empty() {
                for a in raw.split(';') {
                    let a = collapse(a);
                    if a.is_empty() {
                        return Err(Error::gazetteer(
                            path,
                            line,
                            format!("entity {id}: empty alias in {raw:?} (remove the extra ';')"),
                        ));
                    }
                    if !aliases.contains(&a) {
                        aliases.push(a);
                    }
                }
            }
            let gender = match field("gender").to_ascii_lowercase().as_str() {
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
            let entity = Entity {
                id: EntityId(id.to_string()),
                label: label.to_string(),
                kind,
                aliases,
                affiliation: opt_id(field("affiliation")),
                role: field("role").to_string(),
                code: field("code").to_string(),
                gender,
                stands_for: opt_id(field("stands_for")),
                roles: Vec::new(),
                demonyms: field("demonyms")
                    .split(';')
                    .map(collapse)
                    .filter(|d| !d.is_empty())
                    .collect(),
            };
            if let Some(&target) = self.index.get(&entity.id) {
                self.warnings.push(format!(
                    "{}:{}: entity {id} is already defined by an earlier gazetteer folder; the earlier one is kept",
                    path.display(),
                    line
                ));
                self.fold(target, entity, &mut earlier);
                continue;
            }
            if let Some(target) = self.fold_target(&entity, &earlier) {
                self.fold(target, entity, &mut earlier);
                continue;
            }
            self.index.insert(entity.id.clone(), self.entities.len());
            self.entities.push(entity);
        }
        Ok(())
    }

    /// The earlier-folder entity a new entity is the same as: one of the same type whose
    /// alias is the new entity's label, or a country with the same code.
    fn fold_target(&self, e: &Entity, earlier: &HashMap<String, usize>) -> Option<usize> {
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
    fn fold(&mut self, target: usize, e: Entity, earlier: &mut HashMap<String, usize>) {
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
                Some(&o) => self.warnings.push(format!(
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
    fn canonical_references(&mut self) {
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

    fn check_references(&self, dirs: &[PathBuf]) -> Result<()> {
        for e in &self.entities {
            for (what, r) in [("affiliation", &e.affiliation), ("stands_for", &e.stands_for)] {
                if let Some(r) = r
                    && !self.index.contains_key(r)
                {
                    let path = dirs.first().map_or(PathBuf::new(), |d| d.join("entities.csv"));
                    return Err(Error::gazetteer(
                        &path,
                        0,
                        format!("entity {}: {what} {r} is not an entity id in the gazetteer", e.id),
                    ));
                }
            }
        }
        Ok(())
    }

    fn read_agents(&mut self, path: &Path) -> Result<()> {
        let mut rdr = open_csv(path)?;
        let cols = header_map(&mut rdr, path, &["phrase"], &["phrase", "code", "source"])?;
        for rec in rdr.records() {
            let rec = rec.map_err(|e| csv_error(path, e))?;
            let line = rec.position().map_or(0, |p| p.line());
            let field = |name: &str| {
                cols.get(name)
                    .and_then(|&i| rec.get(i))
                    .map(str::trim)
                    .unwrap_or("")
            };
            let phrase = collapse(field("phrase")).to_lowercase();
            if phrase.is_empty() {
                return Err(Error::gazetteer(path, line, "empty agent phrase"));
            }
            self.agents.add(&phrase, field("code"));
        }
        Ok(())
    }

    fn read_roles(&mut self, path: &Path) -> Result<()> {
        let mut rdr = open_csv(path)?;
        let cols = header_map(&mut rdr, path, &ROLE_COLUMNS[..2], &ROLE_COLUMNS)?;
        for rec in rdr.records() {
            let rec = rec.map_err(|e| csv_error(path, e))?;
            let line = rec.position().map_or(0, |p| p.line());
            if is_blank(&rec) {
                continue;
            }
            let field = |name: &str| -> &str {
                cols.get(name)
                    .and_then(|&i| rec.get(i))
                    .map(str::trim)
                    .unwrap_or("")
            };
            let id = EntityId(field("entity").to_string());
            let Some(idx) = self.get(&id) else {
                return Err(Error::gazetteer(
                    path,
                    line,
                    format!("role for unknown entity {:?}: add it to entities.csv first", id.0),
                ));
            };
            let title = field("role");
            if title.is_empty() {
                return Err(Error::gazetteer(path, line, "empty role"));
            }
            if self.entities[idx].id != id && !self.entities[idx].roles.is_empty() {
                continue; // a folded entity: the roles of the folder that defined it come first
            }
            let date = |name: &str| -> Result<Option<Date>> {
                let s = field(name);
                if s.is_empty() {
                    return Ok(None);
                }
                Date::parse_iso(s).map(Some).ok_or_else(|| {
                    Error::gazetteer(path, line, format!("{name} date {s:?} is not YYYY-MM-DD"))
                })
            };
            let role = Role {
                title: title.to_string(),
                code: field("code").to_string(),
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
            let mut phrases = Vec::new();
            let raw = field("aliases");
            if !raw.is_empty() {
                for a in raw.split(';') {
                    let a = collapse(a);
                    if a.is_empty() {
                        return Err(Error::gazetteer(
                            path,
                            line,
                            format!("empty alias in {raw:?} (remove the extra ';')"),
                        ));
                    }
                    phrases.push(a);
                }
            }
            let role_idx = self.entities[idx].roles.len();
            self.entities[idx].roles.push(role);
            for p in phrases {
                self.add_title(p, idx, role_idx);
            }
        }
        Ok(())
    }

    fn add_title(&mut self, phrase: String, entity: usize, role: usize) {
        match self.titles.iter_mut().find(|t| t.phrase == phrase) {
            Some(t) => t.holders.push((entity, role)),
            None => self.titles.push(Title {
                phrase,
                holders: vec![(entity, role)],
            }),
        }
    }

    fn rebuild_titles(&mut self) {
        self.titles.clear();
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

    /// Reports every name claimed by two entities. The owner is the one the tagger keeps: the
    /// earlier folder wins; within a folder an alias wins over a demonym, then the entity listed
    /// first.
    fn check_alias_conflicts(&mut self) {
        let mut owner: HashMap<String, usize> = HashMap::new();
        let mut order: Vec<(usize, bool, usize)> = (0..self.entities.len())
            .flat_map(|i| [(self.folder_of(i), false, i), (self.folder_of(i), true, i)])
            .collect();
        order.sort();
        for (_, demonyms, i) in order {
            let e = &self.entities[i];
            let names = if demonyms { &e.demonyms } else { &e.aliases };
            for a in names {
                match owner.get(a) {
                    Some(&j) if j != i => self.warnings.push(format!(
                        "alias {a:?} is claimed by {} and {}; {} keeps it",
                        self.entities[j].id, e.id, self.entities[j].id
                    )),
                    Some(_) => {}
                    None => {
                        owner.insert(a.clone(), i);
                    }
                }
            }
        }
    }
}

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

/// Collapses runs of whitespace to one space and normalises quotes, as the text stage does.
pub fn collapse(s: &str) -> String {
    let s = crate::text::normalize::normalize(s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn open_csv(path: &Path) -> Result<csv::Reader<std::io::Cursor<Vec<u8>>>> {
    let mut bytes = std::fs::read(path).map_err(|e| Error::input(path, format!("cannot read: {e}")))?;
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    if let Err(e) = std::str::from_utf8(&bytes) {
        let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
        return Err(Error::gazetteer(
            path,
            line as u64,
            format!("not UTF-8 at byte {}: save the file as UTF-8", e.valid_up_to()),
        ));
    }
    if let Some(line) = unclosed_quote(&bytes) {
        return Err(Error::gazetteer(
            path,
            line,
            "a double quote opened on this line is never closed (close it, or double it as \"\" inside a quoted field)",
        ));
    }
    Ok(csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .comment(Some(b'#'))
        .from_reader(std::io::Cursor::new(bytes)))
}

/// The line of a double quote that is still open at the end of the file, if any.
fn unclosed_quote(bytes: &[u8]) -> Option<u64> {
    let (mut line, mut open_at, mut inside) = (1u64, 0u64, false);
    for &b in bytes {
        match b {
            b'"' => {
                inside = !inside;
                if inside {
                    open_at = line;
                }
            }
            b'\n' => line += 1,
            _ => {}
        }
    }
    inside.then_some(open_at)
}

fn header_map(
    rdr: &mut csv::Reader<std::io::Cursor<Vec<u8>>>,
    path: &Path,
    required: &[&str],
    known: &[&str],
) -> Result<HashMap<String, usize>> {
    let header = rdr.headers().map_err(|e| csv_error(path, e))?.clone();
    let mut cols = HashMap::new();
    for (i, h) in header.iter().enumerate() {
        let h = h.trim().to_ascii_lowercase();
        if !known.contains(&h.as_str()) {
            return Err(Error::gazetteer(
                path,
                1,
                format!("unknown column {h:?} (known columns: {})", known.join(", ")),
            ));
        }
        if cols.insert(h.clone(), i).is_some() {
            return Err(Error::gazetteer(path, 1, format!("column {h:?} appears twice")));
        }
    }
    for r in required {
        if !cols.contains_key(*r) {
            return Err(Error::gazetteer(
                path,
                1,
                format!(
                    "missing column {r:?}: the header must name {}",
                    required.join(", ")
                ),
            ));
        }
    }
    Ok(cols)
}

fn is_blank(rec: &csv::StringRecord) -> bool {
    rec.iter().all(|f| f.trim().is_empty())
}

/// Turns a csv error into a gazetteer error with the line it happened on.
pub fn csv_error(path: &Path, e: csv::Error) -> Error {
    let line = e.position().map_or(0, |p| p.line());
    let msg = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!(
            "{len} fields where the header has {expected_len} (a field with a comma must be in double quotes)"
        ),
        _ => format!("malformed CSV: {e}"),
    };
    Error::gazetteer(path, line, msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn dir_with(entities: &str, roles: Option<&str>) -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        fs::write(d.path().join("entities.csv"), entities).unwrap();
        if let Some(r) = roles {
            fs::write(d.path().join("roles.csv"), r).unwrap();
        }
        d
    }

    fn load(entities: &str) -> Result<Gazetteer> {
        let d = dir_with(entities, None);
        Gazetteer::load(&[d.path().to_path_buf()])
    }

    #[test]
    fn loads_entities_with_aliases_and_attributes() {
        let g = load(
            "id,label,type,aliases,affiliation,role,gender\n\
             usa,United States,country,US;U.S.,,,\n\
             kerry,John Kerry,person,Kerry;Mr Kerry,usa,U.S. Secretary of State,m\n",
        )
        .unwrap();
        let k = g.entity(g.get(&EntityId("kerry".into())).unwrap());
        assert_eq!(k.aliases, ["John Kerry", "Kerry", "Mr Kerry"]);
        assert_eq!(k.affiliation, Some(EntityId("usa".into())));
        assert_eq!(k.gender, Some(Gender::Male));
        assert!(g.warnings.is_empty());
    }

    #[test]
    fn bom_and_crlf_are_accepted() {
        let g = load("\u{feff}id,label,type\r\nusa,United States,country\r\n").unwrap();
        assert_eq!(g.entities.len(), 1);
    }

    #[test]
    fn errors_name_the_line() {
        let cases = [
            ("id,label\nusa,United States\n", ":1: missing column \"type\""),
            (
                "id,label,type\nusa,United States,nation\n",
                ":2: entity usa: unknown type",
            ),
            (
                "id,label,type\nusa,US,country\nusa,USA,country\n",
                ":3: duplicate id",
            ),
            (
                "id,label,type,aliases\nusa,US,country,A;;B\n",
                ":2: entity usa: empty alias",
            ),
            (
                "id,label,type\nusa,\"US,country\n",
                ":2: a double quote opened on this line is never closed",
            ),
            (
                "id,label,type\nusa,US,country,extra\n",
                ":2: 4 fields where the header has 3",
            ),
            ("id,label,type,colour\n", ":1: unknown column \"colour\""),
            (
                "id,label,type,affiliation\nk,Kerry,person,usa\n",
                "affiliation usa is not an entity",
            ),
        ];
        for (text, want) in cases {
            let err = load(text).unwrap_err().to_string();
            assert!(err.contains(want), "{text:?}: got {err:?}, want {want:?}");
            assert!(err.contains("entities.csv"), "{err}");
        }
    }

    #[test]
    fn alias_claimed_twice_is_reported_and_first_keeps_it() {
        let g = load("id,label,type,aliases\nwdc,Washington,place,\nwa,Washington State,place,Washington\n")
            .unwrap();
        assert_eq!(g.warnings.len(), 1);
        assert!(g.warnings[0].contains("\"Washington\" is claimed by wdc and wa"));
    }

    #[test]
    fn roles_carry_dates_and_titles() {
        let d = dir_with(
            "id,label,type\nkerry,John Kerry,person\n",
            Some(
                "entity,role,aliases,code,from,to\n\
                 kerry,U.S. Secretary of State,the secretary of state,USAGOV,2013-02-01,2017-01-20\n",
            ),
        );
        let g = Gazetteer::load(&[d.path().to_path_buf()]).unwrap();
        let k = &g.entities[0];
        assert_eq!(k.roles.len(), 1);
        assert!(k.roles[0].holds_on(Date::new(2014, 3, 11)));
        assert!(!k.roles[0].holds_on(Date::new(2017, 1, 20)));
        assert_eq!(g.titles[0].phrase, "the secretary of state");
    }

    #[test]
    fn stacked_folders_keep_the_earlier_entity() {
        let a = dir_with("id,label,type\nusa,United States,country\n", None);
        let b = dir_with(
            "id,label,type\nusa,USA (imported),country\nrus,Russia,country\n",
            None,
        );
        let g = Gazetteer::load(&[a.path().to_path_buf(), b.path().to_path_buf()]).unwrap();
        assert_eq!(g.entities.len(), 2);
        assert_eq!(g.entities[0].label, "United States");
    }
}
