//! The shipped linear claim model: hashed word 1–2-grams and stems plus evidence features, scoring only.

use std::sync::LazyLock;

use crate::doc::tokens::TokenRange;
use crate::doc::Doc;
use crate::evidence::{Evidence, EvidenceKind};
use crate::fast_hash::{fnv_bytes, fnv_step, FastMap, FNV_OFFSET};
use crate::span::Span;
use crate::words::word_hash;

/// Number of hashed feature buckets. Only the few thousand that carry weight are stored in the file.
pub const BUCKETS: usize = 1 << 19;

/// The committed weights, produced by `cargo run --release --bin factmark-train`.
static WEIGHTS_FILE: &[u8] = include_bytes!("model/claim-weights.bin");

/// Weights decoded once: the biases, and every bucket's quantised level (0 for a bucket the file
/// does not store) with the weight of each level, so that a lookup is two loads where a hashed table
/// of the stored buckets took a probe loop. A table of fixed size needs no bounds check per feature.
struct Weights {
    bias: Bias,
    /// Half a megabyte, built on the heap (it would not fit the widget's stack).
    levels: Box<[i8; BUCKETS]>,
    /// `scale * level` for every level (read as its byte), worked out once, not per feature.
    values: Box<[f32; 256]>,
}

impl Weights {
    fn new(bias: Bias, scale: f32, stored: &[(u32, i8)]) -> Option<Weights> {
        let mut levels: Box<[i8; BUCKETS]> = vec![0; BUCKETS].into_boxed_slice().try_into().ok()?;
        for &(bucket, value) in stored {
            levels[bucket as usize] = value;
        }
        let mut values = Box::new([0.0; 256]);
        for (byte, value) in values.iter_mut().enumerate() {
            *value = scale * f32::from(byte as u8 as i8);
        }
        Some(Weights { bias, levels, values })
    }

    /// The weight of `bucket` (< [`BUCKETS`]): `scale * 0` for one not stored.
    #[inline(always)]
    fn weight(&self, bucket: usize) -> f32 {
        self.values[usize::from(self.levels[bucket & (BUCKETS - 1)] as u8)]
    }
}

static WEIGHTS: LazyLock<Option<Weights>> = LazyLock::new(|| decode(WEIGHTS_FILE));

const MAGIC: &[u8; 4] = b"FMW4";

/// Weights are stored as whole multiples of `scale` from `-LEVELS` to `LEVELS`: 15 levels cost
/// 0.001–0.003 of cross-validated average precision against 31 and compress far better (see the
/// trainer's `KEEP`).
pub const LEVELS: f32 = 7.0;

/// The model's intercepts: one for a lone sentence or transcript line, one for a sentence of an
/// article ([`Reading::article`]). Calibration fits them apart: the same words are a claim more or
/// less often in news than in debates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bias {
    /// For a lone sentence.
    pub alone: f32,
    /// For a sentence of an article.
    pub article: f32,
}

/// File layout: `FMW4`, the biases alone and in an article (f32 LE each), scale (f32 LE), the number of stored buckets (u32 LE), then
/// the gap from each stored bucket to the one before it (LEB128, ascending order), then their weights
/// (one i8 each, times scale), then the FNV-1a hash of all the bytes before it (u64 LE), so that a
/// corrupt byte anywhere is refused. Gaps and weights are kept apart so that gzip finds the patterns
/// of each.
fn decode(bytes: &[u8]) -> Option<Weights> {
    let (bytes, sum) = bytes.split_at_checked(bytes.len().checked_sub(8)?)?;
    if hash_str(bytes, 0).to_le_bytes() != sum {
        return None;
    }
    let body = bytes.strip_prefix(MAGIC)?;
    let word = |at: usize| -> Option<[u8; 4]> { body.get(at..at + 4)?.try_into().ok() };
    let bias = Bias { alone: f32::from_le_bytes(word(0)?), article: f32::from_le_bytes(word(4)?) };
    let scale = f32::from_le_bytes(word(8)?);
    let count = u32::from_le_bytes(word(12)?) as usize;
    let mut rest = body.get(16..)?;
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
    Weights::new(bias, scale, &stored)
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
pub fn encode(bias: Bias, weights: &[f32]) -> Vec<u8> {
    let scale = step(weights);
    let stored: Vec<(usize, i8)> = weights
        .iter()
        .enumerate()
        .map(|(bucket, w)| (bucket, (w / scale).round().clamp(-LEVELS, LEVELS) as i8))
        .filter(|&(_, q)| q != 0)
        .collect();
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&bias.alone.to_le_bytes());
    out.extend_from_slice(&bias.article.to_le_bytes());
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
    let sum = hash_str(&out, 0);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// What the model reads of one sentence or clause.
#[derive(Debug, Clone, Copy)]
pub struct Reading<'a> {
    /// The whole text, read once: the words of `span` are its tokens.
    pub doc: &'a Doc<'a>,
    /// The sentence or clause, a span of the text.
    pub span: Span,
    /// The tokens of `span`.
    pub tokens: TokenRange,
    /// The evidence inside `span`.
    pub evidence: &'a [Evidence],
    /// The quoted or reported content inside `span` (in text order, not overlapping): what was
    /// said, read apart from the frame around it ("Trump said …", "according to …"). Empty when the
    /// sentence quotes no one.
    pub content: &'a [Span],
    /// True when the sentence is read as part of an article (it follows a first paragraph, see
    /// [`crate::claim::in_article`]) rather than as a lone sentence or transcript line: news writing
    /// has its own habits (scene-setting, logistics, background).
    pub article: bool,
}

