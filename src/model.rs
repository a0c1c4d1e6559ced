//! The shipped linear claim model: hashed word 1–2-grams plus evidence features, scoring only.

use std::sync::LazyLock;

use crate::evidence::{Evidence, EvidenceKind};

/// Number of hashed feature buckets; the weights file holds one `i8` per bucket plus a header.
pub const BUCKETS: usize = 1 << 15;

/// The committed weights, produced by `cargo run --release --bin factmark-train`.
static WEIGHTS_FILE: &[u8] = include_bytes!("model/claim-weights.bin");

/// Weights decoded once: bias, scale and the quantised bucket weights.
struct Weights {
    bias: f32,
    scale: f32,
    buckets: &'static [u8],
}

static WEIGHTS: LazyLock<Option<Weights>> = LazyLock::new(|| decode(WEIGHTS_FILE));

/// File layout: `FMW1`, bias (f32 LE), scale (f32 LE), then `BUCKETS` signed bytes.
fn decode(bytes: &'static [u8]) -> Option<Weights> {
    let body = bytes.strip_prefix(b"FMW1")?;
    let bias = f32::from_le_bytes(body.get(0..4)?.try_into().ok()?);
    let scale = f32::from_le_bytes(body.get(4..8)?.try_into().ok()?);
    let buckets = body.get(8..)?;
    (buckets.len() == BUCKETS).then_some(Weights { bias, scale, buckets })
}

/// Encodes weights in the layout [`decode`] reads (used by the trainer).
pub fn encode(bias: f32, weights: &[f32]) -> Vec<u8> {
    let max = weights.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-6);
    let scale = max / 127.0;
    let mut out = Vec::with_capacity(12 + weights.len());
    out.extend_from_slice(b"FMW1");
    out.extend_from_slice(&bias.to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend(weights.iter().map(|w| ((w / scale).round().clamp(-127.0, 127.0) as i8) as u8));
    out
}

/// The probability that `sentence` is a check-worthy claim.
pub fn score(sentence: &str, evidence: &[Evidence]) -> f32 {
    let Some(weights) = WEIGHTS.as_ref() else {
        return 0.0;
    };
    let mut z = weights.bias;
    features(sentence, evidence, |bucket, value| {
        z += weights.scale * f32::from(weights.buckets[bucket] as i8) * value;
    });
    1.0 / (1.0 + (-z).exp())
}

/// Calls `emit(bucket, value)` for every feature of a sentence. Allocates nothing per word.
pub fn features(sentence: &str, evidence: &[Evidence], mut emit: impl FnMut(usize, f32)) {
    let mut previous: u64 = hash_str(b"<s>", 0);
    let mut count = 0usize;
    for word in sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '%' || c == '$'))
        .filter(|w| !w.is_empty())
    {
        let h = hash_word(word);
        emit(bucket(h), 1.0);
        emit(bucket(mix(previous, h)), 1.0);
        previous = h;
        count += 1;
    }
    emit(bucket(mix(previous, hash_str(b"</s>", 0))), 1.0);
    for e in evidence {
        emit(bucket(hash_str(e.kind.as_str().as_bytes(), 0xE71D)), 1.0);
    }
    let kinds = [EvidenceKind::Money, EvidenceKind::Percentage, EvidenceKind::Quantity, EvidenceKind::Number];
    if evidence.iter().any(|e| kinds.contains(&e.kind)) {
        emit(bucket(hash_str(b"has-quantity", 0xE71D)), 1.0);
    }
    let length_bin = match count {
        0..=5 => b"len-short".as_slice(),
        6..=15 => b"len-mid",
        16..=30 => b"len-long",
        _ => b"len-very-long",
    };
    emit(bucket(hash_str(length_bin, 0x1E4)), 1.0);
    if sentence.trim_end().ends_with('?') {
        emit(bucket(hash_str(b"question", 0x1E4)), 1.0);
    }
}

/// FNV-1a over the lowercased word, with typographic apostrophes folded to ASCII.
fn hash_word(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in word.chars() {
        let c = if c == '’' { '\'' } else { c };
        for lc in c.to_lowercase() {
            let mut buf = [0u8; 4];
            for &b in lc.encode_utf8(&mut buf).as_bytes() {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
    }
    h
}

fn hash_str(bytes: &[u8], seed: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn mix(a: u64, b: u64) -> u64 {
    (a.rotate_left(17) ^ b).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

fn bucket(h: u64) -> usize {
    ((h ^ (h >> 29)) as usize) & (BUCKETS - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_weights_decode() {
        assert!(WEIGHTS.is_some(), "src/model/claim-weights.bin is missing or malformed");
    }

    #[test]
    fn encode_round_trips() {
        let mut w = vec![0.0f32; BUCKETS];
        w[7] = 2.0;
        w[9] = -1.0;
        let bytes: &'static [u8] = Box::leak(encode(0.5, &w).into_boxed_slice());
        let d = decode(bytes).unwrap();
        assert_eq!(d.bias, 0.5);
        assert!((d.scale * f32::from(d.buckets[7] as i8) - 2.0).abs() < 0.02);
        assert!((d.scale * f32::from(d.buckets[9] as i8) + 1.0).abs() < 0.02);
    }
}
