//! Hostile and unusual input: each gives a sensible result (or an empty one) without a panic, a
//! hang or lost text. Times are not asserted here; `scripts/bench.sh` measures them.

use factmark::{analyze, QuoteKind, Report};

fn speech(text: &str) -> Vec<String> {
    analyze(text).quotes.iter().filter(|q| q.kind == QuoteKind::Speech).map(|q| q.span.slice(text).to_owned()).collect()
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn empty_and_blank_text() {
    for text in ["", " ", "\n\n\n", "\t \r\n \u{a0}\u{2028}"] {
        let a = analyze(text);
        assert!(a.quotes.is_empty() && a.speakers.is_empty() && a.claims.is_empty(), "{text:?}");
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn unmatched_marks_end_with_their_paragraph() {
    let text = format!("{}\nNext paragraph: “A real quote,” she said.", "“".repeat(100_000));
    let a = analyze(&text);
    // The stray marks hold no words, so they are no quote; the next paragraph is read normally.
    assert_eq!(speech(&text), ["“A real quote,”"]);
    assert!(a.quotes.iter().all(|q| !q.span.slice(&text).contains('\n')));
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn control_characters_and_nul() {
    let text = "“We\u{0} won,\u{7}” the mayor\u{1b} said.\u{0}\u{0}";
    let a = analyze(text);
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].span.slice(text), "“We\u{0} won,\u{7}”");
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn rtl_cjk_emoji_and_combining_marks() {
    let text = "“שלום עולם 👋🏽, café e\u{301}, 中文 works,” Noa Levi said. 「東京は晴れ」と田中さんが言った。";
    let report = Report::new(text, &analyze(text));
    let units: Vec<u16> = text.encode_utf16().collect();
    let q = &report.quotes[0];
    assert_eq!(
        String::from_utf16(&units[q.start as usize..q.end as usize]).unwrap(),
        "“שלום עולם 👋🏽, café e\u{301}, 中文 works,”"
    );
    assert_eq!(report.speakers[q.speaker.unwrap()].name, "Noa Levi");
    assert!(report.quotes.iter().any(|q| q.text == "東京は晴れ"));
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn crlf_and_cr_line_ends_are_paragraphs() {
    for sep in ["\r\n", "\r", "\n", "\r\n\r\n"] {
        let text = format!("“First part,” Ana Ruiz said.{sep}“Second part,” Ben Ode said.");
        let a = analyze(&text);
        let names: Vec<&str> = a.quotes.iter().map(|q| a.speakers[q.speaker.unwrap()].name.as_str()).collect();
        assert_eq!(names, ["Ana Ruiz", "Ben Ode"], "{sep:?}");
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn html_markup_in_pasted_text_is_just_text() {
    let text = "<p>“It is <b>bold</b>,” <a href=\"x\">Ana Ruiz</a> said.</p><script>alert(1)</script>";
    let a = analyze(text);
    // The markup stays in the text; nothing is interpreted, offsets still slice the input.
    assert!(a.quotes.iter().any(|q| q.span.slice(text) == "“It is <b>bold</b>,”"));
    assert!(a.quotes.iter().all(|q| text.get(q.span.start()..q.span.end()).is_some()));
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_million_speech_verbs_and_one_long_paragraph() {
    let verbs = "said told added noted ".repeat(50_000);
    let a = analyze(&verbs);
    assert!(a.quotes.is_empty());
    let long = "“Yes,” he said and ".repeat(20_000);
    let a = analyze(&long);
    assert!(a.quotes.len() >= 20_000 / 2, "{} quotes", a.quotes.len());
}

/// Ten megabytes of news-like text in one go (native only: a debug wasm build would be slow).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn ten_megabytes() {
    let seed = include_str!("golden/seed-article.txt");
    let mut text = String::new();
    while text.len() < 10 << 20 {
        text.push_str(seed);
        text.push('\n');
    }
    let copies = text.len() / (seed.len() + 1);
    let a = analyze(&text);
    let per_copy = analyze(seed).quotes.len();
    assert_eq!(a.quotes.len(), per_copy * copies);
    let report = Report::new(&text, &a);
    assert_eq!(report.quotes.len(), a.quotes.len());
}

/// 1 MB with no sentence end and no line break.
#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn no_sentence_ends() {
    let text = "and the council voted for the plan ".repeat(30_000);
    let a = analyze(&text);
    assert!(a.claims.len() <= 1 + text.len() / 100);
}
