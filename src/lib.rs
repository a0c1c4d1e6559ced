//! factmark finds direct quotes, who said them, and check-worthy factual claims in news text.
//!
//! The core is pure Rust with no JS types; `src/wasm/` exposes it to the browser and
//! `src/bin/factmark.rs` to the command line. Spans inside the core are UTF-8 byte ranges;
//! [`report::Report`] converts them once to UTF-16 code units for JS and JSON.
//!
//! ```
//! let text = "“We’ll see how it goes,” White House press secretary Karoline Leavitt said.";
//! let analysis = factmark::analyze(text);
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.span.slice(text), "“We’ll see how it goes,”");
//! let speaker = &analysis.speakers[quote.speaker.unwrap()];
//! assert_eq!(speaker.name, "Karoline Leavitt");
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod case;
pub mod claim;
mod cue;
pub mod evidence;
mod fast_hash;
pub mod model;
pub mod quote;
pub mod report;
mod reported;
pub mod segment;
pub mod span;
pub mod speaker;
pub mod textmap;
mod token;
mod words;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use claim::{Claim, ClaimKind};
pub use evidence::{Evidence, EvidenceKind};
pub use report::Report;
pub use span::{Span, Utf16Table};
pub use speaker::{Quote, QuoteKind, Speaker};

/// Everything found in one text, each list in text order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// Quotations with their speakers.
    pub quotes: Vec<Quote>,
    /// The people quoted or cited, each once, named by the fullest form the text uses.
    pub speakers: Vec<Speaker>,
    /// Check-worthy claims scoring at least [`Options::min_score`].
    pub claims: Vec<Claim>,
}

/// Settings for [`analyze_with`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Claims scoring below this (0..=1) are left out. Default [`claim::DEFAULT_MIN_SCORE`].
    pub min_score: f32,
}

impl Default for Options {
    fn default() -> Options {
        Options { min_score: claim::DEFAULT_MIN_SCORE }
    }
}

/// Analyses `text` with the default [`Options`]. Never fails and never panics.
pub fn analyze(text: &str) -> Analysis {
    analyze_with(text, &Options::default())
}

/// Analyses `text`: quotes and speakers first, then claims (which use the speakers).
pub fn analyze_with(text: &str, options: &Options) -> Analysis {
    // Offsets are `u32`: a text of 4 GiB or more gives an empty analysis.
    if u32::try_from(text.len()).is_err() {
        return Analysis::default();
    }
    let paragraphs = segment::paragraphs(text);
    let quotations = quote::find_quotations(text, &paragraphs);
    let (quotes, speakers) = speaker::attribute(text, &paragraphs, quotations);
    let claims = claim::find_claims(text, &paragraphs, &quotes, options.min_score);
    Analysis { quotes, speakers, claims }
}
