//! Which word lists a word opens: one probe of a table per word start instead of one comparison per phrase.

use crate::fast_hash::{fnv_step, ProbeTable, FNV_OFFSET};

/// The longest first word looked up; longer words open no list.
pub const MAX_WORD: usize = 24;

/// The first words of the phrases of up to 32 lists, each word (by its [`key`]) with the set of
/// lists (bit `n` for list `n`) holding a phrase that starts with it.
///
/// Words are kept by key alone: two words with one key would share their lists, which only makes a
/// pattern try a list whose phrases it then compares letter by letter, and so finds nothing more.
#[derive(Debug)]
pub struct Lexicon {
    lists_of: ProbeTable,
}

/// FNV-1a of `word` in ASCII lower case: one pass, with no copy of the word. For a word of ASCII
/// letters and digits it is the word's [`crate::words::word_hash`], which the document keeps.
fn key(word: &[u8]) -> u64 {
    word.iter().fold(FNV_OFFSET, |h, &b| fnv_step(h, b.to_ascii_lowercase()))
}

impl Lexicon {
    /// Indexes `lists` (at most 32) by the first word of each phrase.
    pub fn new(lists: &[&[&str]]) -> Lexicon {
        debug_assert!(lists.len() <= 32);
        let mut entries = Vec::new();
        for (n, list) in lists.iter().enumerate() {
            for phrase in *list {
                let first = phrase.bytes().take_while(|&b| super::reader::is_word_byte(b)).count();
                entries.push((key(&phrase.as_bytes()[..first]), 1 << n));
            }
        }
        Lexicon { lists_of: ProbeTable::new(&entries) }
    }

    /// The lists opened by `word` (compared without case; a word of the patterns is ASCII).
    pub fn lists_of(&self, word: &[u8]) -> u32 {
        if word.is_empty() {
            return 0;
        }
        self.lists_of_hashed(key(word), word.len())
    }

    /// The lists opened by the word of `len` bytes whose [`key`] is `hash`.
    #[inline]
    pub fn lists_of_hashed(&self, hash: u64, len: usize) -> u32 {
        if len > MAX_WORD {
            return 0;
        }
        self.lists_of.get(hash)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_words_open_their_lists() {
        let lexicon = Lexicon::new(&[&["more than", "most"], &["Monday"], &["more"]]);
        assert_eq!(lexicon.lists_of(b"More"), 0b101);
        assert_eq!(lexicon.lists_of(b"monday"), 0b010);
        assert_eq!(lexicon.lists_of(b"than"), 0);
        assert_eq!(lexicon.lists_of(b""), 0);
        assert_eq!(lexicon.lists_of_hashed(crate::words::word_hash("MORE"), 4), 0b101);
    }
}
