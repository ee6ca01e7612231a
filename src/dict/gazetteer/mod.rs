//! Loads the gazetteer: `entities.csv` (each entity once, with aliases and attributes) and
//! `roles.csv` (dated roles and the titles that name their holder), stacked from one or more folders.
//!
//! The format is documented in `gazetteer/README.md`. Every malformed line is an error naming the
//! file and line; an alias claimed by two entities is a warning (the entity listed first keeps it).

mod agents;
mod aliases;
mod entities;
mod reader;
mod roles;

pub use agents::Agents;
pub use reader::{Lines, collapse, csv_error};

use crate::dict::layer::Layer;
use crate::error::{Error, Result};
use crate::model::{Entity, EntityId, EntityIx};
use std::collections::HashMap;
use std::path::PathBuf;

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
    /// (entity, role index within that entity's `roles`).
    pub holders: Vec<(EntityIx, usize)>,
}

/// The loaded gazetteer: entities by index, titles, and the warnings found while loading.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    /// The entity table; row `i` is the entity `EntityIx(i)`.
    pub entities: Vec<Entity>,
    pub titles: Vec<Title>,
    /// Role nouns that make a demonym an actor ("Russian officials", "the Ukrainian foreign
    /// minister"), with their agent code (`~GOV`), from each folder's `agents.csv`.
    pub agents: Agents,
    /// Names two entities claim, each settled by the stacking order (the earlier keeps it).
    pub conflicts: Vec<String>,
    /// Lines of the layers' `verbs.csv` that could not be used, each naming its file and line.
    pub lexicon_warnings: Vec<String>,
    /// Aliases left out (no letter or digit) or likely to misfire (an ordinary lower-case word),
    /// each naming its file and line.
    pub alias_warnings: Vec<String>,
    /// Entity id (folded ids included) → row of the entity table.
    index: HashMap<EntityId, usize>,
    /// Title phrase → its row of `titles`.
    title_index: HashMap<String, usize>,
    /// Index of the first entity of each stacked folder.
    folder_starts: Vec<usize>,
}

impl Gazetteer {
    /// Loads and stacks gazetteer folders; the earlier folder wins where two define the same id.
    pub fn load(dirs: &[PathBuf]) -> Result<Gazetteer> {
        Gazetteer::load_layers(&Layer::folders(dirs))
    }

    /// Loads and stacks layers (folders or built-in); an entity id a later layer defines again is
    /// the earlier layer's entity, silently.
    pub fn load_layers(layers: &[Layer]) -> Result<Gazetteer> {
        let mut g = Gazetteer::default();
        let mut role_files = Vec::new();
        for (n, layer) in layers.iter().enumerate() {
            layer.check()?;
            let Some(file) = layer.file("entities.csv")? else {
                return Err(Error::input(
                    &layer.label().join("entities.csv"),
                    "missing: a gazetteer folder needs entities.csv",
                ));
            };
            g.folder_starts.push(g.entities.len());
            g.read_entities(&file)?;
            if let Some(roles) = layer.file("roles.csv")? {
                role_files.push((n, roles));
            }
            if let Some(agents) = layer.file("agents.csv")? {
                agents::read(&agents, &mut g.agents)?;
            }
        }
        let labels: Vec<PathBuf> = layers.iter().map(Layer::label).collect();
        g.check_references(&labels)?;
        g.canonical_references();
        let mut roles_from = vec![None; g.entities.len()];
        for (n, file) in role_files {
            g.read_roles(&file, n, &mut roles_from)?;
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

    /// This gazetteer with `discovered` appended as rows `entities.len()..`: the table a graph
    /// of gazetteer and discovered actors is built from. An id already taken keeps its row.
    pub fn with_discovered(&self, discovered: Vec<Entity>) -> Gazetteer {
        let mut g = self.clone();
        g.entities.reserve(discovered.len());
        for e in discovered {
            g.index.entry(e.id.clone()).or_insert(g.entities.len());
            g.entities.push(e);
        }
        g
    }

    /// The entity an id names (a folded id names the entity it joined).
    pub fn get(&self, id: &EntityId) -> Option<EntityIx> {
        self.index.get(id).map(|&i| EntityIx::new(i))
    }

    /// The entity of a row.
    pub fn entity(&self, e: EntityIx) -> &Entity {
        &self.entities[e.index()]
    }

    /// Every entity with its row, in table order.
    pub fn iter(&self) -> impl Iterator<Item = (EntityIx, &Entity)> {
        self.entities
            .iter()
            .enumerate()
            .map(|(i, e)| (EntityIx::new(i), e))
    }

    /// The stacked folder (0 = the first `--gazetteer`) an entity comes from.
    pub fn folder_of(&self, e: EntityIx) -> usize {
        self.folder_of_row(e.index())
    }

    fn folder_of_row(&self, row: usize) -> usize {
        self.folder_starts.iter().rposition(|&s| s <= row).unwrap_or(0)
    }

    /// Number of stacked folders.
    pub fn folders(&self) -> usize {
        self.folder_starts.len().max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Gender};
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
        assert!(g.conflicts.is_empty());
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
        assert_eq!(g.conflicts.len(), 1);
        assert!(g.conflicts[0].contains("\"Washington\" is claimed by wdc and wa"));
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

    static BAD: crate::dict::BuiltinLayer = crate::dict::BuiltinLayer {
        name: "bad",
        files: &[("entities.csv", "id,label,type\nusa,United States,nation\n")],
    };

    #[test]
    fn errors_in_a_built_in_layer_name_it() {
        let err = Gazetteer::load_layers(&[Layer::Builtin(&BAD)])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("<built-in>/bad/entities.csv:2: entity usa: unknown type"),
            "{err}"
        );
    }

    #[test]
    fn the_same_id_in_a_later_folder_is_silently_the_earlier_one() {
        let a = dir_with(
            "id,label,type,aliases\nkerry,John Kerry,person,Kerry\n",
            Some("entity,role\nkerry,U.S. Secretary of State\n"),
        );
        let b = dir_with(
            "id,label,type,aliases\nkerry,John F. Kerry,person,Mr Kerry\n",
            Some("entity,role\nkerry,U.S. Senator\n"),
        );
        let g = Gazetteer::load(&[a.path().to_path_buf(), b.path().to_path_buf()]).unwrap();
        assert!(g.conflicts.is_empty(), "{:?}", g.conflicts);
        assert_eq!(g.entities.len(), 1);
        assert_eq!(
            g.entities[0].aliases,
            ["John Kerry", "Kerry"],
            "the later row adds nothing"
        );
        let titles: Vec<&str> = g.entities[0].roles.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(titles, ["U.S. Secretary of State"], "roles come from one folder");
        let twice = Gazetteer::load(&[a.path().to_path_buf(), a.path().to_path_buf()]).unwrap();
        assert!(twice.conflicts.is_empty());
        assert_eq!(twice.entities[0].roles.len(), 1);
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
