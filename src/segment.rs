//! Paragraphs and sentences of news text (abbreviations, initials, decimals, quotes).

use crate::scan;
use crate::span::Span;
use crate::words;

/// The paragraphs of `text`: each non-blank line, trimmed of surrounding white space.
///
/// News text puts one paragraph on a line (often with blank lines between); `\r\n` and `\r` count as
/// line ends too.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    while let Some(end) = next_line_end(text.as_bytes(), start) {
        push_trimmed(text, start, end, &mut out);
        start = end + 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// The index of the next `\n` or `\r` in `bytes` at or after `from`: eight bytes at a step until a
/// step holds one, then byte by byte.
fn next_line_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(word) = scan::word_at(bytes, at) {
        if scan::has_any_byte(word, [b'\n', b'\r']) {
            break;
        }
        at += 8;
    }
    bytes[at..].iter().position(|&b| b == b'\n' || b == b'\r').map(|i| at + i)
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let line = &text[start..end];
    let trimmed = line.trim();
    if !trimmed.is_empty() {
        let lead = line.len() - line.trim_start().len();
        out.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}

/// Pushes the sentences of one paragraph onto `out`, as spans into `text`: the one sentence rule, applied once when
/// the document is read ([`crate::doc::Doc`]), whose sentences claims read and whose unquoted
/// sentence ends quote finding reads.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it) followed
/// by white space and a capital, digit or opening quote — unless the period closes an abbreviation
/// (`Nov.`, `U.S.`, `Mr.`) or an initial (`Donald J. Trump`).
pub fn sentences(text: &str, paragraph: Span, out: &mut Vec<Span>) {
    let para = paragraph.slice(text);
    let base = paragraph.start();
    let mut start = 0;
    let mut i = 0;
    while let Some(pos) = next_terminal(para, i) {
        let ch = para[pos..].chars().next().unwrap_or('.');
        // Take the whole run of terminal punctuation and closing marks.
        let mut j = pos + ch.len_utf8();
        let ellipsis = para[j..].starts_with('.');
        while let Some(c) = para[j..].chars().next().filter(|&c| is_terminal_or_closer(c)) {
            j += c.len_utf8();
        }
        let rest = &para[j..];
        if rest.starts_with(char::is_whitespace)
            && starts_sentence(rest)
            && !(ch == '.' && !ellipsis && period_is_not_final(para, pos))
        {
            out.push(Span::new(base + start, base + j));
            start = para.len() - rest.trim_start().len();
        }
        i = j;
    }
    if start < para.len() {
        out.push(Span::new(base + start, base + para.len()));
    }
}

/// The byte offset of the next `.`, `!`, `?` or `…` in `para` at or after `from`.
fn next_terminal(para: &str, from: usize) -> Option<usize> {
    let bytes = para.as_bytes();
    let mut i = from;
    // Eight bytes at a step past stretches holding none of `.` `!` `?` and `…`'s first byte.
    while let Some(word) = scan::word_at(bytes, i) {
        if scan::has_any_byte(word, [b'.', b'!', b'?', 0xE2]) {
            break;
        }
        i += 8;
    }
    while i < bytes.len() {
        match bytes[i] {
            b'.' | b'!' | b'?' => return Some(i),
            0xE2 if bytes[i..].starts_with("…".as_bytes()) => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// Counts the white-space separated words of `s` that hold a letter or digit.
pub(crate) fn word_count(s: &str) -> usize {
    let mut words = WordCounter::default();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        // As in `clauses`: the rest of a word already counted changes nothing.
        if words.counted && bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        i += words.read(s, i);
    }
    words.count
}

/// Counts words as [`word_count`] does, a character at a time.
#[derive(Debug, Default)]
struct WordCounter {
    count: usize,
    /// The current run of non-space characters has been counted.
    counted: bool,
}

impl WordCounter {
    /// Reads the character at byte `i` of `s`; its width in bytes.
    #[inline(always)]
    fn read(&mut self, s: &str, i: usize) -> usize {
        let bytes = s.as_bytes();
        let b = bytes[i];
        let (space, alphanumeric, width) = if b.is_ascii() {
            // Most bytes of news are ASCII letters: one table lookup each.
            let class = ASCII_CLASS[usize::from(b)];
            (class == SPACE, class == ALPHANUMERIC, 1)
        } else if b == 0xE2 && bytes.get(i + 1) == Some(&0x80) {
            // U+2000–U+203F (curly quotes, dashes, thin spaces): spaces or punctuation, never letters.
            let low = bytes.get(i + 2).map_or(0, |b| b & 0x3F);
            (low <= 0x0A || matches!(low, 0x28 | 0x29 | 0x2F), false, 3)
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.is_alphanumeric(), c.len_utf8())
        };
        if space {
            self.counted = false;
        } else if !self.counted && alphanumeric {
            self.count += 1;
            self.counted = true;
        }
        width
    }
}

const SPACE: u8 = 1;
const ALPHANUMERIC: u8 = 2;

/// What [`word_count`] asks of an ASCII byte: white space (with U+000B), a letter or digit, or neither.
static ASCII_CLASS: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_whitespace() || byte == 0x0B {
            SPACE
        } else if byte.is_ascii_alphanumeric() {
            ALPHANUMERIC
        } else {
            0
        };
        b += 1;
    }
    table
};

