//! The document read once: its tokens, and for each token its sentence and paragraph, with the
//! small queries every later stage asks (a word's text, punctuation, sentence ends).

pub mod tokens;

use crate::segment;
use crate::span::Span;
use tokens::{shape, tokenize, Token, TokenRange};

/// A text's tokens with their sentences and paragraphs, built once and read by every stage: quote
/// finding (cues, names, speakers, reported speech) and the claim model's words.
#[derive(Debug)]
pub struct Doc<'t> {
    /// Every token of the text, in order.
    pub tokens: Vec<Token>,
    /// The text the tokens index.
    pub text: &'t str,
    /// For each token, the first token of its unquoted sentence (computed once: the rules ask often)
    /// and the index of its paragraph: one list, one push per token.
    sentence_and_paragraph: Vec<(u32, u32)>,
    /// For each token, its word's [`word_hash`](crate::words::word_hash) and its stem's (0 for
    /// punctuation and for no stem): what the claim model reads of a word.
    hashes: Vec<(u64, u64)>,
    /// For each token, its [`shape`] bits.
    shapes: Vec<u8>,
    /// The sentences of every paragraph, in text order.
    sentences: Vec<Span>,
}

impl<'t> Doc<'t> {
    /// Reads `text`: the tokens of its `paragraphs`, those inside the quoted stretches `quoted`
    /// (in text order) marked as quoted, and each token's sentence and paragraph.
    #[cfg_attr(not(target_arch = "wasm32"), inline(never))]
    pub fn new(text: &'t str, paragraphs: &[Span], quoted: &[Span]) -> Doc<'t> {
        let (mut tokens, hashes, shapes) = tokenize(text, paragraphs, quoted);
        // One sentence rule for every stage: each sentence's last token is marked.
        let mut sentences = Vec::with_capacity(text.len() / 64);
        for &p in paragraphs {
            segment::sentences(text, p, &mut sentences);
        }
        let mut next = 0;
        for sentence in &sentences {
            while next < tokens.len() && tokens[next].span.start < sentence.end {
                next += 1;
            }
            if next > 0 && tokens[next - 1].span.start >= sentence.start {
                tokens[next - 1].sentence_end = true;
            }
        }
        let mut sentence_and_paragraph = Vec::with_capacity(tokens.len());
        let (mut start, mut paragraph) = (0u32, 0u32);
        // Each token read once: whether it ends a sentence is asked of it, not of the next token.
        for (i, t) in tokens.iter().enumerate() {
            if t.para_start {
                start = i as u32;
                paragraph += u32::from(i > 0);
            }
            sentence_and_paragraph.push((start, paragraph));
            // The next token starts a sentence after one that ends here.
            if t.ends_unquoted_sentence() {
                start = i as u32 + 1;
            }
        }
        Doc { sentence_and_paragraph, tokens, text, hashes, shapes, sentences }
    }

    /// True when the word at token `i` is in the word list `bit` (a [`lex`](crate::words::lex) bit).
    #[inline]
    pub fn is(&self, i: usize, bit: u16) -> bool {
        self.tokens[i].lex & bit != 0
    }

    /// The [`word_hash`](crate::words::word_hash) of the word at token `i` (0 for punctuation).
    #[inline]
    pub fn hash(&self, i: usize) -> u64 {
        self.hashes[i].0
    }

    /// The [`word_hash`](crate::words::word_hash) of the first
    /// [`STEM_CHARS`](crate::words::STEM_CHARS) characters of the word at token `i` when it has
    /// more; 0 otherwise.
    #[inline]
    pub fn stem(&self, i: usize) -> u64 {
        self.hashes[i].1
    }

    /// The plain words of the tokens `range` (words of ASCII letters and digits only,
    /// [`shape::PLAIN`]): each one's span and hash.
    #[inline]
    pub fn plain_words(&self, range: TokenRange) -> impl Iterator<Item = (Span, u64)> + '_ {
        let tokens = &self.tokens[range.first..range.end];
        let shapes = &self.shapes[range.first..range.end];
        let hashes = &self.hashes[range.first..range.end];
        (0..tokens.len()).filter(move |&i| shapes[i] & shape::PLAIN != 0).map(move |i| (tokens[i].span, hashes[i].0))
    }

