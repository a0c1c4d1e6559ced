//! Check-worthy sentences: their evidence, claim kinds, score and speaker.

mod news;

use crate::doc::tokens::{Token, TokenRange};
use crate::doc::Doc;
use crate::evidence::{find_evidence_in, is_vague, Evidence, EvidenceKind, Starts};
use crate::model::{self, Reading};
use crate::segment;
use crate::span::Span;
use crate::quotes::{Quote, QuoteKind};

/// The kinds of claim, after Full Fact's claim types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ClaimKind {
    /// Numbers, amounts, percentages: "10% of voters", "$18 billion".
    Quantity,
    /// Comparisons and rankings: "the largest city", "more than doubled".
    Comparison,
    /// Cause and effect: "because of", "led to".
    Causal,
    /// Statements about the future: "will withhold funding".
    Prediction,
    /// Laws, regulations, customs: "it is customary for…", "illegal".
    Rules,
    /// A cited study, poll, report or official source: "exit polls found".
    Attribution,
    /// Votes and election results: "voted for Mamdani", "defeated Cuomo".
    Voting,
    /// A dated event: "announced Wednesday", "in 2016".
    Event,
}

impl ClaimKind {
    /// The name used in the result.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quantity => "quantity",
            ClaimKind::Comparison => "comparison",
            ClaimKind::Causal => "causal",
            ClaimKind::Prediction => "prediction",
            ClaimKind::Rules => "rules",
            ClaimKind::Attribution => "attribution",
            ClaimKind::Voting => "voting",
            ClaimKind::Event => "event",
        }
    }

    fn of(evidence: EvidenceKind) -> ClaimKind {
        match evidence {
            EvidenceKind::Money | EvidenceKind::Percentage | EvidenceKind::Quantity | EvidenceKind::Number => {
                ClaimKind::Quantity
            }
            EvidenceKind::Ordinal | EvidenceKind::Comparison => ClaimKind::Comparison,
            EvidenceKind::Cause => ClaimKind::Causal,
            EvidenceKind::Prediction => ClaimKind::Prediction,
            EvidenceKind::Rule => ClaimKind::Rules,
            EvidenceKind::Source => ClaimKind::Attribution,
            EvidenceKind::Voting => ClaimKind::Voting,
            EvidenceKind::Date => ClaimKind::Event,
        }
    }
}

/// A sentence worth checking.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Claim {
    /// The sentence.
    pub span: Span,
    /// Calibrated probability (0..=1) that a fact-checker would call it check-worthy.
    pub score: f32,
    /// What kind of claim it makes, from its evidence.
    pub kinds: Vec<ClaimKind>,
    /// The words that make it checkable.
    pub evidence: Vec<Evidence>,
    /// Index into [`crate::Analysis::speakers`] when the claim is quoted speech.
    pub speaker: Option<usize>,
}

/// The score from which a claim is shown by default ([`crate::Options::min_score`]): the CLI, the JS
/// API and the widget all start from it.
pub const DEFAULT_MIN_SCORE: f32 = 0.51;

/// Scores every sentence of `doc` (whose paragraphs are `paragraphs`) and keeps those at or above
/// `min_score`, in text order.
// Not inlined, so that a profile shows the claims stage as one function.
#[inline(never)]
pub fn find_claims(doc: &Doc, paragraphs: &[Span], quotes: &[Quote], min_score: f32) -> Vec<Claim> {
    find_claims_with(doc, paragraphs, quotes, min_score, &model::score)
}

