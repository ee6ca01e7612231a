//! Decoding, normalisation and sentence splitting on arbitrary bytes: never a panic, one
//! character for one, sentences in order, inside the text, on character boundaries, bounded.
#![no_main]

mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    checks::text(data);
});
