//! Atomic output: every file is written to a temporary file beside its destination and renamed
//! over it only once complete, so an interrupted run never leaves half a file.

use crate::error::{Error, Result};
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

/// Writes `path` atomically through `fill`.
pub fn write_atomic<F>(path: &Path, fill: F) -> Result<()>
where
    F: FnOnce(&mut dyn Write) -> std::io::Result<()>,
{
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".kgraph-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| Error::output(path, e))?;
    let mut w = BufWriter::new(tmp);
    fill(&mut w).map_err(|e| Error::output(path, e))?;
    let tmp = w.into_inner().map_err(|e| Error::output(path, e.into_error()))?;
    tmp.as_file().sync_all().map_err(|e| Error::output(path, e))?;
    tmp.persist(path).map_err(|e| Error::output(path, e.error))?;
    Ok(())
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
}
