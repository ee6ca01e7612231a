//! A set of files written into one folder as one: after any failure or crash, the folder holds
//! the complete old set or the complete new one.
//!
//! The new files are staged whole in `DIR/.kgraph-next/`. Then a commit record,
//! `DIR/.kgraph-commit`, lists each name and whether an old file is there; the old files move to
//! `DIR/.kgraph-prev/`, the new ones into place, and removing the record is the moment the new
//! set is in. A failure on the way moves everything back at once; after a crash, [`recover`]
//! (run by the next command that takes the folder's lock, before anything else) does the same
//! from the record. Without a record, the hidden folders are leftovers and are removed.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

const NEXT: &str = ".kgraph-next";
const PREV: &str = ".kgraph-prev";
const RECORD: &str = ".kgraph-commit";
const RECORD_HEAD: &str = "kgraph commit 1";
/// The record while it is written, renamed to [`RECORD`] once complete.
const RECORD_TMP: &str = ".kgraph-commit.tmp";

/// The steps of a commit, for tests that fail or stop it at each ([`FileSet::commit_with`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Writing the commit record.
    Record,
    /// Moving the old file of the i-th name aside.
    MoveOld(usize),
    /// Moving the new file of the i-th name into place.
    MoveNew(usize),
    /// Removing the record: the new set is in.
    Seal,
    /// Removing the hidden folders.
    Clean,
}

/// What happens at a step: it runs, fails (an I/O error: the commit undoes itself), or the
/// process dies there (nothing more runs; [`recover`] finds the folder so).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    Run,
    Fail,
    Die,
}

/// Files staged for one folder, committed together.
#[derive(Debug)]
pub struct FileSet {
    dir: PathBuf,
    next: PathBuf,
    names: Vec<String>,
    committed: bool,
}

impl FileSet {
    /// Starts a set in `dir` (which must exist; call [`recover`] first, under the folder's lock).
    pub fn begin(dir: &Path) -> Result<FileSet> {
        let next = dir.join(NEXT);
        if next.exists() {
            remove_tree(&next)?;
        }
        std::fs::create_dir(&next).map_err(|e| Error::output(&next, e))?;
        Ok(FileSet {
            dir: dir.to_path_buf(),
            next,
            names: Vec::new(),
            committed: false,
        })
    }

    /// Where the new file `name` (a path relative to the folder, `/` between parts) is staged.
    pub fn staging_path(&self, name: &str) -> PathBuf {
        self.next.join(name)
    }

    /// Writes the whole new content of `name` through `fill` and flushes it to disk; the file in
    /// the folder is untouched until [`FileSet::commit`]. Safe to call from several threads for
    /// different names; the names are then given to `commit`.
    pub fn stage<F>(&self, name: &str, fill: F) -> Result<()>
    where
        F: FnOnce(&mut dyn Write) -> std::io::Result<()>,
    {
        let path = self.staging_path(name);
        let shown = self.dir.join(name);
        let err = |e| Error::output(&shown, e);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(err)?;
        }
        // a plain create: the permissions a file made by hand gets (the temporary files of
        // `write_atomic` are set to match)
        let f = std::fs::File::create(&path).map_err(err)?;
        let mut w = std::io::BufWriter::new(f);
        fill(&mut w).map_err(err)?;
        let f = w.into_inner().map_err(|e| err(e.into_error()))?;
        f.sync_all().map_err(err)
    }

    /// Puts the staged files `names` in place as one set.
    pub fn commit(self, names: &[&str]) -> Result<()> {
        self.commit_with(names, &mut |_| Fault::Run)
    }

    /// [`FileSet::commit`], asking `fault` before each step whether it runs, fails or the
    /// process dies there.
    pub fn commit_with(mut self, names: &[&str], fault: &mut dyn FnMut(Step) -> Fault) -> Result<()> {
        self.names = names.iter().map(|s| s.to_string()).collect();
        let plan = self.plan()?;
        let result = self.apply(&plan, fault);
        match result {
            Ok(()) => {
                self.committed = true;
                Ok(())
            }
            Err(Stop::Died) => {
                self.committed = true; // a dead process cleans nothing: leave it to recover
                Err(Error::output(&self.dir, std::io::Error::other("stopped (test)")))
            }
            Err(Stop::Failed(e)) => {
                let undone = undo(&self.dir, &plan);
                self.committed = true;
                undone?;
                Err(e)
            }
        }
    }

    /// The names with whether an old file is in the folder; a folder (or anything but a file)
    /// in a name's place is refused before anything moves.
    fn plan(&self) -> Result<Vec<(String, bool)>> {
        self.names
            .iter()
            .map(|name| {
                let dest = self.dir.join(name);
                match std::fs::symlink_metadata(&dest) {
                    Err(_) => Ok((name.clone(), false)),
                    Ok(m) if m.is_file() || m.file_type().is_symlink() => Ok((name.clone(), true)),
                    Ok(_) => Err(Error::output(
                        &dest,
                        std::io::Error::other(
                            "is in the place of an output file and is not a file; move it away",
                        ),
                    )),
                }
            })
            .collect()
    }

    fn apply(
        &self,
        plan: &[(String, bool)],
        fault: &mut dyn FnMut(Step) -> Fault,
    ) -> std::result::Result<(), Stop> {
        let dir = &self.dir;
        let prev = dir.join(PREV);
        step(fault, Step::Record, || write_record(dir, plan))?;
        for (i, (name, old)) in plan.iter().enumerate() {
            if *old {
                step(fault, Step::MoveOld(i), || {
                    move_file(&dir.join(name), &prev.join(name))
                })?;
            }
        }
        for (i, (name, _)) in plan.iter().enumerate() {
            step(fault, Step::MoveNew(i), || {
                move_file(&self.next.join(name), &dir.join(name))
            })?;
        }
        step(fault, Step::Seal, || {
            sync_dir(dir)?;
            let record = dir.join(RECORD);
            std::fs::remove_file(&record).map_err(|e| Error::output(&record, e))?;
            sync_dir(dir)
        })?;
        // the new set is in: from here on nothing is undone
        match fault(Step::Clean) {
            Fault::Die => Err(Stop::Died),
            _ => {
                let _ = clean(dir);
                Ok(())
            }
        }
    }
}

