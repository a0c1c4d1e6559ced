//! Trains the shipped claim model on CheckThat! 2024 and writes `src/model/claim-weights.bin`.
//!
//! usage: factmark-train [DATA_DIR] [OUT_FILE]
//!   DATA_DIR defaults to ../shared/data/ct24. The weights are learned on train.tsv + dev.tsv only.
//!   dev-test.tsv is used for the choices the issue allows there and nothing else: the L2 strength
//!   (from a small grid, by average precision), the calibration (a logistic fit of the margins) and the
//!   threshold that is then mapped to 0.5. OUT_FILE defaults to src/model/claim-weights.bin.
//! Deterministic: the same data gives the same bytes.

use std::process::ExitCode;

use factmark::evidence::find_evidence;
use factmark::model::{encode, features, quantize, BUCKETS};
use factmark::Span;

/// Passes over the data.
const EPOCHS: usize = 8;
/// AdaGrad base learning rate.
const RATE: f32 = 0.1;
/// Features seen in fewer training sentences than this are dropped before training.
const MIN_COUNT: u32 = 3;
/// How many weights, the largest, are kept; the rest are zero and not stored (the file stays < 64 KB).
const KEEP: usize = 20_000;
/// L2 strengths tried (per example step).
const L2_GRID: [f32; 5] = [1e-5, 1e-4, 1e-3, 3e-3, 1e-2];

struct Example {
    text: String,
    label: bool,
}

type Features = Vec<(usize, f32)>;

/// Reads a CT24 TSV; a line holding two records joined (`…\tNo12345\t…`) is split back apart.
fn read_tsv(path: &str) -> Result<Vec<Example>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    for line in data.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let mut i = 0;
        while i + 2 < fields.len() {
            let (label, rest) = if let Some(rest) = fields[i + 2].strip_prefix("Yes") {
                (true, rest)
            } else if let Some(rest) = fields[i + 2].strip_prefix("No") {
                (false, rest)
            } else {
                break;
            };
            out.push(Example { text: fields[i + 1].to_owned(), label });
            if rest.is_empty() {
                break;
            }
            // The next record's id is glued to this label; its text and label follow.
            i += 2;
        }
    }
    Ok(out)
}

