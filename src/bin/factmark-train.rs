//! Trains the shipped claim model on debates and news and writes `src/model/claim-weights.bin`.
//!
//! usage: factmark-train [--study] [DATA_DIR] [OUT_FILE]
//!   DATA_DIR defaults to ../shared/data. The model learns from CheckThat! 2024 (ct24/train, dev and
//!   dev-test: debate sentences) and news-claims/train.jsonl (sentences of news articles, whose texts
//!   are in polnear-train.jsonl). Every setting is chosen by cross-validation: the debates are cut
//!   into [`FOLDS`] contiguous ranges of `Sentence_id` (whole debates, give or take the edges) and the
//!   articles into [`FOLDS`] groups; fold k trains on the rest and is scored as the product scores
//!   it (the claim finder over the whole text). From the held-out scores come the L2 strength and the
//!   weight of news against debates (by average precision, news and debates equally), the
//!   calibration (a logistic fit of the held-out margins, news and debates weighted equally) and the
//!   default threshold (the lowest with precision ≥ [`TARGET_PRECISION`] on held-out news). The
//!   shipped model is then trained on everything with those settings. news-claims/dev.jsonl is never
//!   read. OUT_FILE defaults to src/model/claim-weights.bin.
//!   --study measures each feature group by the same cross-validation, added to the bare model and
//!   taken from the shipped one, and writes no weights.
//! Deterministic: the same data gives the same bytes.

use std::process::ExitCode;

use factmark::claim::{find_claims_with, in_article, read_span};
use factmark::model::{encode, features, quantize, Bias, FeatureSet, Reading, BUCKETS, SHIPPED};
use factmark::{segment, Options, Quote, QuoteKind, Span};
use serde_json::Value;

/// Cross-validation folds, for debates and for articles alike.
const FOLDS: usize = 5;
/// Passes over the data.
const EPOCHS: usize = 8;
/// AdaGrad base learning rate.
const RATE: f32 = 0.03;
/// Features seen in fewer training sentences than this are dropped before training.
const MIN_COUNT: u32 = 3;
/// How many weights, the largest, are kept; the rest are zero and not stored (32 KB, 18.6 KB
/// gzipped). Chosen as the largest form that leaves the widget 2 KB under its 150 KB budget, by the
/// same cross-validation (average precision debates / news, and gzipped size): 20,000 at 31 levels
/// 0.735 / 0.669 (25.6 KB, the widget 153.8 KB, over); 20,000 at 15 levels 0.732 / 0.668 (23.1 KB);
/// 18,000 at 15 levels 0.734 / 0.666 (21.3 KB, the widget 149.3 KB); 18,000 at 11 levels
/// 0.731 / 0.660 (19.2 KB); 16,000 at 15 levels 0.728 / 0.666 (18.6 KB, the widget 146.8 KB).
const KEEP: usize = 16_000;
/// L2 strengths tried (per example step).
const L2_GRID: [f32; 3] = [1e-3, 1e-2, 3e-2];
/// Weights of a news sentence against a debate sentence tried.
const NEWS_WEIGHT_GRID: [f32; 3] = [1.0, 2.0, 4.0];
/// The default threshold is the lowest at which held-out news reaches this precision.
const TARGET_PRECISION: f32 = 0.70;

/// A text the claim finder reads, with its paragraphs and quotes found once.
struct Doc {
    text: String,
    paragraphs: Vec<Span>,
    quotes: Vec<Quote>,
    fold: usize,
}

impl Doc {
    // Field by field: `Options` may grow fields the trainer need not know.
    #[allow(clippy::field_reassign_with_default)]
    fn new(text: String, fold: usize) -> Doc {
        let paragraphs = segment::paragraphs(&text);
        // Quotes as the product finds them (claims are not wanted here).
        let mut options = Options::default();
        options.min_score = f32::INFINITY;
        let quotes = factmark::analyze_with(&text, &options).quotes;
        Doc { text, paragraphs, quotes, fold }
    }

