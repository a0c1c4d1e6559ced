//! The evidence patterns, one function per kind: each reads a match starting at a position.
//!
//! A pattern that opens with a listed word runs only when the word at the position opens that list
//! (one lexicon lookup per word start), so most words are passed over after a bit test.
//!
//! Each kind's doc shows the regular expression (Rust `regex` syntax) its function implements, as a
//! `name = regex` block; `{name}` stands for another block's regex. tests/evidence_oracle.rs reads
//! the blocks from this file and compares them with the scanner over the CT24 and PolNeAR sentences:
//! whoever changes a pattern changes its regex here.

use std::sync::LazyLock;

use super::lexicon::Lexicon;
use crate::doc::tokens::TokenRange;
use crate::doc::Doc;
use crate::span::Span;
use super::reader::{is_word_byte, Reader};
use super::EvidenceKind;

/// The word lists whose first words are indexed, in the order of [`LISTS`].
#[derive(Debug, Clone, Copy)]
enum List {
    CurrencyPrefixes,
    Months,
    Weekdays,
    Relative,
    DayWords,
    YearPrepositions,
    According,
    Exit,
    Sources,
    Findings,
    OrdinalWords,
    NumberSign,
    CountLeads,
    Counts,
    NumberWords,
    Comparisons,
    VoteVerbs,
    Won,
    VotingWords,
    Rules,
    Causes,
    Predictions,
}

const LISTS: [&[&str]; 22] = [
    CURRENCY_PREFIXES,
    MONTHS,
    WEEKDAYS,
    RELATIVE,
    DAY_WORDS,
    YEAR_PREPOSITIONS,
    &["according to"],
    &["exit"],
    SOURCES,
    FINDINGS,
    ORDINAL_WORDS,
    &["No."],
    COUNT_LEADS,
    COUNTS,
    NUMBER_WORDS,
    COMPARISONS,
    VOTE_VERBS,
    &["won"],
    VOTING_WORDS,
    RULES,
    CAUSES,
    PREDICTIONS,
];

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(&LISTS));

/// The lists that the word at `i` opens, as bits (see [`List`]), and whether a digit or a currency
/// sign stands there ([`Opens::DIGIT`], [`Opens::SIGN`]).
#[derive(Debug, Clone, Copy)]
pub struct Opens(u32);

impl Opens {
    /// A number starts here.
    const DIGIT: u32 = 1 << 30;
    /// A currency sign (or a lead byte of one) stands here.
    const SIGN: u32 = 1 << 31;

    fn bit(list: List) -> u32 {
        1 << list as u32
    }

    /// What must stand at a start for `kind`'s pattern to match there: it starts with a number, a
    /// sign or a listed word. Saves trying every kind at every start.
    pub fn needed_by(kind: EvidenceKind) -> u32 {
        use List::*;
        let b = Opens::bit;
        match kind {
            EvidenceKind::Money => Opens::DIGIT | Opens::SIGN | b(CurrencyPrefixes),
            EvidenceKind::Percentage | EvidenceKind::Quantity => Opens::DIGIT,
            EvidenceKind::Date => {
                Opens::DIGIT | b(Months) | b(Weekdays) | b(Relative) | b(DayWords) | b(YearPrepositions)
            }
            EvidenceKind::Source => b(According) | b(Exit) | b(Sources) | b(Findings),
            EvidenceKind::Ordinal => Opens::DIGIT | b(NumberSign) | b(OrdinalWords),
            EvidenceKind::Number => Opens::DIGIT | b(CountLeads) | b(Counts) | b(NumberWords),
            EvidenceKind::Comparison => b(Comparisons),
            EvidenceKind::Voting => b(VoteVerbs) | b(Won) | b(VotingWords),
            EvidenceKind::Rule => b(Rules),
            EvidenceKind::Cause => b(Causes),
            EvidenceKind::Prediction => b(Predictions),
        }
    }

    /// The lists opened here, with [`Opens::DIGIT`] and [`Opens::SIGN`], as bits.
    #[inline(always)]
    pub fn bits(self) -> u32 {
        self.0
    }

