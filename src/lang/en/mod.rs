//! English: frequent words, and the word classes the extractor reads sentences with.

pub mod grammar;
pub mod words;
