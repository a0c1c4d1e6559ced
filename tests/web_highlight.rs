//! `highlight` and `clear` on a real page in headless Chrome: ranges read back the quotes, inline
//! elements and paragraphs are handled, the DOM is identical after `clear` in both paint modes,
//! and painting again after an edit leaves no duplicates.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Node};

use factmark::wasm::{clear_js as clear, highlight_js as highlight};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element in the page holding `html` (test-authored markup).
fn fixture(html: &str) -> Element {
    let div = document().create_element("div").unwrap();
    div.set_inner_html(html);
    document().body().unwrap().append_child(&div).unwrap();
    div
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

/// The text of every range in the named highlight.
fn highlight_texts(name: &str) -> Vec<String> {
    let css = get(&js_sys::global(), "CSS");
    let h = Reflect::get(&get(&css, "highlights"), &JsValue::from_str("get"))
        .unwrap()
        .unchecked_into::<js_sys::Function>()
        .call1(&get(&css, "highlights"), &JsValue::from_str(name))
        .unwrap();
    if h.is_undefined() {
        return Vec::new();
    }
    Array::from(&h).iter().map(|r| r.unchecked_into::<web_sys::Range>().to_string().into()).collect()
}

/// Every node under `root` in order, to compare identities before and after.
fn all_nodes(root: &Node) -> Vec<Node> {
    let mut out = vec![root.clone()];
    let mut child = root.first_child();
    while let Some(c) = child {
        out.extend(all_nodes(&c));
        child = c.next_sibling();
    }
    out
}

const ARTICLE: &str = "<h2>Title</h2><p>“It is <em>fine</em>, <a href=\"#x\">really</a>,” Maria Lopez said. \
    She added that the plan would cut costs by 12% in 2025.</p><p>“I have <b>many</b> disagreements,” she continued.</p>\
    <script>var x = \"not text\";</script><p data-factmark-skip>“Skipped quote here,” nobody said.</p>";

#[wasm_bindgen_test]
fn ranges_read_back_quotes_across_inline_elements() {
    let root = fixture(ARTICLE);
    let result = highlight(&root, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&result, "mode").as_string().unwrap(), "highlight");
    let text = get(&result, "text").as_string().unwrap();
    assert!(text.contains("said. She added"), "{text}");
    assert!(text.contains("2025.\n“I have many"), "paragraphs stay apart: {text}");
    assert!(!text.contains("not text") && !text.contains("Skipped"), "{text}");
    let quotes = highlight_texts("factmark-speaker-0");
    assert!(quotes.contains(&"“It is fine, really,”".to_owned()), "{quotes:?}");
    assert!(quotes.contains(&"“I have many disagreements,”".to_owned()), "{quotes:?}");
    assert!(highlight_texts("factmark-evidence").contains(&"12%".to_owned()));
    let speakers = Array::from(&get(&result, "speakers"));
    assert_eq!(get(&speakers.get(0), "name").as_string().unwrap(), "Maria Lopez");
    clear(&root);
    assert!(highlight_texts("factmark-speaker-0").is_empty());
    root.remove();
}

#[wasm_bindgen_test]
fn clear_restores_the_dom_exactly_in_both_modes() {
    for mode in ["{}", "{\"mode\":\"marks\"}"] {
        let root = fixture(ARTICLE);
        let before_html = root.outer_html();
        let before_nodes = all_nodes(&root);
        let result = highlight(&root, options(mode)).unwrap();
        if mode.contains("marks") {
            assert_eq!(get(&result, "mode").as_string().unwrap(), "marks");
            let marks = root.query_selector_all("mark[data-factmark]").unwrap();
            assert!(marks.length() >= 4, "{} marks", marks.length());
            assert!(root.text_content().unwrap().contains("“It is fine, really,” Maria Lopez said."));
        }
        clear(&root);
        assert_eq!(root.outer_html(), before_html, "mode {mode}");
        let after_nodes = all_nodes(&root);
        assert_eq!(after_nodes.len(), before_nodes.len(), "mode {mode}");
        assert!(after_nodes.iter().zip(&before_nodes).all(|(a, b)| a == b), "the same node objects, mode {mode}");
        root.remove();
    }
}

#[wasm_bindgen_test]
fn marks_wrap_each_piece_with_its_classes() {
    let root = fixture(ARTICLE);
    highlight(&root, options("{\"mode\":\"marks\"}")).unwrap();
    let marks = root.query_selector_all("mark.factmark-speaker-0").unwrap();
    let joined: String = (0..marks.length()).map(|i| marks.get(i).unwrap().text_content().unwrap()).collect();
    assert!(joined.starts_with("“It is fine, really,”"), "{joined}");
    // The link still holds its text and stays a link.
    let link = root.query_selector("a").unwrap().unwrap();
    assert_eq!(link.text_content().unwrap(), "really");
    clear(&root);
    root.remove();
}

