//! Flags resolved once into a typed plan: the loaded gazetteer stack, the worker threads and the
//! pipeline options. Every command that reads text starts from a [`Plan`], so none loads the
//! gazetteer its own way.

use crate::cli::{CsvArgs, GazetteerArgs};
use crate::dict::{Dictionary, Layer, Need};
use crate::error::{Error, Result};
use crate::graph::level::Level;
use crate::input::{Links, Listing};
use crate::pipeline::Options;
use std::path::PathBuf;

/// What a pipeline command runs with.
pub struct Plan {
    pub dict: Dictionary,
    pub options: Options,
}

impl Plan {
    /// Loads the gazetteer stack of `--gazetteer` and `--no-default-gazetteer` ([`layers`]).
    pub fn load(gazetteer: &GazetteerArgs) -> Result<Plan> {
        Plan::with(
            &layers(&gazetteer.gazetteer, gazetteer.no_default_gazetteer)?,
            Need::Lexicon,
        )
    }

    /// Loads the gazetteer stack (as [`Plan::load`]) while the input files are listed on a second
    /// thread: both are needed before the first document is read. A gazetteer error comes first.
    pub fn load_listing(
        gazetteer: &GazetteerArgs,
        inputs: &[PathBuf],
        follow: bool,
    ) -> Result<(Plan, Listing)> {
        let links = if follow { Links::Follow } else { Links::StayInside };
        let (plan, listing) = std::thread::scope(|s| {
            let listing = s.spawn(|| Listing::with_links(inputs, links));
            let plan = Plan::load(gazetteer);
            let listing = listing.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
            (plan, listing)
        });
        Ok((plan?, listing?))
    }

    /// Loads a stack of layers for what `need` says: `Need::Names` for `gazetteer check` (the
    /// relation lexicon where a layer has one), `Need::Entities` for `suggest`.
    pub fn with(layers: &[Layer], need: Need) -> Result<Plan> {
        Ok(Plan {
            dict: crate::dict::load_layers(layers, need)?,
            options: Options::default(),
        })
    }

    /// Loads the stack of `--gazetteer` for its entities alone (`suggest`): neither the relation
    /// lexicon nor the verbs are read.
    pub fn entities(gazetteer: &GazetteerArgs) -> Result<Plan> {
        Plan::with(
            &layers(&gazetteer.gazetteer, gazetteer.no_default_gazetteer)?,
            Need::Entities,
        )
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

    /// Matches documents without case without the tagger's case rule (`--caseless`).
    pub fn caseless(mut self, caseless: bool) -> Plan {
        self.options.caseless = caseless;
        self
    }

    /// Reads CSV inputs through the columns `--text-column`, `--id-column`, `--date-column`.
    pub fn csv(mut self, csv: &CsvArgs) -> Plan {
        self.options.csv = csv.columns();
        self
    }
}

/// The stack the gazetteer flags ask for: the user's folders first (they win, in their order),
/// then the built-in default unless `no_default`; with `no_default`, at least one folder.
pub fn layers(dirs: &[PathBuf], no_default: bool) -> Result<Vec<Layer>> {
    if no_default && dirs.is_empty() {
        return Err(Error::Usage(
            "--no-default-gazetteer needs at least one --gazetteer DIR to use instead".into(),
        ));
    }
    let mut layers = Layer::folders(dirs);
    if !no_default {
        layers.extend(crate::dict::builtin::default_stack());
    }
    Ok(layers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_folders_come_first_then_the_default() {
        let l = layers(&[PathBuf::from("a"), PathBuf::from("b")], false).unwrap();
        let labels: Vec<String> = l.iter().map(|l| l.label().display().to_string()).collect();
        assert_eq!(
            labels,
            [
                "a",
                "b",
                "<built-in>/curated",
                "<built-in>/world",
                "<built-in>/phoenix"
            ]
        );
        assert_eq!(layers(&[PathBuf::from("a")], true).unwrap().len(), 1);
        assert!(matches!(layers(&[], true), Err(Error::Usage(_))));
        assert_eq!(layers(&[], false).unwrap().len(), 3);
    }
}
