//! Finding the input files: files as given, folders walked recursively in sorted order, symlink
//! loops cut, links out of a folder left unfollowed unless asked, a file reached twice (same
//! device and inode) read once, and names that tell every file apart.

use super::item::{InputFile, Warning};
use crate::error::{Error, Result};
use crate::model::WarningKind;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A file's identity on its file system (device, inode).
type FileKey = (u64, u64);

/// The input files of a run, found before any is read, and what finding them warned about.
#[derive(Debug, Default)]
pub struct Listing {
    pub files: Vec<InputFile>,
    pub warnings: Vec<Warning>,
}

/// Whether symlinks inside an input folder that lead out of it are followed (`--follow`).
/// A link given as an input itself is always followed: the user named it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Links {
    /// A link out of the folder is a warning and skipped: a link to `/etc` in a downloaded
    /// folder must not make `/etc/shadow` a document.
    #[default]
    StayInside,
    Follow,
}

impl Listing {
    /// Lists the files under `paths` (see [`discover`]), links out of a folder not followed.
    pub fn of(paths: &[PathBuf]) -> Result<Listing> {
        Listing::with_links(paths, Links::StayInside)
    }

    /// Lists the files under `paths`, following links out of a folder as `links` says.
    pub fn with_links(paths: &[PathBuf], links: Links) -> Result<Listing> {
        let mut warnings = Vec::new();
        let files = discover_with(paths, links, &mut warnings)?;
        Ok(Listing { files, warnings })
    }
}

/// Lists the files under `paths` (see [`discover_with`]), links out of a folder not followed.
pub fn discover(paths: &[PathBuf], warnings: &mut Vec<Warning>) -> Result<Vec<InputFile>> {
    discover_with(paths, Links::StayInside, warnings)
}

/// Lists the files under `paths`: files as given, folders recursively in sorted order. A file
/// reached twice (through a symlink, or listed twice) is read once; what cannot be listed or is
/// not a regular file is a warning. Names are relative to the one folder given, or, with several
/// inputs, to the folder they share, so two files of one name in two folders stay two documents.
pub fn discover_with(paths: &[PathBuf], links: Links, warnings: &mut Vec<Warning>) -> Result<Vec<InputFile>> {
    let mut out = Vec::new();
    let base = common_base(paths);
    let mut files_seen = HashSet::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(InputFile {
                name: "-".into(),
                path: p.clone(),
                size: 0,
            });
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|e| {
            let hint = if std::fs::symlink_metadata(p).is_ok() {
                " (a symlink to a missing file?)"
            } else {
                " (check the path given to --input)"
            };
            Error::input(p, format!("cannot open input: {e}{hint}"))
        })?;
        if meta.is_dir() {
            let before = out.len();
            let root_canon =
                std::fs::canonicalize(p).map_err(|e| Error::input(p, format!("cannot open folder: {e}")))?;
            Walk {
                root: p,
                root_canon,
                links,
                prefix: base
                    .as_ref()
                    .map(|b| relative_name(p, b))
                    .filter(|s| !s.is_empty()),
                folders: HashSet::new(),
                files: &mut files_seen,
                out: &mut out,
                warnings,
            }
            .folder(p)?;
            if out.len() == before {
                warnings.push(Warning::new(WarningKind::Empty, p, "folder has no files"));
            }
        } else {
            if !first_time(&mut files_seen, p, &meta, warnings) {
                continue;
            }
            let name = match &base {
                Some(b) => relative_name(p, b),
                None => p
                    .file_name()
                    .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned()),
            };
            out.push(InputFile {
                name,
                path: p.clone(),
                size: meta.len(),
            });
        }
    }
    Ok(out)
}

/// Whether the file at `path` is seen for the first time; a second sighting is a warning.
fn first_time(
    seen: &mut HashSet<FileKey>,
    path: &Path,
    meta: &std::fs::Metadata,
    warnings: &mut Vec<Warning>,
) -> bool {
    // the file's identity (device, inode): no extra system call per file
    #[cfg(unix)]
    let key = {
        use std::os::unix::fs::MetadataExt;
        (meta.dev(), meta.ino())
    };
    #[cfg(not(unix))]
    let key = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        std::fs::canonicalize(path)
            .unwrap_or_else(|_| path.to_path_buf())
            .hash(&mut h);
        let _ = meta;
        (0, h.finish())
    };
    if seen.insert(key) {
        return true;
    }
    warnings.push(Warning::new(
        WarningKind::Link,
        path,
        "same file as one already read (a symlink or hard link?), read once",
    ));
    false
}

