//! The one-line progress display of a build on stderr, redrawn a few times a second, shown
//! only when stderr is a terminal.

use crate::pipeline::BuildReport;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// Draws a build's progress: documents, megabytes, relations, speed and time left.
pub struct Progress {
    on: bool,
    /// When the first file was read: speed and time left count reading, not start-up.
    started: Option<Instant>,
    last: Instant,
}

impl Progress {
    /// A display that draws only if `wanted` and stderr is a terminal.
    pub fn new(wanted: bool) -> Progress {
        let now = Instant::now();
        Progress {
            on: wanted && std::io::stderr().is_terminal(),
            started: None,
            last: now,
        }
    }

    /// Redraws the line for the report so far, out of `total` bytes.
    pub fn tick(&mut self, r: &BuildReport, total: u64) {
        let started = *self.started.get_or_insert_with(Instant::now);
        if !self.on || self.last.elapsed() < Duration::from_millis(250) {
            return;
        }
        self.last = Instant::now();
        let secs = started.elapsed().as_secs_f64().max(1e-3);
        let mbs = r.bytes as f64 / 1e6 / secs;
        let eta = if r.bytes > 0 {
            (total.saturating_sub(r.bytes)) as f64 / (r.bytes as f64 / secs)
        } else {
            0.0
        };
        super::say::raw(format_args!(
            "\r{} documents, {:.1}/{:.1} MB, {} relations, {:.1} MB/s, ETA {:.0} s   ",
            r.documents,
            r.bytes as f64 / 1e6,
            total as f64 / 1e6,
            r.relations,
            mbs,
            eta
        ));
    }

    /// Clears the line.
    fn finish(&self) {
        if self.on {
            super::say::raw(format_args!("\r{:80}\r", ""));
        }
    }
}

impl crate::pipeline::Observer for Progress {
    fn progress(&mut self, report: &BuildReport, total_bytes: u64) {
        self.tick(report, total_bytes);
    }

    fn done(&mut self) {
        self.finish();
    }
}