    fn has(self, list: List) -> bool {
        self.0 & (1 << list as u32) != 0
    }

    /// `list` when the word here opens it, otherwise nothing.
    fn listed(self, list: List) -> &'static [&'static str] {
        if self.has(list) {
            LISTS[list as usize]
        } else {
            &[]
        }
    }

    /// The first phrase of `list` at `i` as whole words; its end.
    fn phrase(self, r: &Reader, i: usize, list: List, fold: bool) -> Option<usize> {
        if !self.has(list) {
            return None;
        }
        r.phrase(i, self.listed(list), fold)
    }

    /// The first word of `list` at `i` followed by one white-space byte; the position after it.
    fn word_then_space(self, r: &Reader, i: usize, list: List, fold: bool) -> Option<usize> {
        if !self.has(list) {
            return None;
        }
        self.listed(list).iter().filter_map(|w| r.literal(i, w, fold)).find_map(|e| r.space(e))
    }
}

/// The positions where some pattern may match, with the lists the word there opens: currency signs,
/// and word starts that are digits or open a list. Every other position can match no pattern.
#[cfg_attr(not(feature = "internals"), allow(dead_code))]
pub fn starts(r: &Reader, out: &mut Vec<(usize, Opens)>) {
    scan_starts(r, 0, r.bytes().len(), out);
}

/// [`starts`] in `from..to` of `r`, byte by byte (no word of `r` runs across `to`). Each word is
/// read once: its lists are looked up at its start and the scan goes on after it.
fn scan_starts(r: &Reader, from: usize, to: usize, out: &mut Vec<(usize, Opens)>) {
    let bytes = r.bytes();
    let mut i = from;
    while i < to {
        let b = bytes[i];
        if is_word_byte(b) {
            let end = r.word_end(i);
            if b.is_ascii_digit() {
                out.push((i, Opens(Opens::DIGIT)));
            } else {
                let opens = Opens(LEXICON.lists_of(&bytes[i..end]));
                if opens.0 != 0 {
                    out.push((i, opens));
                }
            }
            i = end;
        } else {
            if matches!(b, b'$' | 0xC2 | 0xE2) && may_start_money(r, i) {
                out.push((i, Opens(Opens::SIGN)));
            }
            i += 1;
        }
    }
}

/// [`starts`] of `sentence` of `doc` (read by `r`; its tokens are `tokens`): a plain word token
/// ([`Doc::plain_words`]) that no word byte touches is one word of the patterns, looked up by the hash
/// the document keeps; the bytes between such tokens (punctuation, signs, other words) are read as
/// [`starts`] reads them.
pub fn starts_in(doc: &Doc, sentence: Span, tokens: TokenRange, r: &Reader, out: &mut Vec<(usize, Opens)>) {
    let bytes = r.bytes();
    let base = sentence.start();
    let lexicon = &*LEXICON;
    let mut scanned = 0;
    for (span, hash) in doc.plain_words(tokens) {
        let (start, end) = (span.start() - base, span.end() - base);
        let touched = |at: usize| bytes.get(at).is_some_and(|&b| is_word_byte(b));
        if end > bytes.len() || start > 0 && touched(start - 1) || touched(end) {
            continue;
        }
        // Most stretches between two words are one space.
        if !(start == scanned + 1 && bytes[scanned] == b' ') {
            scan_starts(r, scanned, start, out);
        }
        let opens = if bytes[start].is_ascii_digit() { Opens::DIGIT } else { lexicon.lists_of_hashed(hash, end - start) };
        if opens != 0 {
            out.push((start, Opens(opens)));
        }
        scanned = end;
    }
    scan_starts(r, scanned, bytes.len(), out);
}

