//! Flags resolved once into a typed plan: the loaded gazetteer stack, the worker threads and the
//! pipeline options. Every command that reads text starts from a [`Plan`], so none loads the
//! gazetteer its own way.

use crate::cli::{CsvArgs, GazetteerArgs};
use crate::dict::Dictionary;
use crate::error::{Error, Result};
use crate::graph::level::Level;
use crate::pipeline::Options;

/// What a pipeline command runs with.
pub struct Plan {
    pub dict: Dictionary,
    pub options: Options,
}

impl Plan {
    /// Loads the gazetteer folders of `--gazetteer` (in their order: earlier folders win).
    pub fn load(gazetteer: &GazetteerArgs) -> Result<Plan> {
        Ok(Plan {
            dict: crate::dict::load(&gazetteer.gazetteer)?,
            options: Options::default(),
        })
    }

    /// Loads the folders for their names (`gazetteer check`): the relation lexicon and verbs
    /// where a folder has them, an empty lexicon where none has.
    pub fn names(dirs: &[std::path::PathBuf]) -> Result<Plan> {
        Ok(Plan {
            dict: crate::dict::load_names(dirs)?,
            options: Options::default(),
        })
    }

    /// Loads the folders for their entities alone (`suggest`): neither the relation lexicon
    /// nor the verbs are read.
    pub fn entities(dirs: &[std::path::PathBuf]) -> Result<Plan> {
        Ok(Plan {
            dict: crate::dict::load_entities(dirs)?,
            options: Options::default(),
        })
    }

    /// Sizes the global worker pool (`--threads`) before anything runs on it; by default rayon
    /// uses every core. A usage error comes before any folder is read.
    pub fn threads(n: Option<usize>) -> Result<()> {
        let Some(n) = n else { return Ok(()) };
        if n == 0 {
            return Err(Error::Usage("--threads must be at least 1".into()));
        }
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .map_err(|e| Error::Usage(format!("--threads: {e}")))
    }

    /// Collapses actors to `level` (`--level`).
    pub fn level(mut self, level: Level) -> Plan {
        self.options.level = level;
        self
    }

    /// Reads CSV inputs through the columns `--text-column`, `--id-column`, `--date-column`.
    pub fn csv(mut self, csv: &CsvArgs) -> Plan {
        self.options.csv = csv.columns();
        self
    }
}
