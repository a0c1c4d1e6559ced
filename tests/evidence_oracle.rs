//! The evidence scanner (src/evidence) against the regular expressions its patterns document.
//!
//! Each kind's regex is read from its `name = regex` block in src/evidence/patterns.rs (`{name}`
//! stands for another block), then run as the regex engine ran before the scanner replaced it: the
//! kinds in order, each match kept where no earlier one holds its text. The two must find the same
//! evidence in every sentence of CT24 and PolNeAR, except the differences listed in [`INTENDED`].
//! Native only: `regex` is a native dev-dependency (the widget links none of it). The data is read
//! from `../shared/data` (or `FACTMARK_DATA`); without it the data test prints a note and passes.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::PathBuf;

use factmark::doc::Doc;
use factmark::evidence::{find_evidence, find_evidence_in, Starts};
use factmark::segment::paragraphs;
use factmark::{EvidenceKind, Span};
use regex::Regex;

/// The kinds in the order the scanner looks for them (evidence.rs), each with its block's name.
const ORDER: [(EvidenceKind, &str); 12] = [
    (EvidenceKind::Money, "money"),
    (EvidenceKind::Percentage, "percentage"),
    (EvidenceKind::Date, "date"),
    (EvidenceKind::Source, "source"),
    (EvidenceKind::Ordinal, "ordinal"),
    (EvidenceKind::Quantity, "quantity"),
    (EvidenceKind::Number, "number"),
    (EvidenceKind::Comparison, "comparison"),
    (EvidenceKind::Voting, "voting"),
    (EvidenceKind::Rule, "rule"),
    (EvidenceKind::Cause, "cause"),
    (EvidenceKind::Prediction, "prediction"),
];

/// Where the scanner and the regexes part on purpose, each found in the data: a sentence (a piece
/// of it, which names it), what only the regexes find and what only the scanner finds (`text=kind`).
///
/// The scanner reads a number whole (digits, comma groups, a decimal part); the regex backs off to
/// a shorter number when the whole one does not end on a word boundary, so it reads a `2` out of
/// `2.5million` and a `30` out of `30,000e-mails`, both wrong: the scanner reads none there.
const INTENDED: &[(&str, &[&str], &[&str])] = &[
    ("made more than 2.5million contributions", &["2=number"], &[]),
    ("had collected 2.2million contributions", &["2=number"], &[]),
    ("Of the more than 30,000e-mails", &["30=number"], &[]),
];

/// The regex of each block of patterns.rs, by name, with `{name}` references expanded.
fn regexes() -> BTreeMap<String, String> {
    let source = include_str!("../src/evidence/patterns.rs");
    let mut blocks: BTreeMap<String, String> = BTreeMap::new();
    let mut lines = source.lines().map(str::trim);
    while let Some(line) = lines.next() {
        if line != "/// ```text" {
            continue;
        }
        let body: Vec<&str> = lines
            .by_ref()
            .take_while(|l| *l != "/// ```")
            .map(|l| l.strip_prefix("/// ").or_else(|| l.strip_prefix("///")).expect("a doc line"))
            .collect();
        let (name, first) = body[0].split_once(" = ").expect("a block opens with `name = `");
        let regex = std::iter::once(first).chain(body[1..].iter().copied()).collect::<Vec<_>>().join("\n");
        assert!(blocks.insert(name.to_owned(), regex).is_none(), "two blocks named {name}");
    }
    let reference = Regex::new(r"\{([a-z_]+)\}").unwrap();
    let expand = |name: &str| {
        let mut regex = blocks[name].clone();
        // Fragments may use fragments; a few rounds expand them all (and a cycle fails below).
        for _ in 0..4 {
            regex = reference
                .replace_all(&regex, |c: &regex::Captures| {
                    let fragment = blocks.get(&c[1]).unwrap_or_else(|| panic!("no block named {}", &c[1]));
                    format!("(?:{fragment})")
                })
                .into_owned();
        }
        assert!(!reference.is_match(&regex), "{name}: unexpanded reference in {regex}");
        regex
    };
    blocks.keys().map(|name| (name.clone(), expand(name))).collect()
}

/// The patterns in the scanner's order.
fn patterns() -> Vec<(EvidenceKind, Regex)> {
    let regexes = regexes();
    ORDER
        .iter()
        .map(|&(kind, name)| {
            assert_eq!(kind.as_str(), name);
            let regex = regexes.get(name).unwrap_or_else(|| panic!("patterns.rs shows no regex for {name}"));
            (kind, Regex::new(regex).unwrap_or_else(|e| panic!("{name}: {e}")))
        })
        .collect()
}

