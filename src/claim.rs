//! Check-worthy sentences: their evidence, claim kinds, score and speaker.

mod news;

use crate::doc::Doc;
use crate::evidence::{find_evidence, is_vague, Evidence, EvidenceKind};
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
    for (index, &para) in paragraphs.iter().enumerate() {
        if news::is_furniture(para.slice(text)) {
            continue;
        }
        let article = in_article(index);
        for &sentence in doc.sentences_in(para) {
            let sentence = news::without_dateline(text, sentence);
            if sentence.is_empty() || news::is_link_line(sentence.slice(text)) {
                continue;
            }
            let (span, score, evidence) = best_reading(doc, sentence, article, &quoted, score);
            if score < min_score {
                continue;
            }
            let mut kinds: Vec<ClaimKind> = evidence.iter().map(|e| ClaimKind::of(e.kind)).collect();
            kinds.sort_unstable();
            kinds.dedup();
            if kinds.len() > 1 {
                kinds.retain(|k| *k != ClaimKind::Event);
            }
            claims.push(Claim { span, score, kinds, evidence, speaker: quoted.speaker_of(span) });
        }
    }
    claims
}

/// The features of `span` of `text` as the claim finder reads them, given the text's quotes: for the
/// trainer, which learns from labelled spans.
#[cfg_attr(not(feature = "internals"), allow(dead_code))]
pub fn read_span<R>(doc: &Doc, paragraphs: &[Span], span: Span, quotes: &[Quote], f: impl FnOnce(&Reading) -> R) -> R {
    let quoted = Quoted::new(quotes);
    let evidence = quoted.evidence(doc.text, span);
    let content = quoted.content(span);
    let article = in_article(paragraphs.partition_point(|p| p.end() <= span.start()));
    f(&Reading { doc, span, tokens: doc.tokens_in(span), evidence: &evidence, content: &content, article })
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
    fn within(&self, span: Span) -> impl Iterator<Item = &Part> {
        let first = self.parts.partition_point(|p| p.span.end <= span.start);
        self.parts[first..].iter().take_while(move |p| p.span.start < span.end)
    }

    /// The evidence inside `span`, less what lies inside a term.
    fn evidence(&self, text: &str, span: Span) -> Vec<Evidence> {
        let mut evidence = find_evidence(text, span);
        // What looks like evidence and is not: "four words", "hundreds of years", a weekday alone.
        evidence.retain(|e| !is_vague(text, e));
        // `terms` are in text order and do not overlap: only the last one starting before can hold it.
        evidence.retain(|e| {
            let i = self.terms.partition_point(|t| t.start <= e.span.start);
            !(i > 0 && self.terms[i - 1].contains(e.span))
        });
        evidence
    }

    /// What was said inside `span`, to be read apart from its frame: the parts of the quotes whose
    /// cue lies in `span` or that fill most of it. A phrase quoted in passing inside narration
    /// ("whom he again called a “communist,”") leaves the sentence the reporter's.
    fn content(&self, span: Span) -> Vec<Span> {
        let clipped = |p: &Part| Span::new(p.span.start().max(span.start()), p.span.end().min(span.end()));
        let inside: usize = self.within(span).map(|p| clipped(p).len()).sum();
        let mostly = inside * 2 > span.len();
        self.within(span)
            .filter(|p| mostly || p.cue.is_some_and(|c| span.contains(c)))
            .map(clipped)
            .filter(|c| !c.is_empty())
            .collect()
    }

    /// The speaker of what `span` says: the quote whose content it holds most of, when that content
    /// is what the span claims (see [`Quoted::content`]).
    fn speaker_of(&self, span: Span) -> Option<usize> {
        let content = self.content(span);
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
) -> (Span, f32, Vec<Evidence>) {
    let text = doc.text;
    let evidence = quoted.evidence(text, sentence);
    let content = quoted.content(sentence);
    let tokens = doc.tokens_in(sentence);
    let reading = Reading { doc, span: sentence, tokens, evidence: &evidence, content: &content, article };
    let mut best = score(&reading);
    let clauses = segment::clauses(text, sentence);
    if clauses.len() > 1 {
        for clause in clauses {
            // A clause's evidence is the sentence's evidence that lies inside it (the evidence is
            // sorted and does not overlap: found by search, so a sentence of thousands of clauses
            // stays linear).
            let from = evidence.partition_point(|e| e.span.start() < clause.start());
            let inside: Vec<Evidence> = evidence[from..]
                .iter()
                .take_while(|e| e.span.start() < clause.end())
                .copied()
                .filter(|e| clause.contains(e.span))
                .collect();
            if !inside.iter().any(|e| e.kind.is_hard()) || is_dependent(clause.slice(text)) {
                continue;
            }
            let content = quoted.content(clause);
            let tokens = doc.tokens_in(clause);
            best = best.max(score(&Reading { doc, span: clause, tokens, evidence: &inside, content: &content, article }));
        }
    }
    (sentence, best, evidence)
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
}