/// The match of `kind`'s pattern starting at byte `i` (which opens the lists `opens`, some of
/// those [`Opens::needed_by`] `kind`); its end.
pub fn match_at(kind: EvidenceKind, r: &Reader, i: usize, opens: Opens) -> Option<usize> {
    match kind {
        EvidenceKind::Money => money(r, i, opens),
        EvidenceKind::Percentage => percentage(r, i),
        EvidenceKind::Date => date(r, i, opens),
        EvidenceKind::Source => source(r, i, opens),
        EvidenceKind::Ordinal => ordinal(r, i, opens),
        EvidenceKind::Quantity => quantity(r, i),
        EvidenceKind::Number => number(r, i, opens),
        EvidenceKind::Comparison => opens.phrase(r, i, List::Comparisons, true),
        EvidenceKind::Voting => voting(r, i, opens),
        EvidenceKind::Rule => opens.phrase(r, i, List::Rules, true),
        EvidenceKind::Cause => opens.phrase(r, i, List::Causes, true),
        EvidenceKind::Prediction => opens.phrase(r, i, List::Predictions, true),
    }
}

/// The currency signs, each with the country prefixes written before it (US$, C$, A$, NZ$, HK$).
const CURRENCY_SIGNS: &[&str] = &["$", "€", "£", "¥", "₹", "₩"];
const CURRENCY_PREFIXES: &[&str] = &["US", "NZ", "HK", "C", "A"];
/// Currency names after an amount, each also with `s` (or `S`) after it, as one whole word.
///
/// ```text
/// currency_word = (?:dollar|euro|pound|yen|yuan|renminbi|rupee|peso|franc|ruble|rouble|won|reais|real|krona|kronor|crown|shekel|lira|naira|rand)[sS]?\b
/// ```
const CURRENCY_WORDS: &[&str] = &[
    "dollar", "euro", "pound", "yen", "yuan", "renminbi", "rupee", "peso", "franc", "ruble", "rouble", "won", "reais",
    "real", "krona", "kronor", "crown", "shekel", "lira", "naira", "rand",
];
const CURRENCY_CODES: &[&str] = &["USD", "EUR", "GBP", "JPY", "CNY"];

/// True when a currency sign (or the lead byte of one) can start at `i`: where money is looked for
/// besides word starts.
pub fn may_start_money(r: &Reader, i: usize) -> bool {
    // $, then £ ¥ (C2 A3, C2 A5), then € ₩ ₹ (E2 82 AC, E2 82 A9, E2 82 B9): bytes first, as curly
    // quotes (E2 80 …) are everywhere.
    match (r.byte(i), r.byte(i + 1)) {
        (b'$', _) => true,
        (0xC2, 0xA3 | 0xA5) => true,
        (0xE2, 0x82) => matches!(r.byte(i + 2), 0xAC | 0xA9 | 0xB9),
        _ => false,
    }
}

/// A scale word after a number: thousand, million, billion, trillion, or m / bn / k.
///
/// Its case is the including pattern's: lower case in money and quantities, any in bare numbers.
///
/// ```text
/// scale = (?:thousand|million|billion|trillion|[mbk]n?\b|bn\b)
/// ```
fn scale(r: &Reader, i: usize, fold: bool) -> Option<usize> {
    // Every scale starts with t, m, b or k, in either case (which `| 0x20` folds): most words
    // after a number are passed over by that.
    if !matches!(r.byte(i) | 0x20, b't' | b'm' | b'b' | b'k') {
        return None;
    }
    for word in ["thousand", "million", "billion", "trillion"] {
        if let Some(end) = r.literal(i, word, fold) {
            return Some(end);
        }
    }
    let letter = if fold { r.byte(i).to_ascii_lowercase() } else { r.byte(i) };
    if !matches!(letter, b'm' | b'b' | b'k') {
        return None;
    }
    let n = if fold { r.byte(i + 1).to_ascii_lowercase() } else { r.byte(i + 1) };
    if n == b'n' && r.ends_word(i + 2) {
        Some(i + 2)
    } else {
        r.ends_word(i + 1).then_some(i + 1)
    }
}

