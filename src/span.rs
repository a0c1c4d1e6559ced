//! Byte spans inside the core and the one-time UTF-8 → UTF-16 offset table used at the edge.

use crate::scan;

/// A half-open byte range `start..end` into the analysed text.
///
/// Invariant: both offsets lie on UTF-8 character boundaries of the text the
/// span was produced from, and `start <= end`, so slicing is always safe:
///
/// ```
/// let text = "He said “héllo” 👋.";
/// let analysis = factmark::analyze(text);
/// let quote = &analysis.quotes[0];
/// assert_eq!(quote.span.slice(text), "“héllo”");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the range.
    pub start: u32,
    /// One past the last byte of the range.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (bytes). `end` is raised to `start` if smaller.
    pub fn new(start: usize, end: usize) -> Span {
        let start = to_u32(start);
        Span { start, end: to_u32(end).max(start) }
    }

    /// Byte offset of the first byte, as `usize`.
    pub fn start(self) -> usize {
        self.start as usize
    }

    /// Byte offset one past the end, as `usize`.
    pub fn end(self) -> usize {
        self.end as usize
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// True when the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    #[inline(always)]
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start()..self.end()).unwrap_or("")
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

/// Texts are limited to 4 GiB by `u32` offsets; `analyze` refuses longer input before any span exists.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Converts byte offsets of one text into UTF-16 code-unit offsets (what JS strings and DOM ranges use).
///
/// Built once per text. It stores one checkpoint after each non-ASCII character, so it is empty for
/// ASCII text and conversion is a binary search (or, through a [`Utf16Cursor`], a search from the
/// offset converted before).
#[derive(Debug, Clone, Default)]
pub struct Utf16Table {
    /// `(byte offset after a non-ASCII char, UTF-16 offset at that point)`, ascending.
    checkpoints: Vec<(u32, u32)>,
}

impl Utf16Table {
    /// Builds the table for `text`.
    pub fn new(text: &str) -> Utf16Table {
        let mut checkpoints = Vec::new();
        let bytes = text.as_bytes();
        // Stepping character by character (eight ASCII bytes at a time): a character of `width`
        // bytes is one code unit, two outside the BMP; `lost` counts the bytes that are no unit.
        let mut at = 0;
        let mut lost = 0;
        while at < bytes.len() {
            if let Some(word) = scan::word_at(bytes, at) {
                if !scan::has_non_ascii(word) {
                    at += 8;
                    continue;
                }
            }
            let width = match bytes[at] {
                0..=0x7F => {
                    at += 1;
                    continue;
                }
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            at += width;
            lost += if width == 4 { 2 } else { width - 1 };
            checkpoints.push((to_u32(at), to_u32(at - lost)));
        }
        Utf16Table { checkpoints }
    }

    /// The UTF-16 offset of the character boundary at `byte`.
    // The report converts through a cursor; the fuzz target and the tests call this.
    #[cfg_attr(not(feature = "internals"), allow(dead_code))]
    pub fn offset(&self, byte: u32) -> u32 {
        self.at(self.checkpoints.partition_point(|&(b, _)| b <= byte), byte)
    }

    /// The UTF-16 offset of `byte`, given `i`, the number of checkpoints at or before it.
    fn at(&self, i: usize, byte: u32) -> u32 {
        match i.checked_sub(1).map(|i| self.checkpoints[i]) {
            Some((b, units)) => units + (byte - b),
            None => byte,
        }
    }

    /// Both ends of a span in UTF-16 code units.
    #[cfg_attr(not(feature = "internals"), allow(dead_code))]
    pub fn span(&self, span: Span) -> (u32, u32) {
        (self.offset(span.start), self.offset(span.end))
    }

    /// A converter for offsets asked for mostly in text order, as a report's are.
    pub(crate) fn cursor(&self) -> Utf16Cursor<'_> {
        Utf16Cursor { table: self, at: 0 }
    }
}

