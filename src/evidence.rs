//! Evidence that makes a sentence checkable: numbers, money, dates, comparisons, sources, votes, rules.

use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use crate::span::Span;

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
pub struct Evidence {
    /// Where it stands in the text.
    pub span: Span,
    /// What it is.
    pub kind: EvidenceKind,
}

const MONTHS: &str = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

/// The patterns, most specific first: a later pattern never takes text an earlier one matched.
static PATTERNS: LazyLock<Vec<(EvidenceKind, Regex)>> = LazyLock::new(|| {
    let scale = r"(?:thousand|million|billion|trillion|[mbk]n?\b|bn\b)";
    let number = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
    let currency_word = r"(?:dollars?|euros?|pounds?|yen|yuan|renminbi|rupees?|pesos?|francs?|rubles?|roubles?|won|reais|real|krona|kronor|crowns?|shekels?|lira|naira|rand)";
    let sources = r"(?:polls?|surveys?|stud(?:y|ies)|reports?|data|analys[ie]s|census|figures|statistics|estimates?|research|records|audit|review|investigation|index)";
    let table = [
        (
            EvidenceKind::Money,
            format!(
                r"(?x-u)
                (?:US|C|A|NZ|HK)?(?:\$|€|£|¥|₹|₩)\s?(?:{number})(?:\s?{scale})?
              | \b(?:{number})(?:\s?{scale})?\s(?:US\s)?{currency_word}\b
              | \b(?:{number})\s?(?:USD|EUR|GBP|JPY|CNY)\b"
            ),
        ),
        (
            EvidenceKind::Percentage,
            format!(r"(?xi-u) \b(?:{number})\s?(?:%|percent\b|per\s?cent\b|percentage\s+points?\b)"),
        ),
        (
            EvidenceKind::Date,
            format!(
                r"(?x-u)
                \b{MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s\d{{4}})?\b
              | \b{MONTHS}\s\d{{4}}\b
              | \b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
              | \b(?:(?i:last|next|this|past|previous|coming)\s(?i:year|month|week|decade|century|spring|summer|fall|autumn|winter)|(?i:yesterday|tomorrow|today))\b
              | \b(?:in|since|by|until|from|of|before|after|during)\s(?:1[89]\d\d|20\d\d)s?\b
              | \b(?:1[89]\d\d|20\d\d)\b"
            ),
        ),
        (
            EvidenceKind::Source,
            format!(
                r"(?xi-u)
                \baccording\sto\b
              | \b(?:exit\s)?{sources}\s(?:by|from|of|conducted|released|published)\b
              | \b{sources}\s(?:found|finds|show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|revealed|reveals)\b
              | \b(?:found|showed|shows)\sthat\b"
            ),
        ),
        (
            EvidenceKind::Ordinal,
            r"(?xi-u) \b\d+(?:st|nd|rd|th)\b | \bNo\.\s?\d+\b | \b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b".to_owned(),
        ),
        (
            EvidenceKind::Quantity,
            format!(
                r"(?x-u)
                \b(?:{number})(?:\s?{scale})?(?:-|\s)(?:[a-z]+-)?(?:year|month|day|hour|week|mile|kilomet(?:er|re)|km|acre|ton|tonne|pound|kg|gallon|barrel|liter|litre|meter|metre|foot|feet|inch|degree|people|person|voters?|jobs?|workers?|members?|students?|children|families|homes|deaths?|cases|votes?|seats?|agents?|troops|soldiers|immigrants|refugees|residents|americans|women|men|times)s?\b(?:-old)?"
            ),
        ),
        (
            EvidenceKind::Number,
            format!(
                r"(?xi-u)
                \b(?:{number})(?:\s{scale})?\b
              | \b(?:tens\s+of\s+|hundreds\s+of\s+)?(?:thousands|millions|billions|dozens|hundreds)\b
              | \b(?:half|a\s+third|a\s+quarter|two-thirds|one-third|majority|minority)\b
              | \b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b"
            ),
        ),
        (
            EvidenceKind::Comparison,
            r"(?xi-u)
                \b(?:more|less|fewer|greater|higher|lower)\s+than\b
              | \b(?:largest|biggest|smallest|highest|lowest|greatest|fastest|slowest|worst|best|most|least|richest|poorest|oldest|youngest|deadliest|longest|shortest)\b
              | \b(?:doubled|tripled|quadrupled|halved|twice|increased?|decreased?|rose|risen|fell|fallen|grew|grown|dropped|declined|surged|soared|plunged|jumped|record)\b
              | \bcompared\s(?:with|to)\b"
                .to_owned(),
        ),
        (
            EvidenceKind::Voting,
            r"(?xi-u)
                \bvot(?:e|ed|es|ing)\s(?:for|against|to|on)\b
              | \b(?:ballots?|electorate|turnout|won\s(?:the\s)?(?:election|race|primary|seat|vote)|defeated|re-?elected|elected)\b"
                .to_owned(),
        ),
        (
            EvidenceKind::Rule,
            r"(?xi-u)
                \b(?:law|laws|legislation|bill|statute|regulations?|constitution(?:al)?|unconstitutional|illegal|legal|lawful|unlawful|banned|ban|mandat(?:e|ed|ory)|executive\sorder|treaty|required\sby|customary|allowed\sto|prohibit(?:s|ed)?)\b"
                .to_owned(),
        ),
        (
            EvidenceKind::Cause,
            r"(?xi-u)
                \b(?:because\sof|because|due\sto|caused|causes|causing|led\sto|leads\sto|resulted\sin|results\sin|as\sa\sresult|thanks\sto|blamed|responsible\sfor|contributed\sto)\b"
                .to_owned(),
        ),
        (
            EvidenceKind::Prediction,
            r"(?xi-u)
                \b(?:will|won't|is\sgoing\sto|are\sgoing\sto|expected\sto|projected|forecasts?|predicted|predicts|on\strack\sto|set\sto)\b"
                .to_owned(),
        ),
    ];
    table.into_iter().map(|(kind, pattern)| (kind, Regex::new(&pattern).expect("evidence pattern compiles"))).collect()
});

/// All the patterns at once, to learn in one pass which of them match a sentence at all.
static ANY: LazyLock<RegexSet> =
    LazyLock::new(|| RegexSet::new(PATTERNS.iter().map(|(_, re)| re.as_str())).expect("evidence patterns compile"));

/// The evidence inside `sentence` of `text`, in text order, never overlapping.
pub fn find_evidence(text: &str, sentence: Span) -> Vec<Evidence> {
    let slice = sentence.slice(text);
    let mut out: Vec<Evidence> = Vec::new();
    let matching = ANY.matches(slice);
    if !matching.matched_any() {
        return out;
    }
    for (kind, re) in matching.iter().map(|i| &PATTERNS[i]) {
        for m in re.find_iter(slice) {
            let span = Span::new(sentence.start() + m.start(), sentence.start() + m.end());
            if !out.iter().any(|e| e.span.overlaps(span)) {
                out.push(Evidence { span, kind: *kind });
            }
        }
    }
    out.sort_by_key(|e| e.span);
    out
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
}