/// The ends of a number at `i` with and without a scale word after it (the scale may follow a
/// space; with `needs_space` it must; `fold` lets it be written in capitals).
///
/// The number itself ([`Reader::number`]) is read whole: digits, groups of three after commas, a
/// decimal part. Where the regex would back off to a shorter number to end on a word boundary
/// (the `2` of `2.5million`), the scanner finds none.
///
/// ```text
/// numeral = (?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
/// ```
fn number_ends(r: &Reader, i: usize, needs_space: bool, fold: bool) -> Option<[Option<usize>; 2]> {
    let n = r.number(i)?;
    let gap = if needs_space { r.space(n) } else { Some(r.space(n).unwrap_or(n)) };
    let scaled = gap.and_then(|g| scale(r, g, fold));
    Some([scaled, Some(n)])
}

/// $18 billion, US$5m, €5m, 2.3 trillion yen, 40 USD.
///
/// ```text
/// money = (?x-u)
///     (?:\b(?:US|C|A|NZ|HK))? (?:\$|€|£|¥|₹|₩) \s? {numeral} (?:\s?{scale})?
///   | \b{numeral} (?:\s?{scale})? \s (?:US\s)? {currency_word}
///   | \b{numeral} \s? (?:USD|EUR|GBP|JPY|CNY) \b
/// ```
fn money(r: &Reader, i: usize, opens: Opens) -> Option<usize> {
    // A sign ends the word a prefix is (US$, A$): the words that open the prefixes without one ("a",
    // "C") are passed over by the byte after them.
    let prefixed = opens.has(List::CurrencyPrefixes) && may_start_money(r, r.word_end(i));
    let prefixes = if prefixed { opens.listed(List::CurrencyPrefixes) } else { &[] };
    let sign_at = prefixes.iter().filter_map(|p| r.literal(i, p, false)).find(|&j| may_start_money(r, j));
    let sign_at = sign_at.or_else(|| may_start_money(r, i).then_some(i));
    if let Some(j) = sign_at {
        let sign = CURRENCY_SIGNS.iter().find_map(|s| r.literal(j, s, false))?;
        let start = r.space(sign).unwrap_or(sign);
        let [scaled, plain] = number_ends(r, start, false, false)?;
        return scaled.or(plain);
    }
    if !r.byte(i).is_ascii_digit() {
        return None;
    }
    let ends = number_ends(r, i, false, false)?;
    for end in ends.into_iter().flatten() {
        if let Some(k) = r.space(end) {
            let after_us = r.literal(k, "US ", false).filter(|&j| j == k + 3);
            for at in after_us.into_iter().chain([k]) {
                if let Some(e) = r.word_or_plural(at, CURRENCY_WORDS, false) {
                    return Some(e);
                }
            }
        }
    }
    let n = ends[1]?;
    let at = r.space(n).unwrap_or(n);
    r.phrase(at, CURRENCY_CODES, false)
}

/// 10%, 3.2 percent, 5 per cent, 2 percentage points.
///
/// ```text
/// percentage = (?xi-u) \b{numeral} \s? (?: % | percent\b | per\s+cent\b | percentage\s+points?\b )
/// ```
fn percentage(r: &Reader, i: usize) -> Option<usize> {
    let n = r.number(i)?;
    let at = r.space(n).unwrap_or(n);
    if r.byte(at) == b'%' {
        return Some(at + 1);
    }
    r.phrase(at, &["percent", "per cent", "percentage points", "percentage point"], true)
}

/// Month names and their abbreviations, as dates write them (capitalised).
///
/// ```text
/// month = (?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)
/// ```
const MONTHS: &[&str] = &[
    "January",
    "Jan.",
    "Jan",
    "February",
    "Feb.",
    "Feb",
    "March",
    "Mar.",
    "Mar",
    "April",
    "Apr.",
    "Apr",
    "May",
    "June",
    "Jun",
    "July",
    "Jul",
    "August",
    "Aug.",
    "Aug",
    "September",
    "Sept.",
    "Sep.",
    "Sep",
    "October",
    "Oct.",
    "Oct",
    "November",
    "Nov.",
    "Nov",
    "December",
    "Dec.",
    "Dec",
];
const DAY_WORDS: &[&str] = &["yesterday", "tomorrow", "today"];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const RELATIVE: &[&str] = &["last", "next", "this", "past", "previous", "coming"];
const PERIODS: &[&str] =
    &["year", "month", "week", "decade", "century", "spring", "summer", "fall", "autumn", "winter"];
