//! kgraph: news articles in, a knowledge graph of who did what to whom out.
//!
//! # The layers
//! Data flows one way, and each folder is one layer; a module uses only the layers below it
//! (`tests/layers.rs` checks this, and that no two files import each other):
//!
//! | layer | modules | what it holds |
//! |---|---|---|
//! | vocabulary | [`error`], [`model`] | the one error type; typed ids ([`model::EntityIx`], [`model::RelationIx`]), [`model::Polarity`], entities, relations, evidence, dates |
//! | language | [`lang`] | English word lists and word classes, as data |
//! | text | [`text`], [`output`] | decoding, 1:1 normalisation, sentences, dates in text; atomic file writes |
//! | dictionary, input | [`dict`], [`input`] | gazetteer layers (folders, or the built-in default of [`dict::builtin`]) loaded into a [`dict::Dictionary`]; input files discovered and streamed document by document |
//! | tagging | [`tag`] | one Aho–Corasick pass: mentions of entities, titles, demonyms |
//! | names | [`names`] | per document: actors no list names (titles, appositions, organisation shapes) and the short forms of names given in full |
//! | extraction | [`extract`] | a sentence as items, coreference, the constructions, one finding per relation |
//! | graph | [`graph`] | petgraph behind typed accessors, events, actor levels; what `graph.json` holds, so nodes and edges carry their ids and relation names as data (it is read back without a gazetteer) |
//! | pipeline | [`pipeline`], [`eval`], [`suggest`] | batches on all cores, shards; scoring; names the gazetteer misses |
//! | exits | [`export`], [`query`] | one file per format and per query; typed rows rendered to text only at the end |
//! | report, import | [`report`], [`import`] | the HTML page; PETRARCH/TABARI dictionaries into gazetteer folders |
//! | commands | [`cli`], [`cmd`] | clap, the typed [`cmd::plan::Plan`], the output folder and its lock, printing |
//!
//! Only [`cmd`] and `main` print, lock, exit or know clap.
//!
//! ```no_run
//! use std::path::PathBuf;
//! let dict = kgraph::dict::load(&[PathBuf::from("gazetteer")])?;
//! let (graph, _report) = kgraph::pipeline::build(&dict.gazetteer, &dict.lexicon, &[PathBuf::from("seeds")])?;
//! kgraph::export::export(&graph, kgraph::export::ExportFormat::Graphml, std::path::Path::new("out"))?;
//! # Ok::<(), kgraph::Error>(())
//! ```

pub mod cli;
pub mod cmd;
pub mod dict;
pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod graph;
pub mod import;
pub mod input;
pub mod lang;
pub mod model;
pub mod names;
pub mod output;
pub mod pipeline;
pub mod query;
pub mod report;
pub mod suggest;
pub mod tag;
pub mod text;

pub use error::{Error, Result};
