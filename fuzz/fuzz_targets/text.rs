//! Decoding, normalisation and sentence splitting on arbitrary bytes: never a panic, one
//! character for one, sentences in order, inside the text, on character boundaries, bounded.
#![no_main]

use kgraph::text::{decode, normalize::normalize, sentences};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
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
});