    /// True when the token `i` holds an ASCII digit ([`shape::DIGIT`]).
    #[inline]
    pub fn has_digit(&self, i: usize) -> bool {
        self.shapes[i] & shape::DIGIT != 0
    }

    /// The tokens that start inside `span`: the first found by search, the rest by a walk over
    /// them (the callers read them all anyway).
    pub fn tokens_in(&self, span: Span) -> TokenRange {
        let first = self.tokens.partition_point(|t| t.span.start < span.start);
        let mut end = first;
        while end < self.tokens.len() && self.tokens[end].span.start < span.end {
            end += 1;
        }
        TokenRange { first, end }
    }

    /// [`Doc::tokens_in`] for spans read in text order: the search walks on from token `next`
    /// (0 at first, then the end this returned for the span before), so that reading every
    /// sentence walks the tokens about once.
    pub fn tokens_in_order(&self, span: Span, next: usize) -> TokenRange {
        let mut first = next.min(self.tokens.len());
        while first < self.tokens.len() && self.tokens[first].span.start < span.start {
            first += 1;
        }
        let mut end = first;
        while end < self.tokens.len() && self.tokens[end].span.start < span.end {
            end += 1;
        }
        TokenRange { first, end }
    }

    /// The byte span covering tokens `first..end` (`end > first`).
    pub fn span(&self, first: usize, end: usize) -> Span {
        self.tokens[first].span.cover(self.tokens[end - 1].span)
    }

    /// The index of the paragraph holding token `i`.
    #[inline]
    pub fn paragraph(&self, i: usize) -> usize {
        self.sentence_and_paragraph.get(i).map_or(0, |&(_, p)| p as usize)
    }

