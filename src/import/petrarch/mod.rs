//! Converts PETRARCH/TABARI dictionaries (actors, agents, CAMEO verbs) into kgraph's gazetteer
//! format: `entities.csv`, `roles.csv`, `agents.csv`, `verbs.csv`, plus `skipped.csv` listing
//! every input line that could not be used, with its reason.
//!
//! The rules, one per part of the format:
//!
//! - **Comments**: `#` to the end of the line; `<!-- … -->` (also across lines).
//! - **Actors**: a line starting in column 1 is a primary phrase (`JOHN_KERRY_`), optionally with
//!   codes on the same line (`ALGERIA_ [DZA]`); `+` lines are its synonyms; indented lines carry
//!   codes (`[USAGOVLEG 850103-130201]`, `[USAGOV >130201]`, `[XXX <130201]`, `[USAELI]`).
//!   Words are joined by `_` (a space now and then); a trailing `_` is dropped.
//! - **Names**: the label is the primary phrase in Title Case ("JOHN_KERRY_" → "John Kerry");
//!   particles stay lower case ("United States of America"), words with dots and single-word
//!   aliases of countries and organisations of up to three letters stay upper case ("U.S.",
//!   "UN", "NATO"), because the tagger requires an upper-case letter of an alias to be upper
//!   case in the text.
//! - **Dates**: YYMMDD or YYYYMMDD; a two-digit year up to 30 is 20YY, else 19YY (the rule of
//!   KEDS, TABARI and PETRARCH). `A-B` gives from A to B (B exclusive in kgraph), `>A` from A
//!   on, `<B` until B, no date an undated role.
//! - **Type**: an actor whose current code is a bare three-letter code is a country (all
//!   actors with the same bare code become one country entity, id = the code in lower case,
//!   e.g. `usa`, `rus`, `ukr`); a name with an organisation word (ministry, party, army,
//!   council, …) is an organisation, as is an undated actor whose code starts with a
//!   non-country root (IGO, NGO, IMG, MNC, …) or whose role codes are only media/business;
//!   everyone else is a person. The current code is the open-ended role with the latest start,
//!   else the last undated one, else the one that ended last.
//! - **Affiliation**: the country entity whose code starts the current code (`RUSGOV` → `rus`),
//!   else the organisation whose code is the first six letters (`IGOUNO…` → the UN entity).
//! - **Demonyms**: a one-word synonym of a country that ends like a demonym (-an, -ian, -ese,
//!   -ish, -i, -ic) and shares four letters with the country's name ("UKRAINIAN_") becomes a
//!   demonym, not an alias.
//! - **Aliases dropped** (reported): one-word aliases that are frequent English words
//!   ("May", "Hope"), aliases of fewer than three letters (two for countries and
//!   organisations), phrases with `;` or a stray `+`, and an alias already taken by an
//!   earlier actor of the import.
//! - **Agents** (`Phoenix.agents.txt`): `FOREIGN_MINISTER [~GOV]` lines, `{plural}` forms
//!   (automatic plural otherwise, `{}` none) and `!SET! = A, B` substitutions become rows of
//!   `agents.csv` (`phrase,code`).
//! - **Verbs** (`CAMEO.2.0.txt`): each verb of a `--- VERB [code] ---` block, with its own
//!   code or the block's, becomes a trigger in `verbs.csv` when the CAMEO code maps onto a
//!   kgraph relation ([`relation_for_cameo`]); irregular forms in `{…}` give the past
//!   forms. A pattern `- * WORDS [code]` becomes a phrase trigger ("impose sanctions") when
//!   its code maps onto a relation its verb does not already have. Everything else is
//!   reported: `[---]` (no event), codes kgraph has no relation for, patterns with words before
//!   the verb or PETRARCH-only syntax.
//! - **Bytes that are not UTF-8** are replaced (U+FFFD) and reported as a warning.

mod actors;
mod agents;
mod cameo;
mod classify;
mod codes;
mod entities;
mod lines;
mod naming;
mod rows;
mod verbs;
mod write;

pub use cameo::{CAMEO_RELATIONS, GENERIC_VERBS, relation_for_cameo};
pub use codes::parse_date;
pub use naming::label_case;
pub use rows::{Agent, Entity, Import, RoleRow, Verb};

use crate::error::Result;
use std::path::PathBuf;

/// What to import.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub actors: Vec<PathBuf>,
    pub agents: Option<PathBuf>,
    pub verbs: Option<PathBuf>,
}

/// Imports the given files.
pub fn import(src: &Sources) -> Result<Import> {
    let mut imp = Import::default();
    let mut raw = Vec::new();
    let mut files = Vec::new();
    for path in &src.actors {
        let (file, lines) = lines::read_lines(path, &mut imp.warnings)?;
        actors::parse_actors(&file, &lines, &mut raw, &mut imp.skipped);
        files.push(file);
    }
    entities::build_entities(raw, &mut imp);
    // Report in file order, then line order.
    imp.skipped
        .sort_by_key(|s| (files.iter().position(|f| *f == s.file), s.line));
    if let Some(path) = &src.agents {
        let (file, lines) = lines::read_lines(path, &mut imp.warnings)?;
        agents::parse_agents(&file, &lines, &mut imp);
    }
    if let Some(path) = &src.verbs {
        let (file, lines) = lines::read_lines(path, &mut imp.warnings)?;
        verbs::parse_verbs(&file, &lines, &mut imp);
    }
    Ok(imp)
}
