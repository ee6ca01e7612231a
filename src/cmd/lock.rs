//! The lock on an output folder: `DIR/.kgraph.lock`, taken by every command that writes into
//! the folder, so two runs never write one folder at once.

use crate::error::{Error, Result};
use crate::output::prepare_dir;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The name of the lock file inside an output folder.
pub const LOCK_FILE: &str = ".kgraph.lock";

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
    use crate::output::remove_stale_temps;

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