impl Drop for FileSet {
    fn drop(&mut self) {
        if !self.committed {
            let _ = remove_tree(&self.next);
        }
    }
}

/// Why a commit stopped.
enum Stop {
    Failed(Error),
    Died,
}

fn step(
    fault: &mut dyn FnMut(Step) -> Fault,
    s: Step,
    run: impl FnOnce() -> Result<()>,
) -> std::result::Result<(), Stop> {
    match fault(s) {
        Fault::Run => run().map_err(Stop::Failed),
        Fault::Fail => Err(Stop::Failed(Error::output(
            Path::new("(test)"),
            std::io::Error::other(format!("failed at {s:?}")),
        ))),
        Fault::Die => Err(Stop::Died),
    }
}

/// Writes the commit record atomically: each name with `old` or `new`.
fn write_record(dir: &Path, plan: &[(String, bool)]) -> Result<()> {
    let record = dir.join(RECORD);
    let tmp = dir.join(RECORD_TMP);
    let err = |e| Error::output(&record, e);
    let mut text = format!("{RECORD_HEAD}\n");
    for (name, old) in plan {
        text.push_str(if *old { "old " } else { "new " });
        text.push_str(name);
        text.push('\n');
    }
    let mut f = std::fs::File::create(&tmp).map_err(err)?;
    f.write_all(text.as_bytes())
        .and_then(|()| f.sync_all())
        .map_err(err)?;
    std::fs::rename(&tmp, &record).map_err(err)?;
    sync_dir(dir)
}

/// Reads the commit record of `dir`, if there is one.
fn read_record(dir: &Path) -> Result<Option<Vec<(String, bool)>>> {
    let record = dir.join(RECORD);
    let text = match std::fs::read_to_string(&record) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::output(&record, e)),
    };
    let mut lines = text.lines();
    let unreadable = || {
        Error::output(
            &record,
            std::io::Error::other(
                "is not a commit record kgraph wrote; move it away (kgraph then removes its \
                 .kgraph-next and .kgraph-prev folders)",
            ),
        )
    };
    if lines.next() != Some(RECORD_HEAD) {
        return Err(unreadable());
    }
    let mut plan = Vec::new();
    for line in lines {
        let (kind, name) = line.split_once(' ').ok_or_else(unreadable)?;
        let safe = !name.is_empty()
            && Path::new(name)
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !safe || !matches!(kind, "old" | "new") {
            return Err(unreadable());
        }
        plan.push((name.to_string(), kind == "old"));
    }
    Ok(Some(plan))
}

