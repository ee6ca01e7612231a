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

impl std::error::Error for Error {}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;
