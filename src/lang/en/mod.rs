//! English: frequent words, calendar names, words inside names, and the word classes the
//! extractor reads sentences with.

pub mod calendar;
pub mod grammar;
pub mod names;
pub mod shapes;
pub mod titles;
pub mod words;
