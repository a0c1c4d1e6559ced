//! Hashing: maps keyed by short words and token numbers, hashed eight bytes at a step (quicker and
//! smaller than SipHash), and the FNV-1a step every word hash is built from.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a's starting state.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One step of FNV-1a: the state `h` after the byte `b`. The word hashes (the word lists', the
/// evidence lists' and the claim model's features) are all built from it.
#[inline(always)]
pub fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// A `HashMap` hashed with [`WordHasher`]. Its keys come from the text being analysed, which is read
/// once per call, so the flooding resistance of SipHash buys nothing here.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// A `HashSet` hashed with [`WordHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

/// The multiplier of each step (the golden ratio in 64 bits, as Fibonacci hashing uses).
const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Rotate, xor and multiply, one step per eight bytes of the key (the step of rustc's FxHasher): a
/// word of the text is hashed in one or two steps where a byte-at-a-time hash takes one per letter.
#[derive(Debug, Default)]
pub struct WordHasher(u64);

impl WordHasher {
    #[inline(always)]
    fn step(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for WordHasher {
    #[inline(always)]
    fn finish(&self) -> u64 {
        // The multiply leaves the high bits best mixed; the table indexes by the low ones.
        self.0.rotate_left(26)
    }

    #[inline(always)]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.step(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            // The length keeps "ab" apart from "ab\0".
            self.step(u64::from_le_bytes(word) ^ (rest.len() as u64) << 59);
        }
    }

    #[inline(always)]
    fn write_u8(&mut self, n: u8) {
        self.step(u64::from(n));
    }

    #[inline(always)]
    fn write_usize(&mut self, n: usize) {
        self.step(n as u64);
    }
}
