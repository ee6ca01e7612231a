//! `kgraph man [SUBCOMMAND]`: the manual page clap_mangen derives from the command line.

use crate::error::{Error, Result};
use clap::CommandFactory;

pub fn run(subcommand: Option<&str>) -> Result<()> {
    super::outputs::to_stdout(&page(subcommand)?)
}

/// The roff page of `kgraph`, or of one subcommand (named `kgraph-NAME`, as git's pages are).
fn page(subcommand: Option<&str>) -> Result<Vec<u8>> {
    let mut top = crate::cli::Cli::command();
    top.build();
    let cmd = match subcommand {
        None => top,
        Some(name) => {
            let names: Vec<String> = top
                .get_subcommands()
                .map(|c| c.get_name().to_string())
                .filter(|n| n != "help")
                .collect();
            let Some(sub) = top.find_subcommand(name).filter(|_| name != "help") else {
                return Err(Error::Usage(format!(
                    "no subcommand {name:?}: the subcommands are {}{}",
                    names.join(", "),
                    crate::text::suggest::did_you_mean(name, names.iter().map(String::as_str))
                )));
            };
            let full = format!("kgraph-{name}");
            // the footer names the program and its version, as the main page's does
            sub.clone()
                .name(full.clone())
                .bin_name(full)
                .version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut out)
        .map_err(Error::stdout)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_page_has_a_title_and_every_subcommand() {
        let s = String::from_utf8(super::page(None).unwrap()).unwrap();
        assert!(
            s.starts_with(".ie") || s.contains("\n.TH kgraph 1"),
            "{}",
            &s[..200]
        );
        for sub in ["build", "query", "export", "report", "man"] {
            assert!(s.contains(sub), "lacks {sub}");
        }
        let b = String::from_utf8(super::page(Some("build")).unwrap()).unwrap();
        assert!(b.contains(".TH kgraph-build 1"), "{}", &b[..200]);
        let e = super::page(Some("biuld")).unwrap_err().to_string();
        assert!(e.contains("did you mean build?"), "{e}");
    }
}