    /// The text read as the claim finder reads it: its tokens, those of direct quotes marked quoted.
    fn read(&self) -> factmark::doc::Doc<'_> {
        let mut quoted: Vec<Span> = self
            .quotes
            .iter()
            .filter(|q| q.kind != QuoteKind::Indirect)
            .flat_map(|q| q.parts.iter().copied())
            .collect();
        quoted.sort_unstable();
        factmark::doc::Doc::new(&self.text, &self.paragraphs, &quoted)
    }
}

/// A labelled span of a document: a whole debate sentence, or a sentence of an article.
struct Labelled {
    doc: usize,
    span: Span,
    label: bool,
    /// Read as part of an article (see `claim::in_article`): calibrated with the article intercept.
    article: bool,
}

/// One domain's documents and labels.
struct Domain {
    name: &'static str,
    docs: Vec<Doc>,
    labels: Vec<Labelled>,
}

/// Reads CT24 TSVs; a line holding two records joined (`…\tNo12345\t…`) is split back apart. Rows
/// are ordered by `Sentence_id` and cut into [`FOLDS`] contiguous ranges.
fn read_debates(dir: &str) -> Result<Domain, String> {
    let mut rows: Vec<(u64, String, bool)> = Vec::new();
    for name in ["train.tsv", "dev.tsv", "dev-test.tsv"] {
        let path = format!("{dir}/ct24/{name}");
        let data = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        for line in data.lines().skip(1) {
            let fields: Vec<&str> = line.split('\t').collect();
            let mut id = fields.first().and_then(|f| f.trim().parse::<u64>().ok());
            let mut i = 0;
            while i + 2 < fields.len() {
                let (label, rest) = if let Some(rest) = fields[i + 2].strip_prefix("Yes") {
                    (true, rest)
                } else if let Some(rest) = fields[i + 2].strip_prefix("No") {
                    (false, rest)
                } else {
                    break;
                };
                if let Some(id) = id {
                    rows.push((id, fields[i + 1].to_owned(), label));
                }
                // The next record's id is glued to this label; its text and label follow.
                id = rest.trim().parse().ok();
                if rest.is_empty() {
                    break;
                }
                i += 2;
            }
        }
    }
    rows.sort_by_key(|r| r.0);
    let n = rows.len();
    let mut domain = Domain { name: "debates", docs: Vec::with_capacity(n), labels: Vec::with_capacity(n) };
    for (k, (_, text, label)) in rows.into_iter().enumerate() {
        let span = Span::new(0, text.len());
        domain.docs.push(Doc::new(text, k * FOLDS / n));
        domain.labels.push(Labelled { doc: k, span, label, article: false });
    }
    Ok(domain)
}

/// The byte offset of each UTF-16 offset of `text` (one entry per code unit, and one for the end).
fn utf16_to_bytes(text: &str) -> Vec<usize> {
    let mut out = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        for _ in 0..c.len_utf16() {
            out.push(i);
        }
    }
    out.push(text.len());
    out
}

