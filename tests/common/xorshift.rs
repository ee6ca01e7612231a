//! A deterministic xorshift64 generator: from one seed, the same numbers on every run. Shared by
//! the tests, the query benchmark and the report example (`#[path]`-included there).
#![allow(dead_code)] // each includer uses part of it

pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A number below `n`, skewed towards low numbers, so some nodes are hubs as in news graphs.
    pub fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        let b = self.below(n);
        a.min(b)
    }
}
