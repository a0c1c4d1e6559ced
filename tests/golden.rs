//! Golden cases: text snippets and the seed article with their expected outlines, natively and in wasm.
//!
//! Set `FACTMARK_BLESS=1` (native runs only) to rewrite the expected outlines from the current output.

mod common;

use common::{claim_outline, parse_cases, quote_outline, render_cases, Case};

const QUOTE_CASES: &str = include_str!("golden/quotes.txt");
const CLAIM_CASES: &str = include_str!("golden/claims.txt");
const SEED: &str = include_str!("golden/seed-article.txt");
const SEED_QUOTES: &str = include_str!("golden/seed-article.quotes");
const SEED_CLAIMS: &str = include_str!("golden/seed-article.claims");

/// A readable line diff of two outlines, or `None` when they match.
fn diff(expected: &str, actual: &str) -> Option<String> {
    if expected.trim_end() == actual.trim_end() {
        return None;
    }
    let mut out = String::new();
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    for i in 0..e.len().max(a.len()) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => out.push_str(&format!("   {x}\n")),
            (x, y) => {
                if let Some(x) = x {
                    out.push_str(&format!(" - {x}\n"));
                }
                if let Some(y) = y {
                    out.push_str(&format!(" + {y}\n"));
                }
            }
        }
    }
    Some(out)
}

fn bless() -> bool {
    !cfg!(target_arch = "wasm32") && std::env::var_os("FACTMARK_BLESS").is_some()
}

#[cfg(not(target_arch = "wasm32"))]
fn write(path: &str, contents: &str) {
    std::fs::write(format!("{}/tests/golden/{path}", env!("CARGO_MANIFEST_DIR")), contents).expect("write golden file");
}
#[cfg(target_arch = "wasm32")]
fn write(_: &str, _: &str) {}

/// Runs every case of a file through `outline`; fails with all diffs at once.
fn run_cases(file: &str, path: &str, outline: fn(&str, &factmark::Analysis) -> String) {
    let header =
        file.split("\n## ").next().filter(|h| !h.starts_with("## ")).map(|h| format!("{h}\n")).unwrap_or_default();
    let mut cases = parse_cases(file);
    assert!(!cases.is_empty(), "{path} has no cases");
    let mut failures = Vec::new();
    for case in &mut cases {
        let actual = outline(&case.input, &factmark::analyze(&case.input));
        if let Some(d) = diff(&case.expected, &actual) {
            failures.push(format!("case `{}`:\n{d}", case.name));
            case.expected = actual;
        }
    }
    if bless() && !failures.is_empty() {
        write(path, &render_cases(&header, &cases as &[Case]));
        return;
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases in {path} differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

fn run_seed(expected: &str, path: &str, outline: fn(&str, &factmark::Analysis) -> String) {
    let actual = outline(SEED, &factmark::analyze(SEED));
    if let Some(d) = diff(expected, &actual) {
        if bless() {
            write(path, &format!("{actual}\n"));
            return;
        }
        panic!("seed article differs from {path}:\n{d}");
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn quote_cases() {
    run_cases(QUOTE_CASES, "quotes.txt", quote_outline);
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn claim_cases() {
    run_cases(CLAIM_CASES, "claims.txt", claim_outline);
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn seed_article_quotes() {
    run_seed(SEED_QUOTES, "seed-article.quotes", quote_outline);
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn seed_article_claims() {
    run_seed(SEED_CLAIMS, "seed-article.claims", claim_outline);
}
