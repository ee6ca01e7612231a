//! The default gazetteer, embedded at build time so an installed kgraph works from any folder:
//! the curated layer (`gazetteer/`), the world layer (`gazetteer/world/`) and the Phoenix layer
//! (`gazetteer/phoenix/`), stacked in that order. Their conflicts are resolved when they are made
//! (`scripts/world/make_world.py`, `scripts/phoenix/make_phoenix.py`), so the stack loads without
//! a warning.

use super::layer::{BuiltinLayer, Layer};

/// Today's hand-curated entities, roles, relation lexicon and agents.
pub static CURATED: BuiltinLayer = BuiltinLayer {
    name: "curated",
    files: &[
        ("entities.csv", include_str!("../../gazetteer/entities.csv")),
        ("roles.csv", include_str!("../../gazetteer/roles.csv")),
        ("relations.csv", include_str!("../../gazetteer/relations.csv")),
        ("agents.csv", include_str!("../../gazetteer/agents.csv")),
    ],
};

/// The relations of the built-in lexicon (the first column of the curated `relations.csv`).
pub fn relation_names() -> Vec<&'static str> {
    let text = include_str!("../../gazetteer/relations.csv");
    text.lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .map(str::trim)
        .filter(|r| !r.is_empty() && !r.starts_with('#'))
        .collect()
}

/// Countries, capitals, seats of government, major cities, international organisations.
pub static WORLD: BuiltinLayer = BuiltinLayer {
    name: "world",
    files: &[
        ("entities.csv", include_str!("../../gazetteer/world/entities.csv")),
        ("NOTICE.md", include_str!("../../gazetteer/world/NOTICE.md")),
    ],
};

/// The Phoenix actor and agent dictionaries (MIT), converted.
pub static PHOENIX: BuiltinLayer = BuiltinLayer {
    name: "phoenix",
    files: &[
        (
            "entities.csv",
            include_str!("../../gazetteer/phoenix/entities.csv"),
        ),
        ("roles.csv", include_str!("../../gazetteer/phoenix/roles.csv")),
        ("agents.csv", include_str!("../../gazetteer/phoenix/agents.csv")),
        ("NOTICE.md", include_str!("../../gazetteer/phoenix/NOTICE.md")),
    ],
};

/// The default layers, in stacking order (the earlier wins).
pub static DEFAULT: [&BuiltinLayer; 3] = [&CURATED, &WORLD, &PHOENIX];

/// The default gazetteer as a stack of layers.
///
/// ```
/// let d = kgraph::dict::load_layers(&kgraph::dict::builtin::default_stack(), kgraph::dict::Need::Lexicon)?;
/// assert!(d.gazetteer.conflicts.is_empty());
/// # Ok::<(), kgraph::Error>(())
/// ```
pub fn default_stack() -> Vec<Layer> {
    DEFAULT.iter().map(|&b| Layer::Builtin(b)).collect()
}
