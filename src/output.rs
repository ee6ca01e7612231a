//! Atomic output: every file is written to a temporary file beside its destination and renamed
//! over it only once complete, so an interrupted run never leaves half a file; a set of files
//! is staged whole before the first rename. A lock file stops two runs writing one folder.
//!
//! On Linux the temporary file is anonymous (`O_TMPFILE`): a run killed while writing leaves
//! nothing behind. Elsewhere, or where the file system cannot do that, it is a named
//! `.kgraph-*.tmp` file, and [`remove_stale_temps`] clears those a killed run left.

use crate::error::{Error, Result};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// The name of the lock file inside an output folder.
pub const LOCK_FILE: &str = ".kgraph.lock";

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

/// Writes `path` atomically through `fill`.
pub fn write_atomic<F>(path: &Path, fill: F) -> Result<()>
where
    F: FnOnce(&mut dyn Write) -> std::io::Result<()>,
{
    commit(vec![stage(path, fill)?])
}

/// A complete file waiting to be renamed over its destination by [`commit`]. Dropped
/// uncommitted, it vanishes.
pub struct Staged {
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
pub fn stage<F>(path: &Path, fill: F) -> Result<Staged>
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
pub fn commit(staged: Vec<Staged>) -> Result<()> {
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
/// Call it while holding the folder's [`OutputLock`], so no running build's files are touched.
pub fn remove_stale_temps(dir: &Path) -> Result<usize> {
    let mut removed = 0;
    let entries = std::fs::read_dir(dir).map_err(|e| Error::output(dir, e))?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(".kgraph-") && name.ends_with(".tmp") {
            std::fs::remove_file(entry.path()).map_err(|e| Error::output(&entry.path(), e))?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// An output folder held by this process: `DIR/.kgraph.lock`, created only if absent, holding
/// the process id. A lock whose process is gone (a killed run) is taken over. Dropping it
/// removes the lock, and the folder too if this lock created it and it is still empty.
#[derive(Debug)]
pub struct OutputLock {
    path: PathBuf,
    dir: PathBuf,
    created_dir: bool,
}

impl OutputLock {
    /// Creates `dir` if needed and locks it; fails (an output error) while another live kgraph
    /// process holds it.
    pub fn acquire(dir: &Path) -> Result<OutputLock> {
        let created_dir = !dir.exists();
        prepare_dir(dir)?;
        let path = dir.join(LOCK_FILE);
        let result = Self::take(&path, dir);
        if result.is_err() && created_dir {
            let _ = std::fs::remove_dir(dir);
        }
        result?;
        Ok(OutputLock {
            path,
            dir: dir.to_path_buf(),
            created_dir,
        })
    }

    fn take(path: &Path, dir: &Path) -> Result<()> {
        for _ in 0..3 {
            let opened = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path);
            match opened {
                Ok(mut f) => {
                    return writeln!(f, "{}", std::process::id()).map_err(|e| {
                        let _ = std::fs::remove_file(path);
                        Error::output(path, e)
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let holder = std::fs::read_to_string(path).unwrap_or_default();
                    if let Some(pid) = live_holder(&holder, path) {
                        return Err(Error::output(
                            dir,
                            std::io::Error::other(format!(
                                "another kgraph (process {pid}) is writing to this folder; wait for it, \
                                 or give another --out (if no kgraph is running, delete {})",
                                path.display()
                            )),
                        ));
                    }
                    // stale: its process is gone
                    match std::fs::remove_file(path) {
                        Ok(()) => {}
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                        Err(e) => return Err(Error::output(path, e)),
                    }
                }
                Err(e) => return Err(Error::output(path, e)),
            }
        }
        Err(Error::output(
            path,
            std::io::Error::other("the lock keeps changing hands; is another kgraph starting?"),
        ))
    }
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
        if self.created_dir {
            let _ = std::fs::remove_dir(&self.dir); // only if empty: a failed first run
        }
    }
}

/// The process id in a lock file, if that process is still running (or, where that cannot be
/// told, if the lock is fresh).
fn live_holder(content: &str, path: &Path) -> Option<u32> {
    let Ok(pid) = content.trim().parse::<u32>() else {
        // being written right now, or garbage: busy only if it is fresh
        let fresh = std::fs::metadata(path)
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|age| age.as_secs() < 10));
        return fresh.then_some(0);
    };
    if pid == std::process::id() {
        return None; // a dead process's id, reused by this one
    }
    process_alive(pid).then_some(pid)
}

#[cfg(target_os = "linux")]
fn process_alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        // "pid (comm) S ...": a zombie (Z) or dead (X) process holds nothing
        Ok(stat) => stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .is_none_or(|state| !matches!(state, "Z" | "X" | "x")),
        Err(_) => false,
    }
}

#[cfg(not(target_os = "linux"))]
fn process_alive(_pid: u32) -> bool {
    true // cannot tell: the message says to delete the lock by hand
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

    #[test]
    fn a_live_lock_refuses_a_stale_one_is_taken_over() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("out");
        let held = OutputLock::acquire(&out).unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join(LOCK_FILE)).unwrap(),
            format!("{}\n", std::process::id())
        );
        drop(held);
        assert!(!out.exists(), "the empty folder it created is removed");
        std::fs::create_dir(&out).unwrap();
        // process 1 is always running
        std::fs::write(out.join(LOCK_FILE), "1\n").unwrap();
        let err = OutputLock::acquire(&out).unwrap_err();
        assert!(err.to_string().contains("another kgraph (process 1)"), "{err}");
        assert_eq!(err.exit_code(), 4);
        assert_eq!(
            std::fs::read_to_string(out.join(LOCK_FILE)).unwrap(),
            "1\n",
            "left alone"
        );
        // a process id that cannot be running
        std::fs::write(out.join(LOCK_FILE), "4194305\n").unwrap();
        std::fs::write(out.join(".kgraph-x1.tmp"), "partial").unwrap();
        let lock = OutputLock::acquire(&out).unwrap();
        assert_eq!(remove_stale_temps(&out).unwrap(), 1);
        drop(lock);
        assert!(out.is_dir(), "a folder it did not create stays");
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), 0);
    }
}