/// Which groups of features the model reads, beyond word 1–2-grams, the digit feature, evidence
/// kinds and length: each is measured by `factmark-train --study`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeatureSet(pub u32);

impl FeatureSet {
    /// Words of quoted or reported content read as the sentence; the frame's words apart.
    pub const QUOTES: u32 = 1;
    /// Character 3-grams of words (within words, with word edges).
    pub const CHARS: u32 = 1 << 1;
    /// First and second person, past tense.
    pub const TENSE_PERSON: u32 = 1 << 2;
    /// Modal verbs and hedges ("could", "might", "perhaps", "believe").
    pub const MODALITY: u32 = 1 << 3;
    /// Attribution verbs ("said", "told", "according").
    pub const ATTRIBUTION: u32 = 1 << 4;
    /// Evidence counted: how many hard pieces, and whether there is none.
    pub const EVIDENCE_COUNTS: u32 = 1 << 5;
    /// In an article, every word and evidence feature once more in an article-only copy, so that
    /// news may weigh a word otherwise than debates do.
    pub const ARTICLE: u32 = 1 << 6;
    /// The shape of a word with digits ("$42,000" → "$dd,ddd"), so that amounts of one form share
    /// a feature.
    pub const NUMBER_SHAPES: u32 = 1 << 7;
    /// Word 3-grams.
    pub const TRIGRAMS: u32 = 1 << 8;
    /// One feature when the sentence holds quoted or reported content (its words read as usual).
    pub const QUOTE_FLAG: u32 = 1 << 9;
    /// The stem of a longer word, cut to its first [`crate::words::STEM_CHARS`] letters ("economy", "economic",
    /// "economists" → "econ"), so that the forms of a word seen rarely in news share a feature.
    pub const STEMS: u32 = 1 << 10;
    /// Every group, with its name, in the order the study reports them.
    pub const GROUPS: [(u32, &'static str); 11] = [
        (Self::QUOTES, "quoted content apart from its frame"),
        (Self::CHARS, "character 3-grams"),
        (Self::TENSE_PERSON, "tense and person"),
        (Self::MODALITY, "modality and hedges"),
        (Self::ATTRIBUTION, "attribution verbs"),
        (Self::EVIDENCE_COUNTS, "evidence counts"),
        (Self::ARTICLE, "article copies of word and evidence features"),
        (Self::NUMBER_SHAPES, "number shapes"),
        (Self::TRIGRAMS, "word 3-grams"),
        (Self::QUOTE_FLAG, "a flag for quoted or reported content"),
        (Self::STEMS, "word stems"),
    ];

    /// True when `group` is read.
    pub fn has(self, group: u32) -> bool {
        self.0 & group != 0
    }
}

/// The features the shipped model reads (chosen by `factmark-train --study`).
pub const SHIPPED: FeatureSet = FeatureSet(FeatureSet::EVIDENCE_COUNTS | FeatureSet::STEMS);


/// The probability that the reading is a check-worthy claim.
///
/// # Panics
/// In debug builds (and so in tests), when the committed weights do not decode: a corrupt model
/// must fail loudly rather than score everything 0.
pub fn score(reading: &Reading) -> f32 {
    let Some(weights) = WEIGHTS.as_ref() else {
        debug_assert!(false, "src/model/claim-weights.bin is corrupt or truncated");
        return 0.0;
    };
    let mut z = if reading.article { weights.bias.article } else { weights.bias.alone };
    features(SHIPPED, reading, |bucket, value| {
        z += weights.weight(bucket) * value;
    });
    1.0 / (1.0 + (-z).exp())
}

/// Word classes read by the tense, person, modality and attribution features.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    FirstPerson,
    SecondPerson,
    Past,
    Modal,
    Hedge,
    Attribution,
}

