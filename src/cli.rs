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
    /// Tag, extract and write the graph: nodes.csv, edges.csv, relations.csv, graph.graphml, graph.json, report.html.
    Build(BuildArgs),
    /// Score extracted relations against gold triples: precision, recall and F1 per relation.
    Eval(EvalArgs),
    /// Write a graph file in another format: graphml, gexf, csv, json, neo4j, dot.
    Export(ExportArgs),
    /// Ask the graph a question: neighbors, edges, path, top, evidence, ego, stats.
    Query(QueryArgs),
    /// Write the graph as one self-contained HTML page: the picture, top actors, timeline, evidence.
    Report(ReportArgs),
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

/// Output formats of the query commands (`graphml` only for `ego`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum QueryFormat {
    /// Aligned columns for reading.
    Table,
    Csv,
    Json,
    /// GraphML (ego subgraphs only).
    Graphml,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The graph file written by `kgraph build`.
    #[arg(long, global = true, value_name = "FILE", default_value = "out/graph.json")]
    pub graph: PathBuf,
    /// Output format.
    #[arg(long, global = true, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
    #[command(subcommand)]
    pub query: Query,
}

fn parse_date(s: &str) -> Result<crate::model::Date, String> {
    crate::model::Date::parse_iso(s).ok_or_else(|| format!("{s:?} is not a date: use YYYY-MM-DD"))
}

fn parse_kind(s: &str) -> Result<crate::model::EntityKind, String> {
    crate::model::EntityKind::parse(s)
        .ok_or_else(|| format!("{s:?} is not a type: use person, organization, country or place"))
}

#[derive(Debug, Subcommand)]
pub enum Query {
    /// The entities connected to NAME, with relation, weight and date range.
    Neighbors {
        /// An id, label or alias, any case ("lavrov", "Sergei Lavrov", "the Kremlin").
        name: String,
        /// Only this relation.
        #[arg(long)]
        relation: Option<String>,
        #[arg(long, value_enum, default_value_t = crate::query::neighbors::Direction::Both)]
        direction: crate::query::neighbors::Direction,
    },
    /// Aggregated edges, filtered.
    Edges {
        #[arg(long, value_name = "NAME")]
        from: Option<String>,
        #[arg(long, value_name = "NAME")]
        to: Option<String>,
        #[arg(long)]
        relation: Option<String>,
        /// Only edges with negated instances.
        #[arg(long)]
        negated: bool,
        /// Only edges dated on or after this day (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        since: Option<crate::model::Date>,
        /// Only edges dated on or before this day (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        until: Option<crate::model::Date>,
    },
    /// A shortest path between two entities, each hop with its relation and evidence.
    Path {
        from: String,
        to: String,
        /// Prefer strong ties (cost 1/(1+weight)) over few hops.
        #[arg(long)]
        weighted: bool,
    },
    /// The most central entities.
    Top {
        #[arg(long, value_enum, default_value_t = crate::query::top::Measure::Degree)]
        by: crate::query::top::Measure,
        /// Only entities of this type.
        #[arg(long = "type", value_parser = parse_kind)]
        kind: Option<crate::model::EntityKind>,
        /// How many.
        #[arg(short = 'n', long = "limit", default_value_t = 10)]
        n: usize,
    },
    /// The sentences behind the edges between two entities.
    Evidence {
        a: String,
        b: String,
        #[arg(long)]
        relation: Option<String>,
    },
    /// The neighbourhood of NAME as a subgraph (--format graphml|csv|json, or --out DIR for all files).
    Ego {
        name: String,
        /// Hops from NAME.
        #[arg(long, default_value_t = 1)]
        depth: usize,
        /// Write nodes.csv, edges.csv, relations.csv, graph.graphml and graph.json here.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Counts by type and relation, components, density.
    Stats,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The graph file written by `kgraph build`.
    #[arg(long, value_name = "FILE", default_value = "out/graph.json")]
    pub graph: PathBuf,
    /// Output format (repeat for several).
    #[arg(long, value_enum, required = true)]
    pub format: Vec<crate::export::ExportFormat>,
    /// Output folder.
    #[arg(long, value_name = "DIR", default_value = "out/export")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The graph file written by `kgraph build`.
    #[arg(long, value_name = "FILE", default_value = "out/graph.json")]
    pub graph: PathBuf,
    /// The HTML file to write.
    #[arg(long, value_name = "FILE", default_value = "out/report.html")]
    pub out: PathBuf,
}
