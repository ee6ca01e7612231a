//! The gazetteer loader on arbitrary bytes: `entities.csv` (and, after a 0xFF byte, `roles.csv`)
//! either load or fail with an error naming the file; never a panic.
#![no_main]

use kgraph::dict::gazetteer::Gazetteer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (entities, roles) = match data.iter().position(|&b| b == 0xFF) {
        Some(p) => (&data[..p], Some(&data[p + 1..])),
        None => (data, None),
    };
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("entities.csv"), entities).expect("write");
    if let Some(r) = roles {
        std::fs::write(dir.path().join("roles.csv"), r).expect("write");
    }
    match Gazetteer::load(&[dir.path().to_path_buf()]) {
        Ok(g) => {
            // the tagger must accept whatever the loader accepted
            let t = kgraph::tag::Tagger::new(&g).expect("tagger");
            let _ = t.tag("John Kerry met Sergei Lavrov in London.");
        }
        Err(e) => assert!(e.to_string().contains(".csv"), "{e}"),
    }
});
