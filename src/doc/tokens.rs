//! Tokens: the words and punctuation of a text with their spans, marked as inside or outside
//! quotations (one definition of a word for the quote stages).

use crate::fast_hash::{fnv_step, FNV_OFFSET};
use crate::span::Span;
use crate::words;

/// A range of tokens, `first..end` (indexes into a token list, never bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TokenRange {
    /// The first token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
}

/// One word or punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where it stands (a possessive `’s` is kept outside the word's span).
    pub span: Span,
    /// A word (letters or digits) rather than punctuation.
    pub word: bool,
    /// The word starts with a capital letter.
    pub capital: bool,
    /// The token lies inside a quotation.
    pub quoted: bool,
    /// The word ended in a possessive `’s` / `’` (not included in `span`).
    pub possessive: bool,
    /// The word lists the word belongs to ([`crate::words::lex`] bits; 0 for punctuation).
    pub lex: u16,
    /// The token starts a paragraph.
    pub para_start: bool,
    /// The token is the last of a sentence (by the one sentence rule, [`crate::segment::sentences`]),
    /// filled in when the document is read.
    pub sentence_end: bool,
}

impl Token {
    /// The token's text.
    #[inline(always)]
    pub fn text(self, text: &str) -> &str {
        self.span.slice(text)
    }

    /// True when this is the punctuation `p`.
    pub fn is(self, text: &str, p: &str) -> bool {
        !self.word && self.text(text) == p
    }

    /// True when an unquoted sentence ends at this token: punctuation ending a sentence, outside
    /// quotes ("“We won.” Then he left." is one unquoted sentence).
    #[inline(always)]
    pub fn ends_unquoted_sentence(self) -> bool {
        self.sentence_end && !self.word && !self.quoted
    }
}

/// The character at byte `i` of `text`, read without decoding when it is ASCII.
#[inline(always)]
fn char_at(text: &str, i: usize) -> Option<char> {
    match *text.as_bytes().get(i)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text.get(i..)?.chars().next(),
    }
}

/// White space as `char::is_whitespace` reads it, without a call for ASCII.
#[inline(always)]
fn is_whitespace(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | ' ')
    } else {
        c.is_whitespace()
    }
}

/// A capital as `char::is_uppercase` reads it, without a call for ASCII.
#[inline(always)]
fn is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase()
    }
}

/// A letter or digit as `char::is_alphanumeric` reads it, without a call for ASCII nor for the
/// General Punctuation block (U+2000–U+206F: curly quotes, dashes, spaces; none a letter or digit).
#[inline(always)]
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// What the tokenizer asks of a byte inside a word: an ASCII letter, an ASCII digit, or neither
/// (every other byte, non-ASCII ones included).
static WORD_BYTE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_digit() {
            DIGIT
        } else if byte.is_ascii_alphabetic() {
            LETTER
        } else {
            0
        };
        b += 1;
    }
    table
};

const LETTER: u8 = 1;
const DIGIT: u8 = 2;

/// What a token's text is made of, as bits of one byte ([`crate::doc::Doc::plain_words`],
/// [`crate::doc::Doc::has_digit`]): what the
/// evidence scanner and the claim model would otherwise read again byte by byte.
pub mod shape {
    /// A word of ASCII letters and digits only: the evidence patterns read it as one word, keyed by
    /// its hash.
    pub const PLAIN: u8 = 1;
    /// The token holds an ASCII digit.
    pub const DIGIT: u8 = 2;
}