/// The evidence of `sentence` by the regexes: each kind in order, a match kept where no earlier
/// one overlaps it.
fn by_regex(patterns: &[(EvidenceKind, Regex)], sentence: &str) -> Vec<(Span, EvidenceKind)> {
    let mut out: Vec<(Span, EvidenceKind)> = Vec::new();
    for (kind, regex) in patterns {
        for m in regex.find_iter(sentence) {
            let span = Span::new(m.start(), m.end());
            if !out.iter().any(|(s, _)| s.overlaps(span)) {
                out.push((span, *kind));
            }
        }
    }
    out.sort_by_key(|&(s, _)| s);
    out
}

fn by_scanner(sentence: &str) -> Vec<(Span, EvidenceKind)> {
    let span = Span::new(0, sentence.len());
    let found = find_evidence(sentence, span);
    // The claim finder reads the sentence from the document's tokens, and must find the same.
    let doc = Doc::new(sentence, &paragraphs(sentence), &[]);
    let mut from_tokens = Vec::new();
    find_evidence_in(&doc, span, doc.tokens_in(span), &mut Starts::default(), &mut from_tokens);
    assert_eq!(from_tokens, found, "read from tokens: {sentence}");
    found.into_iter().map(|e| (e.span, e.kind)).collect()
}

/// What only the regexes and what only the scanner find in `sentence`, as `text=kind`.
fn difference(patterns: &[(EvidenceKind, Regex)], sentence: &str) -> Option<(Vec<String>, Vec<String>)> {
    let (regex, scanner) = (by_regex(patterns, sentence), by_scanner(sentence));
    if regex == scanner {
        return None;
    }
    let only = |a: &[(Span, EvidenceKind)], b: &[(Span, EvidenceKind)]| -> Vec<String> {
        a.iter().filter(|e| !b.contains(e)).map(|(s, k)| format!("{}={}", s.slice(sentence), k.as_str())).collect()
    };
    Some((only(&regex, &scanner), only(&scanner, &regex)))
}

/// Compares the two over `sentences`; returns the differences that are not listed in [`INTENDED`]
/// and, per entry of [`INTENDED`], how often it was seen.
fn compare<'a>(sentences: impl IntoIterator<Item = &'a str>) -> (Vec<String>, Vec<usize>) {
    let patterns = patterns();
    let mut unlisted = Vec::new();
    let mut seen = vec![0; INTENDED.len()];
    for sentence in sentences {
        let Some((regex_only, scanner_only)) = difference(&patterns, sentence) else { continue };
        let listed =
            INTENDED.iter().position(|&(piece, r, s)| sentence.contains(piece) && r == regex_only && s == scanner_only);
        match listed {
            Some(i) => seen[i] += 1,
            None => unlisted.push(format!("regex only {regex_only:?}, scanner only {scanner_only:?}: {sentence}")),
        }
    }
    (unlisted, seen)
}

#[test]
fn every_kind_has_a_regex_and_every_regex_compiles() {
    let regexes = regexes();
    let used: Vec<&str> = ORDER.iter().map(|(_, n)| *n).collect();
    let fragments = ["currency_word", "month", "numeral", "scale", "source_word", "unit"];
    for name in regexes.keys() {
        assert!(used.contains(&name.as_str()) || fragments.contains(&name.as_str()), "block {name} is used by no kind");
    }
    assert_eq!(patterns().len(), ORDER.len());
}

