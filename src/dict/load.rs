//! Loads a stack of gazetteer folders into one [`Dictionary`]: the entities of every folder
//! (earlier folders win), the relation lexicon of the first folder that has one, and the CAMEO
//! verbs of every folder's `verbs.csv`.

use super::gazetteer::Gazetteer;
use super::lexicon::Lexicon;
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// Everything a build reads from its gazetteer folders.
pub struct Dictionary {
    pub gazetteer: Gazetteer,
    pub lexicon: Lexicon,
}

/// Loads the stacked folders `dirs` (the order of `--gazetteer` flags).
///
/// ```
/// let d = kgraph::dict::load(&["gazetteer".into()])?;
/// assert!(d.lexicon.find("met").is_some());
/// # Ok::<(), kgraph::Error>(())
/// ```
pub fn load(dirs: &[PathBuf]) -> Result<Dictionary> {
    load_with(dirs, true)
}

/// Loads the stacked folders for their names: a stack without `relations.csv` gets an empty
/// lexicon (for `gazetteer check`).
pub fn load_names(dirs: &[PathBuf]) -> Result<Dictionary> {
    load_with(dirs, false)
}

/// Loads the stacked folders' entities alone; no lexicon or verbs are read (for `suggest`).
pub fn load_entities(dirs: &[PathBuf]) -> Result<Dictionary> {
    Ok(Dictionary {
        gazetteer: Gazetteer::load(dirs)?,
        lexicon: Lexicon::default(),
    })
}

fn load_with(dirs: &[PathBuf], need_lexicon: bool) -> Result<Dictionary> {
    let mut gazetteer = Gazetteer::load(dirs)?;
    let Some(lex_path) = dirs.iter().map(|d| d.join("relations.csv")).find(|p| p.is_file()) else {
        if need_lexicon {
            return Err(Error::input(
                dirs.first().map_or(Path::new("gazetteer"), PathBuf::as_path),
                "no relations.csv in the gazetteer folders: the relation lexicon is needed",
            ));
        }
        return Ok(Dictionary {
            gazetteer,
            lexicon: Lexicon::default(),
        });
    };
    let mut lexicon = Lexicon::load(&lex_path)?;
    for verbs in dirs.iter().map(|d| d.join("verbs.csv")).filter(|p| p.is_file()) {
        super::verbs::extend(&mut lexicon, &verbs, &mut gazetteer.warnings)?;
    }
    Ok(Dictionary { gazetteer, lexicon })
}
