//! Trains the shipped claim model on CheckThat! 2024 and writes `src/model/claim-weights.bin`.
//!
//! usage: factmark-train [DATA_DIR] [OUT_FILE]
//!   DATA_DIR defaults to ../shared/data/ct24 (train.tsv + dev.tsv are learned, dev-test.tsv is only
//!   reported); OUT_FILE defaults to src/model/claim-weights.bin.
//! Deterministic: the same data gives the same bytes.

use std::process::ExitCode;

use factmark::evidence::find_evidence;
use factmark::model::{encode, features, BUCKETS};
use factmark::Span;

/// Passes over the data.
const EPOCHS: usize = 12;
/// L2 penalty per example step.
const L2: f32 = 2e-6;
/// AdaGrad base learning rate.
const RATE: f32 = 0.15;

struct Example {
    text: String,
    label: bool,
}

/// Reads a CT24 TSV; a line holding two records joined (`…\tNo12345\t…`) is split back apart.
fn read_tsv(path: &str) -> Result<Vec<Example>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    for line in data.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let mut i = 0;
        while i + 2 < fields.len() {
            let text = fields[i + 1];
            let label_field = fields[i + 2];
            let (label, rest) = if let Some(rest) = label_field.strip_prefix("Yes") {
                (true, rest)
            } else if let Some(rest) = label_field.strip_prefix("No") {
                (false, rest)
            } else {
                break;
            };
            out.push(Example { text: text.to_owned(), label });
            if rest.is_empty() {
                break;
            }
            // The next record's id is glued to this label; its text and label follow.
            i += 2;
        }
    }
    Ok(out)
}

fn feature_list(text: &str) -> Vec<(usize, f32)> {
    let evidence = find_evidence(text, Span::new(0, text.len()));
    let mut out = Vec::new();
    features(text, &evidence, |b, v| out.push((b, v)));
    out
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.first().cloned().unwrap_or_else(|| "../shared/data/ct24".to_owned());
    let out = args.get(1).cloned().unwrap_or_else(|| "src/model/claim-weights.bin".to_owned());
    let mut train = Vec::new();
    for name in ["train.tsv", "dev.tsv"] {
        match read_tsv(&format!("{dir}/{name}")) {
            Ok(rows) => train.extend(rows),
            Err(e) => {
                eprintln!("factmark-train: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let positives = train.iter().filter(|e| e.label).count();
    eprintln!("training on {} sentences ({} check-worthy)", train.len(), positives);
    let examples: Vec<(Vec<(usize, f32)>, f32)> =
        train.iter().map(|e| (feature_list(&e.text), if e.label { 1.0 } else { 0.0 })).collect();

    let mut w = vec![0f32; BUCKETS];
    let mut g2 = vec![1e-8f32; BUCKETS];
    let mut bias = 0f32;
    let mut bias_g2 = 1e-8f32;
    // A fixed shuffle (linear congruential) keeps runs reproducible.
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed: u64 = 0x5EED;
    for epoch in 0..EPOCHS {
        for i in (1..order.len()).rev() {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        let mut loss = 0f64;
        for &k in &order {
            let (feats, y) = &examples[k];
            let z = bias + feats.iter().map(|&(b, v)| w[b] * v).sum::<f32>();
            let p = sigmoid(z);
            loss -= f64::from(if *y > 0.5 { p.max(1e-7).ln() } else { (1.0 - p).max(1e-7).ln() });
            let g = p - y;
            for &(b, v) in feats {
                let grad = g * v + L2 * w[b];
                g2[b] += grad * grad;
                w[b] -= RATE * grad / g2[b].sqrt();
            }
            bias_g2 += g * g;
            bias -= RATE * g / bias_g2.sqrt();
        }
        eprintln!("epoch {epoch}: mean log loss {:.4}", loss / examples.len() as f64);
    }
    let bytes = encode(bias, &w);
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("factmark-train: {out}: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!("wrote {out} ({} bytes)", bytes.len());
    ExitCode::SUCCESS
}