/// [`find_claims`] with another scorer than the shipped model (the trainer's, while it chooses
/// settings): `score` gives a reading's score, and only its order matters here.
pub fn find_claims_with(
    doc: &Doc,
    paragraphs: &[Span],
    quotes: &[Quote],
    min_score: f32,
    score: &dyn Fn(&Reading) -> f32,
) -> Vec<Claim> {
    let text = doc.text;
    let quoted = Quoted::new(quotes);
    let mut claims = Vec::new();
    let mut scratch = Scratch::default();
    // Paragraphs and sentences are read in text order: their sentences and tokens are walked to.
    let mut next_sentence = 0;
    for (index, &para) in paragraphs.iter().enumerate() {
        if news::is_furniture(para.slice(text)) {
            continue;
        }
        let article = in_article(index);
        for &sentence in doc.sentences_in_order(para, &mut next_sentence) {
            let sentence = news::without_dateline(text, sentence);
            if sentence.is_empty() || news::is_link_line(sentence.slice(text)) {
                continue;
            }
            let score = best_reading(doc, sentence, article, &quoted, score, &mut scratch);
            if score < min_score {
                continue;
            }
            // The claim keeps the sentence's evidence; the next sentence fills a new buffer.
            let evidence = std::mem::take(&mut scratch.evidence);
            let mut kinds: Vec<ClaimKind> = evidence.iter().map(|e| ClaimKind::of(e.kind)).collect();
            kinds.sort_unstable();
            kinds.dedup();
            if kinds.len() > 1 {
                kinds.retain(|k| *k != ClaimKind::Event);
            }
            let speaker = quoted.speaker_of(sentence, &scratch.content);
            claims.push(Claim { span: sentence, score, kinds, evidence, speaker });
        }
    }
    claims
}

/// The buffers one sentence's reading fills, kept from sentence to sentence so that reading one
/// allocates nothing once they have grown.
#[derive(Debug, Default)]
struct Scratch {
    /// The sentence's evidence, and its quoted content ([`Quoted::content`]).
    evidence: Vec<Evidence>,
    content: Vec<Span>,
    /// A clause's evidence and content.
    clause_evidence: Vec<Evidence>,
    clause_content: Vec<Span>,
    /// The sentence's clauses, and the cuts they are found from.
    clauses: Vec<Span>,
    cuts: Vec<(usize, usize)>,
    /// Where the sentence's evidence patterns may match.
    starts: Starts,
    /// The first token after the sentence read last.
    next_token: usize,
}

/// The features of `span` of `text` as the claim finder reads them, given the text's quotes: for the
/// trainer, which learns from labelled spans.
#[cfg_attr(not(feature = "internals"), allow(dead_code))]
pub fn read_span<R>(doc: &Doc, paragraphs: &[Span], span: Span, quotes: &[Quote], f: impl FnOnce(&Reading) -> R) -> R {
    let quoted = Quoted::new(quotes);
    let (tokens, mut evidence) = (doc.tokens_in(span), Vec::new());
    quoted.evidence(doc, span, tokens, &mut Starts::default(), &mut evidence);
    let mut content = Vec::new();
    quoted.content(span, &mut content);
    let article = in_article(paragraphs.partition_point(|p| p.end() <= span.start()));
    f(&Reading { doc, span, tokens, evidence: &evidence, content: &content, article })
}

/// True when the paragraph at `index` is read as part of an article: every paragraph after the
/// first. It depends on nothing that follows, so appending text never changes an earlier claim.
pub fn in_article(index: usize) -> bool {
    index > 0
}

/// A content part of a quote: what was said, with who said it and where the quote's cue is.
#[derive(Debug, Clone, Copy)]
struct Part {
    span: Span,
    speaker: Option<usize>,
    cue: Option<Span>,
}

/// The quotes as claims read them: the terms (titles and scare quotes, whose words are not evidence)
/// and the parts of what was said, directly or reported, in text order.
#[derive(Debug)]
struct Quoted {
    terms: Vec<Span>,
    parts: Vec<Part>,
}