const YEAR_PREPOSITIONS: &[&str] = &["in", "since", "by", "until", "from", "of", "before", "after", "during"];

/// Nov. 4, March 3rd, 2016, June 2020, Wednesday, last year, yesterday, since 1990s, 2016.
///
/// ```text
/// date = (?x-u)
///     \b{month} \s \d{1,2} (?:st|nd|rd|th)? (?:,?\s\d{4})? \b
///   | \b{month} \s \d{4} \b
///   | \b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \b
///   | \b(?i:last|next|this|past|previous|coming) \s (?i:year|month|week|decade|century|spring|summer|fall|autumn|winter) \b
///   | \b(?i:yesterday|tomorrow|today) \b
///   | \b(?:in|since|by|until|from|of|before|after|during) \s (?:1[89]\d\d|20\d\d) s? \b
///   | \b(?:1[89]\d\d|20\d\d) \b
/// ```
fn date(r: &Reader, i: usize, opens: Opens) -> Option<usize> {
    if r.byte(i).is_ascii_digit() {
        return r.year(i).filter(|&end| r.ends_word(end));
    }
    if let Some(k) = opens.word_then_space(r, i, List::Months, false) {
        let digits = r.digits(k);
        if digits == 4 && r.ends_word(k + 4) {
            return Some(k + 4);
        }
        if (1..=2).contains(&digits) {
            let day = k + digits;
            let suffixed = ["st", "nd", "rd", "th"].iter().find_map(|s| r.literal(day, s, false)).unwrap_or(day);
            let comma = if r.byte(suffixed) == b',' { suffixed + 1 } else { suffixed };
            let with_year = r.space(comma).filter(|&y| r.digits(y) >= 4).map(|y| y + 4).filter(|&e| r.ends_word(e));
            if let Some(end) = with_year.or_else(|| [suffixed, day].into_iter().find(|&e| r.ends_word(e))) {
                return Some(end);
            }
        }
    }
    if let Some(end) = opens.phrase(r, i, List::Weekdays, false) {
        return Some(end);
    }
    let relative = opens.word_then_space(r, i, List::Relative, true);
    if let Some(end) = relative.and_then(|k| r.phrase(k, PERIODS, true)) {
        return Some(end);
    }
    if let Some(end) = opens.phrase(r, i, List::DayWords, true) {
        return Some(end);
    }
    // A year after a preposition ("in 2016") starts with 1 or 2 one space after the word: most
    // prepositions ("in the", "of them") are passed over without trying the list.
    if !r.space(r.word_end(i)).is_some_and(|k| matches!(r.byte(k), b'1' | b'2')) {
        return None;
    }
    let end = opens.word_then_space(r, i, List::YearPrepositions, false).and_then(|k| r.year(k))?;
    let end = if r.byte(end) == b's' { end + 1 } else { end };
    r.ends_word(end).then_some(end)
}

/// What a source is called; `investigations` too (the regex before the scanner had the singular only).
///
/// ```text
/// source_word = (?:polls?|surveys?|stud(?:y|ies)|reports?|data|analys[ie]s|census|figures|statistics|estimates?|research|records|audit|review|investigations?|index)
/// ```
const SOURCES: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "data",
    "analysis",
    "analyses",
    "census",
    "figures",
    "statistics",
    "estimate",
    "estimates",
    "research",
    "records",
    "audit",
    "review",
    "investigation",
    "investigations",
    "index",
];
const FINDINGS: &[&str] = &["found that", "showed that", "shows that"];
const SOURCE_LINKS: &[&str] = &["by", "from", "of", "conducted", "released", "published"];
const SOURCE_VERBS: &[&str] = &[
    "found",
    "finds",
    "show",
    "shows",
    "showed",
    "shown",
    "suggest",
    "suggests",
    "suggested",
    "indicate",
    "indicates",
    "indicated",
    "revealed",
    "reveals",
];

