//! Messages for a person on stderr. Control characters are escaped (see
//! [`crate::text::printable`]), and a stderr that cannot be written (closed, a full device) is
//! ignored: a message never stops a command.

use std::io::Write;

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
