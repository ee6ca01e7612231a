//! kgraph: news articles in, a knowledge graph of who did what to whom out.
//!
//! Data flows one way: [`gazetteer`] → [`text`] (normalise, split sentences) → [`tag`] (one
//! Aho–Corasick pass) → [`extract`] (relations with evidence) → [`graph`] (petgraph) →
//! [`export`] and [`report`]. [`pipeline`] runs it over many documents in parallel.
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
pub mod output;
pub mod pipeline;
pub mod query;
pub mod report;
pub mod suggest;
pub mod tag;
pub mod text;

pub use error::{Error, Result};
