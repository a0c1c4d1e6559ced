//! Scanning bytes eight at a step: a stretch of text holding none of the bytes sought is passed over
//! with a few word operations instead of a test per byte.

const ONES: u64 = 0x0101_0101_0101_0101;

/// The eight bytes of `bytes` from `at` as one word (little-endian: the byte at `at` lowest), when
/// there are eight.
#[inline(always)]
pub(crate) fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk = bytes.get(at..at.wrapping_add(8))?;
    let mut word = [0u8; 8];
    word.copy_from_slice(chunk);
    Some(u64::from_le_bytes(word))
}

/// True when some byte of `word` is one of `bytes` (exact: a zero byte of `word ^ b…b` sets its high
/// bit), the zero bytes for each gathered before one test (cheaper than a test and a branch per byte
/// sought).
#[inline(always)]
pub(crate) fn has_any_byte<const N: usize>(word: u64, bytes: [u8; N]) -> bool {
    let zeros = bytes.into_iter().fold(0, |zeros, b| {
        let v = word ^ (ONES * u64::from(b));
        zeros | v.wrapping_sub(ONES) & !v
    });
    zeros & (ONES << 7) != 0
}

/// True when some byte of `word` is not ASCII.
#[inline(always)]
pub(crate) fn has_non_ascii(word: u64) -> bool {
    word & (ONES << 7) != 0
}

/// True when some byte of `word` is an ASCII byte from `lo` to `hi` (`lo <= hi < 0x80`; exact: each
/// byte is compared on its low seven bits, which no sum carries out of, and bytes not ASCII are left out).
#[inline(always)]
pub(crate) fn has_byte_in(word: u64, lo: u8, hi: u8) -> bool {
    let low = word & !(ONES << 7);
    let at_least_lo = low.wrapping_add(ONES * u64::from(0x80 - lo));
    let above_hi = low.wrapping_add(ONES * u64::from(0x7F - hi));
    at_least_lo & !above_hi & !word & (ONES << 7) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_are_found_in_any_place_of_a_word() {
        for place in 0..8 {
            for b in [0u8, b'\n', b'"', 0x7F, 0x80, 0xE2, 0xFF] {
                let mut bytes = [b'a'; 9];
                bytes[place] = b;
                let word = word_at(&bytes, 0).unwrap();
                assert!(has_any_byte(word, [b]), "{b:#x} at {place}");
                assert_eq!(has_non_ascii(word), b >= 0x80);
                assert!(!has_any_byte(word, [b'b']) && !has_any_byte(word, [b.wrapping_add(1)]));
                assert!(has_any_byte(word, [b'.', b, b'?']));
                assert!(!has_any_byte(word, [b'b', b.wrapping_add(1)]));
            }
        }
        assert_eq!(word_at(b"1234567", 0), None);
        for (lo, hi) in [(b'G', b'R'), (0, 0x7F), (b'a', b'a'), (0x7F, 0x7F)] {
            for place in 0..8 {
                for b in 0..=255u8 {
                    let mut bytes = [b' '; 8];
                    if (lo..=hi).contains(&b' ') {
                        bytes = [0xE2; 8];
                    }
                    bytes[place] = b;
                    let word = u64::from_le_bytes(bytes);
                    let expected = bytes.iter().any(|x| (lo..=hi).contains(x));
                    assert_eq!(has_byte_in(word, lo, hi), expected, "{lo:#x}..={hi:#x}: {b:#x} at {place}");
                }
            }
        }
        assert_eq!(word_at(b"12345678", 1), None);
    }
}
