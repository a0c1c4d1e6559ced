//! Evidence that makes a sentence checkable: numbers, money, dates, comparisons, sources, votes, rules.

mod lexicon;
mod patterns;
mod reader;

use crate::doc::tokens::TokenRange;
use crate::doc::Doc;
use crate::span::Span;
use reader::Reader;

/// What a piece of evidence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum EvidenceKind {
    /// A money amount in any currency: $18 billion, €5m, 2.3 trillion yen.
    Money,
    /// A percentage or percentage points: 10%, 3.2 percent.
    Percentage,
    /// A number with a unit or counted noun: 34-year-old, 5,000 jobs, 12 miles.
    Quantity,
    /// A bare number or a counting word: 2016 votes, tens of thousands, half.
    Number,
    /// A date or time: Nov. 4, last year, Wednesday, 2016.
    Date,
    /// An ordinal or ranking: first, 3rd, No. 1.
    Ordinal,
    /// A comparative or superlative: largest city, more than doubled.
    Comparison,
    /// A cited source: NBC News exit polls found, a study by, according to.
    Source,
    /// A vote or election result: voted for, won the election.
    Voting,
    /// A law, rule or custom: the law, illegal, it is customary.
    Rule,
    /// A cause or effect: because, led to, as a result.
    Cause,
    /// A prediction: will, is expected to, next year.
    Prediction,
}

impl EvidenceKind {
    /// Evidence a fact-checker can check against a record: amounts, numbers, comparisons, rankings,
    /// cited sources, votes and rules (not dates, causes or predictions on their own).
    pub fn is_hard(self) -> bool {
        !matches!(self, EvidenceKind::Date | EvidenceKind::Cause | EvidenceKind::Prediction)
    }

    /// The name used in the result.
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::Money => "money",
            EvidenceKind::Percentage => "percentage",
            EvidenceKind::Quantity => "quantity",
            EvidenceKind::Number => "number",
            EvidenceKind::Date => "date",
            EvidenceKind::Ordinal => "ordinal",
            EvidenceKind::Comparison => "comparison",
            EvidenceKind::Source => "source",
            EvidenceKind::Voting => "voting",
            EvidenceKind::Rule => "rule",
            EvidenceKind::Cause => "cause",
            EvidenceKind::Prediction => "prediction",
        }
    }
}

/// One piece of evidence inside a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Evidence {
    /// Where it stands in the text.
    pub span: Span,
    /// What it is.
    pub kind: EvidenceKind,
}

/// The kinds in the order they are looked for, most specific first: a later kind never takes text an
/// earlier one matched ("$18 billion" is money, not a number).
const ORDER: [EvidenceKind; 12] = [
    EvidenceKind::Money,
    EvidenceKind::Percentage,
    EvidenceKind::Date,
    EvidenceKind::Source,
    EvidenceKind::Ordinal,
    EvidenceKind::Quantity,
    EvidenceKind::Number,
    EvidenceKind::Comparison,
    EvidenceKind::Voting,
    EvidenceKind::Rule,
    EvidenceKind::Cause,
    EvidenceKind::Prediction,
];

/// The evidence inside `sentence` of `text`, in text order, never overlapping.
///
/// Each kind's pattern is tried at every word start (and money also at currency signs), left to
/// right; a match resumes the search after its end, and is kept when no earlier kind holds its text.
/// (The claim finder reads a sentence of its document with [`find_evidence_in`].)
#[cfg_attr(not(feature = "internals"), allow(dead_code))]
pub fn find_evidence(text: &str, sentence: Span) -> Vec<Evidence> {
    let r = Reader::new(sentence.slice(text));
    let mut starts = Vec::new();
    patterns::starts(&r, &mut starts);
    let mut out = Vec::new();
    evidence_at(&r, sentence.start(), &starts, &mut out);
    out
}

/// Where a sentence's patterns may match: a buffer kept from sentence to sentence.
#[derive(Debug, Default)]
pub struct Starts(Vec<(usize, patterns::Opens)>);

/// [`find_evidence`] of `sentence` of `doc` (whose tokens are `tokens`) into `out`: the same
/// evidence, its plain words looked up by the hash the document keeps. `starts` is a buffer.
pub fn find_evidence_in(doc: &Doc, sentence: Span, tokens: TokenRange, starts: &mut Starts, out: &mut Vec<Evidence>) {
    out.clear();
    starts.0.clear();
    let r = Reader::new(sentence.slice(doc.text));
    patterns::starts_in(doc, sentence, tokens, &r, &mut starts.0);
    evidence_at(&r, sentence.start(), &starts.0, out);
}

