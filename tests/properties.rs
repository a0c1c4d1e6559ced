//! Property tests of the invariants every analysis keeps, over generated news-like text full of
//! quotation marks, apostrophes, speech verbs, numbers and non-ASCII characters.
#![cfg(not(target_arch = "wasm32"))]

use factmark::{analyze, Analysis, Report, Span};
use proptest::prelude::*;

/// Pieces that exercise the quote, cue, sentence and evidence rules.
fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        "「",
        "」",
        "『",
        "』",
        " said",
        " he",
        " she",
        " told reporters",
        ",",
        ".",
        "!",
        "?",
        ":",
        ";",
        " —",
        " Trump",
        " Donald J. Trump",
        " Mr.",
        " Nov. 4",
        " $18 billion",
        " 10%",
        " the president",
        " according to",
        " voters’",
        " I’m",
        " rock ’n’ roll",
        " the ’90s",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        " ",
        "👋",
        "中文",
        "e\u{301}",
        "שלום",
        "\u{0}",
        "\u{7}",
        "\u{a0}",
        " because",
        " largest",
        " will",
        "<b>",
        "</b>",
        " WALLACE:",
        " (R-Utah)",
        "…",
        " 6'3\"",
        " id=\"7\"",
        "\u{2028}",
        "\u{feff}",
    ])
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|v| v.concat())
}

fn inside(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end() <= text.len()
        && text.is_char_boundary(span.start())
        && text.is_char_boundary(span.end())
}

fn check_invariants(text: &str, a: &Analysis) -> Result<(), TestCaseError> {
    for (i, q) in a.quotes.iter().enumerate() {
        prop_assert!(inside(text, q.span), "quote {i} span {:?}", q.span);
        prop_assert!(!q.parts.is_empty());
        prop_assert!(q.parts.windows(2).all(|w| w[0].end <= w[1].start), "parts sorted and apart: {:?}", q.parts);
        prop_assert!(q.parts.iter().all(|p| inside(text, *p) && q.span.contains(*p)));
        prop_assert!(q.speaker.is_none_or(|s| s < a.speakers.len()));
        prop_assert!(q.mention.is_none_or(|m| inside(text, m)));
        prop_assert!(q.cue.is_none_or(|c| inside(text, c)));
    }
    prop_assert!(a.quotes.windows(2).all(|w| w[0].span.start <= w[1].span.start), "quotes in text order");
    for s in &a.speakers {
        prop_assert!(!s.name.is_empty());
        prop_assert!(s.mentions.iter().all(|m| inside(text, *m)));
    }
    for w in a.claims.windows(2) {
        prop_assert!(
            w[0].span.end <= w[1].span.start,
            "claims sorted and not overlapping: {:?} {:?}",
            w[0].span,
            w[1].span
        );
    }
    for c in &a.claims {
        prop_assert!(inside(text, c.span));
        prop_assert!((factmark::claim::DEFAULT_MIN_SCORE..=1.0).contains(&c.score), "score {}", c.score);
        prop_assert!(c.evidence.iter().all(|e| inside(text, e.span) && c.span.contains(e.span)));
        prop_assert!(c.speaker.is_none_or(|s| s < a.speakers.len()));
    }
    Ok(())
}

/// True when UTF-16 offset `at` of `text` falls between the halves of a surrogate pair.
fn splits_surrogate(units: &[u16], at: u32) -> bool {
    let at = at as usize;
    at > 0 && at < units.len() && (0xDC00..0xE000).contains(&units[at]) && (0xD800..0xDC00).contains(&units[at - 1])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_inside_and_well_formed(text in text()) {
        let a = analyze(&text);
        check_invariants(&text, &a)?;
    }

    #[test]
    fn utf16_offsets_never_split_a_surrogate_pair(text in text()) {
        let report = Report::new(&text, &analyze(&text));
        let units: Vec<u16> = text.encode_utf16().collect();
        for q in &report.quotes {
            prop_assert!(q.end as usize <= units.len());
            prop_assert!(!splits_surrogate(&units, q.start) && !splits_surrogate(&units, q.end));
            for p in &q.parts {
                prop_assert!(!splits_surrogate(&units, p.start) && !splits_surrogate(&units, p.end));
            }
        }
        for c in &report.claims {
            prop_assert!(c.end as usize <= units.len() && !splits_surrogate(&units, c.start) && !splits_surrogate(&units, c.end));
        }
    }

    #[test]
    fn same_input_same_output(text in text()) {
        prop_assert_eq!(analyze(&text), analyze(&text));
    }

    /// Appending text after a paragraph break leaves the quotations and the claims of the prefix as
    /// they were, except a quotation left open at the joint (it may run on into the new text),
    /// quotations in single marks (whether a text uses them for speech depends on the whole text) and
    /// claims whose sentence holds quotation marks (a later name can turn a term into speech there).
    /// Speaker names are not compared: a later, fuller form of a name is meant to change them.
    #[test]
    fn appending_text_keeps_the_results_for_the_prefix(a in text(), b in text()) {
        let joined = format!("{a}\n\n{b}");
        let cut = a.len();
        let quotations = |t: &str| -> Vec<Vec<Span>> {
            let paragraphs = factmark::segment::paragraphs(t);
            let last_para = paragraphs.iter().filter(|p| p.end() <= cut).map(|p| p.start).max().unwrap_or(0);
            factmark::quotes::marks::find_quotations(t, &paragraphs)
                .into_iter()
                // Single-mark quotations depend on the whole text (see quote.rs); compare the double ones.
                .filter(|q| q.double && q.span().end < last_para)
                .map(|q| q.parts)
                .collect()
        };
        let claims = |x: &Analysis, t: &str| -> Vec<(Span, u32)> {
            x.claims
                .iter()
                .filter(|c| c.span.end() <= cut && !c.span.slice(t).contains(['“', '”', '"', '«', '»', '„', '「', '『']))
                .map(|c| (c.span, (c.score * 1000.0) as u32))
                .collect()
        };
        prop_assert_eq!(quotations(&a), quotations(&joined));
        prop_assert_eq!(claims(&analyze(&a), &a), claims(&analyze(&joined), &joined));
    }
}
