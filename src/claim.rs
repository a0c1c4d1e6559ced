//! Check-worthy sentences: their evidence, claim kinds, score and speaker.

use crate::evidence::{find_evidence, Evidence, EvidenceKind};
use crate::model;
use crate::segment;
use crate::span::Span;
use crate::speaker::{Quote, QuoteKind};

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

/// Scores every sentence and keeps those at or above `min_score`, in text order.
pub fn find_claims(text: &str, paragraphs: &[Span], quotes: &[Quote], min_score: f32) -> Vec<Claim> {
    let mut claims = Vec::new();
    // Words inside a title or scare quote are not evidence: CBS News’ “60 Minutes”.
    let terms: Vec<Span> = quotes.iter().filter(|q| q.kind == QuoteKind::Term).map(|q| q.span).collect();
    for &para in paragraphs {
        for sentence in segment::sentences(text, para) {
            let (span, score, evidence) = best_reading(text, sentence, &terms);
            if score < min_score {
                continue;
            }
            let mut kinds: Vec<ClaimKind> = evidence.iter().map(|e| ClaimKind::of(e.kind)).collect();
            kinds.sort();
            kinds.dedup();
            if kinds.len() > 1 {
                kinds.retain(|k| *k != ClaimKind::Event);
            }
            claims.push(Claim { span, score, kinds, evidence, speaker: speaker_of(span, quotes) });
        }
    }
    claims
}

/// The sentence's score, or, in a long sentence, a clause's when a clause holding hard evidence
/// (a number, an amount, a comparison, a source, a vote, a rule) scores higher on its own: the claim
/// then is that clause.
fn best_reading(text: &str, sentence: Span, terms: &[Span]) -> (Span, f32, Vec<Evidence>) {
    let find = |span: Span| {
        let mut evidence = find_evidence(text, span);
        evidence.retain(|e| !terms.iter().any(|t| t.contains(e.span)));
        evidence
    };
    let evidence = find(sentence);
    let mut best = (sentence, model::score(sentence.slice(text), &evidence), evidence);
    let clauses = segment::clauses(text, sentence);
    if clauses.len() > 1 {
        for clause in clauses {
            let evidence = find(clause);
            if !evidence.iter().any(|e| e.kind.is_hard()) {
                continue;
            }
            let score = model::score(clause.slice(text), &evidence);
            if score > best.1 {
                best = (clause, score, evidence);
            }
        }
    }
    best
}

/// The speaker of the speech quote that holds most of the sentence.
fn speaker_of(sentence: Span, quotes: &[Quote]) -> Option<usize> {
    quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Speech)
        .filter_map(|q| {
            let inside: u32 =
                q.parts.iter().map(|p| p.end.min(sentence.end).saturating_sub(p.start.max(sentence.start))).sum();
            (inside * 2 > sentence.end - sentence.start).then_some(q.speaker).flatten()
        })
        .next()
}
