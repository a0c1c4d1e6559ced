//! Golden cases, one test per named case (listed by build.rs) and per seed outline, natively and in wasm.
//!
//! Set `FACTMARK_BLESS=1` (native runs only) to rewrite a failing case's expected outline from the
//! current output, then read the diff.

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

/// Rewrites a golden file with `update` applied to its current contents (one test at a time: the
/// cases of one file run in parallel).
#[cfg(not(target_arch = "wasm32"))]
fn rewrite(path: &str, update: impl FnOnce(&str) -> String) {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let path = format!("{}/tests/golden/{path}", env!("CARGO_MANIFEST_DIR"));
    let old = std::fs::read_to_string(&path).expect("read golden file");
    std::fs::write(&path, update(&old)).expect("write golden file");
}
#[cfg(target_arch = "wasm32")]
fn rewrite(_: &str, _: impl FnOnce(&str) -> String) {}

/// Runs the case `name` of a golden file through `outline`; fails with its diff.
fn run_case(file: &str, path: &str, name: &str, outline: fn(&str, &factmark::Analysis) -> String) {
    let cases = parse_cases(file);
    let case = cases.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("{path} has no case `{name}`"));
    let actual = outline(&case.input, &factmark::analyze(&case.input));
    let Some(d) = diff(&case.expected, &actual) else { return };
    if bless() {
        rewrite(path, |old| {
            let header = old.split("\n## ").next().filter(|h| !h.starts_with("## ")).map(|h| format!("{h}\n"));
            let mut cases = parse_cases(old);
            for c in cases.iter_mut().filter(|c| c.name == name) {
                c.expected = actual.clone();
            }
            render_cases(&header.unwrap_or_default(), &cases as &[Case])
        });
        return;
    }
    panic!("case `{name}` of {path} differs:\n{d}");
}

fn run_seed(expected: &str, path: &str, outline: fn(&str, &factmark::Analysis) -> String) {
    let actual = outline(SEED, &factmark::analyze(SEED));
    if let Some(d) = diff(expected, &actual) {
        if bless() {
            rewrite(path, |_| format!("{actual}\n"));
            return;
        }
        panic!("seed article differs from {path}:\n{d}");
    }
}

/// One test per case of tests/golden/{quotes,claims}.txt, named after it (build.rs lists them).
macro_rules! golden_case {
    ($test:ident, "quotes", $name:literal) => {
        #[cfg_attr(not(target_arch = "wasm32"), test)]
        #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
        fn $test() {
            run_case(QUOTE_CASES, "quotes.txt", $name, quote_outline);
        }
    };
    ($test:ident, "claims", $name:literal) => {
        #[cfg_attr(not(target_arch = "wasm32"), test)]
        #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
        fn $test() {
            run_case(CLAIM_CASES, "claims.txt", $name, claim_outline);
        }
    };
}

include!(concat!(env!("OUT_DIR"), "/golden_cases.rs"));

/// Every case parsed from the files has its test: the build script's listing and the parser agree.
#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn every_case_has_its_test() {
    let listed = include_str!(concat!(env!("OUT_DIR"), "/golden_cases.rs"));
    for (file, path) in [(QUOTE_CASES, "quotes.txt"), (CLAIM_CASES, "claims.txt")] {
        let cases = parse_cases(file);
        assert!(cases.len() >= 10, "{path} has only {} cases", cases.len());
        for case in cases {
            assert!(listed.contains(&format!("{:?});", case.name)), "case `{}` of {path} has no test", case.name);
        }
    }
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