/// Written forms of every kind and the edges where a regex and a byte scanner could part: spaces
/// inside phrases, case, plurals, prefixes glued to a sign, numbers glued to words.
#[test]
fn same_evidence_on_written_forms() {
    let sentences = [
        "Aid rose to US$5m this year, and AUS$7 or CA$9 or us$4 elsewhere; €5m, £2 bn, ¥300 and ₹300 crore.",
        "Some 5 million dollars, 2.3 trillion yen, 40 USD, 7USD, 3 US dollars, 9 Dollars, 4 dollarS and 2 reals.",
        "Prices rose 5 per cent, 5 per  cent, 5percent, 3.2 PERCENT, 10% and 2 percentage   points.",
        "He was born Jan. 5, 1960, on March 3rd, 2016, in June 2020, Sept. 9, May 12345 or Mayor 5.",
        "Last year, next  month, this Summer, yesterday, on Wednesday, since 1990s, in 2016, In 2016 and 2099x.",
        "According  to a survey by Gallup, exit polls found, the data show, investigations by the FBI found that.",
        "It was the No. 1 song, no.7, 3rd, 21ST and the first; a 34-year-old, 3 light-years, 5 Americans, 2 yearS.",
        "Tens of thousands, hundreds of people, a  third, two-thirds, half, twelve, 1,234,567.89 and 12,34.",
        "More  than ever, the largest, twice, increased, compared  with, voted for, won  the election, re-elected.",
        "The law, executive  order, required by, allowed  to, because of, due  to, as a result, won’t, WON’T, won't.",
        "It is going  to pass, expected to, on track to; $ 5, $5 thousands, 5 thousands, 5 bn, 5 bnx, 5 M.",
    ];
    let (unlisted, _) = compare(sentences);
    assert!(unlisted.is_empty(), "{}", unlisted.join("\n"));
    // The one difference on purpose: the scanner reads a number whole or not at all.
    let patterns = patterns();
    let (regex_only, scanner_only) = difference(&patterns, "It made 2.5million, 30,000e-mails or 1,2345.").unwrap();
    assert_eq!(
        (regex_only, scanner_only),
        (vec!["2=number".to_owned(), "30=number".to_owned(), "1=number".to_owned()], vec![])
    );
}

/// The data folder: `FACTMARK_DATA`, else `../shared/data` beside the checkout.
fn data_dir() -> PathBuf {
    std::env::var_os("FACTMARK_DATA")
        .map_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data")), PathBuf::from)
}

/// The `Text` column of a CT24 file (a quoted field has its doubled quotes undone).
fn ct24_sentences(tsv: &str) -> Vec<String> {
    tsv.lines()
        .skip(1)
        .filter_map(|line| line.split('\t').nth(1))
        .map(|t| match t.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
            Some(inner) => inner.replace("\"\"", "\""),
            None => t.to_owned(),
        })
        .collect()
}

/// The sentences of an article: its lines, cut after `.`, `?` or `!` (and closing marks) before
/// white space. The cut only decides what each comparison reads; both sides read the same.
fn article_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let mut start = 0;
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !matches!(c, '.' | '?' | '!') {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek().filter(|(_, d)| matches!(d, '"' | '”' | '’' | '\'' | ')')) {
                end = j + d.len_utf8();
                chars.next();
            }
            if chars.peek().is_some_and(|(_, d)| d.is_whitespace()) {
                out.push(line[start..end].trim().to_owned());
                start = end;
            }
        }
        out.push(line[start..].trim().to_owned());
    }
    out.retain(|s| !s.is_empty());
    out
}

#[test]
fn same_evidence_on_ct24_and_polnear() {
    let dir = data_dir();
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).ok();
    let Some(ct24_train) = read("ct24/train.tsv") else {
        println!("evidence oracle: no data in {} (set FACTMARK_DATA); the data comparison is skipped", dir.display());
        return;
    };
    let mut ct24 = ct24_sentences(&ct24_train);
    for file in ["ct24/dev.tsv", "ct24/dev-test.tsv"] {
        ct24.extend(ct24_sentences(&read(file).unwrap_or_else(|| panic!("{file} is missing"))));
    }
    let mut polnear = Vec::new();
    for file in ["polnear-train.jsonl", "polnear-dev.jsonl"] {
        for line in read(file).unwrap_or_else(|| panic!("{file} is missing")).lines() {
            let article: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            polnear.extend(article_sentences(article["text"].as_str().expect("a text")));
        }
    }
    let (unlisted, seen) = compare(ct24.iter().chain(&polnear).map(String::as_str));
    println!(
        "evidence oracle: {} CT24 and {} PolNeAR sentences; differences as listed: {seen:?}; unlisted: {}",
        ct24.len(),
        polnear.len(),
        unlisted.len()
    );
    assert!(ct24.len() > 20_000 && polnear.len() > 20_000, "too few sentences read");
    assert!(unlisted.is_empty(), "{} differences not listed in INTENDED:\n{}", unlisted.len(), unlisted.join("\n"));
    for (&(piece, _, _), n) in INTENDED.iter().zip(&seen) {
        assert!(*n > 0, "the listed difference in “{piece}” no longer occurs: take it off the list");
    }
}
