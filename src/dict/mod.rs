//! Everything read from a gazetteer folder or the built-in default: entities and aliases, roles, agents, the relation
//! lexicon, CAMEO verbs, and the checks run over stacked folders.

pub mod builtin;
pub mod check;
pub mod gazetteer;
pub mod layer;
pub mod lexicon;
mod load;
pub mod verbs;

pub use layer::{BuiltinLayer, Layer};
pub use load::{Dictionary, Need, load, load_entities, load_layers, load_names};