/// Converts offsets as [`Utf16Table::offset`] does, searching from the checkpoint of the offset
/// converted before: galloping (steps of 1, 2, 4…) then halving, so an offset near the last costs a
/// few steps and one anywhere still only O(log n).
#[derive(Debug)]
pub(crate) struct Utf16Cursor<'a> {
    table: &'a Utf16Table,
    /// The number of checkpoints at or before the offset converted last.
    at: usize,
}

impl Utf16Cursor<'_> {
    /// The UTF-16 offset of the character boundary at `byte`.
    pub(crate) fn offset(&mut self, byte: u32) -> u32 {
        let points = &self.table.checkpoints;
        let before = |i: usize| points[i].0 <= byte;
        let at = self.at;
        // The answer lies in `lo..=hi`: find the first checkpoint after `byte` in `lo..hi`.
        let (lo, hi) = if at < points.len() && before(at) {
            let mut step = 1;
            while at + step < points.len() && before(at + step) {
                step *= 2;
            }
            (at + step / 2 + 1, (at + step).min(points.len()))
        } else if at > 0 && !before(at - 1) {
            let last = at - 1;
            let mut step = 1;
            while step <= last && !before(last - step) {
                step *= 2;
            }
            ((last + 1).saturating_sub(step), last - step / 2)
        } else {
            (at, at)
        };
        self.at = lo + points[lo..hi].partition_point(|&(b, _)| b <= byte);
        self.table.at(self.at, byte)
    }

    /// Both ends of a span in UTF-16 code units.
    pub(crate) fn span(&mut self, span: Span) -> (u32, u32) {
        (self.offset(span.start), self.offset(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_len(s: &str) -> u32 {
        s.encode_utf16().count() as u32
    }

    #[test]
    fn ascii_table_is_empty_and_identity() {
        let table = Utf16Table::new("plain text");
        assert!(table.checkpoints.is_empty());
        assert_eq!(table.offset(5), 5);
    }

    #[test]
    fn every_boundary_matches_encode_utf16() {
        let text = "a“b”ç 👋 中文 e\u{301} ok";
        let table = Utf16Table::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(table.offset(byte as u32), utf16_len(&text[..byte]), "at byte {byte}");
        }
    }

    #[test]
    fn the_cursor_agrees_with_the_table_in_any_order() {
        let text = "a“b”ç 👋 中文 e\u{301} ok ".repeat(40) + "plain ascii tail";
        let table = Utf16Table::new(&text);
        let boundaries: Vec<u32> = text.char_indices().map(|(b, _)| b as u32).chain([text.len() as u32]).collect();
        let n = boundaries.len();
        // Ascending, descending, and jumping about (a step coprime with n visits every boundary).
        let orders = [
            (0..n).collect::<Vec<_>>(),
            (0..n).rev().collect(),
            (0..n).map(|k| k * 97 % n).collect(),
            (0..n).map(|k| if k % 2 == 0 { k / 2 } else { n - 1 - k / 2 }).collect(),
        ];
        for order in orders {
            let mut cursor = table.cursor();
            for i in order {
                let byte = boundaries[i];
                assert_eq!(cursor.offset(byte), table.offset(byte), "at byte {byte}");
                assert_eq!(table.offset(byte), utf16_len(&text[..byte as usize]));
            }
        }
        let ascii = Utf16Table::new("ascii");
        let mut cursor = ascii.cursor();
        assert_eq!((cursor.offset(3), cursor.offset(0), cursor.offset(5)), (3, 0, 5));
    }

    #[test]
    fn span_helpers() {
        let a = Span::new(2, 6);
        let b = Span::new(5, 9);
        assert!(a.overlaps(b));
        assert!(!a.overlaps(Span::new(6, 8)));
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(Span::new(0, 10).contains(a));
        assert_eq!(Span::new(5, 3), Span::new(5, 5));
        assert_eq!(Span::new(0, 99).slice("short"), "");
    }
}
