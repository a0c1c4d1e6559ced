//! Native throughput of `analyze` on news text of growing size (PolNeAR articles joined), and on
//! adversarial inputs. usage: cargo run --release --example throughput [POLNEAR.jsonl] [--tsv]
//! Prints one line per input: size, time, MB/s (with --tsv: label, a tab, milliseconds).

use std::time::Instant;

fn corpus(path: &str) -> String {
    let data = std::fs::read_to_string(path).unwrap_or_default();
    let mut out = String::new();
    for line in data.lines() {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                out.push_str(t);
                out.push_str("\n\n");
            }
        }
    }
    out
}

fn sized(base: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + base.len());
    while out.len() < bytes {
        out.push_str(base);
    }
    let mut end = bytes.min(out.len());
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    out.truncate(end);
    out
}

fn measure(name: &str, text: &str, tsv: bool) {
    // Repeat small inputs so that each measurement lasts long enough to read.
    let runs = (2_000_000 / text.len().max(1)).clamp(1, 200);
    let start = Instant::now();
    let mut quotes = 0;
    for _ in 0..runs {
        quotes = factmark::analyze(text).quotes.len();
    }
    let secs = start.elapsed().as_secs_f64() / runs as f64;
    let mb = text.len() as f64 / 1e6;
    if tsv {
        println!("{name}\t{}", secs * 1e3);
        return;
    }
    println!("{name:<28} {:>10.3} MB {:>10.2} ms {:>9.1} MB/s {:>8} quotes", mb, secs * 1e3, mb / secs, quotes);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tsv = args.iter().any(|a| a == "--tsv");
    let path =
        args.iter().find(|a| *a != "--tsv").cloned().unwrap_or_else(|| "../shared/data/polnear-dev.jsonl".to_owned());
    let news = corpus(&path);
    if news.is_empty() {
        eprintln!("throughput: no news text in {path}");
        std::process::exit(1);
    }
    for (label, bytes) in [("5 KB", 5_000), ("100 KB", 100_000), ("1 MB", 1_000_000), ("10 MB", 10_000_000)] {
        measure(label, &sized(&news, bytes), tsv);
    }
    // The same adversarial inputs as tests/bench/bench.mjs, by the same labels.
    measure("1 MB of “ unclosed", &"“".repeat(333_333), tsv);
    measure("1 MB, no sentence end", &"and the council voted for the plan ".repeat(28_572), tsv);
    measure("a million speech verbs", &"said ".repeat(1_000_000), tsv);
    measure("1 MB paragraph of quotes", &"“Yes,” he said and ".repeat(47_620), tsv);
    for (label, unit) in HOSTILE {
        measure(label, &unit.repeat(1_000_000 / unit.len()), tsv);
    }
}

/// Adversarial inputs of 1 MB, each one unit repeated in one paragraph (tests/bench/bench.mjs has
/// the same rows; tests/hostile.rs runs each).
const HOSTILE: [(&str, &str); 6] = [
    ("1 MB of \"", "\""),
    ("1 MB of x\"", "x\""),
    ("1 MB of '", "'"),
    ("1 MB of “x", "“x"),
    ("1 MB of “…,” he said. (no name)", "“It is fine,” he said. "),
    ("1 MB of He said, “…” She … (no name)", "He said, “It is fine.” She disagreed. "),
];
