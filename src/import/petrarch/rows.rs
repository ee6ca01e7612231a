//! What an import produces: the rows of the gazetteer files it writes, and what it skipped.

use crate::import::Skipped;
use crate::model::{Date, EntityKind};
use std::collections::BTreeMap;

/// One imported entity (a row of `entities.csv`).
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub id: String,
    pub label: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
    pub affiliation: Option<String>,
    pub role: String,
    pub code: String,
    /// `file:line` of the primary phrase.
    pub source: String,
}

/// One dated role (a row of `roles.csv`).
#[derive(Debug, Clone, PartialEq)]
pub struct RoleRow {
    pub entity: String,
    pub role: String,
    pub code: String,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub source: String,
}

/// One agent noun (a row of `agents.csv`): "foreign minister" → `~GOV`.
#[derive(Debug, Clone, PartialEq)]
pub struct Agent {
    pub phrase: String,
    pub code: String,
    pub source: String,
}

/// One verb trigger (a row of `verbs.csv`), written as a kgraph verb entry ("dismiss",
/// "flog{flogged}", "impose sanctions").
#[derive(Debug, Clone, PartialEq)]
pub struct Verb {
    pub relation: &'static str,
    pub verb: String,
    pub cameo: String,
    pub source: String,
}

/// The result of an import, ready to be written.
#[derive(Debug, Default)]
pub struct Import {
    pub entities: Vec<Entity>,
    pub roles: Vec<RoleRow>,
    pub agents: Vec<Agent>,
    pub verbs: Vec<Verb>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<String>,
    /// CAMEO codes with no kgraph relation, with how many verbs and patterns carry them.
    pub unmapped: BTreeMap<String, usize>,
    /// Distinct actor codes read.
    pub codes: usize,
    /// Pattern lines turned into phrase triggers.
    pub patterns: usize,
}