impl Quoted {
    fn new(quotes: &[Quote]) -> Quoted {
        // Words inside a title or scare quote are not evidence: CBS News’ “60 Minutes”.
        let terms = quotes.iter().filter(|q| q.kind == QuoteKind::Term).map(|q| q.span).collect();
        let mut parts: Vec<Part> = quotes
            .iter()
            .filter(|q| q.kind != QuoteKind::Term)
            .flat_map(|q| q.parts.iter().map(move |&span| Part { span, speaker: q.speaker, cue: q.cue }))
            .collect();
        parts.sort_unstable_by_key(|p| p.span.start);
        Quoted { terms, parts }
    }

    /// The parts that overlap `span`.
    fn within(&self, span: Span) -> &[Part] {
        let first = self.parts.partition_point(|p| p.span.end <= span.start);
        let len = self.parts[first..].iter().take_while(|p| p.span.start < span.end).count();
        &self.parts[first..first + len]
    }

    /// The evidence inside `span` of `doc` (whose tokens are `tokens`), less what lies inside a
    /// term, into `out`; `starts` is a buffer.
    fn evidence(&self, doc: &Doc, span: Span, tokens: TokenRange, starts: &mut Starts, evidence: &mut Vec<Evidence>) {
        find_evidence_in(doc, span, tokens, starts, evidence);
        let text = doc.text;
        // What looks like evidence and is not: "four words", "hundreds of years", a weekday alone.
        evidence.retain(|e| !is_vague(text, e));
        if self.terms.is_empty() {
            return;
        }
        // `terms` are in text order and do not overlap: only the last one starting before can hold it.
        evidence.retain(|e| {
            let i = self.terms.partition_point(|t| t.start <= e.span.start);
            !(i > 0 && self.terms[i - 1].contains(e.span))
        });
    }

    /// What was said inside `span`, to be read apart from its frame, into `out`: the parts of the
    /// quotes whose cue lies in `span` or that fill most of it. A phrase quoted in passing inside
    /// narration ("whom he again called a “communist,”") leaves the sentence the reporter's.
    fn content(&self, span: Span, out: &mut Vec<Span>) {
        out.clear();
        let within = self.within(span);
        if within.is_empty() {
            return;
        }
        let clipped = |p: &Part| Span::new(p.span.start().max(span.start()), p.span.end().min(span.end()));
        let inside: usize = within.iter().map(|p| clipped(p).len()).sum();
        let mostly = inside * 2 > span.len();
        out.extend(
            within
                .iter()
                .filter(|p| mostly || p.cue.is_some_and(|c| span.contains(c)))
                .map(clipped)
                .filter(|c| !c.is_empty()),
        );
    }

    /// The speaker of what `span` says, given its `content` ([`Quoted::content`]): the quote whose
    /// content it holds most of.
    fn speaker_of(&self, span: Span, content: &[Span]) -> Option<usize> {
        if content.is_empty() {
            return None;
        }
        let mut best: Option<(Option<usize>, usize)> = None;
        // Parts and content are both in text order: one walk through each, so a sentence of
        // thousands of quotes stays linear.
        let mut next = 0;
        for part in self.within(span) {
            while next < content.len() && content[next].end() <= part.span.start() {
                next += 1;
            }
            let share: usize = content[next..]
                .iter()
                .take_while(|c| c.start() < part.span.end())
                .filter(|c| part.span.contains(**c))
                .map(|c| c.len())
                .sum();
            if share > 0 && best.is_none_or(|(_, n)| share > n) {
                best = Some((part.speaker, share));
            }
        }
        best.and_then(|(s, _)| s)
    }
}

