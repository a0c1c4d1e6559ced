//! factmark finds direct quotes, who said them, and check-worthy factual claims in news text.
//!
//! The core is pure Rust with no JS types; `src/wasm/` exposes it to the browser and
//! `src/bin/factmark.rs` to the command line. Spans inside the core are UTF-8 byte ranges;
//! [`Report`] converts them once to UTF-16 code units for JS and JSON.
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

/// Declares the pipeline's stages: public modules with the `internals` feature (for the trainer,
/// the fuzz targets and the tests), private otherwise, so the public API stays what users need.
macro_rules! stages {
    ($($(#[$attr:meta])* mod $name:ident;)*) => {$(
        $(#[$attr])* #[cfg(feature = "internals")] pub mod $name;
        $(#[$attr])* #[cfg(not(feature = "internals"))] mod $name;
    )*};
}

stages! {
    mod claim;
    mod doc;
    mod evidence;
    // The trainer's half of the model (encode, quantize) is used only through `internals`.
    #[cfg_attr(not(feature = "internals"), allow(dead_code))]
    mod model;
    mod segment;
    mod quotes;
    // The page-text map serves the wasm layer's `highlight` (and its fuzz target).
    #[cfg(any(target_arch = "wasm32", feature = "internals"))]
    mod textmap;
    #[cfg(target_arch = "wasm32")]
    mod wasm;
}

mod case;
mod fast_hash;
pub mod report;
mod scan;
mod span;
mod words;

pub use claim::{Claim, ClaimKind};
pub use evidence::{Evidence, EvidenceKind};
pub use quotes::{Quote, QuoteKind, Speaker};
pub use report::Report;
pub use span::Span;
#[cfg(feature = "internals")]
pub use span::Utf16Table;

/// Everything found in one text, each list in text order.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Analysis {
    /// Quotations with their speakers.
    pub quotes: Vec<Quote>,
    /// The people quoted or cited, each once, named by the fullest form the text uses.
    pub speakers: Vec<Speaker>,
    /// Check-worthy claims scoring at least [`Options::min_score`].
    pub claims: Vec<Claim>,
}

/// Settings for [`analyze_with`]: start from [`Options::default`] and change what you need.
///
/// ```
/// let options = factmark::Options::default().with_min_score(0.8);
/// assert_eq!(options.min_score, 0.8);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Options {
    /// Claims scoring below this (0..=1) are left out. Default 0.5, the score from which the CLI, the
    /// JS API and the widget show a claim.
    pub min_score: f32,
}

impl Default for Options {
    fn default() -> Options {
        Options { min_score: claim::DEFAULT_MIN_SCORE }
    }
}

impl Options {
    /// These options with claims scoring below `min_score` left out (clamped to 0..=1; NaN keeps
    /// the current value).
    #[must_use]
    pub fn with_min_score(mut self, min_score: f32) -> Options {
        if !min_score.is_nan() {
            self.min_score = min_score.clamp(0.0, 1.0);
        }
        self
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
    let quotations = quotes::marks::find_quotations(text, &paragraphs);
    // The document is read once, its quoted stretches known; quotes and claims both read it.
    let doc = quotes::document(text, &paragraphs, &quotations);
    let (quotes, speakers) = quotes::attribute(&doc, quotations);
    let claims = claim::find_claims(&doc, &paragraphs, &quotes, options.min_score);
    Analysis { quotes, speakers, claims }
}
