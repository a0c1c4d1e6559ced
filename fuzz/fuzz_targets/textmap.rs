//! Fuzzes the page-text map: node stretches always lie inside their nodes and cover exactly the
//! non-break code units of the requested range.
#![no_main]

use factmark::textmap::TextMapBuilder;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Bytes below 0x08 split the input into nodes; 0x00 also inserts a block break.
    let mut builder = TextMapBuilder::new();
    let mut lens = Vec::new();
    for (i, piece) in text.split(|c: char| (c as u32) < 8).enumerate() {
        if i % 3 == 0 {
            builder.push_break();
        }
        builder.push_text(lens.len() as u32, piece);
        lens.push(piece.encode_utf16().count() as u32);
    }
    let map = builder.finish();
    let total = map.text.encode_utf16().count() as u32;
    let (a, b) = (data.first().copied().unwrap_or(0) as u32 % (total + 1), data.last().copied().unwrap_or(0) as u32 % (total + 1));
    let (start, end) = (a.min(b), a.max(b));
    let spans = map.node_spans(start, end);
    let covered: u32 = spans.iter().map(|s| s.end - s.start).sum();
    let breaks = map.text.encode_utf16().skip(start as usize).take((end - start) as usize).filter(|&u| u == u16::from(b'\n')).count() as u32;
    assert!(spans.iter().all(|s| s.start < s.end && s.end <= lens[s.node as usize]));
    assert!(covered <= end - start && covered + breaks >= end - start);
});
