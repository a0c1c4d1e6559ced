//! Quotes and who said them: quotation marks → quotations (marks), the verb or phrase attributing
//! each (cues), who it names (names), the speaker a reader would name (speakers), and reported
//! speech without quotation marks (reported).

mod cues;
pub mod marks;
mod names;
mod reported;
mod speakers;

pub use speakers::{attribute, Quote, QuoteKind, Speaker};

use crate::doc::Doc;
use crate::span::Span;
use marks::Quotation;

/// The document of `text`, its tokens inside `quotations` marked as quoted.
pub fn document<'t>(text: &'t str, paragraphs: &[Span], quotations: &[Quotation]) -> Doc<'t> {
    let mut parts: Vec<Span> = quotations.iter().flat_map(|q| q.parts.iter().copied()).collect();
    parts.sort_unstable();
    Doc::new(text, paragraphs, &parts)
}
