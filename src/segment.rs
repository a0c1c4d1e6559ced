//! Paragraphs and sentences of news text (abbreviations, initials, decimals, quotes).

use crate::span::Span;
use crate::words;

/// The paragraphs of `text`: each non-blank line, trimmed of surrounding white space.
///
/// News text puts one paragraph on a line (often with blank lines between); `\r\n` and `\r` count as
/// line ends too.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' || b == b'\r' {
            push_trimmed(text, start, i, &mut out);
            start = i + 1;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let line = &text[start..end];
    let trimmed = line.trim();
    if !trimmed.is_empty() {
        let lead = line.len() - line.trim_start().len();
        out.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}

/// The sentences of one paragraph, as spans into `text`.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it) followed
/// by white space and a capital, digit or opening quote — unless the period closes an abbreviation
/// (`Nov.`, `U.S.`, `Mr.`) or an initial (`Donald J. Trump`).
pub fn sentences(text: &str, paragraph: Span) -> Vec<Span> {
    let para = paragraph.slice(text);
    let base = paragraph.start();
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, ch) = chars[i];
        if matches!(ch, '.' | '!' | '?' | '…') {
            // Take the whole run of terminal punctuation and closing marks.
            let mut j = i + 1;
            while j < chars.len() && is_terminal_or_closer(chars[j].1) {
                j += 1;
            }
            let end = chars.get(j).map_or(para.len(), |&(p, _)| p);
            if j < chars.len()
                && chars[j].1.is_whitespace()
                && starts_sentence(&chars[j..])
                && !(ch == '.' && period_is_not_final(para, pos, &chars[i..j]))
            {
                out.push(Span::new(base + start, base + end));
                let next = chars[j..].iter().find(|(_, c)| !c.is_whitespace()).map_or(para.len(), |&(p, _)| p);
                start = next;
                i = j;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < para.len() {
        out.push(Span::new(base + start, base + para.len()));
    }
    out
}

/// Sentences longer than this many words are also read clause by clause.
pub const LONG_SENTENCE_WORDS: usize = 25;

/// The fewest words a clause of a long sentence holds.
pub const MIN_CLAUSE_WORDS: usize = 8;

/// The clauses of a long sentence: stretches between commas, semicolons, colons and dashes, each
/// joined to the next until it holds at least [`MIN_CLAUSE_WORDS`] words. A sentence of up to
/// [`LONG_SENTENCE_WORDS`] words is its own only clause.
pub fn clauses(text: &str, sentence: Span) -> Vec<Span> {
    let slice = sentence.slice(text);
    let words = |s: &str| s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    if words(slice) <= LONG_SENTENCE_WORDS {
        return vec![sentence];
    }
    let mut out: Vec<Span> = Vec::new();
    let mut start = 0;
    let mut cuts: Vec<usize> = slice
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, ',' | ';' | ':' | '—' | '–')
                && slice[i + c.len_utf8()..].starts_with(char::is_whitespace)
                && !(c == ',' && slice[..i].ends_with(|d: char| d.is_ascii_digit()))
        })
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    cuts.push(slice.len());
    for cut in cuts {
        let piece = &slice[start..cut];
        if words(piece) >= MIN_CLAUSE_WORDS || cut == slice.len() {
            let lead = piece.len() - piece.trim_start().len();
            let span = Span::new(sentence.start() + start + lead, sentence.start() + cut);
            match out.last_mut() {
                // A short tail joins the clause before it.
                Some(last) if words(piece) < MIN_CLAUSE_WORDS => *last = last.cover(span),
                _ => out.push(span),
            }
            start = cut;
        }
    }
    out
}

fn is_terminal_or_closer(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '”' | '"' | '’' | '\'' | ')' | ']' | '»' | '」' | '』')
}

/// True when the text after the white space starts like a new sentence.
fn starts_sentence(rest: &[(usize, char)]) -> bool {
    match rest.iter().map(|&(_, c)| c).find(|c| !c.is_whitespace()) {
        Some(c) => {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '‘' | '\'' | '(' | '«' | '„' | '—' | '[')
        }
        None => false,
    }
}

/// True when the period at byte `pos` of `para` closes an abbreviation or an initial.
fn period_is_not_final(para: &str, pos: usize, run: &[(usize, char)]) -> bool {
    if run.len() > 1 && run[1].1 == '.' {
        return false; // "..." ellipsis is judged like any terminal run
    }
    let before = &para[..pos];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '"' | '‘' | '—'))
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // A single capital letter is an initial: "Donald J. Trump".
    let mut letters = word.chars();
    if let (Some(c), None) = (letters.next(), letters.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    words::is_abbreviation(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        paragraphs(text).into_iter().flat_map(|p| sentences(text, p)).map(|s| s.slice(text)).collect()
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
    fn lowercase_after_period_continues() {
        assert_eq!(split("It rose 5 p.m. on Friday. ok then"), ["It rose 5 p.m. on Friday. ok then"]);
    }
}
