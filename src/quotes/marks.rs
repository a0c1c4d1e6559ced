//! Quotation marks → quoted stretches: pairs, nesting, apostrophes, quotes over paragraphs.

use crate::case;
use crate::scan;
use crate::span::Span;

/// Which pair a mark belongs to: a mark only closes a quote of its own family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// “…” "…" „…“ „…”
    Double,
    /// ‘…’ '…' ‚…‘
    Single,
    /// «…»
    Guillemet,
    /// ‹…›
    SingleGuillemet,
    /// 「…」
    Corner,
    /// 『…』
    WhiteCorner,
}

/// What a mark can do where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight `"` or `'`: opens or closes depending on context and state.
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    ch: char,
    family: Family,
    role: Role,
}

/// One quotation found in the text, before speakers are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    /// Each contiguous quoted stretch, marks included (one per paragraph of a long quote).
    pub parts: Vec<Span>,
    /// False when the closing mark was missing and the quote was ended at its paragraph's end.
    pub closed: bool,
    /// The family's outer marks were double quotes (or their equivalents), not single quotes.
    pub double: bool,
}

impl Quotation {
    /// The whole quotation, from its first mark to its last.
    pub fn span(&self) -> Span {
        let first = self.parts.first().copied().unwrap_or_default();
        let last = self.parts.last().copied().unwrap_or_default();
        first.cover(last)
    }
}

/// Finds the quotations of `text`, paragraph by paragraph, in text order.
///
/// Only outermost quotations are returned; a quote nested inside another belongs to it. A quote left
/// open at a paragraph's end continues into the next paragraph when that one opens with a mark of
/// the same family (the news convention for long quotes); otherwise it ends with its paragraph.
pub fn find_quotations(text: &str, paragraphs: &[Span]) -> Vec<Quotation> {
    let mut out = Vec::new();
    let mut carried: Option<(Quotation, Family)> = None;
    for (index, &para) in paragraphs.iter().enumerate() {
        let marks = marks_in(text, para);
        let mut stack = OpenMarks::default();
        let mut current: Option<Quotation> = None;
        if let Some((mut quote, family)) = carried.take() {
            match marks.first() {
                Some(m) if m.pos == para.start() && m.family == family && m.role != Role::Close => {
                    quote.parts.push(Span::new(m.pos, m.pos));
                    current = Some(quote);
                    stack.push(*m);
                }
                _ => out.push(quote), // already ended at the previous paragraph's end
            }
        }
        let skip_first = current.is_some();
        for mark in marks.iter().skip(usize::from(skip_first)) {
            step(text, *mark, &mut stack, &mut current, &mut out);
        }
        if let Some(mut quote) = current.take() {
            // Left open at the end of the paragraph.
            let last = quote.parts.len() - 1;
            quote.parts[last] = Span::new(quote.parts[last].start(), para.end());
            quote.closed = false;
            let family = stack.marks.first().map_or(Family::Double, |m| m.family);
            let continues = paragraphs.get(index + 1).is_some_and(|next| {
                let mut chars = next.slice(text).chars();
                chars.next().is_some_and(|c| opens_family(c, family)) && !starts_with_label(chars.as_str())
            });
            if continues {
                carried = Some((quote, family));
            } else {
                out.push(quote);
            }
        }
    }
    if let Some((quote, _)) = carried {
        out.push(quote);
    }
    out.retain(|q| q.parts.iter().any(|p| p.len() > 2));
    // A text that quotes speech in double marks uses single ones for headlines, titles and nicknames;
    // only a text with no double-quoted stretch (British style) quotes speech in single marks, and
    // then only in typographic ‘…’: a straight ' (or the '' of some wire archives) is read as an
    // apostrophe at the top level, where it is far more often one.
    let any_double = out.iter().any(|q| q.double);
    out.retain(|q| q.double || (!any_double && !q.parts[0].slice(text).starts_with('\'')));
    out
}

/// The marks still open in a paragraph, innermost last, with how many of each family are open: a
/// mark whose family is not open is told in constant time, so a paragraph of half a megabyte of
/// « and then of 」 stays linear.
#[derive(Debug, Default)]
struct OpenMarks {
    marks: Vec<Mark>,
    open: [usize; FAMILIES],
}