/// The evidence of the sentence read by `r` (starting at byte `base` of its text) whose patterns
/// may match at `starts`, into `out` (empty).
fn evidence_at(r: &Reader, base: usize, starts: &[(usize, patterns::Opens)], out: &mut Vec<Evidence>) {
    // A kind whose pattern no start opens is not looked for.
    let opened = starts.iter().fold(0, |bits, (_, opens)| bits | opens.bits());
    for kind in ORDER {
        let needs = patterns::Opens::needed_by(kind);
        if opened & needs == 0 {
            continue;
        }
        let earlier = out.len();
        let mut resume = 0;
        for &(i, opens) in starts {
            if i < resume || opens.bits() & needs == 0 {
                continue;
            }
            let Some(end) = patterns::match_at(kind, r, i, opens) else { continue };
            resume = end;
            let span = Span::new(base + i, base + end);
            // `out[..earlier]` is sorted and non-overlapping: only the one before `span`'s end can overlap it.
            let before_end = out[..earlier].partition_point(|e| e.span.start < span.end);
            if before_end == 0 || out[before_end - 1].span.end <= span.start {
                out.push(Evidence { span, kind });
            }
        }
        if out.len() > earlier {
            out.sort_unstable_by_key(|e| e.span);
        }
    }
}

/// Dates that set a scene rather than date a fact: a weekday or a week alone, a day word.
const VAGUE_DATES: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
    "this week", "last week", "next week", "past week", "coming week", "previous week",
];

/// Things that no record counts, after a number in words: "four words for you", "two things".
const VAGUE_COUNTED: &[&str] = &["words", "word", "things", "thing", "ways", "reasons", "questions", "letters"];

/// Spans of time or tries counted only roughly, after "hundreds of", "dozens of"…: "hundreds of
/// years", "thousands of times".
const VAGUE_ROUGHLY: &[&str] = &["years", "times", "ways", "things", "words"];

/// True when a piece of evidence found in `text` looks like evidence and is not: a vague date
/// ([`VAGUE_DATES`]), a number in words counting [`VAGUE_COUNTED`] things, or a rough count of
/// [`VAGUE_ROUGHLY`]. The claim finder leaves these out; [`find_evidence`] reports what the patterns
/// match.
pub fn is_vague(text: &str, e: &Evidence) -> bool {
    let matched = e.span.slice(text);
    match e.kind {
        EvidenceKind::Date => VAGUE_DATES.iter().any(|d| matched.eq_ignore_ascii_case(d)),
        EvidenceKind::Number if !matched.bytes().any(|b| b.is_ascii_digit()) => {
            let (word, after) = next_word(&text.as_bytes()[e.span.end()..]);
            let is = |list: &[&str], w: &[u8]| list.iter().any(|v| w.eq_ignore_ascii_case(v.as_bytes()));
            if word.eq_ignore_ascii_case(b"of") {
                is(VAGUE_ROUGHLY, next_word(after).0)
            } else {
                is(VAGUE_COUNTED, word)
            }
        }
        _ => false,
    }
}