/// Reads news-claims/train.jsonl and the texts of its articles; articles in id order, dealt to folds
/// in turn.
fn read_news(dir: &str) -> Result<Domain, String> {
    let path = format!("{dir}/news-claims/train.jsonl");
    let data = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let mut rows: Vec<(String, usize, usize, bool)> = Vec::new();
    for (n, line) in data.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let field = |k: &str| v.get(k).and_then(Value::as_u64).map(|x| x as usize);
        match (v.get("article").and_then(Value::as_str), field("start"), field("end"), field("label")) {
            (Some(a), Some(s), Some(e), Some(l)) => rows.push((a.to_owned(), s, e, l == 1)),
            _ => return Err(format!("{path}:{}: bad label line", n + 1)),
        }
    }
    let mut ids: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    ids.sort_unstable();
    ids.dedup();
    let texts_path = format!("{dir}/polnear-train.jsonl");
    let texts = std::fs::read_to_string(&texts_path).map_err(|e| format!("{texts_path}: {e}"))?;
    let mut found: Vec<Option<String>> = vec![None; ids.len()];
    for line in texts.lines() {
        let v: Value = serde_json::from_str(line).map_err(|e| format!("{texts_path}: {e}"))?;
        if let (Some(id), Some(text)) = (v.get("id").and_then(Value::as_str), v.get("text").and_then(Value::as_str)) {
            if let Ok(k) = ids.binary_search_by(|x| x.as_str().cmp(id)) {
                found[k] = Some(text.to_owned());
            }
        }
    }
    let mut domain = Domain { name: "news", docs: Vec::new(), labels: Vec::new() };
    for (k, text) in found.into_iter().enumerate() {
        let text = text.ok_or_else(|| format!("article {} is not in {texts_path}", ids[k]))?;
        domain.docs.push(Doc::new(text, k % FOLDS));
    }
    let tables: Vec<Vec<usize>> = domain.docs.iter().map(|d| utf16_to_bytes(&d.text)).collect();
    for (article, start, end, label) in rows {
        let doc = ids.binary_search(&article).map_err(|_| format!("no text for {article}"))?;
        let table = &tables[doc];
        let (Some(&s), Some(&e)) = (table.get(start), table.get(end)) else {
            return Err(format!("{path}: span {start}..{end} lies outside {article}"));
        };
        let span = Span::new(s, e);
        let paragraph = domain.docs[doc].paragraphs.partition_point(|p| p.end() <= span.start());
        domain.labels.push(Labelled { doc, span, label, article: in_article(paragraph) });
    }
    Ok(domain)
}

type Features = Vec<u32>;

/// A training example: its features, label, weight and fold.
struct Example {
    features: Features,
    label: bool,
    weight: f32,
    fold: usize,
}

/// The buckets of a reading's features (every value is 1).
fn bucket_list(set: FeatureSet, reading: &Reading) -> Features {
    let mut out = Vec::new();
    features(set, reading, |b, v| {
        debug_assert!(v == 1.0);
        out.push(b as u32);
    });
    out
}

