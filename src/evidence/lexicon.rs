//! Which word lists a word opens: one hash lookup per word start instead of one comparison per phrase.

use crate::fast_hash::FastMap;

/// The longest first word looked up; longer words open no list.
const MAX_WORD: usize = 24;

/// The first words (lowercase) of the phrases of up to 32 lists, each word with the set of lists
/// (bit `n` for list `n`) holding a phrase that starts with it.
#[derive(Debug, Default)]
pub struct Lexicon {
    lists_of: FastMap<Vec<u8>, u32>,
}

impl Lexicon {
    /// Indexes `lists` (at most 32) by the first word of each phrase.
    pub fn new(lists: &[&[&str]]) -> Lexicon {
        debug_assert!(lists.len() <= 32);
        let mut lexicon = Lexicon::default();
        for (n, list) in lists.iter().enumerate() {
            for phrase in *list {
                let first = phrase.bytes().take_while(|&b| super::reader::is_word_byte(b));
                let key: Vec<u8> = first.map(|b| b.to_ascii_lowercase()).collect();
                *lexicon.lists_of.entry(key).or_default() |= 1 << n;
            }
        }
        lexicon
    }

    /// The lists opened by `word` (compared without case; a word of the patterns is ASCII).
    pub fn lists_of(&self, word: &[u8]) -> u32 {
        if word.is_empty() || word.len() > MAX_WORD {
            return 0;
        }
        let mut buf = [0u8; MAX_WORD];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word);
        lower.make_ascii_lowercase();
        self.lists_of.get(&*lower).copied().unwrap_or(0)
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
    }
}
