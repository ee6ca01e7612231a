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

    /// Loads the folders for their names alone (`suggest`, `gazetteer check`): no relation
    /// lexicon needed.
    pub fn names(dirs: &[std::path::PathBuf]) -> Result<Plan> {
        Ok(Plan {
            dict: crate::dict::load_names(dirs)?,
            options: Options::default(),
        })
    }

    /// Sizes the global worker pool (`--threads`); by default rayon uses every core.
    pub fn threads(self, n: Option<usize>) -> Result<Plan> {
        if let Some(n) = n {
            if n == 0 {
                return Err(Error::Usage("--threads must be at least 1".into()));
            }
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build_global()
                .map_err(|e| Error::Usage(format!("--threads: {e}")))?;
        }
        Ok(self)
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
