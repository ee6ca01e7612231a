//! The one list of files a build writes, and the output folder a command writes them into,
//! held under its lock for as long as the command runs.

use super::lock::OutputLock;
use crate::error::Result;
use crate::export::{ExportFormat, Writer};
use crate::graph::KnowledgeGraph;
use std::path::{Path, PathBuf};

/// The HTML report `build` writes beside the data files.
pub const REPORT_FILE: &str = "report.html";

/// Every file `build` (and `merge`, and `query ego --out`) writes, in order.
pub const OUTPUT_FILES: [&str; 7] = [
    "nodes.csv",
    "edges.csv",
    "relations.csv",
    "events.csv",
    "graph.graphml",
    "graph.json",
    REPORT_FILE,
];

/// The build's files with their writers: the CSV, GraphML and JSON exports, then the report.
fn build_files() -> Vec<(&'static str, Writer)> {
    let mut files = ExportFormat::Csv.files();
    files.extend(ExportFormat::Graphml.files());
    files.extend(ExportFormat::Json.files());
    files.push((REPORT_FILE, crate::report::write));
    files
}

/// Prints the summary line of a run that wrote a graph (`{head}: N nodes, N edges, N relation
/// instances`) and the files it wrote, on stderr.
pub fn print_written(head: &str, kg: &KnowledgeGraph, written: &[PathBuf]) {
    say!(
        "{head}: {} nodes, {} edges, {} relation instances",
        kg.graph().node_count(),
        kg.graph().edge_count(),
        kg.instances.len()
    );
    for p in written {
        say!("  wrote {}", p.display());
    }
}

/// An output folder, locked by this process until dropped.
pub struct OutDir {
    path: PathBuf,
    _lock: OutputLock,
    /// Temporary files an interrupted run left, removed when the lock was taken.
    pub stale_removed: usize,
    /// What an interrupted commit left, set right when the lock was taken.
    pub recovered: crate::output::Recovered,
}

impl OutDir {
    /// Creates `path` if needed, takes its lock (failing while another kgraph writes there),
    /// puts back the old set of a commit a dead run left half done, and removes the temporary
    /// files an interrupted run left.
    pub fn lock(path: &Path) -> Result<OutDir> {
        if path.as_os_str() == "-" {
            return Err(crate::error::Error::Usage(
                "--out -: standard output takes one file, and this writes a folder of files; \
                 give a folder name (for example --out out)"
                    .into(),
            ));
        }
        let lock = OutputLock::acquire(path)?;
        let recovered = crate::output::recover(path)?;
        Ok(OutDir {
            recovered,
            stale_removed: crate::output::remove_stale_temps(path)?,
            _lock: lock,
            path: path.to_path_buf(),
        })
    }

    /// Locks the folder a single output file goes into (`report --out`, `extract --out`);
    /// `None` for a path that is not a plain file (a device, `/dev/stdout`), which is written
    /// through as it is.
    pub fn lock_parent_of(file: &Path) -> Result<Option<OutDir>> {
        let crate::output::Target::Replace(file) = crate::output::Target::of(file) else {
            return Ok(None);
        };
        let dir = file
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        OutDir::lock(dir).map(Some)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The paths [`OutDir::write_graph`] writes.
    pub fn graph_paths(&self) -> Vec<PathBuf> {
        OUTPUT_FILES.iter().map(|n| self.path.join(n)).collect()
    }

    /// Writes the build's files ([`OUTPUT_FILES`]) as one set; returns their paths. Every file
    /// is complete on disk before the first is renamed into place.
    pub fn write_graph(&self, kg: &KnowledgeGraph) -> Result<Vec<PathBuf>> {
        crate::export::write_files(kg, &build_files(), &self.path)
    }
}

/// Writes `bytes` on standard output (a closed pipe ends the command quietly, in `main`).
pub fn to_stdout(bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(crate::error::Error::stdout)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_build_writes_the_files_it_lists() {
        let names: Vec<&str> = super::build_files().iter().map(|(n, _)| *n).collect();
        assert_eq!(names, super::OUTPUT_FILES);
    }
}