/// Splits `text` into tokens, each word read once ([`words::WordReader`]): its list bits in
/// [`Token::lex`], and for each token its word's hash and its stem's (0 for punctuation), as
/// [`crate::doc::Doc::hash`] and [`crate::doc::Doc::stem`] give them, and its [`shape`] bits.
/// `quoted` holds the quotations' parts in text order.
///
/// Kept out of its caller natively: inlined into the analysis, its loop shares registers with the
/// stages around it and runs slower (in the widget, inlining saves bytes).
#[cfg_attr(not(target_arch = "wasm32"), inline(never))]
pub fn tokenize(text: &str, paragraphs: &[Span], quoted: &[Span]) -> (Vec<Token>, Vec<(u64, u64)>, Vec<u8>) {
    let bytes = text.as_bytes();
    let reader = words::WordReader::default();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut hashes = Vec::with_capacity(text.len() / 5);
    let mut shapes = Vec::with_capacity(text.len() / 5);
    // The quoted stretch a token may be inside: the first that does not end before it.
    let mut q = 0;
    let quote_at = |q: usize| quoted.get(q).map_or((usize::MAX, usize::MAX), |s| (s.start(), s.end()));
    let (mut quote_start, mut quote_end) = quote_at(0);
    for para in paragraphs {
        let first = tokens.len();
        let para_end = para.end();
        let mut at = para.start();
        while at < para_end {
            let start = at;
            let b = bytes[start];
            // An ASCII first byte is classed by one table lookup, after the white space test.
            let (ch, word) = if b.is_ascii() {
                if matches!(b, b'\t'..=b'\r' | b' ') {
                    at += 1;
                    continue;
                }
                at += 1;
                (char::from(b), WORD_BYTE[usize::from(b)] != 0)
            } else {
                let ch = char_at(text, start).unwrap_or(' ');
                at += ch.len_utf8();
                if is_whitespace(ch) {
                    continue;
                }
                (ch, is_alphanumeric(ch))
            };
            let mut end = at;
            // While the word is ASCII (and keeps no period), its hash in lower case is taken as it is
            // read (the state before its last `'` too, for a possessive `'s` left out of its span).
            let mut ascii = ch.is_ascii();
            let mut hash = fnv_step(FNV_OFFSET, b | 0x20);
            let mut before_apostrophe = hash;
            // The classes ([`WORD_BYTE`]) of the ASCII letters and digits read, and where the first
            // other character joined (or a period was kept): the word is plain up to there.
            let mut classes = WORD_BYTE[usize::from(b)];
            let mut plain_end = usize::MAX;
            if word {
                // True while every character joined outside the runs of ASCII letters and digits is
                // a digit or a comma (the runs' letters are in `classes`): "1,000" so far.
                let mut digits_so_far = ch.is_ascii_digit();
                while end < para_end {
                    // Most of a word is runs of ASCII letters and digits, which always join it.
                    let run_start = end;
                    // A walk over the paragraph's remaining bytes: its bounds stay in registers, and each
                    // byte's class is looked up once.
                    for &b in &bytes[end..para_end] {
                        let class = WORD_BYTE[usize::from(b)];
                        if class == 0 {
                            break;
                        }
                        hash = fnv_step(hash, b | 0x20);
                        classes |= class;
                        end += 1;
                    }
                    if end > run_start {
                        // ASCII other than the marks that may join two parts ends the word at once.
                        if bytes.get(end).is_some_and(|&b| b.is_ascii() && !matches!(b, b',' | b'\'' | b'-' | b'.')) {
                            break;
                        }
                        continue;
                    }
                    let c = char_at(text, end).unwrap_or(' ');
                    let after = end + c.len_utf8();
                    let joins = is_alphanumeric(c)
                        || match c {
                            // 1,000
                            ',' => {
                                digits_so_far
                                    && classes & LETTER == 0
                                    && text.as_bytes().get(after).is_some_and(u8::is_ascii_digit)
                            }
                            // I’m, cost-of-living, U.S., 1.5
                            '’' | '\'' | '-' | '.' => char_at(text, after).is_some_and(is_alphanumeric),
                            _ => false,
                        };
                    if !joins {
                        break;
                    }
                    if c == '\'' {
                        before_apostrophe = hash;
                    }
                    plain_end = plain_end.min(end);
                    // The ASCII marks that join a word (`,` `'` `-` `.`) are their own lower case.
                    ascii = ascii && c.is_ascii();
                    hash = fnv_step(hash, bytes[end]);
                    digits_so_far = digits_so_far && (c.is_ascii_digit() || c == ',');
                    end = after;
                }
                // Keep the period of an initial or an abbreviation: "J.", "Mr.", "U.S.".
                if end < para_end && text.as_bytes()[end] == b'.' {
                    let w = &text[start..end];
                    // "J." or an initialism such as "N.C." / "D.C.": single letters between periods.
                    let initial =
                        w.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase));
                    // An ASCII word's hash is at hand: the lists are looked up by it.
                    if initial || reader.is_abbreviation(if ascii { hash } else { words::word_hash(w) }) {
                        // A word keeping its period is read from its text ([`words::WordReader::read`]),
                        // which looks its lists up without the period: its hash here is not needed.
                        ascii = false;
                        plain_end = plain_end.min(end);
                        end += 1;
                    }
                }
                at = end;
            }
            let mut possessive = false;
            let mut span_end = end;
            // Only a word ending in `s` or `S` can be possessive.
            if word && matches!(text.as_bytes()[end - 1], b's' | b'S') {
                let w = &text[start..end];
                // "'s", "’s" or "’S" (the last byte is `s` or `S`), told by the byte before the `s`:
                // `'` or the last of `’` (a byte before the word, or none, leaves too short a word).
                let suffix = match bytes[end.saturating_sub(2)] {
                    b'\'' if bytes[end - 1] == b's' => "'s".len(),
                    0x99 if w.as_bytes()[..w.len() - 1].ends_with("’".as_bytes()) => "’s".len(),
                    _ => 0,
                };
                if suffix > 0 && w.len() > suffix {
                    span_end = end - suffix;
                    possessive = true;
                }
                if !possessive {
                    // Plural possessive: "voters’" — the mark is kept out of the word.
                    if end < para_end && text[end..].starts_with('’') {
                        let after = text[end + '’'.len_utf8()..].chars().next();
                        if w.ends_with('s') && !after.is_some_and(char::is_alphanumeric) {
                            possessive = true;
                        }
                    }
                }
            }
            let span = Span::new(start, span_end);
            let mut lex = 0;
            if word {
                // Only "'s" is left out of an ASCII word ("’s" is not ASCII).
                let hash = if span_end < end { before_apostrophe } else { hash };
                // An ASCII word is read as bytes: its ends need no check of character boundaries.
                // (A period ends a word only when it was kept, and such a word is read from its text.)
                let read = if ascii {
                    reader.read_hashed(&bytes[start..span_end], hash)
                } else {
                    reader.read(&text[start..span_end])
                };
                lex = read.lex;
                hashes.push((read.hash, read.stem));
                // WORD_BYTE is 0 for a first character that is not ASCII.
                let plain = WORD_BYTE[usize::from(b)] != 0 && span_end <= plain_end;
                let digit = if classes & DIGIT != 0 { shape::DIGIT } else { 0 };
                shapes.push(if plain { shape::PLAIN | digit } else { digit });
            } else {
                hashes.push((0, 0));
                shapes.push(0);
            }
            // Only a token past the stretch at hand moves on to the next one.
            if start >= quote_end {
                while q < quoted.len() && quoted[q].end() <= start {
                    q += 1;
                }
                (quote_start, quote_end) = quote_at(q);
            }
            let inside = quote_start <= start;
            tokens.push(Token {
                span,
                word,
                capital: word && is_uppercase(ch),
                quoted: inside,
                possessive,
                para_start: tokens.len() == first,
                lex,
                sentence_end: false,
            });
        }
    }
    (tokens, hashes, shapes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    #[test]
    fn words_abbreviations_and_possessives() {
        let text = "Mr. Trump’s U.S. team, 1,000 voters’ cost-of-living $1.5 J. Doe";
        let (toks, ..) = tokenize(text, &paragraphs(text), &[]);
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        assert_eq!(
            words,
            ["Mr.", "Trump", "U.S.", "team", ",", "1,000", "voters", "’", "cost-of-living", "$", "1.5", "J.", "Doe"]
        );
        assert!(toks[1].possessive);
        assert!(toks[6].possessive);
    }

    #[test]
    fn possessive_marks_are_left_out_of_the_word() {
        let text = "s Smith's NASA’S it’s 's DON'S";
        let (toks, ..) = tokenize(text, &paragraphs(text), &[]);
        let words: Vec<(&str, bool)> = toks.iter().map(|t| (t.text(text), t.possessive)).collect();
        assert_eq!(
            words,
            [
                ("s", false),
                ("Smith", true),
                ("NASA", true),
                ("it", true),
                ("'", false),
                ("s", false),
                ("DON'S", false)
            ]
        );
    }

    #[test]
    fn general_punctuation_is_no_letter_or_digit() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphanumeric(), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn quoted_flag() {
        let text = "“Yes,” he said.";
        let (toks, ..) = tokenize(text, &paragraphs(text), &[Span::new(0, 10)]);
        let flags: Vec<bool> = toks.iter().map(|t| t.quoted).collect();
        assert_eq!(flags, [true, true, true, true, false, false, false]);
    }
}
