//! The text of a document tree as the analyser reads it, and the way back from its offsets to nodes.
//!
//! A page is a tree of text nodes inside inline and block elements. [`TextMapBuilder`] is fed the
//! text nodes in document order and a break at every block boundary; it builds one text (a line per
//! block, so paragraphs stay apart) and remembers where each node's text sits in it. Offsets here
//! are **UTF-16 code units**, as the DOM counts them.

/// Where one text node's text lies in the built text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// The caller's index of the node.
    pub node: u32,
    /// UTF-16 offset of the node's first code unit in the built text.
    pub start: u32,
    /// The node's length in UTF-16 code units.
    pub len: u32,
}

impl Piece {
    /// One past the node's last code unit in the built text.
    pub fn end(self) -> u32 {
        self.start + self.len
    }
}

/// A stretch of one node: `node`, from `start` to `end` in the node's own UTF-16 offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeSpan {
    /// The caller's index of the node.
    pub node: u32,
    /// First code unit inside the node.
    pub start: u32,
    /// One past the last code unit inside the node.
    pub end: u32,
}

/// Builds a [`TextMap`] from text nodes and block breaks in document order.
#[derive(Debug, Default)]
pub struct TextMapBuilder {
    text: String,
    len16: u32,
    pieces: Vec<Piece>,
    at_line_start: bool,
}

impl TextMapBuilder {
    /// An empty builder.
    pub fn new() -> TextMapBuilder {
        TextMapBuilder { at_line_start: true, ..TextMapBuilder::default() }
    }

    /// Appends a text node's data. Line ends inside it (source formatting) become spaces, one for
    /// one, so that offsets inside the node are unchanged and only blocks make paragraphs.
    pub fn push_text(&mut self, node: u32, data: &str) {
        let start = self.len16;
        let mut len = 0u32;
        for ch in data.chars() {
            let ch = if matches!(ch, '\n' | '\r' | '\u{2028}' | '\u{2029}') { ' ' } else { ch };
            self.text.push(ch);
            len += ch.len_utf16() as u32;
        }
        self.len16 += len;
        if len > 0 {
            self.pieces.push(Piece { node, start, len });
            self.at_line_start = false;
        }
    }

    /// Marks a block boundary: the text that follows starts a new paragraph.
    pub fn push_break(&mut self) {
        if !self.at_line_start {
            self.text.push('\n');
            self.len16 += 1;
            self.at_line_start = true;
        }
    }

    /// The finished map.
    pub fn finish(self) -> TextMap {
        TextMap { text: self.text, pieces: self.pieces }
    }
}

/// The built text and where each node's text lies in it.
#[derive(Debug, Clone, Default)]
pub struct TextMap {
    /// The text to analyse.
    pub text: String,
    /// One entry per non-empty text node, in document order.
    pub pieces: Vec<Piece>,
}

impl TextMap {
    /// The node stretches that cover `start..end` of the built text, in order (break characters
    /// between blocks belong to no node and are skipped).
    pub fn node_spans(&self, start: u32, end: u32) -> Vec<NodeSpan> {
        let first = self.pieces.partition_point(|p| p.end() <= start);
        self.pieces[first..]
            .iter()
            .take_while(|p| p.start < end)
            .map(|p| NodeSpan { node: p.node, start: start.max(p.start) - p.start, end: end.min(p.end()) - p.start })
            .filter(|s| s.start < s.end)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> TextMap {
        // <p>“It is <em>fine</em>,” he said.</p><p>Next</p>
        let mut b = TextMapBuilder::new();
        b.push_break();
        b.push_text(0, "“It is ");
        b.push_text(1, "fine");
        b.push_text(2, ",” he\nsaid.");
        b.push_break();
        b.push_break();
        b.push_text(3, "Next 👋");
        b.finish()
    }

    #[test]
    fn blocks_become_lines_and_inner_line_ends_spaces() {
        assert_eq!(sample().text, "“It is fine,” he said.\nNext 👋");
    }

    #[test]
    fn spans_map_back_to_nodes() {
        let map = sample();
        // “It is fine,” = UTF-16 0..13
        assert_eq!(
            map.node_spans(0, 13),
            [
                NodeSpan { node: 0, start: 0, end: 7 },
                NodeSpan { node: 1, start: 0, end: 4 },
                NodeSpan { node: 2, start: 0, end: 2 }
            ]
        );
        // Across the break: "said.\nNext" skips the synthetic line end.
        assert_eq!(
            map.node_spans(17, 27),
            [NodeSpan { node: 2, start: 6, end: 11 }, NodeSpan { node: 3, start: 0, end: 4 }]
        );
        // The emoji is two code units.
        assert_eq!(map.node_spans(28, 30), [NodeSpan { node: 3, start: 5, end: 7 }]);
        assert!(map.node_spans(30, 30).is_empty());
    }
}