/// With more than one input path, the folder they all lie in (files count by their folder), as
/// an absolute path; `None` for one input, whose names stay relative to it.
fn common_base(paths: &[PathBuf]) -> Option<PathBuf> {
    let real: Vec<&PathBuf> = paths.iter().filter(|p| p.as_os_str() != "-").collect();
    if real.len() < 2 {
        return None;
    }
    let mut base: Option<PathBuf> = None;
    for p in real {
        let abs = std::path::absolute(p).ok()?;
        let dir = if abs.is_dir() {
            abs
        } else {
            abs.parent().map(Path::to_path_buf).unwrap_or(abs)
        };
        base = Some(match base {
            None => dir,
            Some(b) => b
                .components()
                .zip(dir.components())
                .take_while(|(x, y)| x == y)
                .map(|(x, _)| x)
                .collect(),
        });
    }
    base
}

/// `path` relative to `base` (both made absolute), with `/` between the parts.
fn relative_name(path: &Path, base: &Path) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let rel = abs.strip_prefix(base).unwrap_or(&abs);
    slash_joined(rel)
}

fn slash_joined(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// One folder given as input, walked depth first.
struct Walk<'a> {
    root: &'a Path,
    /// The root's canonical path: where a link out of the folder is told by.
    root_canon: PathBuf,
    links: Links,
    /// The root's own name relative to the inputs' common folder, put before each file's name.
    prefix: Option<String>,
    /// Canonical paths of the folders entered so far: a second visit is a symlink loop.
    folders: HashSet<PathBuf>,
    files: &'a mut HashSet<FileKey>,
    out: &'a mut Vec<InputFile>,
    warnings: &'a mut Vec<Warning>,
}

impl Walk<'_> {
    fn warn(&mut self, kind: WarningKind, path: &Path, msg: String) {
        self.warnings.push(Warning::new(kind, path, msg));
    }

    /// Lists `dir` and visits its entries in name order, hidden ones left out.
    fn folder(&mut self, dir: &Path) -> Result<()> {
        let canon =
            std::fs::canonicalize(dir).map_err(|e| Error::input(dir, format!("cannot open folder: {e}")))?;
        if !self.folders.insert(canon) {
            self.warn(
                WarningKind::Link,
                dir,
                "folder already read (a symlink loop?): skipped".into(),
            );
            return Ok(());
        }
        let Some(mut entries) = self.list(dir)? else {
            return Ok(());
        };
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for (_, path) in entries {
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if !hidden {
                self.entry(path)?;
            }
        }
        Ok(())
    }

    /// The entries of `dir` (name, path); `None` when a folder below the root cannot be listed.
    fn list(&mut self, dir: &Path) -> Result<Option<Vec<(std::ffi::OsString, PathBuf)>>> {
        let rd = match std::fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) if dir != self.root => {
                self.warn(
                    WarningKind::Unreadable,
                    dir,
                    format!("cannot list folder, skipped: {e}"),
                );
                return Ok(None);
            }
            Err(e) => return Err(Error::input(dir, format!("cannot list folder: {e}"))),
        };
        let mut entries = Vec::new();
        for entry in rd {
            match entry {
                Ok(e) => entries.push((e.file_name(), e.path())),
                Err(e) => self.warn(WarningKind::Unreadable, dir, format!("cannot list an entry: {e}")),
            }
        }
        Ok(Some(entries))
    }

    /// Whether `path` is a symlink that leads out of the root folder (and links are not to be
    /// followed there).
    fn leads_out(&self, path: &Path) -> bool {
        self.links == Links::StayInside
            && std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
            && std::fs::canonicalize(path).is_ok_and(|target| !target.starts_with(&self.root_canon))
    }

    /// A folder is walked, a regular file listed; anything else is a warning.
    fn entry(&mut self, path: PathBuf) -> Result<()> {
        if self.leads_out(&path) {
            self.warn(
                WarningKind::Link,
                &path,
                "symlink out of the input folder, not followed (give --follow to read it)".into(),
            );
            return Ok(());
        }
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => self.folder(&path)?,
            Ok(m) if m.is_file() => {
                if !first_time(self.files, &path, &m, self.warnings) {
                    return Ok(());
                }
                let rel = slash_joined(path.strip_prefix(self.root).unwrap_or(&path));
                let name = match &self.prefix {
                    Some(prefix) => format!("{prefix}/{rel}"),
                    None => rel,
                };
                self.out.push(InputFile {
                    name,
                    path,
                    size: m.len(),
                });
            }
            Ok(_) => self.warn(
                WarningKind::Unreadable,
                &path,
                "not a regular file (a pipe, socket or device), skipped".into(),
            ),
            Err(e) => {
                let dangling = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
                let msg = if dangling {
                    format!("symlink to a missing file, skipped: {e}")
                } else {
                    format!("cannot read, skipped: {e}")
                };
                self.warn(WarningKind::Unreadable, &path, msg);
            }
        }
        Ok(())
    }
}
