//! The shipped linear claim model: hashed word 1–2-grams plus evidence features, scoring only.

use std::sync::LazyLock;

use crate::evidence::{Evidence, EvidenceKind};

/// Number of hashed feature buckets. Only the few thousand that carry weight are stored.
pub const BUCKETS: usize = 1 << 19;

/// The committed weights, produced by `cargo run --release --bin factmark-train`.
static WEIGHTS_FILE: &[u8] = include_bytes!("model/claim-weights.bin");

/// Weights decoded once: bias, scale, and an open-addressed table whose slots each pack a stored
/// bucket (plus one; 0 marks an empty slot) above its quantised weight, so a lookup touches one word.
struct Weights {
    bias: f32,
    scale: f32,
    slots: Vec<u32>,
}

impl Weights {
    fn new(bias: f32, scale: f32, stored: &[(u32, i8)]) -> Weights {
        // At most a third full, so a miss (the common case) ends after a probe or two.
        let size = (stored.len() * 3).next_power_of_two().max(16);
        let mut slots = vec![0u32; size];
        for &(bucket, value) in stored {
            let mut i = Self::home(bucket, size);
            while slots[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            slots[i] = (bucket + 1) << 8 | u32::from(value as u8);
        }
        Weights { bias, scale, slots }
    }

    #[inline(always)]
    fn home(bucket: u32, size: usize) -> usize {
        (bucket.wrapping_mul(0x9E37_79B1) >> 12) as usize & (size - 1)
    }

    fn weight(&self, bucket: usize) -> f32 {
        let key = bucket as u32 + 1;
        let mask = self.slots.len() - 1;
        let mut i = Self::home(bucket as u32, self.slots.len());
        loop {
            match self.slots[i] {
                0 => return 0.0,
                slot if slot >> 8 == key => return self.scale * f32::from(slot as u8 as i8),
                _ => i = (i + 1) & mask,
            }
        }
    }
}

static WEIGHTS: LazyLock<Option<Weights>> = LazyLock::new(|| decode(WEIGHTS_FILE));

const MAGIC: &[u8; 4] = b"FMW3";

/// Weights are stored as whole multiples of `scale` from `-LEVELS` to `LEVELS`: 31 levels cost no
/// measurable accuracy and compress far better than 255.
pub const LEVELS: f32 = 15.0;

/// File layout: `FMW3`, bias (f32 LE), scale (f32 LE), the number of stored buckets (u32 LE), then
/// the gap from each stored bucket to the one before it (LEB128, ascending order), then their weights
/// (one i8 each, times scale). Gaps and weights are kept apart so that gzip finds the patterns of each.
fn decode(bytes: &[u8]) -> Option<Weights> {
    let body = bytes.strip_prefix(MAGIC)?;
    let word = |at: usize| -> Option<[u8; 4]> { body.get(at..at + 4)?.try_into().ok() };
    let bias = f32::from_le_bytes(word(0)?);
    let scale = f32::from_le_bytes(word(4)?);
    let count = u32::from_le_bytes(word(8)?) as usize;
    let mut rest = body.get(12..)?;
    let mut buckets: Vec<u32> = Vec::with_capacity(count.min(BUCKETS));
    let mut bucket: u32 = 0;
    for _ in 0..count {
        let (mut gap, mut shift) = (0u32, 0);
        loop {
            let (&byte, tail) = rest.split_first()?;
            rest = tail;
            gap |= u32::from(byte & 0x7f).checked_shl(shift)?;
            shift += 7;
            if byte & 0x80 == 0 {
                break;
            }
        }
        bucket = bucket.checked_add(gap)?;
        if bucket as usize >= BUCKETS {
            return None;
        }
        buckets.push(bucket);
    }
    if rest.len() != count {
        return None;
    }
    let stored: Vec<(u32, i8)> = buckets.into_iter().zip(rest.iter().map(|&v| v as i8)).collect();
    Some(Weights::new(bias, scale, &stored))
}

/// The step between stored weight levels for `weights`.
fn step(weights: &[f32]) -> f32 {
    weights.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-6) / LEVELS
}

/// Rounds `weights` to the levels [`encode`] stores, so that a trainer can calibrate the model that
/// ships rather than the unrounded one.
pub fn quantize(weights: &mut [f32]) {
    let step = step(weights);
    weights.iter_mut().for_each(|w| *w = (*w / step).round() * step);
}

