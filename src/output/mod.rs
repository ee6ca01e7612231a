//! Atomic output: a single file is written to a temporary file beside its destination and
//! renamed over it only once complete, so an interrupted run never leaves half a file; a set of
//! files is committed as one by [`FileSet`].
//!
//! On Linux the temporary file is anonymous (`O_TMPFILE`): a run killed while writing leaves
//! nothing behind. Elsewhere, or where the file system cannot do that, it is a named
//! `.kgraph-*.tmp` file, and [`remove_stale_temps`] clears those a killed run left.

mod set;

pub use set::{Fault, FileSet, Recovered, Step, recover};

use crate::error::{Error, Result};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Makes sure `dir` exists and is a writable folder.
pub fn prepare_dir(dir: &Path) -> Result<()> {
    if dir.exists() && !dir.is_dir() {
        return Err(Error::output(
            dir,
            std::io::Error::other("exists and is not a folder; give --out a folder"),
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::output(dir, e))
}

/// Where a single output file goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A regular file (or none yet), replaced atomically: the path itself, or the file a
    /// symlink leads to, so the link stays a link.
    Replace(PathBuf),
    /// A device, pipe or socket (`/dev/null`, `/dev/stdout`): written through, never renamed over.
    Through(PathBuf),
}

impl Target {
    /// The target of `path`: links followed, devices and pipes written through.
    pub fn of(path: &Path) -> Target {
        match std::fs::metadata(path) {
            Ok(m) if !m.is_file() && !m.is_dir() => Target::Through(path.to_path_buf()),
            Ok(_) if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) => {
                Target::Replace(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
            }
            _ => Target::Replace(path.to_path_buf()),
        }
    }

    /// The file written.
    pub fn path(&self) -> &Path {
        match self {
            Target::Replace(p) | Target::Through(p) => p,
        }
    }
}

/// Writes `path` through `fill`: atomically for a file (through a symlink to the file it names),
/// straight through for a device or pipe.
pub fn write_atomic<F>(path: &Path, fill: F) -> Result<()>
where
    F: FnOnce(&mut dyn Write) -> std::io::Result<()>,
{
    match Target::of(path) {
        Target::Replace(p) => commit(vec![stage(&p, fill)?]),
        Target::Through(p) => {
            let err = |e| Error::output(&p, e);
            let f = std::fs::OpenOptions::new().write(true).open(&p).map_err(err)?;
            let mut w = BufWriter::new(f);
            fill(&mut w).and_then(|()| w.flush()).map_err(err)
        }
    }
}

/// A complete file waiting to be renamed over its destination by [`commit`]. Dropped
/// uncommitted, it vanishes.
struct Staged {
    path: PathBuf,
    file: Pending,
}

enum Pending {
    /// An `O_TMPFILE` file: no name until it is linked in.
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    Anonymous(File),
    Named(tempfile::NamedTempFile),
}

/// Writes the whole content of `path` through `fill` into a temporary file in its folder and
/// flushes it to disk; the destination is untouched until [`commit`].
fn stage<F>(path: &Path, fill: F) -> Result<Staged>
where
    F: FnOnce(&mut dyn Write) -> std::io::Result<()>,
{
    let dir = parent(path);
    let err = |e| Error::output(path, e);
    let file = match anonymous(&dir) {
        Some(f) => {
            let mut w = BufWriter::new(f);
            fill(&mut w).map_err(err)?;
            let f = w.into_inner().map_err(|e| err(e.into_error()))?;
            f.sync_all().map_err(err)?;
            Pending::Anonymous(f)
        }
        None => {
            let tmp = named_temp(&dir).map_err(err)?;
            let mut w = BufWriter::new(tmp);
            fill(&mut w).map_err(err)?;
            let tmp = w.into_inner().map_err(|e| err(e.into_error()))?;
            tmp.as_file().sync_all().map_err(err)?;
            Pending::Named(tmp)
        }
    };
    Ok(Staged {
        path: path.to_path_buf(),
        file,
    })
}

/// Renames every staged file over its destination, one after the other.
fn commit(staged: Vec<Staged>) -> Result<()> {
    for s in staged {
        let err = |e| Error::output(&s.path, e);
        match s.file {
            Pending::Named(tmp) => {
                tmp.persist(&s.path).map_err(|e| err(e.error))?;
            }
            Pending::Anonymous(f) => {
                let tmp = named_temp(&parent(&s.path)).map_err(err)?;
                let name = tmp.path().to_path_buf();
                // a fresh unique name: free it, link the anonymous file there, rename it over
                tmp.close().map_err(err)?;
                if let Err(e) = link_anonymous(&f, &name).and_then(|()| std::fs::rename(&name, &s.path)) {
                    let _ = std::fs::remove_file(&name);
                    return Err(err(e));
                }
            }
        }
    }
    Ok(())
}

fn parent(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn named_temp(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let tmp = tempfile::Builder::new()
        .prefix(".kgraph-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // outputs are for other tools and people: readable by all, as a plain `create` makes them
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    Ok(tmp)
}

#[cfg(target_os = "linux")]
fn anonymous(dir: &Path) -> Option<File> {
    use rustix::fs::{Mode, OFlags};
    let fd = rustix::fs::open(
        dir,
        OFlags::RDWR | OFlags::TMPFILE | OFlags::CLOEXEC,
        Mode::from_raw_mode(0o666),
    )
    .ok()?;
    Some(File::from(fd))
}

#[cfg(not(target_os = "linux"))]
fn anonymous(_dir: &Path) -> Option<File> {
    None
}

#[cfg(target_os = "linux")]
fn link_anonymous(f: &File, name: &Path) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let proc = format!("/proc/self/fd/{}", f.as_raw_fd());
    rustix::fs::linkat(
        rustix::fs::CWD,
        proc.as_str(),
        rustix::fs::CWD,
        name,
        rustix::fs::AtFlags::SYMLINK_FOLLOW,
    )?;
    Ok(())
}

#[cfg(not(target_os = "linux"))]
fn link_anonymous(_f: &File, _name: &Path) -> std::io::Result<()> {
    Err(std::io::Error::other("anonymous files are Linux only"))
}

/// Removes the `.kgraph-*.tmp` files an interrupted run left in `dir`; returns how many.
/// Call it while holding the folder's lock, so no running build's files are touched.
pub fn remove_stale_temps(dir: &Path) -> Result<usize> {
    let mut removed = 0;
    let entries = std::fs::read_dir(dir).map_err(|e| Error::output(dir, e))?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(".kgraph-") && name.ends_with(".tmp")) {
            continue;
        }
        let path = entry.path();
        if !std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
            return Err(Error::output(
                &path,
                std::io::Error::other(
                    "is named like kgraph's temporary files but is not a file kgraph left; \
                     move or rename it (kgraph removes only files named .kgraph-*.tmp)",
                ),
            ));
        }
        std::fs::remove_file(&path).map_err(|e| Error::output(&path, e))?;
        removed += 1;
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temp() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("edges.csv");
        write_atomic(&p, |w| w.write_all(b"old")).unwrap();
        let err = write_atomic(&p, |w| {
            w.write_all(b"partial")?;
            Err(std::io::Error::other("interrupted"))
        });
        assert!(err.is_err());
        assert_eq!(std::fs::read(&p).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1);
    }

    #[test]
    fn staged_files_appear_only_on_commit() {
        let d = tempfile::tempdir().unwrap();
        let (a, b) = (d.path().join("a.csv"), d.path().join("b.csv"));
        let staged = vec![
            stage(&a, |w| w.write_all(b"A")).unwrap(),
            stage(&b, |w| w.write_all(b"B")).unwrap(),
        ];
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 0);
        commit(staged).unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), b"A");
        assert_eq!(std::fs::read(&b).unwrap(), b"B");
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 2);
        drop(stage(&a, |w| w.write_all(b"never")).unwrap());
        assert_eq!(std::fs::read(&a).unwrap(), b"A");
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 2);
    }
}
