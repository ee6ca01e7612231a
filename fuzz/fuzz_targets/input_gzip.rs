//! The input readers on gzip files: the bytes as `x.jsonl.gz` and `x.txt.gz`, and the bytes
//! gzip-compressed as `x.csv.gz` (arbitrary decoder output); every document named, with text
//! neither blank nor past the cap; never a panic.
#![no_main]

mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    checks::input_gzip(data);
});
