//! Messages for a person on stderr. Control characters are escaped (see
//! [`crate::text::printable`]), and a stderr that cannot be written (closed, a full device) is
//! ignored: a message never stops a command.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

static QUIET: AtomicBool = AtomicBool::new(false);
static VERBOSE: AtomicBool = AtomicBool::new(false);

/// Sets `-q/--quiet` and `-v/--verbose` for the whole run (from the global flags).
pub fn set_levels(quiet: bool, verbose: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
    VERBOSE.store(verbose, Ordering::Relaxed);
}

/// `-q`: print nothing but errors.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// `-v`: every warning, not the first few of each kind.
pub fn verbose() -> bool {
    VERBOSE.load(Ordering::Relaxed)
}

/// Writes one message line on stderr, escaped; a failed write is ignored.
pub fn line(args: std::fmt::Arguments) {
    let text = args.to_string();
    let text = crate::text::printable::printable(&text);
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Writes raw bytes on stderr (the progress line, which draws with `\r`); a failed write is
/// ignored.
pub fn raw(args: std::fmt::Arguments) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_fmt(args).and_then(|()| err.flush());
}

/// `say!("...", args)`: one message line on stderr, like `eprintln!` but never failing and
/// with control characters escaped.
macro_rules! say {
    ($($arg:tt)*) => { $crate::cmd::say::line(format_args!($($arg)*)) };
}

/// `note!("...", args)`: a message for a person that `-q` silences (summaries, "wrote" lines).
macro_rules! note {
    ($($arg:tt)*) => {
        if !$crate::cmd::say::quiet() {
            $crate::cmd::say::line(format_args!($($arg)*))
        }
    };
}