fn feature_list(text: &str) -> Features {
    let evidence = find_evidence(text, Span::new(0, text.len()));
    let mut out = Vec::new();
    features(text, &evidence, |b, v| out.push((b, v)));
    out
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// Logistic regression by AdaGrad with L2, weights averaged over the last half of the passes.
fn train(examples: &[(Features, bool)], l2: f32) -> (Vec<f32>, f32) {
    let mut w = vec![0f32; BUCKETS];
    let mut g2 = vec![1e-8f32; BUCKETS];
    let (mut bias, mut bias_g2) = (0f32, 1e-8f32);
    let mut avg = vec![0f32; BUCKETS];
    let mut avg_bias = 0f32;
    let mut averaged = 0f32;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed: u64 = 0x5EED;
    for epoch in 0..EPOCHS {
        // A fixed shuffle (linear congruential) keeps runs reproducible.
        for i in (1..order.len()).rev() {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        for &k in &order {
            let (feats, y) = &examples[k];
            let p = sigmoid(bias + feats.iter().map(|&(b, v)| w[b] * v).sum::<f32>());
            let g = p - if *y { 1.0 } else { 0.0 };
            for &(b, v) in feats {
                let grad = g * v + l2 * w[b];
                g2[b] += grad * grad;
                w[b] -= RATE * grad / g2[b].sqrt();
            }
            bias_g2 += g * g;
            bias -= RATE * g / bias_g2.sqrt();
        }
        if epoch >= EPOCHS / 2 {
            for (a, x) in avg.iter_mut().zip(&w) {
                *a += x;
            }
            avg_bias += bias;
            averaged += 1.0;
        }
    }
    avg.iter_mut().for_each(|a| *a /= averaged);
    (avg, avg_bias / averaged)
}

fn margin(w: &[f32], bias: f32, feats: &Features) -> f32 {
    bias + feats.iter().map(|&(b, v)| w[b] * v).sum::<f32>()
}

fn average_precision(scored: &[(f32, bool)]) -> f32 {
    let mut sorted = scored.to_vec();
    sorted.sort_by(|a, b| b.0.total_cmp(&a.0));
    let positives = sorted.iter().filter(|s| s.1).count().max(1) as f32;
    let (mut hits, mut ap) = (0f32, 0f32);
    for (i, &(_, y)) in sorted.iter().enumerate() {
        if y {
            hits += 1.0;
            ap += hits / (i as f32 + 1.0);
        }
    }
    ap / positives
}

fn f1_at(scored: &[(f32, bool)], threshold: f32) -> (f32, f32, f32) {
    let tp = scored.iter().filter(|s| s.0 >= threshold && s.1).count() as f32;
    let fp = scored.iter().filter(|s| s.0 >= threshold && !s.1).count() as f32;
    let fn_ = scored.iter().filter(|s| s.0 < threshold && s.1).count() as f32;
    let p = tp / (tp + fp).max(1.0);
    let r = tp / (tp + fn_).max(1.0);
    (p, r, 2.0 * p * r / (p + r).max(1e-9))
}

/// Platt scaling: `a`, `b` with `sigmoid(a·margin + b)` fitted to the labels by Newton steps.
fn platt(margins: &[(f32, bool)]) -> (f32, f32) {
    let (mut a, mut b) = (1f64, 0f64);
    for _ in 0..50 {
        let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (0f64, 0f64, 1e-6f64, 0f64, 1e-6f64);
        for &(m, y) in margins {
            let m = f64::from(m);
            let p = 1.0 / (1.0 + (-(a * m + b)).exp());
            let g = p - if y { 1.0 } else { 0.0 };
            let h = p * (1.0 - p);
            ga += g * m;
            gb += g;
            haa += h * m * m;
            hab += h * m;
            hbb += h;
        }
        let det = haa * hbb - hab * hab;
        a -= (hbb * ga - hab * gb) / det;
        b -= (haa * gb - hab * ga) / det;
    }
    (a as f32, b as f32)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.first().cloned().unwrap_or_else(|| "../shared/data/ct24".to_owned());
    let out = args.get(1).cloned().unwrap_or_else(|| "src/model/claim-weights.bin".to_owned());
    let load = |names: &[&str]| -> Result<Vec<Example>, String> {
        let mut rows = Vec::new();
        for name in names {
            rows.extend(read_tsv(&format!("{dir}/{name}"))?);
        }
        Ok(rows)
    };
    let (fit, select) = match (load(&["train.tsv", "dev.tsv"]), load(&["dev-test.tsv"])) {
        (Ok(f), Ok(s)) => (f, s),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("factmark-train: {e}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!(
        "fitting on {} sentences ({} check-worthy); choosing on {} (dev-test)",
        fit.len(),
        fit.iter().filter(|e| e.label).count(),
        select.len()
    );
    let mut fit: Vec<(Features, bool)> = fit.iter().map(|e| (feature_list(&e.text), e.label)).collect();
    // Features seen in fewer than MIN_COUNT training sentences carry noise, not signal: drop them.
    let min_count = MIN_COUNT;
    let mut counts = vec![0u32; BUCKETS];
    for (feats, _) in &fit {
        for &(b, _) in feats {
            counts[b] += 1;
        }
    }
    for (feats, _) in &mut fit {
        feats.retain(|&(b, _)| counts[b] >= min_count);
    }
    let select: Vec<(Features, bool)> = select.iter().map(|e| (feature_list(&e.text), e.label)).collect();

    let mut best: Option<(f32, f32, Vec<f32>, f32)> = None;
    for l2 in L2_GRID {
        let (w, bias) = train(&fit, l2);
        let margins: Vec<(f32, bool)> = select.iter().map(|(f, y)| (margin(&w, bias, f), *y)).collect();
        let ap = average_precision(&margins);
        eprintln!("l2 {l2:e}: dev-test AP {ap:.3}");
        if best.as_ref().is_none_or(|b| ap > b.0) {
            best = Some((ap, l2, w, bias));
        }
    }
    let Some((ap, l2, mut w, bias)) = best else { return ExitCode::FAILURE };
    let keep = KEEP;
    let nonzero = w.iter().filter(|x| **x != 0.0).count();
    if keep < nonzero {
        let mut mags: Vec<f32> = w.iter().map(|x| x.abs()).collect();
        mags.sort_by(|a, b| b.total_cmp(a));
        let cut = mags[keep];
        w.iter_mut().for_each(|x| {
            if x.abs() <= cut {
                *x = 0.0
            }
        });
    }
    quantize(&mut w);
    let pruned: Vec<(f32, bool)> = select.iter().map(|(f, y)| (margin(&w, bias, f), *y)).collect();
    eprintln!(
        "{nonzero} weights learned, {} kept; dev-test AP after pruning and rounding {:.3}",
        w.iter().filter(|x| **x != 0.0).count(),
        average_precision(&pruned)
    );
    let margins: Vec<(f32, bool)> = select.iter().map(|(f, y)| (margin(&w, bias, f), *y)).collect();
    let (a, b) = platt(&margins);
    let calibrated: Vec<(f32, bool)> = margins.iter().map(|&(m, y)| (sigmoid(a * m + b), y)).collect();
    // The threshold with the best F1, then moved to 0.5 so that "≥ 0.5" means check-worthy.
    let (threshold, (p, r, f1)) = (20..=70)
        .map(|t| t as f32 / 100.0)
        .map(|t| (t, f1_at(&calibrated, t)))
        .fold((0.5, (0.0, 0.0, -1.0)), |best, cur| if cur.1 .2 > best.1 .2 { cur } else { best });
    let shift = -(threshold / (1.0 - threshold)).ln();
    eprintln!("chose l2 {l2:e} (AP {ap:.3}); Platt a={a:.3} b={b:.3}; threshold {threshold:.2} → P={p:.3} R={r:.3} F1={f1:.3}");
    // Reliability on dev-test: the share of check-worthy sentences per band of calibrated score.
    for band in 0..5 {
        let (lo, hi) = (band as f32 / 5.0, (band + 1) as f32 / 5.0);
        let inside: Vec<bool> =
            calibrated.iter().filter(|s| s.0 >= lo && (s.0 < hi || band == 4)).map(|s| s.1).collect();
        let share = inside.iter().filter(|&&y| y).count() as f32 / inside.len().max(1) as f32;
        eprintln!("  calibrated {lo:.1}–{hi:.1}: {:3} sentences, {share:.2} check-worthy", inside.len());
    }
    let final_w: Vec<f32> = w.iter().map(|x| x * a).collect();
    let final_bias = bias * a + b + shift;
    let bytes = encode(final_bias, &final_w);
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("factmark-train: {out}: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!("wrote {out} ({} bytes)", bytes.len());
    ExitCode::SUCCESS
}