/// Puts the old set back from `.kgraph-prev`, removes the new files that had no old one, then
/// the record and the hidden folders.
fn undo(dir: &Path, plan: &[(String, bool)]) -> Result<()> {
    let (prev, next) = (dir.join(PREV), dir.join(NEXT));
    for (name, old) in plan {
        let dest = dir.join(name);
        if *old {
            let kept = prev.join(name);
            if std::fs::symlink_metadata(&kept).is_ok() {
                move_file(&kept, &dest)?;
            }
        } else if std::fs::symlink_metadata(next.join(name)).is_err()
            && std::fs::symlink_metadata(&dest).is_ok_and(|m| m.is_file())
        {
            // moved in from .kgraph-next: the new file of a name that had none
            std::fs::remove_file(&dest).map_err(|e| Error::output(&dest, e))?;
        }
    }
    sync_dir(dir)?;
    let record = dir.join(RECORD);
    if record.exists() {
        std::fs::remove_file(&record).map_err(|e| Error::output(&record, e))?;
        sync_dir(dir)?;
    }
    clean(dir)
}

/// What [`recover`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recovered {
    /// Nothing to do.
    Clean,
    /// A commit was under way when its process died: the old set is back.
    RolledBack,
    /// Hidden folders a finished or abandoned run left were removed.
    Tidied,
}

/// Brings `dir` back to one complete set after a run died in it: with a commit record, the old
/// set is put back; without, the hidden staging folders are removed. Call it holding the
/// folder's lock, before anything else is done there.
pub fn recover(dir: &Path) -> Result<Recovered> {
    if let Some(plan) = read_record(dir)? {
        undo(dir, &plan)?;
        return Ok(Recovered::RolledBack);
    }
    let left = [NEXT, PREV, RECORD_TMP]
        .iter()
        .any(|n| std::fs::symlink_metadata(dir.join(n)).is_ok());
    clean(dir)?;
    Ok(if left { Recovered::Tidied } else { Recovered::Clean })
}

/// Removes `.kgraph-next`, `.kgraph-prev` and a record never completed.
fn clean(dir: &Path) -> Result<()> {
    let half_written = dir.join(RECORD_TMP);
    if std::fs::symlink_metadata(&half_written).is_ok_and(|m| m.is_file()) {
        std::fs::remove_file(&half_written).map_err(|e| Error::output(&half_written, e))?;
    }
    for name in [NEXT, PREV] {
        let p = dir.join(name);
        if std::fs::symlink_metadata(&p).is_ok() {
            remove_tree(&p)?;
        }
    }
    Ok(())
}

/// Removes a hidden folder of kgraph's; anything else in its place is named, not removed.
fn remove_tree(p: &Path) -> Result<()> {
    let is_dir = std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir());
    if !is_dir {
        return Err(Error::output(
            p,
            std::io::Error::other("is named like kgraph's staging folder but is not a folder; move it away"),
        ));
    }
    std::fs::remove_dir_all(p).map_err(|e| Error::output(p, e))
}

/// Renames `from` to `to`, making `to`'s folder first.
fn move_file(from: &Path, to: &Path) -> Result<()> {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::output(parent, e))?;
    }
    std::fs::rename(from, to).map_err(|e| Error::output(to, e))
}

fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| Error::output(dir, e))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: [&str; 4] = ["a.csv", "b.csv", "sub/c.csv", "d.json"];

    /// `dir` with an old set: every name but the last (a new name) holds "old NAME".
    fn old_set(dir: &Path) {
        for n in &NAMES[..3] {
            let p = dir.join(n);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, format!("old {n}")).unwrap();
        }
    }

    /// What the folder holds: each name's content (`None` for no file), and whether anything
    /// else is there besides the names' folders.
    fn state(dir: &Path) -> (Vec<Option<String>>, Vec<String>) {
        let files = NAMES
            .iter()
            .map(|n| std::fs::read_to_string(dir.join(n)).ok())
            .collect();
        let mut other: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !NAMES.iter().any(|x| x.split('/').next() == Some(n.as_str())))
            .collect();
        other.sort();
        (files, other)
    }

    fn old() -> Vec<Option<String>> {
        let mut v: Vec<Option<String>> = NAMES[..3].iter().map(|n| Some(format!("old {n}"))).collect();
        v.push(None);
        v
    }

    fn new() -> Vec<Option<String>> {
        NAMES.iter().map(|n| Some(format!("new {n}"))).collect()
    }

    fn staged(dir: &Path) -> FileSet {
        let set = FileSet::begin(dir).unwrap();
        for n in NAMES {
            set.stage(n, |w| write!(w, "new {n}")).unwrap();
        }
        set
    }

    /// Every step of a commit, in order, for the names of a set with three old files.
    fn steps() -> Vec<Step> {
        let mut s = vec![Step::Record];
        s.extend((0..3).map(Step::MoveOld));
        s.extend((0..4).map(Step::MoveNew));
        s.extend([Step::Seal, Step::Clean]);
        s
    }

    #[test]
    fn a_commit_puts_the_whole_set_in_and_leaves_nothing_else() {
        let d = tempfile::tempdir().unwrap();
        old_set(d.path());
        staged(d.path()).commit(&NAMES).unwrap();
        assert_eq!(state(d.path()), (new(), vec![]));
        assert_eq!(recover(d.path()).unwrap(), Recovered::Clean);
    }

    #[test]
    fn a_failure_at_any_step_leaves_the_old_set() {
        for at in steps() {
            let d = tempfile::tempdir().unwrap();
            old_set(d.path());
            let r =
                staged(d.path()).commit_with(&NAMES, &mut |s| if s == at { Fault::Fail } else { Fault::Run });
            let (files, other) = state(d.path());
            if at == Step::Clean {
                // failing to tidy up after the seal is no failure: the new set is in
                assert!(r.is_ok());
                assert_eq!(files, new(), "{at:?}");
            } else {
                assert!(r.is_err(), "{at:?}");
                assert_eq!(files, old(), "failed at {at:?}");
                assert_eq!(other, Vec::<String>::new(), "failed at {at:?}");
            }
        }
    }

    #[test]
    fn after_a_crash_at_any_step_recovery_gives_one_complete_set() {
        let mut outcomes = Vec::new();
        for at in steps() {
            let d = tempfile::tempdir().unwrap();
            old_set(d.path());
            let _ =
                staged(d.path()).commit_with(&NAMES, &mut |s| if s == at { Fault::Die } else { Fault::Run });
            let recovered = recover(d.path()).unwrap();
            let (files, other) = state(d.path());
            assert!(files == old() || files == new(), "died at {at:?}: {files:?}");
            assert_eq!(other, Vec::<String>::new(), "died at {at:?}");
            outcomes.push((at, files == new(), recovered));
            // a second recovery finds nothing to do, and the next set commits
            assert_eq!(recover(d.path()).unwrap(), Recovered::Clean);
            staged(d.path()).commit(&NAMES).unwrap();
            assert_eq!(state(d.path()), (new(), vec![]));
        }
        // before the seal the old set comes back; after it the new one stays
        for (at, is_new, recovered) in outcomes {
            let sealed = matches!(at, Step::Clean);
            assert_eq!(is_new, sealed, "{at:?}");
            // no record yet (or no longer): only the hidden folders to remove
            let expect = if sealed || at == Step::Record {
                Recovered::Tidied
            } else {
                Recovered::RolledBack
            };
            assert_eq!(recovered, expect, "{at:?}");
        }
    }

    #[test]
    fn a_crash_during_recovery_is_recovered_too() {
        let d = tempfile::tempdir().unwrap();
        old_set(d.path());
        let _ = staged(d.path()).commit_with(&NAMES, &mut |s| {
            if s == Step::MoveNew(2) {
                Fault::Die
            } else {
                Fault::Run
            }
        });
        // recovery dies after putting one file back: do that one step by hand
        std::fs::rename(d.path().join(PREV).join("a.csv"), d.path().join("a.csv")).unwrap();
        recover(d.path()).unwrap();
        assert_eq!(state(d.path()), (old(), vec![]));
    }

    #[test]
    fn a_folder_in_the_place_of_an_output_is_refused_before_anything_moves() {
        let d = tempfile::tempdir().unwrap();
        old_set(d.path());
        std::fs::create_dir(d.path().join("d.json")).unwrap();
        let err = staged(d.path()).commit(&NAMES).unwrap_err();
        assert!(err.to_string().contains("is not a file; move it away"), "{err}");
        let (files, _) = state(d.path());
        assert_eq!(&files[..3], &old()[..3]);
        assert!(d.path().join("d.json").is_dir());
        assert!(!d.path().join(NEXT).exists() && !d.path().join(RECORD).exists());
    }

    #[test]
    fn an_abandoned_set_leaves_nothing() {
        let d = tempfile::tempdir().unwrap();
        old_set(d.path());
        drop(staged(d.path()));
        assert_eq!(state(d.path()), (old(), vec![]));
    }

    #[test]
    fn a_record_kgraph_did_not_write_is_named_not_followed() {
        let d = tempfile::tempdir().unwrap();
        for text in [
            "garbage\n",
            "kgraph commit 1\nold ../../etc/passwd\n",
            "kgraph commit 1\nmaybe a.csv\n",
        ] {
            std::fs::write(d.path().join(RECORD), text).unwrap();
            let err = recover(d.path()).unwrap_err();
            assert!(
                err.to_string().contains("is not a commit record kgraph wrote"),
                "{err}"
            );
        }
    }
}