/// Sentences longer than this many words are also read clause by clause.
pub const LONG_SENTENCE_WORDS: usize = 25;

/// The fewest words a clause of a long sentence holds.
pub const MIN_CLAUSE_WORDS: usize = 8;

/// The clauses of a long sentence: stretches between commas, semicolons, colons and dashes, each
/// joined to the next until it holds at least [`MIN_CLAUSE_WORDS`] words. A sentence of up to
/// [`LONG_SENTENCE_WORDS`] words is its own only clause.
pub fn clauses(text: &str, sentence: Span) -> Vec<Span> {
    let slice = sentence.slice(text);
    let bytes = slice.as_bytes();
    // One pass: the words, and after each cut (a mark followed by white space; a comma not after a
    // digit) the words before it. Words never straddle a cut, so a stretch's words are a difference.
    let mut words = WordCounter::default();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < slice.len() {
        // The rest of a word already counted changes nothing: most bytes are passed over here.
        if words.counted && bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let width = words.read(slice, i);
        let mark = is_clause_mark(bytes, i);
        i += width;
        if mark && slice[i..].starts_with(char::is_whitespace) {
            cuts.push((i, words.count));
        }
    }
    let mut out = Vec::new();
    clauses_at_cuts(text, sentence, words.count, &mut cuts, &mut out);
    out
}

/// True when byte `i` of a sentence's `bytes` is a mark that may end a clause (when white space
/// follows it): a comma not after a digit, a semicolon, a colon, or a dash (— or –).
pub fn is_clause_mark(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b',' => i == 0 || !bytes[i - 1].is_ascii_digit(),
        b';' | b':' => true,
        // — and – (E2 80 94, E2 80 93)
        0xE2 => bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0x93 | 0x94)),
        _ => false,
    }
}

/// The clauses of `sentence` of `text` into `out`, given its `words` and its `cuts` (in order, the
/// byte offset into the sentence after each mark that may end a clause, and the words before it;
/// the sentence's end is added): each stretch between cuts joined to the next until it holds
/// [`MIN_CLAUSE_WORDS`], a short tail joined to the clause before it. A sentence of up to
/// [`LONG_SENTENCE_WORDS`] words is its own only clause.
pub fn clauses_at_cuts(text: &str, sentence: Span, words: usize, cuts: &mut Vec<(usize, usize)>, out: &mut Vec<Span>) {
    if words <= LONG_SENTENCE_WORDS {
        out.push(sentence);
        return;
    }
    let slice = sentence.slice(text);
    cuts.push((slice.len(), words));
    let mut start = 0;
    let mut words_before = 0;
    for &(cut, words_to_cut) in cuts.iter() {
        let piece_words = words_to_cut - words_before;
        if piece_words >= MIN_CLAUSE_WORDS || cut == slice.len() {
            let piece = &slice[start..cut];
            let lead = piece.len() - piece.trim_start().len();
            let span = Span::new(sentence.start() + start + lead, sentence.start() + cut);
            match out.last_mut() {
                // A short tail joins the clause before it.
                Some(last) if piece_words < MIN_CLAUSE_WORDS => *last = last.cover(span),
                _ => out.push(span),
            }
            start = cut;
            words_before = words_to_cut;
        }
    }
}

fn is_terminal_or_closer(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '”' | '"' | '’' | '\'' | ')' | ']' | '»' | '」' | '』')
}

