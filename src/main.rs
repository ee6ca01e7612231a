//! The `kgraph` binary: parse the command line, run it, print an error once, exit with its code.

use clap::Parser;
use std::process::ExitCode;

/// glibc's allocator spends a tenth of a build in malloc and free on the workers' many small
/// per-document allocations; mimalloc's thread-local heaps make them cheap.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = kgraph::cli::Cli::parse();
    kgraph::text::cell::write_raw(cli.raw_cells);
    kgraph::text::cell::write_excel(cli.excel);
    kgraph::cmd::say::set_levels(cli.quiet, cli.verbose);
    match kgraph::cmd::run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        // the reader of our output closed it early (`| head`): not a failure
        Err(e) if closed_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            kgraph::cmd::say::line(format_args!("kgraph: error: {e}"));
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// Whether any error in the chain of `e` is an I/O error of kind broken pipe.
fn closed_pipe(e: &kgraph::Error) -> bool {
    let mut link: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = link {
        if err
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
        {
            return true;
        }
        link = err.source();
    }
    false
}