/// How many families of marks there are (the last family's index, plus one).
const FAMILIES: usize = Family::WhiteCorner as usize + 1;

impl OpenMarks {
    fn family_index(family: Family) -> usize {
        family as usize
    }

    /// The index of the innermost open mark of `family`.
    fn last_of(&self, family: Family) -> Option<usize> {
        if self.open[Self::family_index(family)] == 0 {
            return None;
        }
        self.marks.iter().rposition(|m| m.family == family)
    }

    fn push(&mut self, mark: Mark) {
        self.open[Self::family_index(mark.family)] += 1;
        self.marks.push(mark);
    }

    fn truncate(&mut self, len: usize) {
        while self.marks.len() > len {
            if let Some(m) = self.marks.pop() {
                self.open[Self::family_index(m.family)] -= 1;
            }
        }
    }

    fn clear(&mut self) {
        self.truncate(0);
    }

    fn is_empty(&self) -> bool {
        self.marks.is_empty()
    }
}

/// Applies one mark to the open-quote stack.
fn step(text: &str, mark: Mark, stack: &mut OpenMarks, current: &mut Option<Quotation>, out: &mut Vec<Quotation>) {
    let open_at = stack.last_of(mark.family);
    let role = match mark.role {
        Role::Either => {
            if open_at.is_some() {
                Role::Close
            } else {
                Role::Open
            }
        }
        // German „…“: the “ closes a quote opened with „.
        Role::Open if mark.ch == '“' && open_at.is_some_and(|i| stack.marks[i].ch == '„') => Role::Close,
        // Swedish and Finnish ”…”: a ” that opens when nothing of its family is open.
        Role::Close if mark.ch == '”' && open_at.is_none() && looks_like_opener(text, mark.pos, mark.ch) => {
            Role::Open
        }
        role => role,
    };
    match role {
        Role::Open => {
            if mark.family == Family::Double && open_at.is_some() {
                // A second opening double mark inside an open double quote: a misused closer
                // (“Hello,“ he said) when it sits after a word, else the first quote never closed.
                if !looks_like_opener(text, mark.pos, mark.ch) {
                    close(mark, open_at.unwrap_or(0), stack, current, out);
                    return;
                }
                if let Some(mut quote) = current.take() {
                    let last = quote.parts.len() - 1;
                    let end = text[..mark.pos].trim_end().len();
                    quote.parts[last] = Span::new(quote.parts[last].start(), end.max(quote.parts[last].start()));
                    quote.closed = false;
                    out.push(quote);
                }
                stack.clear();
            }
            if stack.is_empty() {
                *current = Some(Quotation {
                    parts: vec![Span::new(mark.pos, mark.pos)],
                    closed: false,
                    double: mark.family != Family::Single && mark.family != Family::SingleGuillemet,
                });
            }
            stack.push(mark);
        }
        Role::Close => {
            if let Some(i) = open_at {
                close(mark, i, stack, current, out);
            }
        }
        Role::Either => unreachable!("resolved above"),
    }
}

fn close(
    mark: Mark,
    open_index: usize,
    stack: &mut OpenMarks,
    current: &mut Option<Quotation>,
    out: &mut Vec<Quotation>,
) {
    stack.truncate(open_index);
    if stack.is_empty() {
        if let Some(mut quote) = current.take() {
            let last = quote.parts.len() - 1;
            quote.parts[last] = Span::new(quote.parts[last].start(), mark.pos + mark.ch.len_utf8());
            quote.closed = true;
            out.push(quote);
        }
    }
}

fn opens_family(c: char, family: Family) -> bool {
    match family {
        Family::Double => matches!(c, '“' | '"' | '„' | '”'),
        Family::Single => matches!(c, '‘' | '\'' | '‚'),
        Family::Guillemet => c == '«',
        Family::SingleGuillemet => c == '‹',
        Family::Corner => c == '「',
        Family::WhiteCorner => c == '『',
    }
}

/// True when `rest` opens with a transcript label in capitals: `PENCE: …`, `MR. TRUMP: …`.
fn starts_with_label(rest: &str) -> bool {
    let head = &rest[..rest.char_indices().nth(40).map_or(rest.len(), |(i, _)| i)];
    let Some(colon) = head.find(':') else { return false };
    let label = &rest[..colon];
    label.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && label.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\''))
}

