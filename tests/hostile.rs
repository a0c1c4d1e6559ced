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

/// The size of the adversarial inputs: 1 MB natively, where a linear pass takes some tens of
/// milliseconds in release and a pass that looks back over the text for every unit takes minutes;
/// a quarter of it in wasm, whose tests run a debug build (and there a quadratic pass still hangs).
const HOSTILE_BYTES: usize = if cfg!(target_arch = "wasm32") { 1 << 18 } else { 1 << 20 };

/// `unit` repeated to [`HOSTILE_BYTES`], in one paragraph.
fn megabyte_of(unit: &str) -> String {
    unit.repeat(HOSTILE_BYTES / unit.len())
}

/// Every quote of `text` as (kind, quoted text with marks, mention).
fn quotes_of(text: &str) -> Vec<(QuoteKind, &str, Option<&str>)> {
    analyze(text).quotes.iter().map(|q| (q.kind, q.span.slice(text), q.mention.map(|m| m.slice(text)))).collect()
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_megabyte_of_straight_double_marks() {
    let text = megabyte_of("\"");
    let a = analyze(&text);
    // Pairs of marks with nothing between them quote nothing.
    assert!(a.quotes.is_empty() && a.claims.is_empty(), "{} quotes", a.quotes.len());
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_megabyte_of_straight_marks_between_letters() {
    let text = megabyte_of("x\"");
    let quotes = quotes_of(&text);
    // x"x"x"x": the marks pair up, each pair quoting one letter as a term.
    assert_eq!(quotes.len(), text.len() / 4);
    assert!(quotes.iter().all(|&(kind, quoted, _)| kind == QuoteKind::Term && quoted == "\"x\""));
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_megabyte_of_straight_single_marks() {
    let text = megabyte_of("'");
    // With no double-quoted speech, straight single marks at the top level are read as apostrophes.
    assert!(analyze(&text).quotes.is_empty());
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_megabyte_of_opening_curly_marks_after_letters() {
    let text = megabyte_of("“x");
    let quotes = quotes_of(&text);
    // “x“x“x: an opening mark after a word inside an open quote is a misused closer (“Hello,“).
    assert_eq!(quotes.len(), text.len() / "“x“x".len());
    assert!(quotes.iter().all(|&(kind, quoted, _)| kind == QuoteKind::Term && quoted == "“x“"));
}

/// A megabyte of `unit` in one paragraph, where no one is named: no quote gets a speaker, and each
/// keeps its own quoted words and its pronoun mention.
fn assert_unnamed_pronoun_cues(unit: &str, quoted: &str, pronoun: &str) {
    let text = megabyte_of(unit);
    let a = analyze(&text);
    assert!(a.speakers.is_empty());
    assert_eq!(a.quotes.len(), text.len() / unit.len());
    for q in &a.quotes {
        assert_eq!(
            (q.kind, q.span.slice(&text), q.mention.map(|m| m.slice(&text))),
            (QuoteKind::Speech, quoted, Some(pronoun))
        );
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_megabyte_paragraph_of_pronoun_cued_quotes_after_the_quote() {
    assert_unnamed_pronoun_cues("“It is fine,” he said. ", "“It is fine,”", "he");
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_megabyte_paragraph_of_pronoun_cued_quotes_before_the_quote() {
    assert_unnamed_pronoun_cues("He said, “It is fine.” She disagreed. ", "“It is fine.”", "He");
}

// The loops below once searched forwards or backwards without a bound of their own; each input
// keeps one of them busy for the whole text, and each would hang here if it went quadratic again.

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn half_a_megabyte_of_open_guillemets_then_unmatched_corner_brackets() {
    let half = HOSTILE_BYTES / 2;
    let text = megabyte_of("«").split_at(half).0.to_owned() + &megabyte_of("」")[..half / 3 * 3];
    let a = analyze(&text);
    // Nothing closes the guillemets: at most one quote, ended at the paragraph's end.
    assert!(a.quotes.len() <= 1, "{} quotes", a.quotes.len());
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn one_number_of_a_megabyte_of_digit_groups() {
    let text = format!("It cost 1{}.", megabyte_of(",000"));
    // Every sentence, whatever its score: a number is read with at most a sextillion's groups, so
    // the run is many numbers in one sentence.
    let a = factmark::analyze_with(&text, &factmark::Options::default().with_min_score(0.0));
    assert_eq!(a.claims.len(), 1);
    assert!(a.claims[0].evidence.len() > 1);
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_megabyte_sentence_of_clauses_with_evidence() {
    let text = megabyte_of("the council voted 5 times; ");
    let a = analyze(&text);
    assert_eq!(a.claims.len(), 1, "one sentence, one claim");
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_megabyte_of_first_names_sharing_one_surname() {
    let mut text = String::new();
    let mut i = 0;
    while text.len() < HOSTILE_BYTES {
        text.push_str(&format!("“Yes,” said Ann{i} Lee. "));
        i += 1;
    }
    let a = analyze(&text);
    assert_eq!(a.quotes.len(), i);
    assert!(a.quotes.iter().all(|q| q.speaker.is_some()));
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_megabyte_sentence_of_reported_clauses() {
    for unit in ["the plan will fail, he said, ", "according to him, ", "the plan will fail according to the mayor "] {
        let text = megabyte_of(unit);
        let a = analyze(&text);
        assert!(a.quotes.iter().all(|q| q.kind == QuoteKind::Indirect), "{unit}");
    }
}

/// Reported speech's own scans over one long sentence: headlines in title case, nouns of saying,
/// participles after "with", closing cues with a title and a time, what something was called,
/// subjects of a "who" clause, verbs that need a clause.
#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_megabyte_sentence_of_each_reported_pattern() {
    for unit in [
        "Aide Says Mayor Ignored Warnings ",
        "his claim that the plan works and ",
        "with most voters saying ",
        "the plan fails, Defense Secretary Ann Smith told a panel on Tuesday ",
        "they called the plan a ",
        "experts who say ",
        "she announced the ",
        "Nearly 40 percent said ",
        "the union endorsed the ",
        "she praised the plan, noting that ",
        "The mayor walked into City Hall and said ",
        "he declared the budget approved, ",
        "the mayor, a teacher, said ",
        "the mayor -- who ",
        "A: yes, it is. No.\n",
    ] {
        let text = megabyte_of(unit);
        let a = analyze(&text);
        assert!(a.quotes.iter().all(|q| text.get(q.span.start()..q.span.end()).is_some()), "{unit}");
    }
}

/// Inputs that keep the other open-ended scans busy (name runs, titles, cue and subject searches,
/// abbreviations, transcript labels, apostrophes, reporting verbs); all linear today.
#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn other_open_ended_scans_over_a_megabyte() {
    let name_run = megabyte_of("Ann ");
    let titles = megabyte_of("President ");
    let verbs = megabyte_of("said ");
    for (what, text) in [
        ("a name run after the cue", format!("“Yes,” said {name_run}")),
        ("a name run before the cue", format!("{name_run}said, “Yes.”")),
        ("titles before a pronoun cue", format!("{titles}“Yes,” he said.")),
        ("speech verbs after a quote", format!("“Yes.” {verbs}")),
        ("quotes with no cue and no sentence end", megabyte_of("“Yes” ")),
        ("abbreviations", megabyte_of("U.S. ")),
        ("initials without spaces", megabyte_of("a.")),
        ("transcript labels", megabyte_of("PENCE: “x\n")),
        ("apostrophes in words", megabyte_of("a’")),
        ("closing marks that open", megabyte_of(" ”x")),
        ("inches", megabyte_of("6'3\"")),
        ("reporting verbs with that", megabyte_of("he said that the plan works and ")),
        ("who-clauses", megabyte_of("Sanders, who said ")),
        ("parenthesised parties", megabyte_of("Paul (R-Ky.) said ")),
        ("qualified roles after a name", megabyte_of("Mayor Ann Lee spoke. “Yes,” the Ohio senator said. ")),
        ("noun phrases ending in speech words", megabyte_of("the very big comment “x” ")),
        ("surnames one letter apart", megabyte_of("Ann Abcdef spoke. “Yes,” Abcdeg said. ")),
        ("role words between names", format!("“Yes,” said {}", megabyte_of("Nova host Ann’s campaign manager "))),
        ("roles of another place", megabyte_of("Arizona Sen. Ann Lee spoke. “Yes,” the Vermont senator said. ")),
        ("a headline in capitals", format!("{}\n“Yes,” the mayor said.", megabyte_of("MAYOR STUNS COUNCIL "))),
        ("headlines and descriptions", megabyte_of("MAYOR WINS\n“Yes,” the mayor said. “No,” he said.\n")),
    ] {
        let a = analyze(&text);
        let report = Report::new(&text, &a);
        assert!(a.quotes.iter().all(|q| text.get(q.span.start()..q.span.end()).is_some()), "{what}");
        assert_eq!(report.quotes.len(), a.quotes.len(), "{what}");
    }
}