/// The source word (poll, survey, study…) at `i` when white space follows it; the position after.
fn source_word(r: &Reader, i: usize) -> Option<usize> {
    r.phrase(i, SOURCES, true).and_then(|end| r.space(end))
}

/// according to, exit polls by, a study from, the data show, found that.
///
/// ```text
/// source = (?xi-u)
///     \baccording\s+to \b
///   | \b(?:exit\s)? {source_word} \s (?:by|from|of|conducted|released|published) \b
///   | \b{source_word} \s (?:found|finds|show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|revealed|reveals) \b
///   | \b(?:found|showed|shows) \s+ that \b
/// ```
fn source(r: &Reader, i: usize, opens: Opens) -> Option<usize> {
    if let Some(end) = opens.phrase(r, i, List::According, true) {
        return Some(end);
    }
    let after_exit = opens.word_then_space(r, i, List::Exit, true);
    let own = opens.has(List::Sources).then_some(i);
    for at in after_exit.into_iter().chain(own) {
        if let Some(end) = source_word(r, at).and_then(|k| r.phrase(k, SOURCE_LINKS, true)) {
            return Some(end);
        }
    }
    if let Some(end) = own.and_then(|at| source_word(r, at)).and_then(|k| r.phrase(k, SOURCE_VERBS, true)) {
        return Some(end);
    }
    opens.phrase(r, i, List::Findings, true)
}

/// 3rd, No. 1, first … tenth.
///
/// ```text
/// ordinal = (?xi-u) \b\d+(?:st|nd|rd|th)\b | \bNo\.\s?\d+\b | \b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b
/// ```
fn ordinal(r: &Reader, i: usize, opens: Opens) -> Option<usize> {
    let digits = r.digits(i);
    if digits > 0 {
        return r.phrase(i + digits, &["st", "nd", "rd", "th"], true);
    }
    if let Some(k) = opens.has(List::NumberSign).then(|| r.literal(i, "No.", true)).flatten() {
        let k = r.space(k).unwrap_or(k);
        let digits = r.digits(k);
        return (digits > 0 && r.ends_word(k + digits)).then_some(k + digits);
    }
    opens.phrase(r, i, List::OrdinalWords, true)
}

const ORDINAL_WORDS: &[&str] =
    &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/// Units and counted nouns after a number, each also with `s` (or `S`) after it, as one whole word;
/// `Americans` capitalised too (the regex before the scanner had the lower-case form only).
///
/// ```text
/// unit = (?:year|month|day|hour|week|mile|kilometer|kilometre|km|acre|ton|tonne|pound|kg|gallon|barrel|liter|litre|meter|metre|foot|feet|inch|degree|people|person|voter|job|worker|member|student|children|families|home|death|cases|vote|seat|agent|troops|soldiers|immigrants|refugees|residents|americans|Americans|women|men|times)[sS]?\b
/// ```
const UNITS: &[&str] = &[
    "year",
    "month",
    "day",
    "hour",
    "week",
    "mile",
    "kilometer",
    "kilometre",
    "km",
    "acre",
    "ton",
    "tonne",
    "pound",
    "kg",
    "gallon",
    "barrel",
    "liter",
    "litre",
    "meter",
    "metre",
    "foot",
    "feet",
    "inch",
    "degree",
    "people",
    "person",
    "voter",
    "job",
    "worker",
    "member",
    "student",
    "children",
    "families",
    "home",
    "death",
    "cases",
    "vote",
    "seat",
    "agent",
    "troops",
    "soldiers",
    "immigrants",
    "refugees",
    "residents",
    "americans",
    "Americans",
    "women",
    "men",
    "times",
];

