//! The browser binding: converts JS values to core calls and the report back, and paints pages.

mod highlight;

// For the wasm tests, which call them from Rust (JS reaches every export through wasm-bindgen).
#[cfg(feature = "internals")]
pub use highlight::{clear_js, highlight_js};

use wasm_bindgen::prelude::*;

use crate::report::Score;
use crate::{analyze_with, Options, Report};

/// The result's shape, declared once beside its writer (`report/types.d.ts`).
#[wasm_bindgen(typescript_custom_section)]
const RESULT_TYPES: &'static str = crate::report::TYPESCRIPT;

#[wasm_bindgen(typescript_custom_section)]
const OPTION_TYPES: &'static str = r#"
export interface AnalyzeOptions {
  /** Claims scoring below this are left out (0..1, default defaultMinScore()). */
  minScore?: number;
}
export interface HighlightOptions extends AnalyzeOptions {
  /** What to paint: "quotes", "claims" or both (default "quotes claims"). */
  show?: string;
  /** "marks" wraps text in <mark> elements even where the CSS Custom Highlight API exists. */
  mode?: "auto" | "marks";
}
export interface HighlightResult extends Analysis {
  /** The text read from the page; the offsets index it. */
  text: string;
  /** How the page was painted: "highlight" (CSS Custom Highlight API) or "marks" (<mark> elements). */
  mode: "highlight" | "marks";
}
"#;

/// Analyses an article. Offsets in the result are UTF-16 code units into `text`.
#[wasm_bindgen(js_name = analyze, unchecked_return_type = "Analysis")]
pub fn analyze_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    if let Some(js) = text.dyn_ref::<js_sys::JsString>() {
        check_length(js.length())?;
    }
    let text = text.as_string().ok_or_else(|| {
        JsError::new(&format!("analyze: expected the article text as a string, got {}", type_name(&text)))
    })?;
    let options = read_options(&options)?;
    let report = Report::new(&text, &analyze_with(&text, &options));
    to_js(&report.to_json(), "analyze")
}

/// The score from which a claim is shown when no `minScore` is given (0..1): the page's default
/// claim threshold.
#[wasm_bindgen(js_name = defaultMinScore)]
pub fn default_min_score() -> f64 {
    // Through the report's rounding, so 0.55 reads 0.55 in JS and not 0.550000011920929.
    f64::from(Score::new(Options::default().min_score).thousandths()) / 1000.0
}

/// Parses the JSON the report was written as into JS objects: one `JSON.parse` is faster than
/// building each object across the wasm boundary.
fn to_js(json: &str, caller: &str) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(json).map_err(|_| JsError::new(&format!("{caller}: could not build the result")))
}

/// The longest text analysed at once, in UTF-16 code units (about 16 million characters): beyond
/// it the analysis could need more memory than a browser tab gives, so it is refused up front.
pub const MAX_TEXT_UNITS: u32 = 16 << 20;

fn check_length(units: u32) -> Result<(), JsError> {
    if units > MAX_TEXT_UNITS {
        // Integers only: formatting a float would link the float printer (≈20 KB of wasm) for one message.
        return Err(JsError::new(&format!(
            "analyze: the text is {units} UTF-16 code units long; factmark analyses up to {MAX_TEXT_UNITS} \
             (about {} million characters) at a time",
            MAX_TEXT_UNITS >> 20
        )));
    }
    Ok(())
}

fn read_options(options: &JsValue) -> Result<Options, JsError> {
    let mut out = Options::default();
    if options.is_undefined() || options.is_null() {
        return Ok(out);
    }
    if !options.is_object() {
        return Err(JsError::new("analyze: options must be an object such as { minScore: 0.5 }"));
    }
    let min = js_sys::Reflect::get(options, &JsValue::from_str("minScore")).unwrap_or(JsValue::UNDEFINED);
    if !min.is_undefined() {
        let value = min.as_f64().filter(|v| (0.0..=1.0).contains(v));
        let value = value.ok_or_else(|| JsError::new("analyze: options.minScore must be a number from 0 to 1"))?;
        out = out.with_min_score(value as f32);
    }
    Ok(out)
}

fn type_name(value: &JsValue) -> String {
    value.js_typeof().as_string().map_or_else(
        || "a non-string".to_owned(),
        |t| {
            if value.is_null() {
                "null".to_owned()
            } else {
                t
            }
        },
    )
}
