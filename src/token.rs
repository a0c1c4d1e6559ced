//! Words and punctuation of a text with their spans, marked as inside or outside quotations.

use crate::span::Span;
use crate::words;

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
    /// The token starts a paragraph.
    pub para_start: bool,
}

impl Token {
    /// The token's text.
    pub fn text(self, text: &str) -> &str {
        self.span.slice(text)
    }

    /// True when this is the punctuation `p`.
    pub fn is(self, text: &str, p: &str) -> bool {
        !self.word && self.text(text) == p
    }
}

/// Splits `text` into tokens. `quoted` holds the quotations' parts in text order.
pub fn tokenize(text: &str, paragraphs: &[Span], quoted: &[Span]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut q = 0;
    for para in paragraphs {
        let first = tokens.len();
        let slice = para.slice(text);
        let mut iter = slice.char_indices().peekable();
        while let Some((offset, ch)) = iter.next() {
            let start = para.start() + offset;
            if ch.is_whitespace() {
                continue;
            }
            let mut end = start + ch.len_utf8();
            let word = ch.is_alphanumeric();
            if word {
                while let Some(&(o, c)) = iter.peek() {
                    let abs = para.start() + o;
                    let next = text[abs + c.len_utf8()..].chars().next();
                    let digits_so_far = text[start..abs].bytes().all(|b| b.is_ascii_digit() || b == b',');
                    let joins = c.is_alphanumeric()
                        || match c {
                            // 1,000
                            ',' => digits_so_far && next.is_some_and(|n| n.is_ascii_digit()),
                            // I’m, cost-of-living, U.S., 1.5
                            '’' | '\'' | '-' | '.' => next.is_some_and(char::is_alphanumeric),
                            _ => false,
                        };
                    if !joins {
                        break;
                    }
                    end = abs + c.len_utf8();
                    iter.next();
                }
                // Keep the period of an initial or an abbreviation: "J.", "Mr.", "U.S.".
                if let Some(&(o, '.')) = iter.peek() {
                    let w = &text[start..end];
                    // "J." or an initialism such as "N.C." / "D.C.": single letters between periods.
                    let initial =
                        w.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase));
                    if initial || words::is_abbreviation(w) {
                        end = para.start() + o + 1;
                        iter.next();
                    }
                }
            }
            let mut possessive = false;
            let mut span_end = end;
            if word {
                let w = &text[start..end];
                for suffix in ["’s", "'s", "’S"] {
                    if w.len() > suffix.len() && w.ends_with(suffix) {
                        span_end = end - suffix.len();
                        possessive = true;
                    }
                }
                if !possessive {
                    // Plural possessive: "voters’" — the mark is kept out of the word.
                    if let Some(&(_, '’')) = iter.peek() {
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
                capital: word && ch.is_uppercase(),
                quoted: inside,
                possessive,
                para_start: tokens.len() == first,
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