/// 34-year-old, 5,000 jobs, 12 miles, 2 million people, 3 light-years.
///
/// ```text
/// quantity = (?x-u) \b{numeral} (?:\s?{scale})? (?:-|\s) (?:[a-z]+-)? {unit} (?:-old)?
/// ```
fn quantity(r: &Reader, i: usize) -> Option<usize> {
    for end in number_ends(r, i, false, false)?.into_iter().flatten() {
        if !(r.byte(end) == b'-' || r.space(end).is_some()) {
            continue;
        }
        let k = end + 1;
        let letters = (k..).take_while(|&j| r.byte(j).is_ascii_lowercase()).count();
        let prefixed = (letters > 0 && r.byte(k + letters) == b'-')
            .then(|| r.word_or_plural(k + letters + 1, UNITS, false))
            .flatten();
        if let Some(unit_end) = prefixed.or_else(|| r.word_or_plural(k, UNITS, false)) {
            return Some(r.literal(unit_end, "-old", false).unwrap_or(unit_end));
        }
    }
    None
}

/// 2016 votes, 5 million, tens of thousands, half, a third, twelve.
///
/// ```text
/// number = (?xi-u)
///     \b{numeral} (?:\s{scale})? \b
///   | \b(?:tens\s+of\s+|hundreds\s+of\s+)? (?:thousands|millions|billions|dozens|hundreds) \b
///   | \b(?:half|a\s+third|a\s+quarter|two-thirds|one-third|majority|minority) \b
///   | \b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred) \b
/// ```
fn number(r: &Reader, i: usize, opens: Opens) -> Option<usize> {
    if let Some(ends) = number_ends(r, i, true, true) {
        return ends.into_iter().flatten().find(|&e| r.ends_word(e));
    }
    let lead = opens.listed(List::CountLeads).iter().find_map(|p| r.literal(i, p, true));
    let counted = lead.and_then(|k| r.phrase(k, COUNTS, true));
    counted.or_else(|| opens.phrase(r, i, List::Counts, true)).or_else(|| opens.phrase(r, i, List::NumberWords, true))
}

const COUNT_LEADS: &[&str] = &["tens of ", "hundreds of "];
const COUNTS: &[&str] = &["thousands", "millions", "billions", "dozens", "hundreds"];
const NUMBER_WORDS: &[&str] = &[
    "half",
    "a third",
    "a quarter",
    "two-thirds",
    "one-third",
    "majority",
    "minority",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
];

/// Comparisons, rankings and changes: the comparison pattern is this list, as whole words.
///
/// ```text
/// comparison = (?xi-u)
///     \b(?:more|less|fewer|greater|higher|lower) \s+ than \b
///   | \b(?:largest|biggest|smallest|highest|lowest|greatest|fastest|slowest|worst|best|most|least|richest|poorest|oldest|youngest|deadliest|longest|shortest) \b
///   | \b(?:doubled|tripled|quadrupled|halved|twice|increased?|decreased?|rose|risen|fell|fallen|grew|grown|dropped|declined|surged|soared|plunged|jumped|record) \b
///   | \bcompared \s+ (?:with|to) \b
/// ```
const COMPARISONS: &[&str] = &[
    "more than",
    "less than",
    "fewer than",
    "greater than",
    "higher than",
    "lower than",
    "largest",
    "biggest",
    "smallest",
    "highest",
    "lowest",
    "greatest",
    "fastest",
    "slowest",
    "worst",
    "best",
    "most",
    "least",
    "richest",
    "poorest",
    "oldest",
    "youngest",
    "deadliest",
    "longest",
    "shortest",
    "doubled",
    "tripled",
    "quadrupled",
    "halved",
    "twice",
    "increase",
    "increased",
    "decrease",
    "decreased",
    "rose",
    "risen",
    "fell",
    "fallen",
    "grew",
    "grown",
    "dropped",
    "declined",
    "surged",
    "soared",
    "plunged",
    "jumped",
    "record",
    "compared with",
    "compared to",
];