fn examples(set: FeatureSet, domain: &Domain) -> Vec<(Features, bool, usize)> {
    // Labels come document by document: each document is read once for all of its labels.
    let mut read: Option<(usize, factmark::doc::Doc)> = None;
    let mut out = Vec::with_capacity(domain.labels.len());
    for l in &domain.labels {
        let doc = &domain.docs[l.doc];
        if read.as_ref().is_none_or(|(d, _)| *d != l.doc) {
            read = Some((l.doc, doc.read()));
        }
        let words = read.as_ref().map(|(_, words)| words).expect("read above");
        let feats = read_span(words, &doc.paragraphs, l.span, &doc.quotes, |r| bucket_list(set, r));
        out.push((feats, l.label, doc.fold));
    }
    out
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// A linear model: dense weights over the buckets and a bias.
struct Linear {
    w: Vec<f32>,
    bias: f32,
}

/// Logistic regression by AdaGrad with L2, weights averaged over the last half of the passes; then
/// features seen in fewer than [`MIN_COUNT`] sentences are dropped beforehand, and afterwards all but
/// the [`KEEP`] largest weights, and the rest rounded to the stored levels: the model as it ships.
fn train(examples: &[&Example], l2: f32) -> Linear {
    let mut counts = vec![0u32; BUCKETS];
    for e in examples {
        for &b in &e.features {
            counts[b as usize] += 1;
        }
    }
    let kept: Vec<Features> = examples
        .iter()
        .map(|e| e.features.iter().copied().filter(|&b| counts[b as usize] >= MIN_COUNT).collect())
        .collect();
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
            let (feats, e) = (&kept[k], examples[k]);
            let p = sigmoid(bias + feats.iter().map(|&b| w[b as usize]).sum::<f32>());
            let g = (p - if e.label { 1.0 } else { 0.0 }) * e.weight;
            for &b in feats {
                let b = b as usize;
                let grad = g + l2 * w[b];
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
    let nonzero = avg.iter().filter(|x| **x != 0.0).count();
    if KEEP < nonzero {
        let mut mags: Vec<f32> = avg.iter().map(|x| x.abs()).collect();
        mags.sort_by(|a, b| b.total_cmp(a));
        let cut = mags[KEEP];
        avg.iter_mut().for_each(|x| {
            if x.abs() <= cut {
                *x = 0.0
            }
        });
    }
    quantize(&mut avg);
    Linear { w: avg, bias: avg_bias / averaged }
}

/// The held-out margin of each labelled span of `domain` in `fold`, as the product finds it: the
/// claim finder runs over the whole text, and a labelled span takes the best claim covering more
/// than half of it (none: minus infinity).
/// The examples of both domains read with `set`, a debate sentence weighing 1 and a news sentence
/// `news_weight`.
fn weighted_examples(set: FeatureSet, domains: &[Domain; 2], news_weight: f32) -> Vec<Example> {
    let mut all = Vec::new();
    for (domain, weight) in domains.iter().zip([1.0, news_weight]) {
        all.extend(examples(set, domain).into_iter().map(|(features, label, fold)| Example {
            features,
            label,
            weight,
            fold,
        }));
    }
    all
}

fn held_out(set: FeatureSet, model: &Linear, domain: &Domain, fold: usize, out: &mut [f32]) {
    let score = |r: &Reading| {
        let mut z = model.bias;
        features(set, r, |b, _| z += model.w[b]);
        z
    };
    let mut by_doc: Vec<Vec<usize>> = vec![Vec::new(); domain.docs.len()];
    for (k, l) in domain.labels.iter().enumerate() {
        if domain.docs[l.doc].fold == fold {
            by_doc[l.doc].push(k);
        }
    }
    for (d, labels) in by_doc.iter().enumerate().filter(|(_, l)| !l.is_empty()) {
        let doc = &domain.docs[d];
        let claims = find_claims_with(&doc.read(), &doc.paragraphs, &doc.quotes, f32::MIN, &score);
        for &k in labels {
            let span = domain.labels[k].span;
            out[k] = claims
                .iter()
                .filter(|c| {
                    2 * (c.span.end().min(span.end()).saturating_sub(c.span.start().max(span.start()))) > span.len()
                })
                .map(|c| c.score)
                .fold(f32::NEG_INFINITY, f32::max);
        }
    }
}

/// Average precision of a ranking, tied scores forming one step (as the shared scorers count it).
fn average_precision(scored: &[(f32, bool)]) -> f32 {
    let mut sorted = scored.to_vec();
    sorted.sort_by(|a, b| b.0.total_cmp(&a.0));
    let positives = sorted.iter().filter(|s| s.1).count();
    if positives == 0 {
        return 0.0;
    }
    let (mut ap, mut tp, mut previous_recall, mut i) = (0f64, 0usize, 0f64, 0);
    while i < sorted.len() {
        let mut j = i;
        while j < sorted.len() && sorted[j].0 == sorted[i].0 {
            tp += usize::from(sorted[j].1);
            j += 1;
        }
        let recall = tp as f64 / positives as f64;
        ap += (recall - previous_recall) * tp as f64 / j as f64;
        previous_recall = recall;
        i = j;
    }
    ap as f32
}

/// Precision, recall and F1 at `threshold`.
fn prf(scored: &[(f32, bool)], threshold: f32) -> (f32, f32, f32) {
    let tp = scored.iter().filter(|s| s.0 >= threshold && s.1).count() as f32;
    let fp = scored.iter().filter(|s| s.0 >= threshold && !s.1).count() as f32;
    let fn_ = scored.iter().filter(|s| s.0 < threshold && s.1).count() as f32;
    let p = tp / (tp + fp).max(1.0);
    let r = tp / (tp + fn_).max(1.0);
    (p, r, 2.0 * p * r / (p + r).max(1e-9))
}

/// Platt scaling with one intercept per domain: `a`, `b` (lone sentences) and `c` (articles) with
/// `sigmoid(a·margin + b)` or `sigmoid(a·margin + c)` fitted to the labels by Newton steps, each
/// margin weighted. Margins of minus infinity (no claim) are left out: they score 0 whatever a, b, c.
fn platt(margins: &[(f32, bool, f32, bool)]) -> Calibration {
    let mut x = [1f64, 0f64, 0f64];
    for _ in 0..50 {
        let mut g = [0f64; 3];
        let mut h = [[0f64; 3]; 3];
        (0..3).for_each(|i| h[i][i] = 1e-6);
        for &(m, y, weight, article) in margins.iter().filter(|m| m.0.is_finite()) {
            let (m, weight) = (f64::from(m), f64::from(weight));
            let d = [m, if article { 0.0 } else { 1.0 }, if article { 1.0 } else { 0.0 }];
            let p = 1.0 / (1.0 + (-(x[0] * d[0] + x[1] * d[1] + x[2] * d[2])).exp());
            let r = (p - if y { 1.0 } else { 0.0 }) * weight;
            let q = p * (1.0 - p) * weight;
            for i in 0..3 {
                g[i] += r * d[i];
                for j in 0..3 {
                    h[i][j] += q * d[i] * d[j];
                }
            }
        }
        // Solve h·step = g (3×3, by Cramer's rule) and step down.
        let det3 = |m: &[[f64; 3]; 3]| {
            m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
        };
        let det = det3(&h);
        for (i, xi) in x.iter_mut().enumerate() {
            let mut hi = h;
            (0..3).for_each(|r| hi[r][i] = g[r]);
            *xi -= det3(&hi) / det;
        }
    }
    Calibration { a: x[0] as f32, alone: x[1] as f32, article: x[2] as f32 }
}

/// Held-out margins mapped to probabilities: `sigmoid(a·margin + intercept)`, the intercept of the
/// margin's domain.
#[derive(Debug, Clone, Copy)]
struct Calibration {
    a: f32,
    alone: f32,
    article: f32,
}

/// Held-out margins of both domains under one set of settings.
struct CrossValidated {
    debates: Vec<(f32, bool)>,
    news: Vec<(f32, bool)>,
    /// Whether each news margin was read in an article (the first paragraph is not).
    news_in_article: Vec<bool>,
}

impl CrossValidated {
    fn run(set: FeatureSet, domains: &[Domain; 2], l2: f32, news_weight: f32) -> CrossValidated {
        let all = weighted_examples(set, domains, news_weight);
        let mut margins: Vec<Vec<f32>> = domains.iter().map(|d| vec![f32::NEG_INFINITY; d.labels.len()]).collect();
        for fold in 0..FOLDS {
            let fit: Vec<&Example> = all.iter().filter(|e| e.fold != fold).collect();
            let model = train(&fit, l2);
            for (domain, out) in domains.iter().zip(&mut margins) {
                held_out(set, &model, domain, fold, out);
            }
        }
        let labelled = |d: &Domain, m: &[f32]| -> Vec<(f32, bool)> {
            d.labels.iter().zip(m).map(|(l, &m)| (m, l.label)).collect()
        };
        CrossValidated {
            debates: labelled(&domains[0], &margins[0]),
            news: labelled(&domains[1], &margins[1]),
            news_in_article: domains[1].labels.iter().map(|l| l.article).collect(),
        }
    }

    /// Held-out average precision, debates and news.
    fn aps(&self) -> (f32, f32) {
        (average_precision(&self.debates), average_precision(&self.news))
    }

    /// The held-out news scores as probabilities, each with its intercept.
    fn news_calibrated(&self, c: Calibration) -> Vec<(f32, bool)> {
        let intercept = |article: bool| if article { c.article } else { c.alone };
        self.news
            .iter()
            .zip(&self.news_in_article)
            .map(|(&(m, y), &article)| (if m.is_finite() { sigmoid(c.a * m + intercept(article)) } else { 0.0 }, y))
            .collect()
    }

    /// The calibration fitted on the held-out margins, each domain weighing the same in all.
    fn calibration(&self) -> Calibration {
        let weight = |n: usize| 1.0 / n.max(1) as f32;
        let (wd, wn) = (weight(self.debates.len()), weight(self.news.len()));
        let margins: Vec<(f32, bool, f32, bool)> = self
            .debates
            .iter()
            .map(|&(m, y)| (m, y, wd, false))
            .chain(self.news.iter().zip(&self.news_in_article).map(|(&(m, y), &article)| (m, y, wn, article)))
            .collect();
        platt(&margins)
    }
}

fn calibrated(scored: &[(f32, bool)], a: f32, b: f32) -> Vec<(f32, bool)> {
    scored.iter().map(|&(m, y)| (if m.is_finite() { sigmoid(a * m + b) } else { 0.0 }, y)).collect()
}

/// The lowest threshold (in hundredths) at which `scored` reaches [`TARGET_PRECISION`].
fn threshold_for_precision(scored: &[(f32, bool)]) -> f32 {
    (30..=95).map(|t| t as f32 / 100.0).find(|&t| prf(scored, t).0 >= TARGET_PRECISION).unwrap_or(0.95)
}

/// Prints the held-out figures of a run: debates at 0.5 and news at `threshold`, after calibration.
fn report(label: &str, cv: &CrossValidated, c: Calibration, threshold: f32) {
    let debates = calibrated(&cv.debates, c.a, c.alone);
    let news = cv.news_calibrated(c);
    let (dp, dr, df) = prf(&debates, 0.5);
    let (np, nr, nf) = prf(&news, threshold);
    let (dap, nap) = cv.aps();
    let best = |scored: &[(f32, bool)]| {
        (5..=95).map(|t| (prf(scored, t as f32 / 100.0).2, t as f32 / 100.0)).fold((0.0, 0.5), |b, c| {
            if c.0 > b.0 {
                c
            } else {
                b
            }
        })
    };
    let ((dbest, dt), (nbest, nt)) = (best(&debates), best(&news));
    eprintln!(
        "{label}: debates at 0.5 P={dp:.3} R={dr:.3} F1={df:.3} AP={dap:.3} | news at {threshold:.2} P={np:.3} R={nr:.3} \
         F1={nf:.3} AP={nap:.3} | best F1 debates {dbest:.3} at {dt:.2}, news {nbest:.3} at {nt:.2}"
    );
}

fn study(domains: &[Domain; 2], l2: f32, news_weight: f32) {
    eprintln!("feature study ({FOLDS}-fold grouped CV, l2 {l2:e}, news weight {news_weight}):");
    let run = |set: FeatureSet, label: &str| {
        let cv = CrossValidated::run(set, domains, l2, news_weight);
        let c = cv.calibration();
        let threshold = threshold_for_precision(&cv.news_calibrated(c));
        report(label, &cv, c, threshold);
    };
    run(FeatureSet(0), "bare (word 1–2-grams, evidence kinds, length)");
    for (group, name) in FeatureSet::GROUPS {
        run(FeatureSet(group), &format!("bare + {name}"));
    }
    run(SHIPPED, "shipped");
    for (group, name) in FeatureSet::GROUPS.into_iter().filter(|&(g, _)| SHIPPED.has(g)) {
        run(FeatureSet(SHIPPED.0 & !group), &format!("shipped − {name}"));
    }
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let studying = args.first().is_some_and(|a| a == "--study");
    if studying {
        args.remove(0);
    }
    let dir = args.first().cloned().unwrap_or_else(|| "../shared/data".to_owned());
    let out = args.get(1).cloned().unwrap_or_else(|| "src/model/claim-weights.bin".to_owned());
    let domains = match (read_debates(&dir), read_news(&dir)) {
        (Ok(d), Ok(n)) => [d, n],
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("factmark-train: {e}");
            return ExitCode::FAILURE;
        }
    };
    for d in &domains {
        eprintln!(
            "{}: {} labelled sentences ({} check-worthy) in {} texts",
            d.name,
            d.labels.len(),
            d.labels.iter().filter(|l| l.label).count(),
            d.docs.len()
        );
    }

    // L2 and the weight of news, by held-out average precision (debates and news equally).
    let mut best: Option<(f32, f32, f32, CrossValidated)> = None;
    for l2 in L2_GRID {
        for news_weight in NEWS_WEIGHT_GRID {
            let cv = CrossValidated::run(SHIPPED, &domains, l2, news_weight);
            let (dap, nap) = cv.aps();
            eprintln!("l2 {l2:e}, news weight {news_weight}: held-out AP debates {dap:.3}, news {nap:.3}");
            if best.as_ref().is_none_or(|b| dap + nap > b.0) {
                best = Some((dap + nap, l2, news_weight, cv));
            }
        }
    }
    let Some((_, l2, news_weight, cv)) = best else { return ExitCode::FAILURE };
    if studying {
        study(&domains, l2, news_weight);
        return ExitCode::SUCCESS;
    }
    let c = cv.calibration();
    let news = cv.news_calibrated(c);
    let threshold = threshold_for_precision(&news);
    eprintln!(
        "chose l2 {l2:e}, news weight {news_weight}; Platt a={:.3}, intercepts {:.3} alone, {:.3} in an article; \
         default threshold {threshold:.2} (held-out news precision ≥ {TARGET_PRECISION})",
        c.a, c.alone, c.article
    );
    report(&format!("cross-validated ({FOLDS} folds)"), &cv, c, threshold);
    let (np, nr, nf) = prf(&news, 0.5);
    eprintln!("  news at 0.5: P={np:.3} R={nr:.3} F1={nf:.3}");
    // Reliability: the share of check-worthy sentences per band of calibrated held-out score.
    for (name, scored) in [("debates", calibrated(&cv.debates, c.a, c.alone)), ("news", news)] {
        let bands: Vec<String> = (0..5)
            .map(|band| {
                let (lo, hi) = (band as f32 / 5.0, (band + 1) as f32 / 5.0);
                let inside: Vec<bool> =
                    scored.iter().filter(|s| s.0 >= lo && (s.0 < hi || band == 4)).map(|s| s.1).collect();
                let share = inside.iter().filter(|&&y| y).count() as f32 / inside.len().max(1) as f32;
                format!("{lo:.1}–{hi:.1}: {share:.2} of {}", inside.len())
            })
            .collect();
        eprintln!("  calibration on held-out {name}: {}", bands.join(", "));
    }

    let all = weighted_examples(SHIPPED, &domains, news_weight);
    let fit: Vec<&Example> = all.iter().collect();
    let model = train(&fit, l2);
    let final_w: Vec<f32> = model.w.iter().map(|x| x * c.a).collect();
    let bias = Bias { alone: model.bias * c.a + c.alone, article: model.bias * c.a + c.article };
    let bytes = encode(bias, &final_w);
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("factmark-train: {out}: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!(
        "wrote {out} ({} bytes, {} weights); default threshold {threshold:.2}",
        bytes.len(),
        model.w.iter().filter(|x| **x != 0.0).count()
    );
    println!("default-min-score {threshold:.2}");
    ExitCode::SUCCESS
}
