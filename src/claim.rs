//! Check-worthy sentences: their evidence, claim kinds, score and speaker.

use crate::evidence::{find_evidence, Evidence, EvidenceKind};
use crate::model;
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
pub const DEFAULT_MIN_SCORE: f32 = 0.5;

/// Scores every sentence and keeps those at or above `min_score`, in text order.
pub fn find_claims(text: &str, paragraphs: &[Span], quotes: &[Quote], min_score: f32) -> Vec<Claim> {
    let mut claims = Vec::new();
    // Words inside a title or scare quote are not evidence: CBS News’ “60 Minutes”.
    let terms: Vec<Span> = quotes.iter().filter(|q| q.kind == QuoteKind::Term).map(|q| q.span).collect();
    let mut speech_parts: Vec<(Span, Option<usize>)> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Speech)
        .flat_map(|q| q.parts.iter().map(move |&p| (p, q.speaker)))
        .collect();
    speech_parts.sort_unstable_by_key(|(p, _)| p.start);
    for &para in paragraphs {
        for sentence in segment::sentences(text, para) {
            let (span, score, evidence) = best_reading(text, sentence, &terms);
            if score < min_score {
                continue;
            }
            let mut kinds: Vec<ClaimKind> = evidence.iter().map(|e| ClaimKind::of(e.kind)).collect();
            kinds.sort_unstable();
            kinds.dedup();
            if kinds.len() > 1 {
                kinds.retain(|k| *k != ClaimKind::Event);
            }
            claims.push(Claim { span, score, kinds, evidence, speaker: speaker_of(span, &speech_parts) });
        }
    }
    claims
}

/// The sentence's score, or, in a long sentence, a clause's when a clause holding hard evidence
/// (a number, an amount, a comparison, a source, a vote, a rule) scores higher on its own: the claim
/// then is that clause.
fn best_reading(text: &str, sentence: Span, terms: &[Span]) -> (Span, f32, Vec<Evidence>) {
    let mut evidence = find_evidence(text, sentence);
    // `terms` are in text order and do not overlap: only the last one starting before can hold it.
    evidence.retain(|e| {
        let i = terms.partition_point(|t| t.start <= e.span.start);
        !(i > 0 && terms[i - 1].contains(e.span))
    });
    // A clause's evidence is the sentence's evidence that lies inside it.
    let find = |span: Span| -> Vec<Evidence> { evidence.iter().copied().filter(|e| span.contains(e.span)).collect() };
    let mut best = (sentence, model::score(sentence.slice(text), &evidence), evidence.clone());
    let clauses = segment::clauses(text, sentence);
    if clauses.len() > 1 {
        for clause in clauses {
            let evidence = find(clause);
            if !evidence.iter().any(|e| e.kind.is_hard()) || is_dependent(clause.slice(text)) {
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

/// True when a clause opens with a word that makes it lean on the rest of its sentence ("because
/// that's who…", "which…"): read alone it would not say what is claimed of whom.
fn is_dependent(clause: &str) -> bool {
    let first = clause.trim_start_matches(|c: char| !c.is_alphanumeric()).split(|c: char| !c.is_alphanumeric());
    let first = first.take(1).next().unwrap_or("");
    ["because", "since", "although", "though", "whereas", "which", "who", "whom", "whose", "unless"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
}

/// The speaker of the speech quote that holds most of the sentence. `parts` are the parts of the
/// speech quotes in text order, each with its quote's speaker.
fn speaker_of(sentence: Span, parts: &[(Span, Option<usize>)]) -> Option<usize> {
    let first = parts.partition_point(|(p, _)| p.end <= sentence.start);
    let mut inside: Vec<(Option<usize>, u32)> = Vec::new();
    for (part, speaker) in parts[first..].iter().take_while(|(p, _)| p.start < sentence.end) {
        let overlap = part.end.min(sentence.end).saturating_sub(part.start.max(sentence.start));
        match inside.iter_mut().find(|(s, _)| s == speaker) {
            Some((_, n)) => *n += overlap,
            None => inside.push((*speaker, overlap)),
        }
    }
    inside.into_iter().find(|&(_, n)| n * 2 > sentence.end - sentence.start).and_then(|(s, _)| s)
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
