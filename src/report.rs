//! The result in UTF-16 offsets, the one shape that JS, the CLI and the evaluation read.
//!
//! Offsets here are **UTF-16 code units** (what JS `String.prototype.slice` and DOM `Range` use),
//! not the bytes the core works in. They are converted once, by [`Report::new`]; scores are rounded
//! once, to thousandths, by [`Score`]. The JSON is written by [`Report::to_json`] (`report/json.rs`),
//! for the command line and the widget alike; `report/types.d.ts` declares the same shape for
//! TypeScript, and a test holds the two together.

mod json;

use std::fmt;

use crate::span::{Span, Utf16Table};
use crate::{Analysis, ClaimKind, EvidenceKind, QuoteKind};

/// The TypeScript declaration of what [`Report::to_json`] writes (shipped in `factmark.d.ts`).
// Read by the wasm layer's TypeScript section (which the dead-code lint does not see) and the tests.
#[allow(dead_code)]
pub(crate) const TYPESCRIPT: &str = include_str!("report/types.d.ts");

/// A range in UTF-16 code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Range16 {
    /// First code unit.
    pub start: u32,
    /// One past the last code unit.
    pub end: u32,
}

/// A claim's score, 0..=1, held in thousandths: rounded once when the report is made, so the JSON
/// and Rust read the same number.
///
/// ```
/// let text = "NBC News exit polls found that 10% of voters backed him.";
/// let analysis = factmark::analyze_with(text, &factmark::Options::default().with_min_score(0.0));
/// let score = factmark::Report::new(text, &analysis).claims[0].score;
/// assert_eq!(score.to_string().len(), "0.123".len());
/// assert_eq!(score.get(), f32::from(score.thousandths()) / 1000.0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Score(u16);

impl Score {
    /// The nearest thousandth to `p`, clamped to 0..=1 (NaN is 0).
    pub fn new(p: f32) -> Score {
        // Half away from zero, as `f32::round`, but by adding a half in f64 (exact for these values)
        // and flooring, which wasm does in one instruction where `round` links a function. `as`
        // saturates and maps NaN to 0.
        Score((f64::from(p.clamp(0.0, 1.0) * 1000.0) + 0.5).floor() as u16)
    }

    /// The score in thousandths, 0..=1000.
    pub fn thousandths(self) -> u16 {
        self.0
    }

    /// The score as a number from 0 to 1.
    pub fn get(self) -> f32 {
        f32::from(self.0) / 1000.0
    }
}

/// Three decimals, as in the JSON: `0.873`, `1.000` (integers only: no float printer).
impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:03}", self.0 / 1000, self.0 % 1000)
    }
}

/// A quotation, as JS sees it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct QuoteReport {
    /// First code unit of the opening mark.
    pub start: u32,
    /// One past the closing mark.
    pub end: u32,
    /// Each contiguous quoted stretch, marks included.
    pub parts: Vec<Range16>,
    /// The quoted words without the marks.
    pub text: String,
    /// Speech, term or reported speech; written `"speech"`, `"term"`, `"indirect"`.
    pub kind: QuoteKind,
    /// Index into `speakers`.
    pub speaker: Option<usize>,
    /// The words naming the speaker near the quote.
    pub mention: Option<Range16>,
    /// The attribution verb or phrase.
    pub cue: Option<Range16>,
}

/// A speaker, as JS sees it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SpeakerReport {
    /// Fullest form of the name used in the text.
    pub name: String,
    /// Where the text names this speaker.
    pub mentions: Vec<Range16>,
}

/// One piece of evidence, as JS sees it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EvidenceReport {
    /// First code unit.
    pub start: u32,
    /// One past the last code unit.
    pub end: u32,
    /// Money, percentage, date, source…; written by [`EvidenceKind::as_str`].
    pub kind: EvidenceKind,
}

/// A claim, as JS sees it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ClaimReport {
    /// First code unit of the sentence.
    pub start: u32,
    /// One past its last code unit.
    pub end: u32,
    /// At least the requested minimum score.
    pub score: Score,
    /// What kinds of claim it makes; written by [`ClaimKind::as_str`].
    pub kinds: Vec<ClaimKind>,
    /// What makes it checkable.
    pub evidence: Vec<EvidenceReport>,
    /// Index into `speakers` when the claim is someone's quoted words.
    pub speaker: Option<usize>,
}

/// The whole result in UTF-16 offsets, as JS and JSON see it.
///
/// ```
/// let text = "👋 “Héllo there,” she said.";
/// let report = factmark::Report::new(text, &factmark::analyze(text));
/// let units: Vec<u16> = text.encode_utf16().collect();
/// let q = &report.quotes[0];
/// assert_eq!(String::from_utf16_lossy(&units[q.start as usize..q.end as usize]), "“Héllo there,”");
/// assert!(report.to_json().starts_with("{\"quotes\":[{\"start\":3,"));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
        // Each list is in text order, so a cursor converts most offsets in a few steps.
        let mut cursor = table.cursor();
        let mut range = |span: Span| {
            let (start, end) = cursor.span(span);
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
                        kind: q.kind,
                        speaker: q.speaker,
                        mention: q.mention.map(&mut range),
                        cue: q.cue.map(&mut range),
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
                        score: Score::new(c.score),
                        kinds: c.kinds.clone(),
                        evidence: c
                            .evidence
                            .iter()
                            .map(|e| {
                                let r = range(e.span);
                                EvidenceReport { start: r.start, end: r.end, kind: e.kind }
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

    #[test]
    fn scores_round_to_the_nearest_thousandth_within_0_and_1() {
        let written = |p: f32| Score::new(p).to_string();
        assert_eq!(written(0.8734), "0.873");
        assert_eq!(written(0.8736), "0.874");
        assert_eq!(written(0.0004), "0.000");
        assert_eq!(written(1.0), "1.000");
        assert_eq!(written(7.0), "1.000");
        assert_eq!(written(-1.0), "0.000");
        assert_eq!(written(f32::NAN), "0.000");
        assert_eq!(Score::new(0.5).get(), 0.5);
        // As `f32::round` on every thousandth and half-thousandth and the floats around them.
        for k in 0..=2000u32 {
            let p = k as f32 / 2000.0;
            for bits in p.to_bits().saturating_sub(3)..=p.to_bits() + 3 {
                let p = f32::from_bits(bits);
                assert_eq!(Score::new(p).0, (p.clamp(0.0, 1.0) * 1000.0).round() as u16, "{p}");
            }
        }
    }
}
