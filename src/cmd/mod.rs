//! One file per subcommand; each resolves its flags into a plan, runs the library, and prints.

#[macro_use]
pub mod say;
pub mod build;
pub mod completions;
pub mod default_gazetteer;
pub mod eval;
pub mod explain;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod guard;
pub mod lock;
pub mod man;
pub mod merge;
pub mod outputs;
pub mod plan;
pub mod progress;
pub mod query;
pub mod report;
pub mod suggest;
pub mod warnings;

use crate::cli::Command;
use crate::error::Result;

/// Runs a parsed command.
pub fn run(cmd: Command) -> Result<()> {
    match cmd {
        Command::Build(a) => build::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Query(a) => query::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Merge(a) => merge::run(a),
        Command::Suggest(a) => suggest::run(a),
        Command::Export(a) => export::run(a),
        Command::Gazetteer(g) => gazetteer::run(g),
        Command::Report(a) => report::run(a),
        Command::Completions { shell } => completions::run(shell),
        Command::Man { subcommand } => man::run(subcommand.as_deref()),
    }
}
