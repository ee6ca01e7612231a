//! The JSON Lines reader on arbitrary bytes (`x.jsonl`): every document named, with text neither
//! blank nor past the cap; never a panic.
#![no_main]

mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    checks::input_jsonl(data);
});