/// The sentence's score, or, in a long sentence, a clause's when a clause holding hard evidence
/// (a number, an amount, a comparison, a source, a vote, a rule) scores higher on its own. The claim
/// stays the whole sentence, with all its evidence: a clause does not say who claims it or of what.
/// By cross-validation the clause reading is a wash (average precision debates 0.731 with it, 0.734
/// without; news 0.649 either way); it stays for the amount deep in a long quoted sentence ("…
/// threatening $18 billion in infrastructure grants being withheld, that's not something…").
fn best_reading(
    doc: &Doc,
    sentence: Span,
    article: bool,
    quoted: &Quoted,
    score: &dyn Fn(&Reading) -> f32,
    scratch: &mut Scratch,
) -> f32 {
    let text = doc.text;
    let tokens = doc.tokens_in_order(sentence, scratch.next_token);
    scratch.next_token = tokens.end;
    quoted.evidence(doc, sentence, tokens, &mut scratch.starts, &mut scratch.evidence);
    quoted.content(sentence, &mut scratch.content);
    let (evidence, content) = (&scratch.evidence, &scratch.content);
    let mut best = score(&Reading { doc, span: sentence, tokens, evidence, content, article });
    clauses(doc, sentence, tokens, &mut scratch.cuts, &mut scratch.clauses);
    if scratch.clauses.len() > 1 {
        for &clause in &scratch.clauses {
            // A clause's evidence is the sentence's evidence that lies inside it (the evidence is
            // sorted and does not overlap: found by search, so a sentence of thousands of clauses
            // stays linear).
            let from = evidence.partition_point(|e| e.span.start() < clause.start());
            let inside = &mut scratch.clause_evidence;
            inside.clear();
            inside.extend(
                evidence[from..]
                    .iter()
                    .take_while(|e| e.span.start() < clause.end())
                    .filter(|e| clause.contains(e.span)),
            );
            if !inside.iter().any(|e| e.kind.is_hard()) || is_dependent(clause.slice(text)) {
                continue;
            }
            quoted.content(clause, &mut scratch.clause_content);
            // A clause's tokens are among its sentence's.
            let tokens = doc.tokens_in_order(clause, tokens.first);
            let (evidence, content) = (&scratch.clause_evidence, &scratch.clause_content);
            best = best.max(score(&Reading { doc, span: clause, tokens, evidence, content, article }));
        }
    }
    best
}

/// The clauses of `sentence` (whose tokens are `tokens`) into `out`, as [`segment::clauses`] finds
/// them (debug builds check it), its words counted and its cuts found from the tokens rather than
/// byte by byte: a word token after white space starts a word, and a comma (not after a digit),
/// semicolon, colon or dash token followed by white space is a cut. `cuts` is a buffer.
///
/// `sentence` starts where a token starts (as every sentence of the document does, its dateline
/// left out or not); it may end inside a word, whose first letter counts it all the same.
fn clauses(doc: &Doc, sentence: Span, tokens: TokenRange, cuts: &mut Vec<(usize, usize)>, out: &mut Vec<Span>) {
    clauses_from_tokens(doc, sentence, tokens, cuts, out);
    debug_assert_eq!(*out, segment::clauses(doc.text, sentence), "{}", sentence.slice(doc.text));
}

/// [`clauses`], read from the tokens.
fn clauses_from_tokens(doc: &Doc, sentence: Span, tokens: TokenRange, cuts: &mut Vec<(usize, usize)>, out: &mut Vec<Span>) {
    out.clear();
    cuts.clear();
    // Each word counted holds a word token: a sentence of few tokens is short whatever they are.
    if tokens.end - tokens.first <= segment::LONG_SENTENCE_WORDS {
        out.push(sentence);
        return;
    }
    let (text, slice) = (doc.text, sentence.slice(doc.text));
    let (mut words, mut counted) = (0, false);
    // Walked as a slice: one bounds check per sentence, not two per token.
    for &Token { span: token, word, .. } in &doc.tokens[tokens.first..tokens.end] {
        // Every byte between two tokens is white space, or a possessive's `’s` before it. (No
        // word is counted yet at the first token, so the byte before it is never asked.)
        if counted && space_before(text, token.start()) {
            counted = false;
        }
        if word {
            words += usize::from(!counted);
            counted = true;
            continue;
        }
        // A punctuation token is one character (so it never runs past the sentence's end).
        let (at, after) = (token.start() - sentence.start(), token.end() - sentence.start());
        if segment::is_clause_mark(slice.as_bytes(), at) && slice[after..].starts_with(char::is_whitespace) {
            cuts.push((after, words));
        }
    }
    segment::clauses_at_cuts(text, sentence, words, cuts, out);
}

