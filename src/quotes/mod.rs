//! Quotes and who said them: quotation marks → quotations (marks), the verb or phrase attributing
//! each (cues), who it names (names), the speaker a reader would name (speakers), and reported
//! speech without quotation marks (reported).

mod cues;
pub mod marks;
mod names;
mod reported;
mod speakers;

pub use speakers::{attribute, Quote, QuoteKind, Speaker};
