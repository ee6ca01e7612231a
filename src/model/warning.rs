//! What a warning is about, so that many of one kind print as one line with a count, and
//! `--strict` can tell a problem from a conflict a documented rule already settled.

/// The kind of a warning, in the order summaries list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WarningKind {
    /// A file or folder that cannot be read.
    Unreadable,
    /// A binary file (NUL or control bytes), skipped.
    Binary,
    /// Text that is not UTF-8, read as Windows-1252 or UTF-16.
    Encoding,
    /// A document, line or row over the size cap, cut.
    TooLong,
    /// An empty file or folder, or a document of white space.
    Empty,
    /// A file that is not the format its name says, or lacks the text column.
    Format,
    /// A JSON Lines line or CSV row skipped, or one of its fields ignored.
    Record,
    /// A symlink not followed, or a file reached twice.
    Link,
    /// A document id given twice, renamed.
    DuplicateId,
    /// Documents all in one case, whose names cannot be told by their capitals.
    Case,
    /// An alias two entities claim: the earlier layer keeps it, as documented.
    AliasConflict,
    /// An alias left out or likely to misfire (no letter, an ordinary word).
    Alias,
    /// A line of a verb dictionary that cannot be used.
    Lexicon,
}

impl WarningKind {
    /// A plural phrase for the summary line: "3 binary files".
    pub fn label(self) -> &'static str {
        match self {
            WarningKind::Unreadable => "unreadable inputs",
            WarningKind::Binary => "binary files",
            WarningKind::Encoding => "files not in UTF-8",
            WarningKind::TooLong => "inputs over the size cap",
            WarningKind::Empty => "empty inputs",
            WarningKind::Format => "inputs not in their format",
            WarningKind::Record => "records skipped or fields ignored",
            WarningKind::Link => "links not followed or files reached twice",
            WarningKind::DuplicateId => "document ids renamed",
            WarningKind::Case => "case warnings",
            WarningKind::AliasConflict => "alias conflicts settled by the stacking order",
            WarningKind::Alias => "aliases left out or likely to misfire",
            WarningKind::Lexicon => "dictionary lines skipped",
        }
    }

    /// Whether a documented rule already settles it (the earlier gazetteer layer keeps a
    /// name), so that `--strict` does not fail on it.
    pub fn settled(self) -> bool {
        self == WarningKind::AliasConflict
    }
}