/// True when the text after the white space starts like a new sentence: a capital, a letter of a
/// script without case (Hebrew, CJK), a digit, or an opening mark of any quotation family.
fn starts_sentence(rest: &str) -> bool {
    match rest.chars().find(|c| !c.is_whitespace()) {
        Some(c) => {
            c.is_alphabetic() && !c.is_lowercase()
                || c.is_ascii_digit()
                || matches!(c, '“' | '"' | '‘' | '\'' | '(' | '«' | '‹' | '„' | '‚' | '「' | '『' | '—' | '[')
        }
        None => false,
    }
}

/// True when the period at byte `pos` of `para` closes an abbreviation or an initial (an ellipsis
/// "..." is judged like any terminal run, so callers skip this for it).
fn period_is_not_final(para: &str, pos: usize) -> bool {
    let before = &para[..pos];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '"' | '‘' | '—'))
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // Capitals alone or joined by periods are initials: "Donald J. Trump", "Rep. G.K. Butterfield".
    if is_initials(word) {
        return true;
    }
    words::is_abbreviation(word)
}

/// True when `word` is one capital, or capitals each followed by a period but the last: "J", "G.K".
fn is_initials(word: &str) -> bool {
    let mut chars = word.chars();
    loop {
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_uppercase() => return true,
            (Some(c), Some('.')) if c.is_uppercase() => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for p in paragraphs(text) {
            sentences(text, p, &mut out);
        }
        out.into_iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn paragraphs_skip_blank_lines_and_handle_cr() {
        let text = "One.\r\n\r\n  Two. \rThree";
        let got: Vec<_> = paragraphs(text).into_iter().map(|p| p.slice(text)).collect();
        assert_eq!(got, ["One.", "Two.", "Three"]);
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        assert_eq!(
            split("Donald J. Trump won on Nov. 4 in the U.S. with 3.2% of $1.5 billion. Mr. Smith left."),
            ["Donald J. Trump won on Nov. 4 in the U.S. with 3.2% of $1.5 billion.", "Mr. Smith left."]
        );
    }

    #[test]
    fn initials_joined_by_periods_do_not_split() {
        assert_eq!(
            split("Rep. G.K. Butterfield (D-N.C.) spoke first. J.R.R. Tolkien did not."),
            ["Rep. G.K. Butterfield (D-N.C.) spoke first.", "J.R.R. Tolkien did not."]
        );
        assert!(is_initials("G.K") && is_initials("J") && is_initials("J.R.R"));
        assert!(!is_initials("GK") && !is_initials("G.k") && !is_initials("") && !is_initials("Go"));
    }

    #[test]
    fn quotes_and_question_marks() {
        assert_eq!(
            split("“I’m not concerned. I view it as a chance,” he said. Why? “Because.”"),
            ["“I’m not concerned.", "I view it as a chance,” he said.", "Why?", "“Because.”"]
        );
    }

    #[test]
    fn long_sentences_have_clauses() {
        let text = "But if the president wants to have a conversation about hurting New Yorkers, about cuts that we have seen, whether it be taking from the city budget or threatening $18 billion in grants being withheld, that is not something I will go along with.";
        let got: Vec<&str> = clauses(text, Span::new(0, text.len())).into_iter().map(|c| c.slice(text)).collect();
        assert_eq!(
            got,
            [
                "But if the president wants to have a conversation about hurting New Yorkers,",
                "about cuts that we have seen, whether it be taking from the city budget or threatening $18 billion in grants being withheld,",
                "that is not something I will go along with."
            ]
        );
        let short = "A short sentence, with a comma.";
        assert_eq!(clauses(short, Span::new(0, short.len())), [Span::new(0, short.len())]);
    }

    #[test]
    fn words_are_counted_across_scripts_and_spaces() {
        assert_eq!(word_count("“Yes,” he said — twice\u{2009}over"), 5);
        assert_eq!(word_count("東京 ’90s 1,000 — … Müller"), 4);
        // The fast path agrees with the general one on every character it covers.
        for code in 0x2000..=0x203F {
            let c = char::from_u32(code).unwrap();
            let expected = usize::from(c.is_alphanumeric());
            assert_eq!(word_count(&format!("{c}")), expected, "U+{code:04X}");
            assert_eq!(word_count(&format!("a{c}b")), if c.is_whitespace() { 2 } else { 1 }, "U+{code:04X}");
        }
    }

    #[test]
    fn lowercase_after_period_continues() {
        assert_eq!(split("It rose 5 p.m. on Friday. ok then"), ["It rose 5 p.m. on Friday. ok then"]);
    }
}
