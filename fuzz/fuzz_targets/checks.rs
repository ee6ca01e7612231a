//! The checks a fuzz target makes of one input, shared with `tests/fuzz_regressions.rs`, which
//! replays every input the fuzzers ever crashed on through the same code.

use kgraph::text::{decode, normalize::normalize, sentences};

/// Decoding, normalisation and sentence splitting: never a panic, one character for one,
/// sentences in order, inside the text, on character boundaries, trimmed, bounded.
pub fn text(data: &[u8]) {
    let Ok(d) = decode(data.to_vec()) else {
        return;
    };
    let norm = normalize(&d.text);
    assert_eq!(norm.chars().count(), d.text.chars().count());
    let mut last = 0;
    for r in sentences::split(&norm) {
        assert!(r.start >= last && r.start < r.end && r.end <= norm.len(), "{r:?}");
        assert!(norm.is_char_boundary(r.start) && norm.is_char_boundary(r.end));
        assert!(r.len() <= sentences::MAX_SENTENCE);
        assert_eq!(norm[r.clone()].trim(), &norm[r.clone()]);
        last = r.end;
    }
}