/// The quotation marks of one paragraph, with apostrophes already left out.
fn marks_in(text: &str, para: Span) -> Vec<Mark> {
    let mut marks = Vec::new();
    let bytes = text.as_bytes();
    // Where the current run of non-space characters starts, and the `=` of the last `="` seen: an
    // attribute value's closing mark is told in constant time, so a paragraph of `x"x"…` stays linear.
    // The run's start is brought up to date only at a `"` after a `="`, from where it was last read.
    let mut run_start = para.start();
    let mut run_read_to = para.start();
    let mut last_attribute_open: Option<usize> = None;
    let mut pos = para.start();
    while pos < para.end() {
        // Every mark starts with one of these bytes (`«` `»` with 0xC2; the curly quotes, `‹` `›`
        // with 0xE2; the corner brackets with 0xE3), and none of them continues a character: eight
        // bytes of ASCII without `"` or `'` are passed over at once.
        if !matches!(bytes[pos], b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3) {
            pos += 1;
            if pos % 8 == 0 {
                while let Some(word) = scan::word_at(bytes, pos).filter(|_| pos + 8 <= para.end()) {
                    if scan::has_non_ascii(word) || scan::has_any_byte(word, [b'"', b'\'']) {
                        break;
                    }
                    pos += 8;
                }
            }
            continue;
        }
        let ch = text[pos..].chars().next().unwrap_or(' ');
        let at = pos;
        pos += ch.len_utf8();
        let (family, role) = match ch {
            '“' | '„' => (Family::Double, Role::Open),
            '”' => (Family::Double, Role::Close),
            '"' => {
                let attribute_open = last_attribute_open.filter(|&eq| {
                    for (offset, c) in text[run_read_to..at].char_indices() {
                        if c.is_whitespace() {
                            run_start = run_read_to + offset + c.len_utf8();
                        }
                    }
                    run_read_to = at;
                    eq >= run_start
                });
                if text[..at].ends_with('=') {
                    last_attribute_open = Some(at - 1);
                }
                if is_not_a_quote_mark(text, at, attribute_open.is_some()) {
                    continue;
                }
                (Family::Double, Role::Either)
            }
            '«' => (Family::Guillemet, Role::Open),
            '»' => (Family::Guillemet, Role::Close),
            '‹' => (Family::SingleGuillemet, Role::Open),
            '›' => (Family::SingleGuillemet, Role::Close),
            '「' => (Family::Corner, Role::Open),
            '」' => (Family::Corner, Role::Close),
            '『' => (Family::WhiteCorner, Role::Open),
            '』' => (Family::WhiteCorner, Role::Close),
            '‘' | '’' | '\'' | '‚' => match single_role(text, at, ch) {
                Some(role) => (Family::Single, role),
                None => continue,
            },
            _ => continue,
        };
        marks.push(Mark { pos: at, ch, family, role });
    }
    marks
}

/// A straight `"` that is markup or a unit, not a quotation mark: `id="42"` (an attribute value) or
/// `6'3"` (inches). `in_attribute` tells whether the run of non-space characters before `pos` holds
/// a `="` (the caller tracks it as it reads, so this looks at no more than the mark's neighbours
/// and the digits right before it).
fn is_not_a_quote_mark(text: &str, pos: usize, in_attribute: bool) -> bool {
    let before = text[..pos].chars().next_back();
    let after = text[pos + 1..].chars().next();
    if before == Some('=') {
        return true;
    }
    // The closing mark of an attribute value.
    if in_attribute && after.is_none_or(|c| c.is_whitespace() || c == '>' || c == '/') {
        return true;
    }
    before.is_some_and(|c| c.is_ascii_digit())
        && text[..pos].trim_end_matches(|c: char| c.is_ascii_digit()).ends_with('\'')
}

