//! The serialisable result in UTF-16 offsets: one shape for JS, the CLI and the evaluation.
//!
//! Offsets here are **UTF-16 code units** (what JS `String.prototype.slice` and DOM `Range` use),
//! not the bytes the core works in. They are converted once, by [`Report::new`].

mod json;

use serde::Serialize;

use crate::span::{Span, Utf16Table};
use crate::Analysis;

/// A range in UTF-16 code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Range16 {
    /// First code unit.
    pub start: u32,
    /// One past the last code unit.
    pub end: u32,
}

/// A quotation, as JS sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteReport {
    /// First code unit of the opening mark.
    pub start: u32,
    /// One past the closing mark.
    pub end: u32,
    /// Each contiguous quoted stretch, marks included.
    pub parts: Vec<Range16>,
    /// The quoted words without the marks.
    pub text: String,
    /// `"speech"`, `"term"` or `"indirect"`.
    pub kind: &'static str,
    /// Index into `speakers`.
    pub speaker: Option<usize>,
    /// The words naming the speaker near the quote.
    pub mention: Option<Range16>,
    /// The attribution verb or phrase.
    pub cue: Option<Range16>,
}

/// A speaker, as JS sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerReport {
    /// Fullest form of the name used in the text.
    pub name: String,
    /// Where the text names this speaker.
    pub mentions: Vec<Range16>,
}

/// One piece of evidence, as JS sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceReport {
    /// First code unit.
    pub start: u32,
    /// One past the last code unit.
    pub end: u32,
    /// `"money"`, `"percentage"`, `"date"`, `"source"`, …
    pub kind: &'static str,
}

/// A claim, as JS sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimReport {
    /// First code unit of the sentence.
    pub start: u32,
    /// One past its last code unit.
    pub end: u32,
    /// 0..=1; at least the requested minimum score.
    pub score: f32,
    /// `"quantity"`, `"comparison"`, `"causal"`, `"prediction"`, `"rules"`, `"attribution"`, `"voting"`, `"event"`.
    pub kinds: Vec<&'static str>,
    /// What makes it checkable.
    pub evidence: Vec<EvidenceReport>,
    /// Index into `speakers` when the claim is someone's quoted words.
    pub speaker: Option<usize>,
}

/// The whole result, as JS and JSON see it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Quotations in text order.
    pub quotes: Vec<QuoteReport>,
    /// Speakers in order of first mention.
    pub speakers: Vec<SpeakerReport>,
    /// Claims in text order.
    pub claims: Vec<ClaimReport>,
}

impl Report {
    /// Converts an analysis of `text` to UTF-16 offsets.
    pub fn new(text: &str, analysis: &Analysis) -> Report {
        let table = Utf16Table::new(text);
        let range = |span: Span| {
            let (start, end) = table.span(span);
            Range16 { start, end }
        };
        Report {
            quotes: analysis
                .quotes
                .iter()
                .map(|q| {
                    let whole = range(q.span);
                    QuoteReport {
                        start: whole.start,
                        end: whole.end,
                        parts: q.parts.iter().map(|&p| range(p)).collect(),
                        text: q.text(text),
                        kind: q.kind.as_str(),
                        speaker: q.speaker,
                        mention: q.mention.map(range),
                        cue: q.cue.map(range),
                    }
                })
                .collect(),
            speakers: analysis
                .speakers
                .iter()
                .map(|s| SpeakerReport {
                    name: s.name.clone(),
                    mentions: s.mentions.iter().map(|&m| range(m)).collect(),
                })
                .collect(),
            claims: analysis
                .claims
                .iter()
                .map(|c| {
                    let whole = range(c.span);
                    ClaimReport {
                        start: whole.start,
                        end: whole.end,
                        score: (c.score * 1000.0).round() / 1000.0,
                        kinds: c.kinds.iter().map(|k| k.as_str()).collect(),
                        evidence: c
                            .evidence
                            .iter()
                            .map(|e| {
                                let r = range(e.span);
                                EvidenceReport { start: r.start, end: r.end, kind: e.kind.as_str() }
                            })
                            .collect(),
                        speaker: c.speaker,
                    }
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_utf16() {
        let text = "👋 “Héllo there, friend,” she said.";
        let report = Report::new(text, &crate::analyze(text));
        let q = &report.quotes[0];
        let units: Vec<u16> = text.encode_utf16().collect();
        let quoted = String::from_utf16(&units[q.start as usize..q.end as usize]).unwrap();
        assert_eq!(quoted, "“Héllo there, friend,”");
        assert_eq!(q.text, "Héllo there, friend,");
    }
}
