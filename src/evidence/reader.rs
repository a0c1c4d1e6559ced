//! Byte-level reading of a sentence for the evidence patterns: word edges, spaces, numbers, phrases.
//!
//! Words are runs of ASCII letters, digits and `_` (what the patterns treat as word characters);
//! every other byte, including all of UTF-8's multi-byte characters, separates words.

/// The most comma groups one number is read with (a sextillion has seven): every group starts a
/// word, so an unbounded run would be read again from each of them.
pub const NUMBER_GROUPS: usize = 8;

/// A sentence as bytes, read from positions the patterns choose.
#[derive(Debug, Clone, Copy)]
pub struct Reader<'a> {
    bytes: &'a [u8],
}

/// A word character of the patterns: an ASCII letter or digit, or `_`.
#[inline(always)]
pub fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// [`is_word_byte`] of every byte, by one load instead of four comparisons.
static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    table
};

impl<'a> Reader<'a> {
    /// Reads `text`.
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader { bytes: text.as_bytes() }
    }

    /// The bytes read.
    pub fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The byte at `i`, or 0 past the end.
    #[inline(always)]
    pub fn byte(&self, i: usize) -> u8 {
        self.bytes.get(i).copied().unwrap_or(0)
    }

    /// The word (run of word bytes) starting at `i`; empty when none does.
    pub fn word_at(&self, i: usize) -> &'a [u8] {
        self.bytes.get(i..self.word_end(i)).unwrap_or_default()
    }

    /// The end of the run of word bytes starting at `i` (`i` itself when none does).
    #[inline]
    pub fn word_end(&self, i: usize) -> usize {
        let mut end = i;
        while end < self.bytes.len() && is_word_byte(self.bytes[end]) {
            end += 1;
        }
        end
    }

    /// True when no word byte follows position `i` (the end of a word, or of the text).
    #[inline(always)]
    pub fn ends_word(&self, i: usize) -> bool {
        !is_word_byte(self.byte(i))
    }

    /// The position after one white-space byte at `i`.
    pub fn space(&self, i: usize) -> Option<usize> {
        is_space(self.byte(i)).then_some(i + 1)
    }

    /// The position after any white space at `i` (none is fine).
    pub fn spaces(&self, i: usize) -> usize {
        i + self.bytes.get(i..).map_or(0, |rest| rest.iter().take_while(|&&b| is_space(b)).count())
    }

    /// The number of ASCII digits starting at `i`.
    pub fn digits(&self, i: usize) -> usize {
        self.bytes.get(i..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count())
    }

    /// A number at `i`: `1,234,567.89` (groups of three after commas, at most [`NUMBER_GROUPS`])
    /// or `1234.5`; its end.
    pub fn number(&self, i: usize) -> Option<usize> {
        let lead = self.digits(i);
        if lead == 0 {
            return None;
        }
        let mut end = i + lead;
        if lead <= 3 {
            let mut groups = 0;
            while groups < NUMBER_GROUPS && self.byte(end) == b',' && self.digits(end + 1) >= 3 {
                end += 4;
                groups += 1;
            }
        }
        if self.byte(end) == b'.' && self.digits(end + 1) > 0 {
            end += 1 + self.digits(end + 1);
        }
        Some(end)
    }

    /// A four-digit year from 1800 to 2099 at `i`; its end.
    pub fn year(&self, i: usize) -> Option<usize> {
        let y = self.bytes.get(i..i + 4)?;
        let century = matches!((y[0], y[1]), (b'1', b'8' | b'9') | (b'2', b'0'));
        (century && y[2].is_ascii_digit() && y[3].is_ascii_digit()).then_some(i + 4)
    }

    /// `phrase` at `i`: a space in it stands for one or more white-space bytes, letters compare
    /// without case when `fold` is set; its end.
    pub fn literal(&self, i: usize, phrase: &str, fold: bool) -> Option<usize> {
        let mut at = i;
        for &p in phrase.as_bytes() {
            if p == b' ' {
                let after = self.spaces(at);
                if after == at {
                    return None;
                }
                at = after;
                continue;
            }
            let b = *self.bytes.get(at)?;
            if !(b == p || fold && b.eq_ignore_ascii_case(&p)) {
                return None;
            }
            at += 1;
        }
        Some(at)
    }

    /// The first of `phrases` (each starting with an ASCII letter) found at `i` as whole words (no
    /// word byte right after it); its end.
    pub fn phrase(&self, i: usize, phrases: &[&str], fold: bool) -> Option<usize> {
        // Only phrases whose first letter stands at `i`, in either case, are compared: `| 0x20`
        // lowers a letter in one step, and a byte that is no letter never lowers to one.
        let first = self.byte(i) | 0x20;
        phrases
            .iter()
            .filter(|p| p.as_bytes()[0] | 0x20 == first)
            .find_map(|p| self.literal(i, p, fold).filter(|&end| self.ends_word(end)))
    }

    /// The whole word at `i` when it is one of `words` or one of them plus `s` (letters compared
    /// without case when `fold` is set); its end.
    pub fn word_or_plural(&self, i: usize, words: &[&str], fold: bool) -> Option<usize> {
        let word = self.word_at(i);
        let singular = word.strip_suffix(b"s").or_else(|| word.strip_suffix(b"S")).unwrap_or(word);
        let same = |a: &[u8], b: &[u8]| if fold { a.eq_ignore_ascii_case(b) } else { a == b };
        words.iter().any(|w| same(w.as_bytes(), word) || same(w.as_bytes(), singular)).then_some(i + word.len())
    }
}

/// White space as the patterns mean it: ASCII space, tab and line ends.
#[inline(always)]
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_bytes_are_letters_digits_and_underscores() {
        for b in 0..=255u8 {
            assert_eq!(is_word_byte(b), b.is_ascii_alphanumeric() || b == b'_', "{b:#x}");
        }
    }

    #[test]
    fn numbers_words_and_phrases() {
        let r = Reader::new("1,234,567.5 and 1234.5 or 12,34 x");
        assert_eq!(r.number(0), Some(11));
        assert_eq!(r.number(16), Some(22));
        assert_eq!(r.number(26), Some(28));
        let r = Reader::new("According  to the Polls");
        assert_eq!(r.phrase(0, &["according to"], true), Some(13));
        assert_eq!(r.phrase(0, &["according to"], false), None);
        assert!(r.ends_word(23) && !r.ends_word(22));
        assert_eq!(r.word_or_plural(18, &["poll"], false), None);
        assert_eq!(r.word_or_plural(18, &["poll"], true), Some(23));
        assert_eq!(Reader::new("polls").word_or_plural(0, &["poll"], false), Some(5));
        assert_eq!(Reader::new("Polls").word_or_plural(0, &["poll"], false), None);
        assert_eq!(Reader::new("Mile MILES").word_or_plural(5, &["kilometer", "mile"], true), Some(10));
        assert_eq!(Reader::new("s").word_or_plural(0, &["s"], false), Some(1));
        assert_eq!(Reader::new(" s").word_or_plural(0, &["s"], false), None);
        assert_eq!(Reader::new("1999 2100").year(0), Some(4));
        assert_eq!(Reader::new("2100").year(0), None);
    }
}
