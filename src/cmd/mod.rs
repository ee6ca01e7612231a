//! One file per subcommand; each resolves its flags into a plan, runs the library, and prints.

pub mod build;
pub mod eval;
pub mod explain;
pub mod export;
pub mod query;
pub mod report;

use crate::cli::Command;
use crate::error::Result;

/// Runs a parsed command.
pub fn run(cmd: Command) -> Result<()> {
    match cmd {
        Command::Build(a) => build::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Query(a) => query::run(a),
        Command::Export(a) => export::run(a),
        Command::Report(a) => report::run(a),
    }
}
