//! Native throughput of `analyze` on news text of growing size (PolNeAR articles joined), and on
//! adversarial inputs. usage: cargo run --release --example throughput [POLNEAR.jsonl]
//! Prints one line per input: size, time, MB/s.

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

fn measure(name: &str, text: &str) {
    // Repeat small inputs so that each measurement lasts long enough to read.
    let runs = (2_000_000 / text.len().max(1)).clamp(1, 200);
    let start = Instant::now();
    let mut quotes = 0;
    for _ in 0..runs {
        quotes = factmark::analyze(text).quotes.len();
    }
    let secs = start.elapsed().as_secs_f64() / runs as f64;
    let mb = text.len() as f64 / 1e6;
    println!("{name:<28} {:>10.3} MB {:>10.2} ms {:>9.1} MB/s {:>8} quotes", mb, secs * 1e3, mb / secs, quotes);
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "../shared/data/polnear-dev.jsonl".to_owned());
    let news = corpus(&path);
    if news.is_empty() {
        eprintln!("throughput: no news text in {path}");
        std::process::exit(1);
    }
    for (label, bytes) in
        [("news 5 KB", 5_000), ("news 100 KB", 100_000), ("news 1 MB", 1_000_000), ("news 10 MB", 10_000_000)]
    {
        measure(label, &sized(&news, bytes));
    }
    measure("1 MB of “ unclosed", &"“".repeat(1_000_000 / 3));
    measure("1 MB with no sentence end", &sized("and the council voted for the plan ", 1_000_000));
    measure("a million speech verbs", &"said ".repeat(1_000_000));
    measure("one long paragraph, quotes", &sized("“Yes,” he said and ", 1_000_000));
}