#[wasm_bindgen_test]
fn painting_again_after_an_edit_has_no_duplicates() {
    let root = fixture("<p>“First quote here,” Ana Ruiz said.</p>");
    highlight(&root, JsValue::UNDEFINED).unwrap();
    assert_eq!(highlight_texts("factmark-speaker-0"), ["“First quote here,”"]);
    let p = document().create_element("p").unwrap();
    p.set_text_content(Some("“Second quote now,” Ana Ruiz said."));
    root.append_child(&p).unwrap();
    let result = highlight(&root, JsValue::UNDEFINED).unwrap();
    assert_eq!(Array::from(&get(&result, "quotes")).length(), 2);
    assert_eq!(highlight_texts("factmark-speaker-0"), ["“First quote here,”", "“Second quote now,”"]);
    clear(&root);
    root.remove();
}

#[wasm_bindgen_test]
fn show_option_limits_what_is_painted() {
    let root = fixture(ARTICLE);
    highlight(&root, options("{\"show\":\"claims\"}")).unwrap();
    assert!(highlight_texts("factmark-speaker-0").is_empty());
    assert!(!highlight_texts("factmark-claim").is_empty() || !highlight_texts("factmark-claim-strong").is_empty());
    clear(&root);
    root.remove();
}

#[wasm_bindgen_test]
fn falls_back_to_marks_where_the_highlight_api_is_missing() {
    let css = get(&js_sys::global(), "CSS");
    let css_object: js_sys::Object = css.clone().unchecked_into();
    let descriptor = Reflect::get_own_property_descriptor(&css_object, &JsValue::from_str("highlights")).unwrap();
    let hidden = js_sys::Object::new();
    Reflect::set(&hidden, &JsValue::from_str("value"), &JsValue::UNDEFINED).unwrap();
    Reflect::set(&hidden, &JsValue::from_str("configurable"), &JsValue::TRUE).unwrap();
    let hid = Reflect::define_property(&css_object, &JsValue::from_str("highlights"), &hidden).unwrap();
    assert!(hid, "CSS.highlights could not be hidden for the test");
    let root = fixture(ARTICLE);
    let before = root.outer_html();
    let result = highlight(&root, JsValue::UNDEFINED);
    // Put the API back before asserting, so that a failure cannot leak into other tests.
    if descriptor.is_undefined() {
        Reflect::delete_property(&css_object, &JsValue::from_str("highlights")).unwrap();
    } else {
        Reflect::define_property(&css_object, &JsValue::from_str("highlights"), descriptor.unchecked_ref()).unwrap();
    }
    assert_eq!(get(&result.unwrap(), "mode").as_string().unwrap(), "marks");
    assert!(root.query_selector("mark.factmark-speaker-0").unwrap().is_some());
    clear(&root);
    assert_eq!(root.outer_html(), before);
    root.remove();
}

#[wasm_bindgen_test]
fn entities_emoji_cjk_and_rtl_map_back_exactly() {
    let root = fixture(
        "<p>“Caf&eacute; prices rose 👋🏽 &amp; שלום, 中文 too,” <i>Noa</i> Levi said.</p><p>「東京は晴れ」と田中さんが言った。</p>",
    );
    let result = highlight(&root, JsValue::UNDEFINED).unwrap();
    let text = get(&result, "text").as_string().unwrap();
    assert!(text.starts_with("“Café prices rose 👋🏽 & שלום, 中文 too,” Noa Levi said.\n"), "{text}");
    assert_eq!(highlight_texts("factmark-speaker-0"), ["“Café prices rose 👋🏽 & שלום, 中文 too,”"]);
    let speakers = Array::from(&get(&result, "speakers"));
    assert_eq!(get(&speakers.get(0), "name").as_string().unwrap(), "Noa Levi");
    clear(&root);
    root.remove();
}

/// One text node holding thousands of quotes, painted with marks: the classes of each piece come
/// from one sweep, not from every span of the node again (which hung the page on such a node).
#[wasm_bindgen_test]
fn marks_on_one_text_node_with_thousands_of_quotes() {
    let quotes = 12_000;
    let root = fixture("<p></p>");
    root.first_element_child().unwrap().set_text_content(Some(&"“Yes,” Maria Lopez said and ".repeat(quotes)));
    let before = root.inner_html();
    let result = highlight(&root, options("{\"mode\":\"marks\",\"show\":\"quotes\"}")).unwrap();
    assert_eq!(Array::from(&get(&result, "quotes")).length() as usize, quotes);
    let marks = root.query_selector_all("mark.factmark-speaker-0").unwrap();
    assert_eq!(marks.length() as usize, quotes);
    assert!((0..marks.length()).all(|i| marks.get(i).unwrap().text_content().unwrap() == "“Yes,”"));
    clear(&root);
    assert_eq!(root.inner_html(), before);
}
