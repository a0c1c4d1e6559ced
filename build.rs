//! Lists the golden cases (`## name` in tests/golden/*.txt) for tests/golden.rs, one test per case.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new("tests/golden");
    println!("cargo::rerun-if-changed=tests/golden");
    let mut out = String::new();
    for file in ["quotes", "claims"] {
        let path = dir.join(format!("{file}.txt"));
        println!("cargo::rerun-if-changed={}", path.display());
        // The tests are packaged with the crate's sources; without them there is nothing to list.
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let mut seen = std::collections::BTreeSet::new();
        let _ = writeln!(out, "mod {file} {{\n    use super::*;");
        for name in text.lines().filter_map(|l| l.strip_prefix("## ")).map(str::trim) {
            if name.is_empty() || name.starts_with('#') {
                continue;
            }
            let mut ident: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
            if !ident.starts_with(|c: char| c.is_ascii_alphabetic()) {
                ident.insert_str(0, "case_");
            }
            assert!(seen.insert(ident.clone()), "{}: two cases are named like `{name}`", path.display());
            let _ = writeln!(out, "    golden_case!({ident}, {file:?}, {name:?});");
        }
        out.push_str("}\n");
    }
    let dest = Path::new(&std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("golden_cases.rs");
    std::fs::write(dest, out).expect("write golden_cases.rs");
}