const FIRST_PERSON: &[&str] = &[
    "i", "me", "my", "mine", "we", "us", "our", "ours", "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd",
];
const SECOND_PERSON: &[&str] = &["you", "your", "yours", "you're", "you've", "you'll", "you'd"];
const PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "made", "went", "took", "got", "came", "gave", "found", "won", "lost",
    "spent", "paid", "rose", "fell", "grew", "left", "led", "sent", "began", "became", "held", "met", "ran", "wrote",
    "saw", "knew", "thought", "brought", "bought", "sold", "cut", "hit", "put", "set", "kept",
];
const MODAL: &[&str] =
    &["could", "would", "should", "might", "may", "must", "can", "can't", "couldn't", "wouldn't", "shouldn't"];
const HEDGE: &[&str] = &[
    "maybe",
    "perhaps",
    "possibly",
    "probably",
    "likely",
    "unlikely",
    "think",
    "thinks",
    "believe",
    "believes",
    "feel",
    "feels",
    "seems",
    "seem",
    "appears",
    "hope",
    "hopes",
    "guess",
    "suppose",
    "reportedly",
    "allegedly",
    "apparently",
];
const ATTRIBUTION: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "according",
    "reported",
    "announced",
    "stated",
    "added",
    "claimed",
    "claims",
    "wrote",
    "writes",
    "tweeted",
    "argued",
    "noted",
    "explained",
    "insisted",
    "asked",
];

/// Each listed word's hash (as [`word_hash`] gives it) and its class.
static WORD_CLASSES: LazyLock<FastMap<u64, WordClass>> = LazyLock::new(|| {
    let lists = [
        (FIRST_PERSON, WordClass::FirstPerson),
        (SECOND_PERSON, WordClass::SecondPerson),
        (PAST, WordClass::Past),
        (MODAL, WordClass::Modal),
        (HEDGE, WordClass::Hedge),
        (ATTRIBUTION, WordClass::Attribution),
    ];
    let mut map = FastMap::default();
    for (words, class) in lists {
        for word in words {
            map.entry(word_hash(word)).or_insert(class);
        }
    }
    map
});

/// Namespaces (hash seeds) of the feature groups.
const FRAME: u64 = 0xF4A3;
const EVIDENCE: u64 = 0xE71D;
const SHAPE: u64 = 0x1E4;
const CHARS: u64 = 0xC4A5;
const CLASS: u64 = 0xC1A5;
const ARTICLE: u64 = 0xA871_C1E0;
const TRIGRAM: u64 = 0x7216_3A11;
const SHAPE_SEED: u64 = 0x5A4E;
const STEM: u64 = 0x57E4;

/// The hash of a word's shape: each digit read as `d`, runs of more than three digits cut to four.
fn number_shape(word: &str) -> u64 {
    let mut h = FNV_OFFSET ^ SHAPE_SEED;
    let mut run = 0;
    for b in word.bytes() {
        let b = if b.is_ascii_digit() { b'd' } else { b.to_ascii_lowercase() };
        run = if b == b'd' { run + 1 } else { 0 };
        if run > 4 {
            continue;
        }
        h = fnv_step(h, b);
    }
    h
}

