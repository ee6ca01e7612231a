//! The command line, as clap derive types; the doc comments are the help text.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// kgraph turns news articles into a knowledge graph of who did what to whom.
#[derive(Debug, Parser)]
#[command(name = "kgraph", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Write CSV and TSV cells exactly as they are. By default a cell that starts with = + - @,
    /// a tab or a carriage return (and is not a number) gets a ' in front, so that Excel and
    /// LibreOffice show it as text instead of running it as a formula.
    #[arg(long, global = true)]
    pub raw_cells: bool,
    /// Write CSV files for Excel: a UTF-8 byte-order mark first (so Excel reads accents right)
    /// and CAMEO codes as ="040" (so Excel keeps the leading zero). Off by default: pandas,
    /// csvkit and Unix tools read the files without it.
    #[arg(long, global = true)]
    pub excel: bool,
    /// Print nothing but errors (no progress, summaries, "wrote" lines or warnings).
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Print every warning; by default the first 3 of each kind are printed and the rest counted.
    #[arg(long, short, global = true, conflicts_with = "quiet")]
    pub verbose: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Tag, extract and write the graph: nodes.csv, edges.csv, relations.csv, graph.graphml, graph.json, report.html.
    Build(BuildArgs),
    /// Extract per-document relation records (JSON Lines) from part of a corpus, for `merge`.
    Extract(ExtractArgs),
    /// Build the graph from `extract` shards: the same files one `build` over all would write.
    Merge(MergeArgs),
    /// Score extracted relations against gold triples: precision, recall and F1 per relation.
    Eval(EvalArgs),
    /// Write a graph file in another format: graphml, gexf, csv, json, neo4j, dot.
    Export(ExportArgs),
    /// Ask the graph a question: neighbors, edges, path, top, evidence, ego, stats.
    Query(QueryArgs),
    /// List the actors and names the gazetteer misses as an entities.csv that loads as written:
    /// discovered actors first, then other capitalised names, each with counts and a sample.
    Suggest(SuggestArgs),
    /// Write the graph as one self-contained HTML page: the picture, top actors, timeline, evidence.
    Report(ReportArgs),
    /// Show how kgraph reads a sentence: its items, mentions, triggers and the relations found.
    Explain(ExplainArgs),
    /// Import event-data dictionaries into a gazetteer folder, check gazetteer folders, or write
    /// the built-in default gazetteer out as folders.
    #[command(subcommand)]
    Gazetteer(Gazetteer),
    /// Print a shell completion script: `kgraph completions bash > ~/.local/share/bash-completion/completions/kgraph`.
    #[command(after_help = "Examples:
  kgraph completions bash > ~/.local/share/bash-completion/completions/kgraph
  kgraph completions zsh > ~/.zfunc/_kgraph        (with fpath+=~/.zfunc before compinit)
  kgraph completions fish > ~/.config/fish/completions/kgraph.fish")]
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `kgraph man | man -l -`, or one subcommand's: `kgraph man build`.
    #[command(after_help = "Examples:
  kgraph man | man -l -                       read it now
  kgraph man > ~/.local/share/man/man1/kgraph.1   install it for `man kgraph`
  kgraph man query > kgraph-query.1")]
    Man {
        // ASCII only in help text: the man page is made of it, and groff without preconv
        // refuses other characters
        /// A subcommand (`build`, `query`, `gazetteer`, ...) for its own page.
        subcommand: Option<String>,
    },
}

/// `kgraph gazetteer …`: work on gazetteer folders.
#[derive(Debug, Subcommand)]
pub enum Gazetteer {
    /// Convert PETRARCH/TABARI dictionaries into a gazetteer folder: entities.csv, roles.csv,
    /// agents.csv, verbs.csv, and skipped.csv with every line that could not be used.
    Import(ImportArgs),
    /// Report alias conflicts, aliases that are common English words, and counts by type.
    Check(CheckArgs),
    /// Write the built-in default gazetteer as editable CSV folders: DIR/curated, DIR/world and
    /// DIR/phoenix (with their licence notices), and print the command that stacks them.
    Default(DefaultArgs),
}

/// Dictionary formats `gazetteer import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    /// PETRARCH / TABARI / Phoenix dictionaries (*.actors.txt, agents, CAMEO verbs).
    Petrarch,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  kgraph gazetteer import --from petrarch Phoenix.Countries.actors.txt \\
      --agents Phoenix.agents.txt --verbs CAMEO.2.0.txt --out phoenix
  kgraph build --input news --gazetteer phoenix")]
