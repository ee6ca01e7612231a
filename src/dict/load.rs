//! Loads a stack of gazetteer layers (folders or built-in) into one [`Dictionary`]: the entities
//! of every layer (earlier layers win), the relation lexicon of the first layer that has one, and
//! the CAMEO verbs of every layer's `verbs.csv`.

use super::gazetteer::Gazetteer;
use super::layer::Layer;
use super::lexicon::Lexicon;
use crate::error::{Error, Result};
use std::path::PathBuf;

/// Everything a build reads from its gazetteer folders.
pub struct Dictionary {
    pub gazetteer: Gazetteer,
    pub lexicon: Lexicon,
}

/// What a command needs from the stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Entities and the relation lexicon, which some layer must have (`build`, `eval` …).
    Lexicon,
    /// Entities, and the lexicon where a layer has one (`gazetteer check`).
    Names,
    /// Entities alone; neither lexicon nor verbs are read (`suggest`).
    Entities,
}

/// Loads the stacked folders `dirs` (the order of `--gazetteer` flags).
///
/// ```
/// let d = kgraph::dict::load(&["gazetteer".into()])?;
/// assert!(d.lexicon.find("met").is_some());
/// # Ok::<(), kgraph::Error>(())
/// ```
pub fn load(dirs: &[PathBuf]) -> Result<Dictionary> {
    load_layers(&Layer::folders(dirs), Need::Lexicon)
}

/// Loads the stacked folders for their names: a stack without `relations.csv` gets an empty
/// lexicon (for `gazetteer check`).
pub fn load_names(dirs: &[PathBuf]) -> Result<Dictionary> {
    load_layers(&Layer::folders(dirs), Need::Names)
}

/// Loads the stacked folders' entities alone; no lexicon or verbs are read (for `suggest`).
pub fn load_entities(dirs: &[PathBuf]) -> Result<Dictionary> {
    load_layers(&Layer::folders(dirs), Need::Entities)
}

/// Loads a stack of layers, the earlier winning, for what `need` says.
pub fn load_layers(layers: &[Layer], need: Need) -> Result<Dictionary> {
    let mut gazetteer = Gazetteer::load_layers(layers)?;
    if need == Need::Entities {
        return Ok(Dictionary {
            gazetteer,
            lexicon: Lexicon::default(),
        });
    }
    let mut lex_file = None;
    for layer in layers {
        lex_file = layer.file("relations.csv")?;
        if lex_file.is_some() {
            break;
        }
    }
    let Some(lex_file) = lex_file else {
        if need == Need::Lexicon {
            return Err(Error::input(
                layers
                    .first()
                    .map_or(PathBuf::from("gazetteer"), Layer::label)
                    .as_path(),
                "no relations.csv in the gazetteer folders: the relation lexicon is needed",
            ));
        }
        return Ok(Dictionary {
            gazetteer,
            lexicon: Lexicon::default(),
        });
    };
    let mut lexicon = Lexicon::parse(lex_file.text()?, &lex_file.path)?;
    for layer in layers {
        if let Some(verbs) = layer.file("verbs.csv")? {
            super::verbs::extend(&mut lexicon, &verbs, &mut gazetteer.lexicon_warnings)?;
        }
    }
    Ok(Dictionary { gazetteer, lexicon })
}
