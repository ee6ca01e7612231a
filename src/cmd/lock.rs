//! The lock on an output folder: `DIR/.kgraph.lock`, taken by every command that writes into
//! the folder, so two runs never write one folder at once.
//!
//! The lock is the operating system's exclusive lock on the open lock file (`flock` on Unix,
//! `LockFileEx` on Windows), taken without waiting. Only a running process can hold it, so a
//! lock file a killed run left behind holds nothing and is simply taken, whatever it says; two
//! runs that start together can never both hold it.

use crate::error::{Error, Result};
use crate::output::prepare_dir;
use std::fs::{File, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The name of the lock file inside an output folder.
pub const LOCK_FILE: &str = ".kgraph.lock";

/// How often to retry when the lock file is replaced while being taken (a holder finishing).
const ATTEMPTS: usize = 8;

/// An output folder held by this process: the exclusive lock on `DIR/.kgraph.lock`, which
/// names this process. Dropping it removes the lock file, and the folder too if this lock
/// created it and it is still empty.
#[derive(Debug)]
pub struct OutputLock {
    path: PathBuf,
    dir: PathBuf,
    created_dir: bool,
    /// The locked file; the lock lasts as long as it is open.
    file: Option<File>,
}

impl OutputLock {
    /// Creates `dir` if needed and locks it; fails (an output error) while another process
    /// holds it.
    pub fn acquire(dir: &Path) -> Result<OutputLock> {
        let created_dir = !dir.exists();
        prepare_dir(dir)?;
        let path = dir.join(LOCK_FILE);
        let result = take(&path, dir);
        if result.is_err() && created_dir {
            let _ = std::fs::remove_dir(dir);
        }
        Ok(OutputLock {
            file: Some(result?),
            path,
            dir: dir.to_path_buf(),
            created_dir,
        })
    }
}

/// Opens the lock file and locks it; retries when the file locked is no longer the one the path
/// names (its holder removed it while finishing).
fn take(path: &Path, dir: &Path) -> Result<File> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| !m.is_file()) {
        return Err(Error::output(
            path,
            std::io::Error::other(
                "is where kgraph keeps the folder's lock file, but it is not a file; move it away",
            ),
        ));
    }
    for _ in 0..ATTEMPTS {
        let mut f = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
            .map_err(|e| Error::output(path, e))?;
        match f.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(busy(path, dir)),
            Err(TryLockError::Error(e)) => return Err(Error::output(path, e)),
        }
        if !still_named(&f, path) {
            continue;
        }
        f.set_len(0)
            .and_then(|()| writeln!(f, "{}", std::process::id()))
            .map_err(|e| Error::output(path, e))?;
        return Ok(f);
    }
    Err(Error::output(
        path,
        std::io::Error::other("the lock keeps changing hands; is another kgraph starting?"),
    ))
}

/// Whether `path` still names the open file `f` (the same file, not a new one in its place).
fn still_named(f: &File, path: &Path) -> bool {
    match (f.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => same_file(&a, &b),
        _ => false,
    }
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

#[cfg(not(unix))]
fn same_file(_a: &std::fs::Metadata, _b: &std::fs::Metadata) -> bool {
    true // a locked file cannot be removed there
}

/// The error for a folder another process holds, naming it when the lock file says who.
fn busy(path: &Path, dir: &Path) -> Error {
    let holder = std::fs::read_to_string(path).unwrap_or_default();
    let who = match holder.trim().parse::<u32>() {
        Ok(pid) => format!("another kgraph (process {pid})"),
        Err(_) => "another kgraph".to_string(),
    };
    Error::output(
        dir,
        std::io::Error::other(format!(
            "{who} is writing to this folder; wait for it to finish, or give another --out \
             (the lock is {}, held while that process runs)",
            path.display()
        )),
    )
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        // removed while still held, so no other run takes a lock on a file about to vanish
        let _ = std::fs::remove_file(&self.path);
        drop(self.file.take());
        if self.created_dir {
            let _ = std::fs::remove_dir(&self.dir); // only if empty: a failed first run
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::remove_stale_temps;

    #[test]
    fn a_held_lock_refuses_a_left_one_is_taken_whatever_it_says() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("out");
        let held = OutputLock::acquire(&out).unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join(LOCK_FILE)).unwrap(),
            format!("{}\n", std::process::id())
        );
        let err = OutputLock::acquire(&out).unwrap_err();
        let pid = std::process::id();
        assert!(
            err.to_string()
                .contains(&format!("another kgraph (process {pid})")),
            "{err}"
        );
        assert_eq!(err.exit_code(), 4);
        drop(held);
        assert!(!out.exists(), "the empty folder it created is removed");
        std::fs::create_dir(&out).unwrap();
        // lock files no running process holds: a live process's id, garbage, nothing
        for left in ["1\n", "4194305\n", "not a process", ""] {
            std::fs::write(out.join(LOCK_FILE), left).unwrap();
            std::fs::write(out.join(".kgraph-x1.tmp"), "partial").unwrap();
            let lock = OutputLock::acquire(&out).unwrap();
            assert_eq!(remove_stale_temps(&out).unwrap(), 1);
            drop(lock);
            assert!(out.is_dir(), "a folder it did not create stays");
            assert_eq!(std::fs::read_dir(&out).unwrap().count(), 0, "{left:?}");
        }
    }

    #[test]
    fn a_folder_in_the_place_of_the_lock_file_is_named_not_removed() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join(LOCK_FILE)).unwrap();
        let err = OutputLock::acquire(d.path()).unwrap_err().to_string();
        assert!(
            err.contains("is where kgraph keeps the folder's lock file, but it is not a file"),
            "{err}"
        );
        assert!(d.path().join(LOCK_FILE).is_dir());
    }

    #[test]
    fn of_runs_that_start_together_over_a_left_lock_one_holds_it() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("out");
        std::fs::create_dir(&out).unwrap();
        for round in 0..50 {
            std::fs::write(out.join(LOCK_FILE), "4194305\n").unwrap();
            let start = std::sync::Barrier::new(4);
            let done = std::sync::Barrier::new(4);
            let held: usize = std::thread::scope(|s| {
                let runs: Vec<_> = (0..4)
                    .map(|_| {
                        s.spawn(|| {
                            start.wait();
                            let lock = OutputLock::acquire(&out);
                            done.wait(); // every run has tried before any lets go
                            lock.is_ok()
                        })
                    })
                    .collect();
                runs.into_iter().map(|r| usize::from(r.join().unwrap())).sum()
            });
            assert_eq!(held, 1, "round {round}: {held} runs held the lock at once");
        }
    }
}