/// True when the character before byte `at` (> 0) of `text` is white space.
fn space_before(text: &str, at: usize) -> bool {
    match text.as_bytes()[at - 1] {
        b if b.is_ascii() => matches!(b, b'\t'..=b'\r' | b' '),
        _ => text[..at].chars().next_back().is_some_and(char::is_whitespace),
    }
}

/// True when a clause opens with a word that makes it lean on the rest of its sentence ("because
/// that's who…", "which…"): read alone it would not say what is claimed of whom.
fn is_dependent(clause: &str) -> bool {
    let first = clause.trim_start_matches(|c: char| !c.is_alphanumeric()).split(|c: char| !c.is_alphanumeric());
    let first = first.take(1).next().unwrap_or("");
    ["because", "since", "although", "though", "whereas", "which", "who", "whom", "whose", "unless"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_that_lean_on_their_sentence_are_not_read_alone() {
        assert!(is_dependent("because that’s who the party elected as mayor of the largest city."));
        assert!(is_dependent("“Which cost $4 billion,"));
        assert!(!is_dependent("about cuts that we’ve seen, or threatening $18 billion in grants,"));
        assert!(!is_dependent("Becauseless words are fine"));
        assert!(!is_dependent(""));
    }

    /// The clauses read from tokens are those [`segment::clauses`] reads byte by byte.
    #[test]
    fn clauses_from_tokens_are_the_byte_rules() {
        let mut text = include_str!("../tests/golden/seed-article.txt").to_owned();
        for case in [
            "In 2016, 1,234 voters, most of them young, said – for the first time — that the plan, which cost $5, 6 or 7 billion; was a failure: it did not work, and nobody, not one of them, liked it at all.",
            "Trump’s plan, Mamdani’s answer ,and the city’s voters’ choice, as the mayor’s office put it; his aides’ view: a long and winding sentence that goes on, and on, and on past twenty-five words.",
            "Émilie Dupont-Aignan, l’élue, a dit : « non », puis\u{2009}— après une pause —\u{00A0}elle a continué, encore et encore, jusqu’à la fin, sans s’arrêter, pendant des heures, avec force.",
            "a , b , c , d , e , f , g , h , i , j , k , l , m , n , o , p , q , r , s , t , u , v , w , x , y , z , aa , bb",
            "x_y, 5,000, 3.5, U.S., N.C., J. Doe, well-known, rock'n'roll, can't, 1990s, 2.5million: one, two, three, four, five, six, seven, eight, nine, ten, eleven.",
        ] {
            text.push('\n');
            text.push_str(case);
        }
        let doc = crate::doc::tests::doc_of(&text);
        let (mut cuts, mut out) = (Vec::new(), Vec::new());
        let mut long = 0;
        for &sentence in doc.sentences_in(Span::new(0, text.len())) {
            let expected = segment::clauses(&text, sentence);
            long += usize::from(expected.len() > 1);
            clauses_from_tokens(&doc, sentence, doc.tokens_in(sentence), &mut cuts, &mut out);
            assert_eq!(out, expected, "{}", sentence.slice(&text));
            // A span may end inside a word.
            let end = (sentence.start() + 1..sentence.end()).rev().find(|&e| text.is_char_boundary(e));
            if let Some(end) = end {
                let cut = Span::new(sentence.start(), end);
                clauses_from_tokens(&doc, cut, doc.tokens_in(cut), &mut cuts, &mut out);
                assert_eq!(out, segment::clauses(&text, cut), "{}", cut.slice(&text));
            }
        }
        assert!(long >= 5, "{long} long sentences");
    }
}
