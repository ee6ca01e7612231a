//! Input discovery and reading: files and folders (recursive, sorted, symlink loops cut),
//! binary files skipped, invalid UTF-8 decoded lossily — each with a warning that names the file.

use crate::error::{Error, Result};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// One input document: where it is and the name it carries in the outputs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct InputFile {
    /// The name in `relations.csv`: the path relative to the folder given, or the file name.
    pub name: String,
    pub path: PathBuf,
}

/// A non-fatal problem with one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: PathBuf,
    pub msg: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.msg)
    }
}

/// Lists the documents under `paths`: files as given, folders recursively in sorted order.
pub fn discover(paths: &[PathBuf], warnings: &mut Vec<Warning>) -> Result<Vec<InputFile>> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| Error::input(p, format!("cannot open input: {e}")))?;
        if meta.is_dir() {
            let mut seen = HashSet::new();
            walk(p, p, &mut seen, &mut out, warnings)?;
        } else {
            let name = p
                .file_name()
                .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned());
            out.push(InputFile {
                name,
                path: p.clone(),
            });
        }
    }
    Ok(out)
}

fn walk(
    root: &Path,
    dir: &Path,
    seen: &mut HashSet<PathBuf>,
    out: &mut Vec<InputFile>,
    warnings: &mut Vec<Warning>,
) -> Result<()> {
    let canon =
        std::fs::canonicalize(dir).map_err(|e| Error::input(dir, format!("cannot open folder: {e}")))?;
    if !seen.insert(canon) {
        warnings.push(Warning {
            path: dir.to_path_buf(),
            msg: "folder already read (a symlink loop?): skipped".into(),
        });
        return Ok(());
    }
    let rd = std::fs::read_dir(dir).map_err(|e| Error::input(dir, format!("cannot list folder: {e}")))?;
    let mut entries: Vec<PathBuf> = Vec::new();
    for entry in rd {
        match entry {
            Ok(e) => entries.push(e.path()),
            Err(e) => warnings.push(Warning {
                path: dir.to_path_buf(),
                msg: format!("cannot list an entry: {e}"),
            }),
        }
    }
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(root, &path, seen, out, warnings)?,
            Ok(m) if m.is_file() => {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                let name = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.push(InputFile { name, path });
            }
            Ok(_) => {}
            Err(e) => warnings.push(Warning {
                path: path.clone(),
                msg: format!("skipped: {e}"),
            }),
        }
    }
    Ok(())
}

/// Reads and decodes one document. `Ok(None)` means skipped, with the reason in `warnings`.
pub fn read(file: &InputFile, warnings: &mut Vec<Warning>) -> Option<String> {
    let bytes = match std::fs::read(&file.path) {
        Ok(b) => b,
        Err(e) => {
            warnings.push(Warning {
                path: file.path.clone(),
                msg: format!("cannot read, skipped: {e}"),
            });
            return None;
        }
    };
    if bytes.iter().take(8192).any(|&b| b == 0) {
        warnings.push(Warning {
            path: file.path.clone(),
            msg: "binary file (NUL bytes), skipped".into(),
        });
        return None;
    }
    let (text, bad) = crate::text::decode(&bytes);
    if let Some(off) = bad {
        warnings.push(Warning {
            path: file.path.clone(),
            msg: format!(
                "invalid UTF-8 at byte {off}: decoded with replacement characters (convert the file to UTF-8)"
            ),
        });
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_read_recursively_in_sorted_order_with_relative_names() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir(d.path().join("b")).unwrap();
        std::fs::write(d.path().join("b/2.txt"), "x").unwrap();
        std::fs::write(d.path().join("a.txt"), "x").unwrap();
        std::fs::write(d.path().join(".hidden"), "x").unwrap();
        let mut w = Vec::new();
        let files = discover(&[d.path().to_path_buf()], &mut w).unwrap();
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a.txt", "b/2.txt"]);
        assert!(w.is_empty());
    }

    #[test]
    fn missing_path_is_an_error_naming_it() {
        let err = discover(&[PathBuf::from("/no/such/dir")], &mut Vec::new()).unwrap_err();
        assert!(
            err.to_string().starts_with("/no/such/dir: cannot open input"),
            "{err}"
        );
    }

    #[test]
    fn binary_files_are_skipped_with_a_warning() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("x.bin");
        std::fs::write(&p, b"ab\0cd").unwrap();
        let mut w = Vec::new();
        assert!(
            read(
                &InputFile {
                    name: "x.bin".into(),
                    path: p
                },
                &mut w
            )
            .is_none()
        );
        assert!(w[0].msg.contains("binary"));
    }
}
