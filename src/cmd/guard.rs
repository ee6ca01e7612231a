//! What a command writes never overlaps what it reads: an output folder is not, and is not
//! inside, an input or gazetteer folder, no input lies inside it, and no file written is a file
//! the command reads (the `graph.json` that `query ego --out` or `export` loaded).

use crate::error::{Error, Result};
use std::path::{Component, Path, PathBuf};

/// What a path a command reads is, for the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    Input,
    Gazetteer,
}

impl Read {
    fn what(self) -> &'static str {
        match self {
            Read::Input => "the input",
            Read::Gazetteer => "the gazetteer folder",
        }
    }

    fn consequence(self) -> &'static str {
        match self {
            Read::Input => "the next run would read its own outputs as documents",
            Read::Gazetteer => "the outputs would replace or mix with the gazetteer's files",
        }
    }
}

/// Fails when the output folder or file `out` is, or is inside, a folder in `reads`, or when
/// one of `reads` lies inside `out`. Standard input (`-`) reads no path.
pub fn apart(out: &Path, reads: &[(&Path, Read)]) -> Result<()> {
    let out_abs = resolved(out);
    for &(read, kind) in reads {
        if read.as_os_str() == "-" {
            continue;
        }
        let read_abs = resolved(read);
        let clash = if out_abs == read_abs {
            Some("is")
        } else if out_abs.starts_with(&read_abs) && read_abs.is_dir() {
            Some("is inside")
        } else if read_abs.starts_with(&out_abs) {
            Some("holds")
        } else {
            None
        };
        if let Some(how) = clash {
            return Err(Error::Usage(format!(
                "--out {} {how} {} {}: {}; give an --out outside it",
                out.display(),
                kind.what(),
                read.display(),
                kind.consequence()
            )));
        }
    }
    Ok(())
}

/// The inputs and gazetteer folders of a command that reads text, for [`apart`].
pub fn text_reads<'a>(inputs: &'a [PathBuf], gazetteer: &'a [PathBuf]) -> Vec<(&'a Path, Read)> {
    let inputs = inputs.iter().map(|p| (p.as_path(), Read::Input));
    inputs
        .chain(gazetteer.iter().map(|p| (p.as_path(), Read::Gazetteer)))
        .collect()
}

/// Fails when one of the files `written` is the file `read` (a command would replace the file
/// it loaded).
pub fn not_replacing(written: &[PathBuf], read: &Path) -> Result<()> {
    let read_abs = resolved(read);
    match written.iter().find(|w| resolved(w) == read_abs) {
        None => Ok(()),
        Some(w) => Err(Error::Usage(format!(
            "{} would be replaced by what this command writes, but it is the graph being read; \
             give another --out",
            w.display()
        ))),
    }
}

/// `path` made absolute with its links resolved, as far as it exists; the rest (an output folder
/// not made yet) added lexically, `..` and `.` taken out.
fn resolved(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = abs.as_path();
    let mut rest: Vec<PathBuf> = Vec::new();
    loop {
        if let Ok(canon) = std::fs::canonicalize(existing) {
            let mut out = canon;
            for c in rest.iter().rev() {
                push_lexical(&mut out, c);
            }
            return out;
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(PathBuf::from(name));
                existing = parent;
            }
            _ => return abs,
        }
    }
}

fn push_lexical(out: &mut PathBuf, part: &Path) {
    for c in part.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_inside_what_is_read_and_reads_inside_outputs_are_refused() {
        let d = tempfile::tempdir().unwrap();
        let (news, gaz) = (d.path().join("news"), d.path().join("gaz"));
        std::fs::create_dir_all(news.join("sub")).unwrap();
        std::fs::create_dir_all(&gaz).unwrap();
        std::fs::write(news.join("a.txt"), "x").unwrap();
        let file = news.join("a.txt");
        let reads = [(news.as_path(), Read::Input), (gaz.as_path(), Read::Gazetteer)];
        let refused = [
            (news.clone(), "is the input"),
            (news.join("out"), "is inside the input"),
            (news.join("sub/../out"), "is inside the input"),
            (gaz.clone(), "is the gazetteer folder"),
            (gaz.join("new/deeper"), "is inside the gazetteer folder"),
            (d.path().to_path_buf(), "holds the input"),
        ];
        for (out, says) in refused {
            let err = apart(&out, &reads).unwrap_err().to_string();
            assert!(err.contains(says), "{}: {err}", out.display());
        }
        let file_reads = [(file.as_path(), Read::Input)];
        assert!(
            apart(&news, &file_reads)
                .unwrap_err()
                .to_string()
                .contains("holds the input")
        );
        for out in [
            d.path().join("out"),
            d.path().join("newsletter"),
            news.join("../out2"),
        ] {
            apart(&out, &reads).unwrap();
        }
        apart(&d.path().join("out"), &[(Path::new("-"), Read::Input)]).unwrap();
        // a file read beside the output folder (export reads out/graph.json, writes out/graph.gexf)
        apart(&news.join("b.jsonl"), &file_reads).unwrap();
    }

    #[test]
    fn a_written_file_that_is_the_graph_read_is_refused() {
        let d = tempfile::tempdir().unwrap();
        let g = d.path().join("graph.json");
        std::fs::write(&g, "{}").unwrap();
        let written = [d.path().join("nodes.csv"), d.path().join("./graph.json")];
        assert!(not_replacing(&written, &g).is_err());
        not_replacing(&written[..1], &g).unwrap();
    }
}