/// Encodes weights in the layout [`decode`] reads, storing only the buckets whose weight is not zero
/// once quantised (used by the trainer).
pub fn encode(bias: f32, weights: &[f32]) -> Vec<u8> {
    let scale = step(weights);
    let stored: Vec<(usize, i8)> = weights
        .iter()
        .enumerate()
        .map(|(bucket, w)| (bucket, (w / scale).round().clamp(-LEVELS, LEVELS) as i8))
        .filter(|&(_, q)| q != 0)
        .collect();
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&bias.to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend_from_slice(&(stored.len() as u32).to_le_bytes());
    let mut previous = 0usize;
    for &(bucket, _) in &stored {
        let mut gap = bucket - previous;
        previous = bucket;
        loop {
            let byte = (gap & 0x7f) as u8;
            gap >>= 7;
            if gap == 0 {
                out.push(byte);
                break;
            }
            out.push(byte | 0x80);
        }
    }
    out.extend(stored.iter().map(|&(_, q)| q as u8));
    out
}

/// The probability that `sentence` is a check-worthy claim.
pub fn score(sentence: &str, evidence: &[Evidence]) -> f32 {
    let Some(weights) = WEIGHTS.as_ref() else {
        return 0.0;
    };
    let mut z = weights.bias;
    features(sentence, evidence, |bucket, value| {
        z += weights.weight(bucket) * value;
    });
    1.0 / (1.0 + (-z).exp())
}

/// Calls `emit(bucket, value)` for every feature of a sentence. Allocates nothing per word.
pub fn features(sentence: &str, evidence: &[Evidence], mut emit: impl FnMut(usize, f32)) {
    let mut previous: u64 = hash_str(b"<s>", 0);
    let mut count = 0usize;
    for_each_word(sentence, |word| {
        let h = hash_word(word);
        emit(bucket(h), 1.0);
        if word.bytes().any(|b| b.is_ascii_digit()) {
            emit(bucket(hash_str(b"<num>", 0x4E)), 1.0);
        }
        emit(bucket(mix(previous, h)), 1.0);
        previous = h;
        count += 1;
    });
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

/// Calls `f` for every word: a run of letters, digits, apostrophes (' ’), `%` and `$`.
fn for_each_word<'a>(sentence: &'a str, mut f: impl FnMut(&'a str)) {
    let bytes = sentence.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (inside, width) = if b.is_ascii() {
            (b.is_ascii_alphanumeric() || matches!(b, b'\'' | b'%' | b'$'), 1)
        } else {
            let c = sentence[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric() || c == '’', c.len_utf8())
        };
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                f(&sentence[s..i]);
                start = None;
            }
            _ => {}
        }
        i += width;
    }
    if let Some(s) = start {
        f(&sentence[s..]);
    }
}

/// FNV-1a over the lowercased word, with typographic apostrophes folded to ASCII (a word holding a
/// digit also fires "<num>", so "$4 trillion" and "27 million" share a feature).
fn hash_word(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut fold = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    if word.is_ascii() {
        word.bytes().for_each(|b| fold(b.to_ascii_lowercase()));
        return h;
    }
    for c in word.chars() {
        let c = if c == '’' { '\'' } else { c };
        let mut buf = [0u8; 4];
        crate::case::lower_char(c).encode_utf8(&mut buf).bytes().for_each(&mut fold);
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

#[inline(always)]
fn mix(a: u64, b: u64) -> u64 {
    (a.rotate_left(17) ^ b).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[inline(always)]
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
        w[BUCKETS - 1] = 0.5;
        let d = decode(&encode(0.5, &w)).unwrap();
        assert_eq!(d.bias, 0.5);
        assert_eq!(d.slots.iter().filter(|&&k| k != 0).count(), 3);
        assert!((d.weight(7) - 2.0).abs() < 0.07);
        assert!((d.weight(9) + 1.0).abs() < 0.07);
        assert!((d.weight(BUCKETS - 1) - 0.5).abs() < 0.07);
        assert_eq!(d.weight(8), 0.0);
    }

    #[test]
    fn truncated_files_are_refused() {
        let mut w = vec![0.0f32; BUCKETS];
        w[300] = 1.0;
        let bytes = encode(0.0, &w);
        assert!(decode(&bytes[..bytes.len() - 1]).is_none());
        assert!(decode(b"FMW2").is_none());
        let mut longer = bytes.clone();
        longer.push(1);
        assert!(decode(&longer).is_none());
    }
}
