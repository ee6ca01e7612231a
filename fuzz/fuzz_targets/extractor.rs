//! `Extractor::document` on arbitrary text with the bundled gazetteer and lexicon: never a
//! panic, and every relation's span lies inside the document and quotes its trigger.
#![no_main]

use kgraph::dict::lexicon::Lexicon;
use kgraph::extract::Extractor;
use kgraph::dict::gazetteer::Gazetteer;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor<'static> {
    static G: OnceLock<(Gazetteer, Lexicon)> = OnceLock::new();
    static E: OnceLock<Extractor<'static>> = OnceLock::new();
    let (g, l) = G.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../gazetteer");
        kgraph::dict::load(&[dir]).map(|d| (d.gazetteer, d.lexicon)).expect("bundled gazetteer")
    });
    E.get_or_init(|| Extractor::new(g, l).expect("bundled gazetteer fits"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let out = extractor().document("fuzz", &text);
    let chars = text.chars().count();
    for r in &out.relations {
        let s = &r.evidence.span;
        assert!(s.start < s.end && s.end <= chars, "{s:?} in {chars} chars");
        let trigger: String = text.chars().skip(s.start).take(s.end - s.start).collect();
        assert_eq!(trigger, r.evidence.trigger);
        assert!(r.evidence.sentence < out.sentences);
    }
});
