//! Hashing: maps keyed by short words and token numbers, hashed eight bytes at a step (quicker and
//! smaller than SipHash), and the FNV-1a step every word hash is built from.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a's starting state.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One step of FNV-1a: the state `h` after the byte `b`. The word hashes (the word lists', the
/// evidence lists' and the claim model's features) are all built from it.
#[inline(always)]
pub const fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
}

/// [`fnv_step`] over `bytes` from the state `h`.
#[inline]
pub fn fnv_bytes(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, |h, &b| fnv_step(h, b))
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

/// Word hashes (keys already well mixed, such as [`fnv_step`]'s) to non-zero values, open-addressed
/// in a table at most a quarter full: a word that is not in it (most words of a text) is told by one
/// probe, with no second hash of the key.
#[derive(Debug)]
pub struct ProbeTable {
    /// Each slot's key and value; a value of 0 marks an empty slot.
    slots: Box<[(u64, u32)]>,
    /// How far the multiplied key is shifted right to give a slot (64 less the table's bits).
    shift: u32,
    /// How many keys it holds.
    keys: usize,
}

impl ProbeTable {
    /// The table of `entries`, the values of a key given more than once joined (bitwise or); an
    /// entry whose value is 0 is left out. Sized for them all at once: it never grows.
    pub fn new(entries: &[(u64, u32)]) -> ProbeTable {
        let mut table = ProbeTable::with_slots((entries.len() * 4).next_power_of_two().max(16));
        for &(key, value) in entries {
            table.insert(key, value);
        }
        table
    }

    /// An empty table of `slots` slots (a power of two).
    fn with_slots(slots: usize) -> ProbeTable {
        ProbeTable { slots: vec![(0, 0); slots].into_boxed_slice(), shift: 64 - slots.trailing_zeros(), keys: 0 }
    }

    /// Adds `key` with `value`, joined (bitwise or) with the value it has; a value of 0 adds nothing.
    /// The table doubles before it is more than a quarter full, so its memory follows the distinct
    /// keys, not how often each is given.
    #[inline]
    pub fn insert(&mut self, key: u64, value: u32) {
        if value == 0 {
            return;
        }
        if (self.keys + 1) * 4 > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        while self.slots[i].1 != 0 && self.slots[i].0 != key {
            i = (i + 1) & mask;
        }
        self.keys += usize::from(self.slots[i].1 == 0);
        self.slots[i] = (key, self.slots[i].1 | value);
    }

    /// Doubles the table, its keys put again.
    #[cold]
    fn grow(&mut self) {
        let old = std::mem::replace(self, ProbeTable::with_slots(self.slots.len() * 2));
        for &(k, v) in old.slots.iter().filter(|&&(_, v)| v != 0) {
            self.insert(k, v);
        }
    }

    /// The first slot to probe for `key`: the top bits of the key multiplied by the golden ratio.
    #[inline(always)]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(K) >> self.shift) as usize
    }

    /// The value of `key`, 0 when it is not in the table.
    #[inline(always)]
    pub fn get(&self, key: u64) -> u32 {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            let (k, value) = self.slots[i];
            if k == key || value == 0 {
                return value;
            }
            i = (i + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probe_tables_join_values_and_tell_misses() {
        let keys: Vec<u64> = (0..100u8).map(|b| fnv_step(FNV_OFFSET, b)).collect();
        let mut entries: Vec<(u64, u32)> = keys.iter().enumerate().map(|(i, &k)| (k, i as u32 + 1)).collect();
        entries.push((keys[3], 1 << 20));
        entries.push((keys[4], 0));
        let table = ProbeTable::new(&entries);
        assert_eq!(table.get(keys[3]), 4 | 1 << 20);
        assert_eq!(table.get(keys[4]), 5);
        assert_eq!(table.get(keys[99]), 100);
        assert_eq!(table.get(fnv_step(FNV_OFFSET, 200)), 0);
        assert_eq!(ProbeTable::new(&[]).get(7), 0);
    }

    #[test]
    fn a_table_grown_key_by_key_holds_each_key_once() {
        let mut table = ProbeTable::new(&[]);
        for round in 0..3u32 {
            for k in 0..1_000u64 {
                table.insert(fnv_step(FNV_OFFSET, k as u8) ^ k << 32, 1 << round);
            }
        }
        assert_eq!(table.keys, 1_000);
        // A quarter full at most: a miss ends at an empty slot.
        assert!(table.slots.len() >= 4 * 1_000 && table.slots.len() < 8 * 1_000 * 2);
        assert_eq!(table.get(fnv_step(FNV_OFFSET, 7) ^ 7 << 32), 0b111);
        assert_eq!(table.get(12_345), 0);
    }
}