pub struct ImportArgs {
    /// The format of the dictionaries.
    #[arg(long, value_enum)]
    pub from: ImportFormat,
    /// Actor dictionaries (e.g. Phoenix.Countries.actors.txt); entities and dated roles.
    #[arg(value_name = "ACTORS", required = true)]
    pub actors: Vec<PathBuf>,
    /// Agent dictionary (e.g. Phoenix.agents.txt); role nouns, written to agents.csv.
    #[arg(long, value_name = "FILE")]
    pub agents: Option<PathBuf>,
    /// Verb dictionary (e.g. CAMEO.2.0.txt); relation triggers, written to verbs.csv.
    #[arg(long, value_name = "FILE")]
    pub verbs: Option<PathBuf>,
    /// Output gazetteer folder.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  kgraph gazetteer check mine                      your folder on top of the default
  kgraph gazetteer check --no-default-gazetteer mine")]
pub struct CheckArgs {
    /// Gazetteer folders, stacked in this order on top of the built-in default (the earlier one
    /// wins); none checks the default alone.
    #[arg(value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// Check only the DIRs, without the built-in default.
    #[arg(long)]
    pub no_default_gazetteer: bool,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  kgraph gazetteer default --out gaz               then edit gaz/curated/entities.csv
  kgraph build --no-default-gazetteer --gazetteer gaz/curated --gazetteer gaz/world --gazetteer gaz/phoenix")]
pub struct DefaultArgs {
    /// The folder to write into: it must be empty, new, or hold an earlier copy of the default.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

/// The gazetteer: the built-in default, with the user's folders stacked on top of it.
///
/// The folders of `--gazetteer` come first, in their order, then the built-in default (curated
/// entries, the world layer, the Phoenix actors): the first layer that names an id or an alias
/// keeps it. `--no-default-gazetteer` leaves the default out.
#[derive(Debug, Args)]
pub struct GazetteerArgs {
    /// A gazetteer folder (entities.csv; roles.csv, relations.csv, agents.csv optional) stacked on
    /// top of the built-in default: it wins every id and name it shares with the default. Repeat
    /// to stack several; the earlier wins. `kgraph gazetteer default --out DIR` writes the default
    /// out as folders to edit.
    #[arg(long = "gazetteer", value_name = "DIR")]
    pub gazetteer: Vec<PathBuf>,
    /// Use only the --gazetteer folders, not the built-in default (one of them must then hold
    /// relations.csv).
    #[arg(long)]
    pub no_default_gazetteer: bool,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  kgraph build                                     the seeds/ folder, into out/
  kgraph build --input ~/news --out ~/news-graph   your folder (text, .jsonl, .csv, .gz)
  kgraph build --input news.csv --where category=politics --text-column body
  kgraph build --input news --gazetteer mine       your gazetteer folder stacked on the default
  kgraph build --input news --level country --no-gazetteer-edges -q")]
pub struct BuildArgs {
    /// Inputs: text files, folders (read recursively, in sorted order), JSON Lines (.jsonl:
    /// id, text, optional date, title), CSV (.csv/.tsv with a text column), any of them
    /// gzip-compressed (.gz), or - for standard input.
    #[arg(long = "input", value_name = "PATH", num_args = 1.., default_value = "seeds")]
    pub input: Vec<PathBuf>,
    /// Follow symlinks inside input folders that lead out of them (by default such a link is
    /// a warning and skipped).
    #[arg(long, short = 'L')]
    pub follow: bool,
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
    /// Output folder.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    /// Treat warnings (unreadable or binary inputs, invalid UTF-8, gazetteer conflicts) as errors.
    #[arg(long)]
    pub strict: bool,
    /// Node level: `actor` (as tagged) or `country` (actors collapsed onto their countries).
    #[arg(long, value_parser = choice::<crate::graph::level::Level>(), default_value = "actor")]
    pub level: crate::graph::level::Level,
    #[command(flatten)]
    pub csv: CsvArgs,
    /// Match documents written all in lower case or all in capitals (some CSV data sets)
    /// against the gazetteer without case; by default they are reported, since "us" and "US"
    /// cannot be told apart there.
    #[arg(long)]
    pub caseless: bool,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Reports of the same relation between the same actors at most this many days apart
    /// (and at compatible places) are one event.
    #[arg(long, value_name = "DAYS", default_value_t = crate::graph::events::DEFAULT_WINDOW_DAYS)]
    pub event_window: u32,
    /// Leave out the edges the gazetteer states (`affiliated_with`, from its `affiliation`
    /// column), keeping only relations read in text. Every export marks them `origin=gazetteer`
    /// either way, and rankings never count them.
    #[arg(long)]
    pub no_gazetteer_edges: bool,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  kgraph eval --gold tests/gold/seeds.csv --relations out/relations.csv")]
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
#[command(after_help = "Examples:
  kgraph explain \"Kerry met Lavrov in Geneva on Friday.\"
  echo \"Putin did not meet Obama.\" | kgraph explain
  kgraph explain - < article.txt
  kgraph explain --format json \"Putin was criticized by Merkel.\"")]
pub struct ExplainArgs {
    /// The text to explain (one or more sentences); - or nothing reads it from standard input.
    pub text: Option<String>,
    /// text for reading; json (items, phrases, triggers, relations) for tools.
    #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
    pub format: ExplainFormat,
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
}

/// Output formats of `explain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExplainFormat {
    Text,
    Json,
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
#[command(after_help = "Examples:
  kgraph query neighbors lavrov
  kgraph query edges --from putin --relation met --format csv
  kgraph query path kerry \"the Kremlin\" --weighted
  kgraph query top --by pagerank --type person -n 5
  kgraph query evidence kerry lavrov
  kgraph query ego putin --depth 2 --out putin-graph")]
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
        #[arg(long, value_parser = choice::<crate::query::neighbors::Direction>(), default_value = "both")]
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
        #[arg(long, value_parser = choice::<crate::query::top::Measure>(), default_value = "degree")]
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
        /// Write the build files (nodes.csv, edges.csv, relations.csv, events.csv, graph.graphml, graph.json, report.html) here.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Counts by type and relation, components, density.
    Stats,
    /// The events behind the edges between two entities: one row per event, with its sources.
    Events {
        a: String,
        b: String,
        #[arg(long)]
        relation: Option<String>,
    },
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  kgraph export --format gexf                      out/graph.json to out/export/graph.gexf
  kgraph export --format csv --format neo4j --out for-neo4j
  kgraph export --format dot --out d && dot -Tsvg d/graph.dot > graph.svg
  kgraph --excel export --format csv --out for-excel")]
pub struct ExportArgs {
    /// The graph file written by `kgraph build`.
    #[arg(long, value_name = "FILE", default_value = "out/graph.json")]
    pub graph: PathBuf,
    /// Output format (repeat for several).
    #[arg(long, value_parser = choice::<crate::export::ExportFormat>(), required = true)]
    pub format: Vec<crate::export::ExportFormat>,
    /// Output folder.
    #[arg(long, value_name = "DIR", default_value = "out/export")]
    pub out: PathBuf,
    /// Leave out the edges the gazetteer states (`affiliated_with`, from its `affiliation`
    /// column), keeping only relations read in text. Every export marks them `origin=gazetteer`
    /// either way, and rankings never count them.
    #[arg(long)]
    pub no_gazetteer_edges: bool,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  kgraph suggest --input news > mine/entities.csv     a gazetteer folder of its own (mkdir mine first)
  kgraph suggest --input news --out mine              the same, the folder made for you
  kgraph build --input news --gazetteer gazetteer --gazetteer mine
  kgraph suggest --input news --no-header >> gazetteer/entities.csv   append to a file with the same columns")]
pub struct SuggestArgs {
    /// Inputs, as for `build`: text files, folders, JSON Lines (.jsonl), CSV (.csv/.tsv with a
    /// text column), any of them gzip-compressed (.gz), or - for standard input.
    #[arg(long = "input", value_name = "PATH", num_args = 1.., default_value = "seeds")]
    pub input: Vec<PathBuf>,
    /// Follow symlinks inside input folders that lead out of them (by default such a link is
    /// a warning and skipped).
    #[arg(long, short = 'L')]
    pub follow: bool,
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
    #[command(flatten)]
    pub csv: CsvArgs,
    /// Only names seen at least this often.
    #[arg(long, default_value_t = 1)]
    pub min_count: usize,
    /// At most this many names (the discovered actors first).
    #[arg(short = 'n', long = "limit", default_value_t = 100)]
    pub n: usize,
    /// Write DIR/entities.csv, a gazetteer folder to check and stack with `--gazetteer DIR`,
    /// instead of printing it (an existing DIR/entities.csv is never replaced).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Print the header as a comment line, so that the output appends to an entities.csv
    /// with the same columns (`>> mine/entities.csv`).
    #[arg(long, conflicts_with = "out")]
    pub no_header: bool,
    /// `gazetteer`: an entities.csv (discovered actors first), a comment line above each row
    /// with its mentions, documents, role, affiliation and a sample sentence; `csv`: a plain
    /// table of the same, one row per name.
    #[arg(long, value_enum, default_value_t = SuggestFormat::Gazetteer)]
    pub format: SuggestFormat,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

/// What `suggest` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SuggestFormat {
    Gazetteer,
    Csv,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  kgraph extract --input news/2024 --out 2024.jsonl
  kgraph extract --input news/2025 --out 2025.jsonl
  kgraph merge 2024.jsonl 2025.jsonl --out out")]
pub struct ExtractArgs {
    /// Inputs, as for `build` (- for standard input: JSON Lines or one text).
    #[arg(long = "input", value_name = "PATH", num_args = 1.., required = true)]
    pub input: Vec<PathBuf>,
    /// Follow symlinks inside input folders that lead out of them (by default such a link is
    /// a warning and skipped).
    #[arg(long, short = 'L')]
    pub follow: bool,
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
    /// The shard file to write (- for standard output).
    #[arg(long, value_name = "FILE", default_value = "-")]
    pub out: PathBuf,
    #[command(flatten)]
    pub csv: CsvArgs,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  kgraph merge part-*.jsonl --out out              the same files one build over all would write")]
pub struct MergeArgs {
    /// Shard files written by `kgraph extract`.
    #[arg(required = true, value_name = "SHARD")]
    pub shards: Vec<PathBuf>,
    #[command(flatten)]
    pub gazetteer: GazetteerArgs,
    /// Output folder.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    #[arg(long, value_parser = choice::<crate::graph::level::Level>(), default_value = "actor")]
    pub level: crate::graph::level::Level,
    /// Leave out the edges the gazetteer states (`affiliated_with`, from its `affiliation`
    /// column), keeping only relations read in text. Every export marks them `origin=gazetteer`
    /// either way, and rankings never count them.
    #[arg(long)]
    pub no_gazetteer_edges: bool,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  kgraph report                                    out/graph.json to out/report.html
  kgraph report --graph g/graph.json --out - > page.html")]
pub struct ReportArgs {
    /// The graph file written by `kgraph build`.
    #[arg(long, value_name = "FILE", default_value = "out/graph.json")]
    pub graph: PathBuf,
    /// The HTML file to write (- for standard output).
    #[arg(long, value_name = "FILE", default_value = "out/report.html")]
    pub out: PathBuf,
}

/// Which columns of CSV inputs hold what.
#[derive(Debug, Args)]
pub struct CsvArgs {
    /// CSV inputs: the column holding the article text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    pub text_column: String,
    /// CSV inputs: the column naming each article (else FILE:ROW).
    #[arg(long, value_name = "NAME", default_value = "id")]
    pub id_column: String,
    /// CSV inputs: the column with each article's date (YYYY-MM-DD).
    #[arg(long, value_name = "NAME", default_value = "date")]
    pub date_column: String,
    /// CSV inputs: read only the rows whose COLUMN cell is VALUE (exact, spaces trimmed).
    /// Repeat it: values of one column are alternatives, different columns must all match
    /// (`--where category=politics --where category=business --where lang=en`).
    #[arg(long = "where", value_name = "COLUMN=VALUE", value_parser = parse_condition)]
    pub conditions: Vec<(String, String)>,
}

fn parse_condition(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((c, v)) if !c.trim().is_empty() => Ok((c.trim().to_string(), v.trim().to_string())),
        _ => Err(format!(
            "{s:?} is not COLUMN=VALUE (for example category=politics)"
        )),
    }
}

impl CsvArgs {
    /// The columns as the input reader takes them.
    pub fn columns(&self) -> crate::input::CsvColumns {
        crate::input::CsvColumns {
            text: self.text_column.clone(),
            id: self.id_column.clone(),
            date: self.date_column.clone(),
            filters: crate::input::ColumnFilter::group(&self.conditions),
        }
    }
}

/// Parses a library [`Choice`](crate::model::Choice) by name, listing every value with its help.
fn choice<T: crate::model::Choice>() -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    PossibleValuesParser::new(
        T::ALL
            .iter()
            .map(|c| PossibleValue::new(c.name()).help(c.about())),
    )
    .try_map(|s| {
        T::ALL
            .iter()
            .copied()
            .find(|c| c.name() == s)
            .ok_or("not one of the values")
    })
}
