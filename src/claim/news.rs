//! The parts of a news page that are not sentences of the story: headlines, bylines, captions, link
//! lines, datelines and one-line fragments.

use crate::scan;
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

/// Every mark of [`CAPTION_MARKS`] holds a capital from `G` to `R` among its first
/// `ANCHOR_REACH + 1` bytes ("(AP Photo", "Getty Images", "/Reuters)"; a test keeps it so).
const ANCHORS: (u8, u8) = (b'G', b'R');
const ANCHOR_REACH: usize = 2;

/// True when a mark of [`CAPTION_MARKS`] is in `paragraph`: eight bytes at a step, passing over
/// steps with no capital from G to R ([`ANCHORS`]); where one has, each mark is compared where its
/// first byte stands from [`ANCHOR_REACH`] bytes before the step on.
fn has_caption_mark(paragraph: &str) -> bool {
    let bytes = paragraph.as_bytes();
    let mark_at = |i: usize| {
        opens_caption_mark(bytes[i]) && CAPTION_MARKS.iter().any(|m| bytes[i..].starts_with(m.as_bytes()))
    };
    let mut at = 0;
    while let Some(word) = scan::word_at(bytes, at) {
        if scan::has_byte_in(word, ANCHORS.0, ANCHORS.1) && (at.saturating_sub(ANCHOR_REACH)..at + 8).any(mark_at) {
            return true;
        }
        at += 8;
    }
    (at.saturating_sub(ANCHOR_REACH)..bytes.len()).any(mark_at)
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
    if !opens_link_line(first) {
        return false;
    }
    LINK_OPENINGS.iter().filter(|o| o.as_bytes()[0] == first).any(|o| {
        sentence.as_bytes().get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o.as_bytes()))
    })
}

/// True when `first` (in lower case) is the first letter of an opening of [`LINK_OPENINGS`] (a
/// test keeps the two in step): most sentences are told by it.
fn opens_link_line(first: u8) -> bool {
    matches!(first, b'a' | b'c' | b'f' | b'l' | b'm' | b'r' | b's' | b'w')
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
    // The dateline is a place in capitals, perhaps a state or an agency, then a dash. The place
    // opens the sentence with at least three of its bytes: most sentences are told by those.
    let place_byte = |b: &u8| is_place_byte(*b);
    if !s.starts_with(char::is_whitespace) && !s.as_bytes().get(..3).is_some_and(|b| b.iter().all(place_byte)) {
        return sentence;
    }
    let Some((dash, width)) = first_dash(s) else {
        return sentence;
    };
    let (head, rest) = (&s[..dash], &s[dash + width..]);
    if !rest.starts_with(' ') || !head.ends_with(' ') {
        return sentence;
    }
    let place = head.split([',', '(']).next().unwrap_or("").trim();
    // A place in ASCII capitals (English datelines are).
    let capitals = place.bytes().all(is_place_byte);
    if place.len() < 3 || !capitals || !place.bytes().any(|b| b.is_ascii_uppercase()) {
        return sentence;
    }
    let lead = rest.len() - rest.trim_start().len();
    Span::new(sentence.start() + dash + width + lead, sentence.end())
}

/// A byte of a place in a dateline: an ASCII capital, a space, `.`, `'` or `-`.
fn is_place_byte(b: u8) -> bool {
    b.is_ascii_uppercase() || matches!(b, b' ' | b'.' | b'\'' | b'-')
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
            assert!(mark.bytes().take(ANCHOR_REACH + 1).any(|b| (ANCHORS.0..=ANCHORS.1).contains(&b)), "{mark}");
            assert!(opens_caption_mark(mark.as_bytes()[0]), "{mark}");
            // In every place of an eight-byte step, and at the very start and end.
            for lead in 0..9 {
                let text = format!("{}{mark}{}", "x".repeat(lead), "y".repeat(lead));
                assert!(has_caption_mark(&text), "{text}");
            }
            assert!(has_caption_mark(mark), "{mark}");
            assert!(has_caption_mark(&format!("A photo. {mark} Jane Doe")), "{mark}");
            assert!(!has_caption_mark(&mark[..mark.len() - 1]), "{mark}");
        }
        assert!(!has_caption_mark("Photographs (of the rally) show Getty crowds."));
        assert!(!has_caption_mark("Prime Minister Rishi Sunak met IMF and NATO leaders in Paris, Rome and Oslo."));
    }

    #[test]
    fn every_link_opening_is_looked_for() {
        for opening in LINK_OPENINGS {
            assert!(opens_link_line(opening.as_bytes()[0]), "{opening}");
            assert!(is_link_line(&opening.to_ascii_uppercase()), "{opening}");
        }
        assert!(!is_link_line("The mayor read more than he wrote."));
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
        for (text, expected) in [
            ("LA - It rained.", "LA - It rained."),
            ("U.S. - It rained.", "It rained."),
            ("AB", "AB"),
            ("ABC", "ABC"),
            (" NEW YORK - It rained.", "It rained."),
            ("NEW YORK — It rained.", "It rained."),
            ("New York - It rained.", "New York - It rained."),
        ] {
            assert_eq!(without_dateline(text, Span::new(0, text.len())).slice(text), expected, "{text}");
        }
    }
}
