//! The tagger over the bundled gazetteer on arbitrary text: mentions in order, inside the text,
//! on character boundaries, never overlapping.
#![no_main]

use kgraph::dict::gazetteer::Gazetteer;
use kgraph::tag::Tagger;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn tagger() -> &'static Tagger {
    static T: OnceLock<Tagger> = OnceLock::new();
    T.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../gazetteer");
        let g = Gazetteer::load(&[dir]).expect("bundled gazetteer");
        Tagger::new(&g).expect("bundled gazetteer fits")
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let norm = kgraph::text::normalize::normalize(&text);
    let mut last = 0;
    for m in tagger().tag(&norm) {
        assert!(m.start >= last && m.start < m.end && m.end <= norm.len());
        assert!(norm.is_char_boundary(m.start) && norm.is_char_boundary(m.end));
        last = m.end;
    }
});
