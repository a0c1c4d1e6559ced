//! Lower-casing for word matching: ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic, without
//! linking Unicode's full case tables into the widget.

/// `c` in lower case when it is a capital of the scripts covered, otherwise `c` itself.
pub fn lower_char(c: char) -> char {
    let code = u32::from(c);
    let shifted = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => code + 0x20,
        0x400..=0x40F => code + 0x50,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        0x178 => 0xFF,
        _ => code,
    };
    char::from_u32(shifted).unwrap_or(c)
}

/// `word` in lower case (see [`lower_char`]).
pub fn lower(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    // Lowering keeps each character's length in UTF-8, so the string is allocated once.
    let mut out = String::with_capacity(word.len());
    out.extend(word.chars().map(lower_char));
    out
}

/// Calls `f` with the bytes of `word` in lower case: in a stack buffer for a short ASCII word (the
/// common case in lookups), allocated otherwise; for lookups in maps keyed by bytes, once per word
/// of the text.
#[inline]
pub fn with_lower_bytes<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 32];
    let bytes = word.as_bytes();
    if bytes.len() <= buf.len() && bytes.is_ascii() {
        let lower = &mut buf[..bytes.len()];
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        return f(lower);
    }
    f(lower(word).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_unicode_on_the_scripts_covered() {
        for word in ["Trump", "ÉLYSÉE", "Łukasz", "ÖZTÜRK", "ŽIŽEK", "ΑΘΗΝΑ", "МОСКВА", "Ёлка", "Ÿ", "Đoković"]
        {
            assert_eq!(lower(word), word.to_lowercase(), "{word}");
        }
        // Outside what is covered (CJK, the dotted capital I with its combining dot): unchanged.
        assert_eq!(lower("東京 × İ"), "東京 × İ");
        // Every character keeps its length in UTF-8 (`lower` allocates the word's length once).
        for c in (0..=0x500).filter_map(char::from_u32) {
            assert_eq!(lower_char(c).len_utf8(), c.len_utf8(), "{c:?}");
        }
        for word in ["Trump", "ÖZTÜRK", "A-very-long-hyphenated-compound-word-indeed"] {
            assert_eq!(with_lower_bytes(word, <[u8]>::to_vec), lower(word).into_bytes());
        }
    }
}
