//! `kgraph completions SHELL`: the completion script clap_complete derives from the command line.

use crate::error::Result;
use clap::CommandFactory;

pub fn run(shell: clap_complete::Shell) -> Result<()> {
    super::outputs::to_stdout(&script(shell))
}

fn script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut cmd = crate::cli::Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "kgraph", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use clap_complete::Shell;

    #[test]
    fn every_shell_gets_a_script_naming_the_subcommands_and_values() {
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
            let s = String::from_utf8(super::script(shell)).unwrap();
            for word in [
                "build",
                "query",
                "export",
                "gazetteer",
                "completions",
                "graphml",
                "--where",
            ] {
                assert!(s.contains(word), "{shell:?} lacks {word}");
            }
        }
    }
}
