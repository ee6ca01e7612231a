//! The `kgraph` binary: parse the command line, run it, print an error once, exit with its code.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = kgraph::cli::Cli::parse();
    match kgraph::cmd::run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if let kgraph::Error::Output { source, .. } = &e
                && source.kind() == std::io::ErrorKind::BrokenPipe
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("kgraph: error: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
