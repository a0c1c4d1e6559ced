//! Fuzzes `analyze` and the UTF-16 report: no panic, every span inside the text and on a character
//! boundary, speakers indexed correctly, claims scored in 0.5..=1 and not overlapping.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = factmark::analyze(&text);
    let ok = |s: factmark::Span| s.start <= s.end && s.end() <= text.len() && text.is_char_boundary(s.start()) && text.is_char_boundary(s.end());
    for q in &analysis.quotes {
        assert!(ok(q.span) && q.parts.iter().all(|p| ok(*p) && q.span.contains(*p)));
        assert!(q.parts.windows(2).all(|w| w[0].end <= w[1].start));
        assert!(q.speaker.is_none_or(|s| s < analysis.speakers.len()));
        assert!(q.mention.is_none_or(ok) && q.cue.is_none_or(ok));
    }
    for w in analysis.claims.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
    for c in &analysis.claims {
        assert!(ok(c.span) && (0.5..=1.0).contains(&c.score));
        assert!(c.speaker.is_none_or(|s| s < analysis.speakers.len()));
    }
    let report = factmark::Report::new(&text, &analysis);
    let units = text.encode_utf16().count() as u32;
    assert!(report.quotes.iter().all(|q| q.start <= q.end && q.end <= units));
});
