//! Everything read from a gazetteer folder: entities and aliases, roles, agents, the relation
//! lexicon, CAMEO verbs, and the checks run over stacked folders.

pub mod check;
pub mod gazetteer;
pub mod lexicon;
mod load;
pub mod verbs;

pub use load::{Dictionary, load, load_entities, load_names};
