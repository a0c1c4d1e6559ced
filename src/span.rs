//! Byte spans inside the core and the one-time UTF-8 → UTF-16 offset table used at the edge.

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
/// ASCII text and conversion is a binary search.
#[derive(Debug, Clone, Default)]
pub struct Utf16Table {
    /// `(byte offset after a non-ASCII char, UTF-16 offset at that point)`, ascending.
    checkpoints: Vec<(u32, u32)>,
}

impl Utf16Table {
    /// Builds the table for `text`.
    pub fn new(text: &str) -> Utf16Table {
        let mut checkpoints = Vec::new();
        if !text.is_ascii() {
            // Read by bytes: each character adds one unit at its lead byte (two for the four-byte
            // characters outside the BMP); continuation bytes add nothing.
            let mut units: u32 = 0;
            for (byte, &b) in text.as_bytes().iter().enumerate() {
                if b < 0x80 {
                    units += 1;
                } else if b >= 0xC0 {
                    let width = match b {
                        0xF0.. => 4,
                        0xE0.. => 3,
                        _ => 2,
                    };
                    units += if width == 4 { 2 } else { 1 };
                    checkpoints.push((to_u32(byte + width), units));
                }
            }
        }
        Utf16Table { checkpoints }
    }

    /// The UTF-16 offset of the character boundary at `byte`.
    pub fn offset(&self, byte: u32) -> u32 {
        let i = self.checkpoints.partition_point(|&(b, _)| b <= byte);
        match i.checked_sub(1).map(|i| self.checkpoints[i]) {
            Some((b, units)) => units + (byte - b),
            None => byte,
        }
    }

    /// Both ends of a span in UTF-16 code units.
    pub fn span(&self, span: Span) -> (u32, u32) {
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
