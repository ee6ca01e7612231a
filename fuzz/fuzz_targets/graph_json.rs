//! The graph loader (`export::json::read`) on arbitrary bytes: a graph, or an error naming the
//! file; never a panic. A graph that loads can be written again and queried.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("graph.json");
    std::fs::write(&path, data).expect("write");
    match kgraph::export::json::read(&path) {
        Ok(kg) => {
            let mut out = Vec::new();
            kgraph::export::json::write(&kg, &mut out).expect("write back");
            for f in kgraph::export::ExportFormat::files(kgraph::export::ExportFormat::Csv) {
                let mut sink = Vec::new();
                (f.1)(&kg, &mut sink).expect("csv");
            }
        }
        Err(e) => assert!(e.to_string().contains("graph.json"), "{e}"),
    }
});