/// The role of a single mark, or `None` when it is an apostrophe (I’m, voters’, the ’90s, ’n’).
fn single_role(text: &str, pos: usize, ch: char) -> Option<Role> {
    let before = text[..pos].chars().next_back();
    let after_text = &text[pos + ch.len_utf8()..];
    let after = after_text.chars().next();
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if word(before) && word(after) {
        return None; // I’m, Trump’s, rock’n’roll
    }
    if !word(before) && after.is_some_and(|c| c.is_ascii_digit()) {
        return None; // the ’90s
    }
    if !word(before) && is_clipped_word(after_text) {
        return None; // ’n’, ’em, ’til
    }
    let opener = looks_like_opener(text, pos, ch);
    match ch {
        '‘' | '‚' => opener.then_some(Role::Open),
        '’' => (!opener && !before.is_some_and(char::is_whitespace)).then_some(Role::Close),
        _ => Some(if opener {
            Role::Open
        } else if before.is_some_and(char::is_whitespace) {
            return None;
        } else {
            Role::Close
        }),
    }
}

/// Words written with a leading apostrophe in place of dropped letters.
fn is_clipped_word(after: &str) -> bool {
    let word: String = after.chars().take_while(|c| c.is_alphabetic()).map(case::lower_char).collect::<String>();
    let next = after[word.len().min(after.len())..].chars().next();
    matches!(word.as_str(), "n" | "em" | "til" | "cause" | "tis" | "twas" | "bout" | "round")
        && !next.is_some_and(|c| c.is_alphanumeric())
}

/// True when the mark at `pos` stands where an opening mark would: after white space, the start
/// or opening punctuation, and before a non-space.
fn looks_like_opener(text: &str, pos: usize, ch: char) -> bool {
    let before = text[..pos].chars().next_back();
    let after = text[pos + ch.len_utf8()..].chars().next();
    let open_context = before.is_none_or(|c| c.is_whitespace() || "([{—–-/“‘\"'«„:".contains(c));
    open_context && after.is_some_and(|c| !c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    fn quotes(text: &str) -> Vec<Vec<&str>> {
        find_quotations(text, &paragraphs(text))
            .into_iter()
            .map(|q| q.parts.iter().map(|p| p.slice(text)).collect())
            .collect()
    }

    #[test]
    fn curly_and_straight_pairs() {
        assert_eq!(quotes("He said “yes” and \"no\"."), [vec!["“yes”"], vec!["\"no\""]]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            quotes("“I’m sure the voters’ choice of rock ’n’ roll from the ’90s is talkin’ big,” he said."),
            [vec!["“I’m sure the voters’ choice of rock ’n’ roll from the ’90s is talkin’ big,”"]]
        );
    }

    #[test]
    fn nested_single_inside_double() {
        assert_eq!(quotes("“She said ‘no way’ to me,” he said."), [vec!["“She said ‘no way’ to me,”"]]);
    }

    #[test]
    fn long_quote_over_paragraphs() {
        let text = "“First part.\n“Second part,” he said.";
        assert_eq!(quotes(text), [vec!["“First part.", "“Second part,”"]]);
    }

    #[test]
    fn unclosed_quote_ends_with_its_paragraph() {
        let text = "He said “never closed\nNext paragraph with “a quote”.";
        assert_eq!(quotes(text), [vec!["“never closed"], vec!["“a quote”"]]);
    }

    #[test]
    fn transcript_turns_are_separate_quotes() {
        let text = "\"WALLACE: Will she be there?\n\"PENCE: No, she will not.\"";
        assert_eq!(quotes(text), [vec!["\"WALLACE: Will she be there?"], vec!["\"PENCE: No, she will not.\""]]);
    }

    #[test]
    fn attribute_values_and_inches_are_not_quotes() {
        assert_eq!(quotes("<tweet id=\"42\">.\u{a0}He is 6'3\" tall, they \"say\"."), [vec!["\"say\""]]);
        assert_eq!(quotes("non-breaking\u{a0}space\u{a0}\"before\" a quote"), [vec!["\"before\""]]);
    }

    #[test]
    fn other_languages() {
        assert_eq!(quotes("Er sagte „Hallo“."), [vec!["„Hallo“"]]);
        assert_eq!(quotes("Powiedział „cześć”."), [vec!["„cześć”"]]);
        assert_eq!(quotes("Il a dit « bonjour »."), [vec!["« bonjour »"]]);
        assert_eq!(quotes("彼は「こんにちは」と言った。"), [vec!["「こんにちは」"]]);
    }

    #[test]
    fn single_quotes_outside_double() {
        assert_eq!(quotes("Trump: ‘We will win’"), [vec!["‘We will win’"]]);
    }
}
