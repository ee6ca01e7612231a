//! The one rule that makes a gazetteer id from a label ("European Central Bank" → `european_central_bank`).

/// Which letters and digits an id keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdLetters {
    /// ASCII only: "Zoë" → `zo` (ids typed on any keyboard; `suggest`, role nodes).
    Ascii,
    /// Every Unicode letter and digit, lower-cased: "Zoë" → `zoë` (imported dictionaries).
    Unicode,
}

/// The id for `label`: lower case, every run of other characters one `_`, none at either end.
///
/// ```
/// use kgraph::model::slug::{id_for, IdLetters};
/// assert_eq!(id_for("Zoë O'Brien-Smith", IdLetters::Ascii), "zo_o_brien_smith");
/// assert_eq!(id_for("Zoë O'Brien-Smith", IdLetters::Unicode), "zoë_o_brien_smith");
/// ```
pub fn id_for(label: &str, letters: IdLetters) -> String {
    let mut id = String::new();
    for c in label.chars() {
        let keep = match letters {
            IdLetters::Ascii => c.is_ascii_alphanumeric(),
            IdLetters::Unicode => c.is_alphanumeric(),
        };
        if keep {
            id.extend(c.to_lowercase());
        } else if !id.is_empty() && !id.ends_with('_') {
            id.push('_');
        }
    }
    id.trim_end_matches('_').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain() {
        assert_eq!(id_for("Zoë O'Brien-Smith", IdLetters::Ascii), "zo_o_brien_smith");
        assert_eq!(
            id_for("European Central Bank", IdLetters::Ascii),
            "european_central_bank"
        );
        assert_eq!(id_for("  (Ba'ath) Party ", IdLetters::Unicode), "ba_ath_party");
        assert_eq!(id_for("Ελλάδα", IdLetters::Unicode), "ελλάδα");
        assert_eq!(id_for("Ελλάδα", IdLetters::Ascii), "");
    }
}
