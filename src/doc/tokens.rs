//! Tokens: the words and punctuation of a text with their spans, marked as inside or outside
//! quotations (one definition of a word for the quote stages).

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
    /// The word lists the word belongs to ([`crate::words::lex`] bits; 0 for punctuation), filled
    /// in when the document is read.
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

#[inline(always)]
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Splits `text` into tokens. `quoted` holds the quotations' parts in text order.
pub fn tokenize(text: &str, paragraphs: &[Span], quoted: &[Span]) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut q = 0;
    for para in paragraphs {
        let first = tokens.len();
        let para_end = para.end();
        let mut at = para.start();
        while at < para_end {
            let start = at;
            let ch = char_at(text, start).unwrap_or(' ');
            at += ch.len_utf8();
            if is_whitespace(ch) {
                continue;
            }
            let mut end = at;
            let word = is_alphanumeric(ch);
            if word {
                let mut digits_so_far = ch.is_ascii_digit();
                while end < para_end {
                    let c = char_at(text, end).unwrap_or(' ');
                    let after = end + c.len_utf8();
                    let joins = is_alphanumeric(c)
                        || match c {
                            // 1,000
                            ',' => digits_so_far && text.as_bytes().get(after).is_some_and(u8::is_ascii_digit),
                            // I’m, cost-of-living, U.S., 1.5
                            '’' | '\'' | '-' | '.' => char_at(text, after).is_some_and(is_alphanumeric),
                            _ => false,
                        };
                    if !joins {
                        break;
                    }
                    digits_so_far = digits_so_far && (c.is_ascii_digit() || c == ',');
                    end = after;
                }
                // Keep the period of an initial or an abbreviation: "J.", "Mr.", "U.S.".
                if end < para_end && text.as_bytes()[end] == b'.' {
                    let w = &text[start..end];
                    // "J." or an initialism such as "N.C." / "D.C.": single letters between periods.
                    let initial =
                        w.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase));
                    if initial || words::is_abbreviation(w) {
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
                for suffix in ["’s", "'s", "’S"] {
                    if w.len() > suffix.len() && w.ends_with(suffix) {
                        span_end = end - suffix.len();
                        possessive = true;
                    }
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
            while q < quoted.len() && quoted[q].end() <= start {
                q += 1;
            }
            let inside = q < quoted.len() && quoted[q].start() <= start;
            tokens.push(Token {
                span,
                word,
                capital: word && is_uppercase(ch),
                quoted: inside,
                possessive,
                para_start: tokens.len() == first,
                lex: 0,
                sentence_end: false,
            });
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    #[test]
    fn words_abbreviations_and_possessives() {
        let text = "Mr. Trump’s U.S. team, 1,000 voters’ cost-of-living $1.5 J. Doe";
        let toks = tokenize(text, &paragraphs(text), &[]);
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        assert_eq!(
            words,
            ["Mr.", "Trump", "U.S.", "team", ",", "1,000", "voters", "’", "cost-of-living", "$", "1.5", "J.", "Doe"]
        );
        assert!(toks[1].possessive);
        assert!(toks[6].possessive);
    }

    #[test]
    fn quoted_flag() {
        let text = "“Yes,” he said.";
        let toks = tokenize(text, &paragraphs(text), &[Span::new(0, 10)]);
        let flags: Vec<bool> = toks.iter().map(|t| t.quoted).collect();
        assert_eq!(flags, [true, true, true, true, false, false, false]);
    }
}
