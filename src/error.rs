//! The library's one error type: every variant names the file (and line) and what to fix.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// Everything that can stop a kgraph command.
#[derive(Debug)]
pub enum Error {
    /// The command line asks for something impossible.
    Usage(String),
    /// A gazetteer or lexicon file is malformed at a line.
    Gazetteer { path: PathBuf, line: u64, msg: String },
    /// An input file or folder cannot be read.
    Input { path: PathBuf, msg: String },
    /// An output file cannot be written.
    Output { path: PathBuf, source: io::Error },
    /// A graph or gold file given to a command is not what it should be.
    Data { path: PathBuf, msg: String },
    /// A name given to a query is unknown or ambiguous.
    Name(String),
}

impl Error {
    pub fn gazetteer(path: &Path, line: u64, msg: impl Into<String>) -> Error {
        Error::Gazetteer {
            path: path.to_path_buf(),
            line,
            msg: msg.into(),
        }
    }

    pub fn input(path: &Path, msg: impl Into<String>) -> Error {
        Error::Input {
            path: path.to_path_buf(),
            msg: msg.into(),
        }
    }

    pub fn output(path: &Path, source: io::Error) -> Error {
        Error::Output {
            path: path.to_path_buf(),
            source,
        }
    }

    /// Standard output cannot be written (a closed pipe is [`io::ErrorKind::BrokenPipe`]).
    pub fn stdout(source: io::Error) -> Error {
        Error::output(Path::new("<stdout>"), source)
    }

    pub fn data(path: &Path, msg: impl Into<String>) -> Error {
        Error::Data {
            path: path.to_path_buf(),
            msg: msg.into(),
        }
    }

    /// The process exit code documented in the README for this kind of error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) | Error::Name(_) => 2,
            Error::Gazetteer { .. } | Error::Input { .. } | Error::Data { .. } => 3,
            Error::Output { .. } => 4,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(m) | Error::Name(m) => f.write_str(m),
            Error::Gazetteer { path, line, msg } => {
                write!(f, "{}:{}: {}", path.display(), line, msg)
            }
            Error::Input { path, msg } | Error::Data { path, msg } => {
                write!(f, "{}: {}", path.display(), msg)
            }
            Error::Output { path, source } => {
                write!(f, "{}: cannot write: {}", path.display(), source)
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Output { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// A CSV error as an I/O error of the same kind, with the same message: a closed pipe under a
/// CSV writer stays a broken pipe; anything else is [`io::ErrorKind::Other`].
pub fn io_from_csv(e: csv::Error) -> io::Error {
    let kind = match e.kind() {
        csv::ErrorKind::Io(io) => io.kind(),
        _ => io::ErrorKind::Other,
    };
    io::Error::new(kind, e)
}

/// A JSON error as an I/O error of the same kind, with the same message: a closed pipe under a
/// JSON writer stays a broken pipe; anything else is [`io::ErrorKind::Other`].
pub fn io_from_json(e: serde_json::Error) -> io::Error {
    io::Error::new(e.io_error_kind().unwrap_or(io::ErrorKind::Other), e)
}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    fn broken_pipe() -> io::Error {
        io::Error::new(io::ErrorKind::BrokenPipe, "Broken pipe")
    }

    #[test]
    fn csv_and_json_errors_keep_the_kind_and_message_of_their_io_error() {
        let csv_err = csv::Error::from(broken_pipe());
        let message = csv_err.to_string();
        let io = io_from_csv(csv_err);
        assert_eq!(io.kind(), io::ErrorKind::BrokenPipe);
        assert_eq!(io.to_string(), message);
        let json_err = serde_json::Error::io(broken_pipe());
        let message = json_err.to_string();
        let io = io_from_json(json_err);
        assert_eq!(io.kind(), io::ErrorKind::BrokenPipe);
        assert_eq!(io.to_string(), message);
        let syntax = serde_json::from_str::<u8>("x").unwrap_err();
        assert_eq!(io_from_json(syntax).kind(), io::ErrorKind::Other);
    }

    #[test]
    fn an_output_error_exposes_its_io_error_as_source() {
        let e = Error::stdout(broken_pipe());
        let source = std::error::Error::source(&e).and_then(|s| s.downcast_ref::<io::Error>());
        assert_eq!(source.map(io::Error::kind), Some(io::ErrorKind::BrokenPipe));
        assert_eq!(e.to_string(), "<stdout>: cannot write: Broken pipe");
    }
}
