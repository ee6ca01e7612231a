//! A closed set of named options (an export format, a ranking measure), listed as data so the
//! command line can offer them without the library knowing the command-line parser.

/// An enum whose values have a name on the command line and a line of help.
pub trait Choice: Copy + Send + Sync + 'static {
    /// Every value, in the order help lists them.
    const ALL: &'static [Self];
    /// The name a user types (`weighted-degree`).
    fn name(self) -> &'static str;
    /// One line saying what it is.
    fn about(self) -> &'static str;
}

/// Implements [`Choice`] from a table of `Variant => "name", "help"` rows.
#[macro_export]
macro_rules! choices {
    ($t:ty { $($v:ident => $name:literal, $about:literal;)+ }) => {
        impl $crate::model::choice::Choice for $t {
            const ALL: &'static [Self] = &[$(<$t>::$v),+];
            fn name(self) -> &'static str {
                match self { $(<$t>::$v => $name),+ }
            }
            fn about(self) -> &'static str {
                match self { $(<$t>::$v => $about),+ }
            }
        }
    };
}