/// Calls `emit(bucket, value)` for every feature of a reading. Allocates nothing per word.
///
/// Inlined so that, called with the constant [`SHIPPED`], the groups it does not read are compiled
/// out of the widget.
#[inline(always)]
pub fn features(set: FeatureSet, reading: &Reading, mut emit: impl FnMut(usize, f32)) {
    if set.has(FeatureSet::ARTICLE) && reading.article {
        let plain = FeatureSet(set.0 & !FeatureSet::ARTICLE);
        read(plain, reading, &mut |b, v| {
            emit(b, v);
            emit(bucket((b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ ARTICLE), v);
        });
    } else {
        read(set, reading, &mut emit);
    }
}

#[inline(always)]
fn read(set: FeatureSet, reading: &Reading, mut emit: impl FnMut(usize, f32)) {
    let doc = reading.doc;
    let sentence = reading.span.slice(doc.text);
    let quotes = set.has(FeatureSet::QUOTES) && !reading.content.is_empty();
    let in_content = |at: usize| reading.content.iter().any(|c| c.start() <= at && at < c.end());
    let (mut previous, mut previous_frame) = (hash_str(b"<s>", 0), hash_str(b"<s>", FRAME));
    let mut before_previous = previous;
    let (mut count, mut content_words) = (0usize, 0usize);
    let mut classes = [false; 6];
    // The bucket every word holding a digit adds to.
    let number = bucket(hash_str(b"<num>", 0x4E));
    // The document's words, and the signs that make a number an amount ("$", "%", "€").
    // Walked as a slice: one bounds check per reading, not per token.
    let tokens = doc.tokens[reading.tokens.first..reading.tokens.end].iter();
    let words = tokens.zip(reading.tokens.first..).filter_map(|(&token, i)| {
        if token.word {
            return Some((token.span.start(), token.text(doc.text), doc.hash(i), doc.stem(i), doc.has_digit(i)));
        }
        // A punctuation token is one character: its bytes tell it, read without the character
        // boundary checks of a `str` (a sign's bytes are a whole character).
        let bytes = doc.text.as_bytes().get(token.span.start()..token.span.end()).unwrap_or_default();
        is_amount_sign(bytes).then(|| {
            let text = token.text(doc.text);
            (token.span.start(), text, word_hash(text), 0, false)
        })
    });
    for (at, word, h, stem, has_digit) in words {
        count += 1;
        if quotes && !in_content(at) {
            // The frame ("X said", "according to"): its own words, apart from what was said.
            let f = h ^ FRAME;
            emit(bucket(f), 1.0);
            emit(bucket(mix(previous_frame, f)), 1.0);
            previous_frame = f;
            continue;
        }
        content_words += 1;
        emit(bucket(h), 1.0);
        if has_digit {
            emit(number, 1.0);
        }
        emit(bucket(mix(previous, h)), 1.0);
        if set.has(FeatureSet::TRIGRAMS) {
            emit(bucket(mix(mix(before_previous, previous), h) ^ TRIGRAM), 1.0);
        }
        if set.has(FeatureSet::STEMS) && stem != 0 {
            emit(bucket(stem ^ STEM), 1.0);
        }
        if set.has(FeatureSet::NUMBER_SHAPES) && has_digit {
            emit(bucket(number_shape(word)), 1.0);
        }
        before_previous = previous;
        previous = h;
        if set.has(FeatureSet::CHARS) && word.len() > 3 {
            char_grams(word, &mut emit);
        }
        let classes_read = FeatureSet::TENSE_PERSON | FeatureSet::MODALITY | FeatureSet::ATTRIBUTION;
        if set.0 & classes_read != 0 {
            if let Some(&class) = WORD_CLASSES.get(&h) {
                classes[class as usize] = true;
            }
        }
        if set.has(FeatureSet::TENSE_PERSON) && word.len() > 4 && word.ends_with("ed") {
            classes[WordClass::Past as usize] = true;
        }
    }
    emit(bucket(mix(previous, hash_str(b"</s>", 0))), 1.0);
    let wanted = |class: WordClass| match class {
        WordClass::FirstPerson | WordClass::SecondPerson | WordClass::Past => set.has(FeatureSet::TENSE_PERSON),
        WordClass::Modal | WordClass::Hedge => set.has(FeatureSet::MODALITY),
        WordClass::Attribution => set.has(FeatureSet::ATTRIBUTION),
    };
    for class in [
        WordClass::FirstPerson,
        WordClass::SecondPerson,
        WordClass::Past,
        WordClass::Modal,
        WordClass::Hedge,
        WordClass::Attribution,
    ] {
        if classes[class as usize] && wanted(class) {
            emit(bucket(hash_str(&[class as u8], CLASS)), 1.0);
        }
    }
    let mut hard = 0;
    let mut quantity = false;
    for e in reading.evidence {
        let seed = if quotes && !in_content(e.span.start()) { EVIDENCE ^ FRAME } else { EVIDENCE };
        emit(bucket(hash_str(e.kind.as_str().as_bytes(), seed)), 1.0);
        if seed == EVIDENCE {
            hard += usize::from(e.kind.is_hard());
            quantity |= matches!(
                e.kind,
                EvidenceKind::Money | EvidenceKind::Percentage | EvidenceKind::Quantity | EvidenceKind::Number
            );
        }
    }
    if quantity {
        emit(bucket(hash_str(b"has-quantity", EVIDENCE)), 1.0);
    }
    if set.has(FeatureSet::EVIDENCE_COUNTS) {
        let bin: &[u8] = match hard {
            0 => b"hard-0",
            1 => b"hard-1",
            _ => b"hard-2+",
        };
        emit(bucket(hash_str(bin, EVIDENCE)), 1.0);
    }
    let words = if quotes { content_words } else { count };
    let length_bin = match words {
        0..=5 => b"len-short".as_slice(),
        6..=15 => b"len-mid",
        16..=30 => b"len-long",
        _ => b"len-very-long",
    };
    emit(bucket(hash_str(length_bin, SHAPE)), 1.0);
    if quotes || (set.has(FeatureSet::QUOTE_FLAG) && !reading.content.is_empty()) {
        emit(bucket(hash_str(b"quoted", SHAPE)), 1.0);
    }
    if sentence.trim_end().ends_with('?') {
        emit(bucket(hash_str(b"question", SHAPE)), 1.0);
    }
}

/// True when a punctuation token's text `sign` is one of the signs that make a number an amount:
/// `$`, `%`, `€` (E2 82 AC) or `£` (C2 A3).
#[inline(always)]
fn is_amount_sign(sign: &[u8]) -> bool {
    matches!(sign, b"$" | b"%" | [0xE2, 0x82, 0xAC] | [0xC2, 0xA3])
}

/// Character 3-grams of a word, its edges marked, lower-cased ASCII (other bytes as they are).
fn char_grams(word: &str, emit: &mut impl FnMut(usize, f32)) {
    let bytes = word.as_bytes();
    let at = |i: usize| -> u8 {
        if i == 0 || i > bytes.len() {
            b'_'
        } else {
            bytes[i - 1].to_ascii_lowercase()
        }
    };
    for i in 0..bytes.len() {
        emit(bucket(hash_str(&[at(i), at(i + 1), at(i + 2)], CHARS)), 1.0);
    }
}

fn hash_str(bytes: &[u8], seed: u64) -> u64 {
    fnv_bytes(FNV_OFFSET ^ seed, bytes)
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
    fn amount_signs_are_told_by_their_bytes() {
        for sign in ["$", "%", "€", "£"] {
            assert!(is_amount_sign(sign.as_bytes()), "{sign}");
        }
        for other in ["", "#", "¥", "’", "$$", "%%"] {
            assert!(!is_amount_sign(other.as_bytes()), "{other}");
        }
    }

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
        let bias = Bias { alone: 0.5, article: -0.25 };
        let d = decode(&encode(bias, &w)).unwrap();
        assert_eq!(d.bias, bias);
        assert_eq!(d.levels.iter().filter(|&&v| v != 0).count(), 3);
        // Rounded to the nearest level: within half a step (the largest weight over LEVELS).
        let half_step = 2.0 / LEVELS / 2.0 + 1e-6;
        assert!((d.weight(7) - 2.0).abs() <= half_step);
        assert!((d.weight(9) + 1.0).abs() <= half_step);
        assert!((d.weight(BUCKETS - 1) - 0.5).abs() <= half_step);
        assert_eq!(d.weight(8), 0.0);
    }

    #[test]
    fn truncated_files_are_refused() {
        let mut w = vec![0.0f32; BUCKETS];
        w[300] = 1.0;
        let bytes = encode(Bias { alone: 0.0, article: 0.0 }, &w);
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_none(), "truncated to {cut} bytes");
        }
        assert!(decode(b"FMW3").is_none());
        let mut longer = bytes.clone();
        longer.push(1);
        assert!(decode(&longer).is_none());
    }

    #[test]
    fn a_corrupt_byte_anywhere_in_the_shipped_weights_is_refused() {
        assert!(decode(WEIGHTS_FILE).is_some());
        // Every byte position, flipped one bit at a time over a spread of positions.
        for at in (0..WEIGHTS_FILE.len()).step_by(7).chain([WEIGHTS_FILE.len() - 1]) {
            let mut bytes = WEIGHTS_FILE.to_vec();
            bytes[at] ^= 1 << (at % 8);
            assert!(decode(&bytes).is_none(), "a flipped bit at byte {at} went unnoticed");
        }
    }

    #[test]
    fn the_shipped_model_tells_a_claim_from_a_greeting() {
        let score = |text: &str| {
            let span = Span::new(0, text.len());
            let doc = Doc::new(text, &crate::segment::paragraphs(text), &[]);
            let evidence = crate::evidence::find_evidence(text, span);
            let tokens = doc.tokens_in(span);
            super::score(&Reading { doc: &doc, span, tokens, evidence: &evidence, content: &[], article: false })
        };
        let claim = score("Unemployment fell to 4.1 percent last year, the lowest rate since 2001.");
        let greeting = score("Thank you all for coming tonight.");
        assert!(claim > 0.6 && greeting < 0.3, "claim {claim}, greeting {greeting}");
    }
}
