//! The command line, as clap derive types; the doc comments are the help text.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// kgraph turns news articles into a knowledge graph of who did what to whom.
#[derive(Debug, Parser)]
#[command(name = "kgraph", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Tag, extract and write the graph: nodes.csv, edges.csv, relations.csv, graph.graphml, graph.json.
    Build(BuildArgs),
    /// Score extracted relations against gold triples: precision, recall and F1 per relation.
    Eval(EvalArgs),
    /// Show how kgraph reads a sentence: its items, mentions, triggers and the relations found.
    Explain(ExplainArgs),
}

/// Where the gazetteer lives; several folders stack, the earlier one winning.
#[derive(Debug, Args)]
pub struct GazetteerArgs {
    /// Gazetteer folder (entities.csv, roles.csv, relations.csv); repeat to stack folders.
    #[arg(long = "gazetteer", value_name = "DIR", default_value = "gazetteer")]
    pub gazetteer: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Input files or folders (folders are read recursively, in sorted order).
    #[arg(long = "input", value_name = "PATH", num_args = 1.., default_value = "seeds")]
    pub input: Vec<PathBuf>,
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
    /// Output folder.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Treat warnings (unreadable or binary inputs, invalid UTF-8, gazetteer conflicts) as errors.
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold triples: CSV with header doc,source,relation,target[,negated].
    #[arg(long, value_name = "FILE")]
    pub gold: PathBuf,
    /// The relations.csv to score (as written by `kgraph build`).
    #[arg(long, value_name = "FILE", default_value = "out/relations.csv")]
    pub relations: PathBuf,
    /// Relation lexicon, to know which relations are symmetric.
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The text to explain (one or more sentences).
    pub text: String,
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
}