    /// The text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    /// True when token `i` is the punctuation `p`.
    #[inline]
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.tokens[i].is(self.text, p)
    }

    /// A sentence boundary outside quotes ends at token `i`: the end of a sentence, at punctuation
    /// that is not quoted ("“We won.” Then he left." is one unquoted sentence).
    #[inline]
    pub fn ends_sentence(&self, i: usize) -> bool {
        self.tokens[i].ends_unquoted_sentence()
    }

    /// The sentences of `paragraph` (one of the paragraphs the document was read with), found by
    /// search (the claim finder walks to them, [`Doc::sentences_in_order`]).
    #[cfg(test)]
    pub fn sentences_in(&self, paragraph: Span) -> &[Span] {
        let first = self.sentences.partition_point(|s| s.start < paragraph.start);
        let end = first + self.sentences[first..].partition_point(|s| s.end <= paragraph.end);
        &self.sentences[first..end]
    }

    /// The sentences of `paragraph` (one of the paragraphs the document was read with), for
    /// paragraphs read in text order: the search walks on from sentence `next` (0 at first), which
    /// is moved past the paragraph's sentences.
    pub fn sentences_in_order(&self, paragraph: Span, next: &mut usize) -> &[Span] {
        while *next < self.sentences.len() && self.sentences[*next].start < paragraph.start {
            *next += 1;
        }
        let first = *next;
        while *next < self.sentences.len() && self.sentences[*next].end <= paragraph.end {
            *next += 1;
        }
        &self.sentences[first..*next]
    }

    /// First token of the unquoted sentence holding token `i`.
    #[inline]
    pub fn sentence_start(&self, i: usize) -> usize {
        self.sentence_and_paragraph.get(i).map_or(0, |&(s, _)| s as usize)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::segment::paragraphs;
    use crate::words;

    /// The document of `text`, with its quotations found as analysis finds them.
    pub(crate) fn doc_of(text: &str) -> Doc<'_> {
        let paras = paragraphs(text);
        crate::quotes::document(text, &paras, &crate::quotes::marks::find_quotations(text, &paras))
    }

    /// The index of the first token reading `word`.
    pub(crate) fn at(doc: &Doc, word: &str) -> usize {
        (0..doc.tokens.len()).find(|&i| doc.word(i) == word).unwrap_or_else(|| panic!("no token {word:?}"))
    }

    #[test]
    fn word_tokens_read_as_any_word_reads() {
        let text = include_str!("../../tests/golden/seed-article.txt").to_owned()
            + " Mr. O’Neil’s U.S. cost-of-living 1,000 rock'n'roll ÉLYSÉE Straße МОСКВА J.R.R. Don't Smith's voters' Sen. said. Straight's"
            + " 3rd 2.5 Trump’s 1990s U_S ٣٤ 5% No.1 naïve 2,000,000 A1";
        let doc = doc_of(&text);
        for (i, t) in doc.tokens.iter().enumerate() {
            let read = if t.word { words::read_word(doc.word(i)) } else { words::WordRead { lex: 0, hash: 0, stem: 0 } };
            assert_eq!((t.lex, doc.hash(i), doc.stem(i)), (read.lex, read.hash, read.stem), "{}", doc.word(i));
            let w = doc.word(i);
            let plain = t.word && w.bytes().all(|b| b.is_ascii_alphanumeric());
            assert_eq!(doc.shapes[i] & shape::PLAIN != 0, plain, "{w}");
            assert_eq!(doc.has_digit(i), w.bytes().any(|b| b.is_ascii_digit()), "{w}");
        }
    }

    #[test]
    fn sentences_and_paragraphs_are_indexed_once() {
        let doc = doc_of("“Yes. No,” he said. She left.\nNext one.");
        // The period inside the quote ends no sentence; the one after "said" does.
        assert_eq!(doc.sentence_start(at(&doc, "said")), 0);
        assert_eq!(doc.sentence_start(at(&doc, "left")), at(&doc, "She"));
        assert_eq!(doc.paragraph(at(&doc, "Next")), 1);
        assert_eq!(doc.sentence_start(at(&doc, "one")), at(&doc, "Next"));
        assert_eq!(doc.span(at(&doc, "She"), at(&doc, "left") + 1).slice(doc.text), "She left");
    }

    #[test]
    fn one_sentence_rule_for_claims_and_quotes() {
        let doc = doc_of("He met Gen. Smith; they talked. “We won.” Then he left. Noa said. 「東京」");
        // Claims read the sentences; quote finding reads their ends outside quotes.
        let sentences: Vec<&str> = doc.sentences_in(Span::new(0, doc.text.len())).iter().map(|s| s.slice(doc.text)).collect();
        assert_eq!(sentences, ["He met Gen. Smith; they talked.", "“We won.”", "Then he left.", "Noa said.", "「東京」"]);
        assert_eq!(doc.sentence_start(at(&doc, "they")), 0);
        assert_eq!(doc.sentence_start(at(&doc, "Then")), at(&doc, "We") - 1);
        assert_eq!(doc.sentence_start(at(&doc, "東京")), at(&doc, "Noa") + 3);
    }

    #[test]
    fn spans_read_in_order_find_what_a_search_finds() {
        let text = include_str!("../../tests/golden/seed-article.txt");
        let doc = doc_of(text);
        let paragraphs = segment::paragraphs(text);
        let (mut next_sentence, mut next_token) = (0, 0);
        for (n, &paragraph) in paragraphs.iter().enumerate() {
            if n % 3 == 1 {
                continue; // Paragraphs passed over are walked past.
            }
            let sentences = doc.sentences_in_order(paragraph, &mut next_sentence);
            assert_eq!(sentences, doc.sentences_in(paragraph));
            for &sentence in sentences {
                let inner = Span::new(sentence.start() + 1, sentence.end());
                for span in [sentence, inner] {
                    let tokens = doc.tokens_in_order(span, next_token);
                    assert_eq!(tokens, doc.tokens_in(span), "{}", span.slice(text));
                }
                next_token = doc.tokens_in(sentence).end;
            }
        }
        assert!(next_sentence > 0 && next_token > 0);
    }

    #[test]
    fn a_period_before_a_lowercase_word_ends_no_sentence() {
        let doc = doc_of("He met Gen. smith today. Then he left.");
        assert!(!doc.ends_sentence(at(&doc, "Gen.") + 1) || doc.word(at(&doc, "Gen.") + 1) != ".");
        let today = at(&doc, "today");
        assert!(doc.ends_sentence(today + 1));
    }
}
