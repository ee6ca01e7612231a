//! Language data: word lists and word classes, kept as data apart from the code that uses them.

pub mod en;
