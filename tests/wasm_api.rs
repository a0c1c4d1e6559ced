//! The JS-facing `analyze` as JS sees it: UTF-16 offsets that slice back exactly, options, errors.
//! Runs under `wasm-pack test --node` and, with WASM_BINDGEN_USE_BROWSER=1, in headless Chrome.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

use factmark::wasm::analyze_js;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("property")
}

fn num(v: &JsValue, key: &str) -> u32 {
    get(v, key).as_f64().expect("number") as u32
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_back_exactly_in_js() {
    let text = "🎉 Crowds cheered. “We did it 🚀, finally — ¡olé!” the coach said, beaming.";
    let result = analyze_js(JsValue::from_str(text), JsValue::UNDEFINED).unwrap();
    let quotes: Array = get(&result, "quotes").dyn_into().unwrap();
    assert_eq!(quotes.length(), 1);
    let q = quotes.get(0);
    let js = JsString::from(text);
    let sliced: String = js.slice(num(&q, "start"), num(&q, "end")).into();
    assert_eq!(sliced, "“We did it 🚀, finally — ¡olé!”");
    assert_eq!(get(&q, "text").as_string().unwrap(), "We did it 🚀, finally — ¡olé!");
    let mention = get(&q, "mention");
    let who: String = js.slice(num(&mention, "start"), num(&mention, "end")).into();
    assert_eq!(who, "the coach");
    let cue = get(&q, "cue");
    assert_eq!(String::from(js.slice(num(&cue, "start"), num(&cue, "end"))), "said");
    let speakers: Array = get(&result, "speakers").dyn_into().unwrap();
    assert_eq!(speakers.length(), 1);
}

#[wasm_bindgen_test]
fn nulls_are_null_not_undefined() {
    let result = analyze_js(JsValue::from_str("They called it “fake news” again."), JsValue::UNDEFINED).unwrap();
    let q = Array::from(&get(&result, "quotes")).get(0);
    assert_eq!(get(&q, "kind").as_string().unwrap(), "term");
    assert!(get(&q, "speaker").is_null());
    assert!(get(&q, "mention").is_null());
}

#[wasm_bindgen_test]
fn min_score_option_filters_claims() {
    let text = "NBC News exit polls found that 10% of voters backed him. The weather was nice.";
    let all = analyze_js(JsValue::from_str(text), js_sys::JSON::parse("{\"minScore\":0}").unwrap()).unwrap();
    let strict = analyze_js(JsValue::from_str(text), js_sys::JSON::parse("{\"minScore\":1}").unwrap()).unwrap();
    assert_eq!(Array::from(&get(&all, "claims")).length(), 2);
    assert_eq!(Array::from(&get(&strict, "claims")).length(), 0);
}

#[wasm_bindgen_test]
fn wrong_input_is_a_clear_error_and_the_module_stays_usable() {
    for bad in [JsValue::from_f64(42.0), JsValue::NULL, JsValue::UNDEFINED, js_sys::Object::new().into()] {
        let err = analyze_js(bad, JsValue::UNDEFINED).expect_err("an error");
        let message: String = JsValue::from(err).dyn_into::<js_sys::Error>().unwrap().message().into();
        assert!(message.contains("expected the article text as a string"), "{message}");
    }
    let bad_options = analyze_js(JsValue::from_str("text"), js_sys::JSON::parse("{\"minScore\":7}").unwrap());
    assert!(bad_options.is_err());
    assert!(analyze_js(JsValue::from_str("“Still working,” she said."), JsValue::UNDEFINED).is_ok());
}

#[wasm_bindgen_test]
fn a_text_too_long_is_refused_with_a_clear_error() {
    let long = JsString::from("a").repeat(factmark::wasm::MAX_TEXT_UNITS as i32 + 1);
    let err = analyze_js(long.into(), JsValue::UNDEFINED).expect_err("too long");
    let message: String = JsValue::from(err).dyn_into::<js_sys::Error>().unwrap().message().into();
    assert!(message.contains("million characters"), "{message}");
    assert!(analyze_js(JsValue::from_str("“Still here,” she said."), JsValue::UNDEFINED).is_ok());
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets_aligned_with_the_js_string() {
    // An unpaired high surrogate before the quote: it becomes U+FFFD inside, one code unit as in JS.
    let js = JsString::from_char_code1(0xD800).concat(&JsValue::from_str(" Ana Ruiz spoke. “Hi there,” she said."));
    let result = analyze_js(js.clone().into(), JsValue::UNDEFINED).unwrap();
    let q = Array::from(&get(&result, "quotes")).get(0);
    let sliced: String = js.slice(num(&q, "start"), num(&q, "end")).into();
    assert_eq!(sliced, "“Hi there,”");
}

#[wasm_bindgen_test]
fn default_min_score_is_the_threshold_analyze_uses_without_options() {
    let default = factmark::wasm::default_min_score();
    assert!((default - f64::from(factmark::Options::default().min_score)).abs() < 5e-4, "{default}");
    let text = "NBC News exit polls found that 10% of voters backed him. The weather was nice. It may rain.";
    let options = js_sys::JSON::parse(&format!("{{\"minScore\":{default}}}")).unwrap();
    let given = analyze_js(JsValue::from_str(text), options).unwrap();
    let implied = analyze_js(JsValue::from_str(text), JsValue::UNDEFINED).unwrap();
    assert_eq!(js_sys::JSON::stringify(&given).unwrap(), js_sys::JSON::stringify(&implied).unwrap());
    let all = analyze_js(JsValue::from_str(text), js_sys::JSON::parse("{\"minScore\":0}").unwrap()).unwrap();
    let scores: Vec<f64> =
        Array::from(&get(&all, "claims")).iter().map(|c| get(&c, "score").as_f64().unwrap()).collect();
    let shown = scores.iter().filter(|&&s| s >= default).count() as u32;
    assert_eq!(Array::from(&get(&implied, "claims")).length(), shown, "{scores:?}");
}