/// The ASCII letters after the spaces that open `rest`, and what follows them.
fn next_word(rest: &[u8]) -> (&[u8], &[u8]) {
    let start = rest.iter().take_while(|b| **b == b' ').count();
    let len = rest[start..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
    (&rest[start..start + len], &rest[start + len..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, &'static str)> {
        find_evidence(text, Span::new(0, text.len()))
            .into_iter()
            .map(|e| (e.span.slice(text).to_owned(), e.kind.as_str()))
            .collect()
    }

    #[test]
    fn money_in_many_forms() {
        assert_eq!(kinds("$18 billion"), [("$18 billion".to_owned(), "money")]);
        assert_eq!(kinds("€5m"), [("€5m".to_owned(), "money")]);
        assert_eq!(kinds("2.3 trillion yen"), [("2.3 trillion yen".to_owned(), "money")]);
    }

    #[test]
    fn percentages_dates_and_sources() {
        let got = kinds("NBC News exit polls found that 10% of voters in last year’s election on Nov. 4 backed him.");
        let texts: Vec<(&str, &str)> = got.iter().map(|(t, k)| (t.as_str(), *k)).collect();
        assert!(texts.contains(&("polls found", "source")), "{texts:?}");
        assert!(texts.contains(&("10%", "percentage")), "{texts:?}");
        assert!(texts.contains(&("last year", "date")), "{texts:?}");
        assert!(texts.contains(&("Nov. 4", "date")), "{texts:?}");
    }

    #[test]
    fn comparisons_quantities_and_rules() {
        let got =
            kinds("It is customary for the 34-year-old mayor of the largest city to meet more than 5,000 voters.");
        let k: Vec<&str> = got.iter().map(|(_, k)| *k).collect();
        assert_eq!(k, ["rule", "quantity", "comparison", "comparison", "quantity"]);
    }

    #[test]
    fn each_kind_in_its_written_forms() {
        let cases: &[(&str, &str, &str)] = &[
            ("Aid rose to US$5m this year.", "US$5m", "money"),
            ("It cost ₹300 crore.", "₹300", "money"),
            ("Fines of 40 USD apply.", "40 USD", "money"),
            ("Some 5 million dollars went missing.", "5 million dollars", "money"),
            ("Prices rose 5 per cent.", "5 per cent", "percentage"),
            ("It grew 2 percentage points.", "2 percentage points", "percentage"),
            ("He was born Jan. 5, 1960 in Ohio.", "Jan. 5, 1960", "date"),
            ("The law passed in June 2020.", "June 2020", "date"),
            ("Crime fell in the 1990s.", "1990s", "none"),
            ("Crime fell in 1990s Chicago.", "in 1990s", "date"),
            ("It was the No. 1 song.", "No. 1", "ordinal"),
            ("She finished 3rd.", "3rd", "ordinal"),
            ("A survey by Gallup agrees.", "survey by", "source"),
            ("She was re-elected twice.", "re-elected", "voting"),
            ("They won the election.", "won the election", "voting"),
            ("It won’t pass.", "won’t", "prediction"),
            ("Tens of thousands marched.", "Tens of thousands", "number"),
            ("A 3 light-years trip.", "3 light-years", "quantity"),
            ("It was signed by executive order.", "executive order", "rule"),
            ("Prices rose as a result of the tariffs.", "as a result", "cause"),
        ];
        for &(text, span, kind) in cases {
            let got = kinds(text);
            if kind == "none" {
                assert!(!got.iter().any(|(t, _)| t == span), "{text}: {got:?}");
            } else {
                assert!(got.contains(&(span.to_owned(), kind)), "{text}: expected {span}={kind}, got {got:?}");
            }
        }
    }

    #[test]
    fn what_looks_like_evidence_and_is_not() {
        let kinds = |text: &str| -> Vec<(String, &'static str)> {
            find_evidence(text, Span::new(0, text.len()))
                .into_iter()
                .filter(|e| !is_vague(text, e))
                .map(|e| (e.span.slice(text).to_owned(), e.kind.as_str()))
                .collect()
        };
        for text in [
            "I have four words for you.",
            "It has stood for hundreds of years.",
            "They met Wednesday in the Oval Office.",
            "He spoke this week.",
            "There are two things to know.",
        ] {
            assert_eq!(kinds(text), [], "{text}");
        }
        // Fuller dates and counts of people stay evidence.
        assert!(kinds("They met Wednesday, Nov. 5.").contains(&("Nov. 5".to_owned(), "date")));
        assert!(kinds("Tens of thousands of New Yorkers voted.").iter().any(|(_, k)| *k == "number"));
        assert!(kinds("Four years ago, 3 people died.").iter().any(|(_, k)| *k == "quantity"));
        assert!(kinds("I served for eight years in the House.").iter().any(|(_, k)| *k == "number"));
    }

    /// The evidence read from a document's tokens is the evidence read byte by byte, in whole
    /// sentences and in spans that cut words.
    #[test]
    fn evidence_from_tokens_is_evidence_from_bytes() {
        let text = include_str!("../tests/golden/seed-article.txt").to_owned()
            + "\nIn_2016 the 2_000 voters_ paid $5,000_ or US$5m; _tens of thousands, x_first, Nov._4 or Nov.4."
            + "\nÉlysée 2016 naïve 3rd, No.1, No. 1, won’t, re-elected, 1990s, 5%, €5m, £2 bn, l’état 12 miles."
            + "\nMr. O’Neil’s U.S. cost-of-living 1,000 rock'n'roll 2.5million 30,000e-mails 1,2345 A1 B52s.";
        let doc = crate::doc::tests::doc_of(&text);
        let (mut starts, mut found) = (Starts::default(), Vec::new());
        let mut spans: Vec<Span> = doc.sentences_in(Span::new(0, text.len())).to_vec();
        // Spans that start and end inside words.
        spans.extend((0..text.len()).step_by(37).map(|at| Span::new(at, (at + 50).min(text.len()))));
        let mut pieces = 0;
        for span in spans {
            if !text.is_char_boundary(span.start()) || !text.is_char_boundary(span.end()) {
                continue;
            }
            find_evidence_in(&doc, span, doc.tokens_in(span), &mut starts, &mut found);
            assert_eq!(found, find_evidence(&text, span), "{}", span.slice(&text));
            pieces += found.len();
        }
        assert!(pieces > 100, "{pieces}");
    }

    #[test]
    fn odd_bytes_and_edges_give_no_panic() {
        for text in ["$", "$$$", "€", "No.", "Jan.", "5,", "5,00", "1.", "exit", "won ", "tens of", "\u{2009}", "£5 bn"]
        {
            let found = find_evidence(text, Span::new(0, text.len()));
            assert!(found.iter().all(|e| e.span.end() <= text.len()), "{text}");
        }
    }
}
