//! The parts of a news page that are not sentences of the story: headlines, bylines, captions, link
//! lines, datelines and one-line fragments.

use crate::segment::word_count;
use crate::span::Span;

/// A paragraph without a sentence end and with fewer words than this is a headline, a byline, a
/// caption, a list item or a fragment, not a claim.
const FRAGMENT_WORDS: usize = 12;

/// Openings of lines that point elsewhere ("READ MORE: …") or sell something; compared without case.
const LINK_OPENINGS: &[&str] = &[
    "read more",
    "related:",
    "related coverage",
    "see also",
    "watch:",
    "watch the",
    "listen:",
    "click here",
    "sign up",
    "subscribe",
    "follow us",
    "follow the",
    "advertisement",
    "more:",
    "also read",
    "recommended:",
];

/// Marks of a photo caption or credit, found anywhere in the paragraph.
const CAPTION_MARKS: &[&str] =
    &["(AP Photo", "(Photo:", "Photo by ", "Photo credit", "Getty Images", "(Reuters/", "/Reuters)", "Image credit"];

/// True when the paragraph is page furniture rather than story: a headline, a byline, a caption, a
/// link line or a fragment. Only applied to texts of more than one paragraph (an article).
pub fn is_furniture(paragraph: &str) -> bool {
    if is_link_line(paragraph) || has_caption_mark(paragraph) {
        return true;
    }
    if is_byline(paragraph) {
        return true;
    }
    let ends_sentence = paragraph.trim_end_matches(['”', '"', '’', '\'', ')', ']']).ends_with(['.', '!', '?', '…']);
    !ends_sentence && word_count(paragraph) < FRAGMENT_WORDS
}

/// True when a mark of [`CAPTION_MARKS`] is in `paragraph`: one pass over its bytes, each mark
/// compared only where its first byte stands (most paragraphs hold none of those bytes).
fn has_caption_mark(paragraph: &str) -> bool {
    let bytes = paragraph.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        opens_caption_mark(b) && CAPTION_MARKS.iter().any(|m| bytes[i..].starts_with(m.as_bytes()))
    })
}

/// True when `b` is the first byte of a mark of [`CAPTION_MARKS`] (a test keeps the two in step).
fn opens_caption_mark(b: u8) -> bool {
    matches!(b, b'(' | b'P' | b'G' | b'/' | b'I')
}

/// True when the sentence points elsewhere: "READ MORE: …", "Related: …".
pub fn is_link_line(sentence: &str) -> bool {
    // ASCII case folding: the openings are ASCII, and Unicode's case tables would cost the widget.
    // Only openings with the sentence's first letter are compared.
    let Some(first) = sentence.as_bytes().first().map(u8::to_ascii_lowercase) else {
        return false;
    };
    LINK_OPENINGS.iter().filter(|o| o.as_bytes()[0] == first).any(|o| {
        sentence.as_bytes().get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o.as_bytes()))
    })
}

/// "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press".
fn is_byline(paragraph: &str) -> bool {
    let Some(rest) = paragraph.strip_prefix("By ").or_else(|| paragraph.strip_prefix("BY ")) else {
        return false;
    };
    rest.bytes().next().is_some_and(|b| b.is_ascii_uppercase()) && word_count(rest) <= FRAGMENT_WORDS
}

/// The sentence less a dateline opening it: "WASHINGTON (Reuters) - ", "FORT PIERCE, Fla. — ".
pub fn without_dateline(text: &str, sentence: Span) -> Span {
    let s = sentence.slice(text);
    // The dateline is a place in capitals, perhaps a state or an agency, then a dash.
    let Some((dash, width)) = first_dash(s) else {
        return sentence;
    };
    let (head, rest) = (&s[..dash], &s[dash + width..]);
    if !rest.starts_with(' ') || !head.ends_with(' ') {
        return sentence;
    }
    let place = head.split([',', '(']).next().unwrap_or("").trim();
    // A place in ASCII capitals (English datelines are).
    let capitals = place.bytes().all(|b| b.is_ascii_uppercase() || matches!(b, b' ' | b'.' | b'\'' | b'-'));
    if place.len() < 3 || !capitals || !place.bytes().any(|b| b.is_ascii_uppercase()) {
        return sentence;
    }
    let lead = rest.len() - rest.trim_start().len();
    Span::new(sentence.start() + dash + width + lead, sentence.end())
}

/// The first dash (`-`, `—` or `–`) that starts in the first 60 bytes of `s`: its byte offset and
/// width. Read byte by byte: a UTF-8 lead byte or `-` never continues another character.
fn first_dash(s: &str) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len().min(60) {
        match bytes[i] {
            b'-' => return Some((i, 1)),
            // — and – (E2 80 94, E2 80 93)
            0xE2 if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0x93 | 0x94)) => {
                return Some((i, 3))
            }
            _ => i += 1,
        }
    }
    None
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_caption_mark_is_looked_for() {
        for mark in CAPTION_MARKS {
            assert!(opens_caption_mark(mark.as_bytes()[0]), "{mark}");
            assert!(has_caption_mark(&format!("A photo. {mark} Jane Doe")), "{mark}");
        }
        assert!(!has_caption_mark("Photographs (of the rally) show Getty crowds."));
    }

    #[test]
    fn furniture_is_recognised() {
        for p in [
            "Trump and Mamdani to meet at the White House",
            "By Jane Doe and John Roe",
            "READ MORE: Mamdani wins New York",
            "Mamdani speaks in Queens on Nov. 5. (AP Photo/Seth Wenig)",
            "Sahar Khoga, 52",
        ] {
            assert!(is_furniture(p), "{p}");
        }
        for p in [
            "Trump frequently refers to Mamdani as a communist.",
            "“I’m not concerned,” he said.",
            "By the end of the year, the city had spent $4 billion on shelters for migrants.",
        ] {
            assert!(!is_furniture(p), "{p}");
        }
    }

    #[test]
    fn datelines_are_left_out() {
        let text = "FORT PIERCE, Fla. - Two days before the shooting, he prayed.";
        let span = without_dateline(text, Span::new(0, text.len()));
        assert_eq!(span.slice(text), "Two days before the shooting, he prayed.");
        let text = "WASHINGTON (Reuters) — The Senate voted 52-48.";
        assert_eq!(without_dateline(text, Span::new(0, text.len())).slice(text), "The Senate voted 52-48.");
        let text = "The vote - a narrow one - passed.";
        assert_eq!(without_dateline(text, Span::new(0, text.len())).slice(text), text);
    }
}
