//! `kgraph gazetteer default --out DIR`: the built-in default gazetteer written out as editable
//! folders (DIR/curated, DIR/world, DIR/phoenix, with their notices), and the command that
//! stacks them in its place.

use super::lock::LOCK_FILE;
use super::outputs::OutDir;
use crate::cli::DefaultArgs;
use crate::dict::BuiltinLayer;
use crate::dict::builtin::DEFAULT;
use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;

pub fn run(a: &DefaultArgs) -> Result<()> {
    check_target(&a.out)?;
    let out = OutDir::lock(&a.out)?;
    let set = crate::output::FileSet::begin(out.path())?;
    let mut names = Vec::new();
    for layer in DEFAULT {
        for &(name, text) in layer.files {
            let name = format!("{}/{name}", layer.name);
            set.stage(&name, |w| w.write_all(text.as_bytes()))?;
            names.push(name);
        }
    }
    let files = names.len();
    set.commit(&names.iter().map(String::as_str).collect::<Vec<_>>())?;
    drop(out);
    let flags: Vec<String> = DEFAULT
        .iter()
        .map(|l| format!("--gazetteer {}", shell_word(&a.out.join(l.name))))
        .collect();
    let mut w = std::io::stdout().lock();
    writeln!(
        w,
        "kgraph: wrote the default gazetteer ({files} files) into {}\n\
         edit it, then use it in place of the built-in one:\n  \
         kgraph build --no-default-gazetteer {}",
        a.out.display(),
        flags.join(" ")
    )
    .map_err(Error::stdout)
}

/// Refuses a folder that holds anything but an earlier copy of the default (its layer folders
/// with no file the default does not write), so a user's folder is never overwritten.
fn check_target(dir: &Path) -> Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    let refuse = |why: &str| {
        Error::output(
            dir,
            std::io::Error::other(format!(
                "{why}: give a new or empty folder (or one an earlier `gazetteer default` wrote)"
            )),
        )
    };
    let entries = std::fs::read_dir(dir).map_err(|e| Error::output(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::output(dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == LOCK_FILE {
            continue;
        }
        let Some(layer) = DEFAULT.iter().find(|l| l.name == name) else {
            return Err(refuse(&format!(
                "holds {name:?}, which is not a layer of the default"
            )));
        };
        if !is_copy_of(&entry.path(), layer)? {
            return Err(refuse(&format!("{name}/ holds files the default does not write")));
        }
    }
    Ok(())
}

/// Whether `dir` holds only files of `layer` (an earlier copy, edited or not).
fn is_copy_of(dir: &Path, layer: &BuiltinLayer) -> Result<bool> {
    if !dir.is_dir() {
        return Ok(false);
    }
    for entry in std::fs::read_dir(dir).map_err(|e| Error::output(dir, e))? {
        let entry = entry.map_err(|e| Error::output(dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_temp = name.starts_with(".kgraph-") && name.ends_with(".tmp");
        if !is_temp && (layer.file(&name).is_none() || !entry.path().is_file()) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A path as one shell word: as it is when it holds only safe characters, else single-quoted.
fn shell_word(p: &Path) -> String {
    let s = p.display().to_string();
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-' | '+' | ':' | ','))
    {
        return s;
    }
    format!("'{}'", s.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_words() {
        let cases = [
            ("out/gaz", "out/gaz"),
            ("my gaz", "'my gaz'"),
            ("it's", r"'it'\''s'"),
        ];
        for (p, want) in cases {
            assert_eq!(shell_word(Path::new(p)), want);
        }
    }

    #[test]
    fn refuses_a_folder_of_other_files() {
        let d = tempfile::tempdir().unwrap();
        assert!(check_target(d.path()).is_ok(), "empty");
        std::fs::create_dir(d.path().join("world")).unwrap();
        std::fs::write(d.path().join("world/entities.csv"), "x").unwrap();
        assert!(check_target(d.path()).is_ok(), "an earlier copy");
        std::fs::write(d.path().join("world/mine.csv"), "x").unwrap();
        assert!(
            check_target(d.path()).is_err(),
            "a file the default does not write"
        );
        let e = tempfile::tempdir().unwrap();
        std::fs::write(e.path().join("entities.csv"), "x").unwrap();
        assert!(check_target(e.path()).is_err(), "a user's gazetteer folder");
    }
}