/// voted for, votes against, ballots, turnout, won the election, defeated, re-elected.
///
/// ```text
/// voting = (?xi-u)
///     \bvot(?:e|ed|es|ing) \s (?:for|against|to|on) \b
///   | \bwon \s+ (?:the\s+)? (?:election|race|primary|seat|vote) \b
///   | \b(?:ballots?|electorate|turnout|defeated|re-?elected|elected) \b
/// ```
fn voting(r: &Reader, i: usize, opens: Opens) -> Option<usize> {
    let verb = opens.word_then_space(r, i, List::VoteVerbs, true);
    if let Some(end) = verb.and_then(|k| r.phrase(k, &["for", "against", "to", "on"], true)) {
        return Some(end);
    }
    let won = if opens.has(List::Won) { r.literal(i, "won ", true) } else { None };
    let won = won.map(|k| r.literal(k, "the ", true).unwrap_or(k));
    if let Some(end) = won.and_then(|k| r.phrase(k, &["election", "race", "primary", "seat", "vote"], true)) {
        return Some(end);
    }
    opens.phrase(r, i, List::VotingWords, true)
}

const VOTE_VERBS: &[&str] = &["vote", "voted", "votes", "voting"];
const VOTING_WORDS: &[&str] =
    &["ballots", "ballot", "electorate", "turnout", "defeated", "re-elected", "reelected", "elected"];

/// Laws, rules and customs: the rule pattern is this list, as whole words.
///
/// ```text
/// rule = (?xi-u) \b(?:law|laws|legislation|bill|statute|regulations?|constitution(?:al)?|unconstitutional|illegal|legal|lawful|unlawful|banned|ban|mandat(?:e|ed|ory)|executive\s+order|treaty|required\s+by|customary|allowed\s+to|prohibit(?:s|ed)?)\b
/// ```
const RULES: &[&str] = &[
    "law",
    "laws",
    "legislation",
    "bill",
    "statute",
    "regulation",
    "regulations",
    "constitution",
    "constitutional",
    "unconstitutional",
    "illegal",
    "legal",
    "lawful",
    "unlawful",
    "banned",
    "ban",
    "mandate",
    "mandated",
    "mandatory",
    "executive order",
    "treaty",
    "required by",
    "customary",
    "allowed to",
    "prohibit",
    "prohibits",
    "prohibited",
];

/// Causes and effects: the cause pattern is this list, as whole words.
///
/// ```text
/// cause = (?xi-u) \b(?:because\s+of|because|due\s+to|caused|causes|causing|led\s+to|leads\s+to|resulted\s+in|results\s+in|as\s+a\s+result|thanks\s+to|blamed|responsible\s+for|contributed\s+to)\b
/// ```
const CAUSES: &[&str] = &[
    "because of",
    "because",
    "due to",
    "caused",
    "causes",
    "causing",
    "led to",
    "leads to",
    "resulted in",
    "results in",
    "as a result",
    "thanks to",
    "blamed",
    "responsible for",
    "contributed to",
];

/// Predictions: the prediction pattern is this list, as whole words; `won’t` with a typographic
/// apostrophe too (the regex before the scanner had `won't` only).
///
/// ```text
/// prediction = (?xi-u) \b(?:will|won't|won’t|is\s+going\s+to|are\s+going\s+to|expected\s+to|projected|forecasts?|predicted|predicts|on\s+track\s+to|set\s+to)\b
/// ```
const PREDICTIONS: &[&str] = &[
    "will",
    "won't",
    "won’t",
    "is going to",
    "are going to",
    "expected to",
    "projected",
    "forecast",
    "forecasts",
    "predicted",
    "predicts",
    "on track to",
    "set to",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// [`Reader::phrase`] compares a phrase whole only when its first letter stands at the start:
    /// every phrase it is given starts with an ASCII letter.
    #[test]
    fn every_phrase_starts_with_a_letter() {
        let others: [&[&str]; 4] = [PERIODS, SOURCE_LINKS, SOURCE_VERBS, CURRENCY_CODES];
        for phrase in LISTS.iter().chain(&others).flat_map(|list| list.iter()) {
            assert!(phrase.as_bytes()[0].is_ascii_alphabetic(), "{phrase}");
        }
    }
}
