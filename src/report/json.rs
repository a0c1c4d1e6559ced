//! The report written as JSON by hand, the one writer for the CLI and the widget: integers only
//! (scores as thousandths), so the widget carries neither serde's generic code nor a float printer.

use super::{ClaimReport, QuoteReport, Range16, Report, SpeakerReport};
use crate::scan;

impl Report {
    /// The report as a JSON object: `{"quotes":[…],"speakers":[…],"claims":[…]}`, the shape that
    /// `report/types.d.ts` declares as `Analysis`.
    pub fn to_json(&self) -> String {
        self.to_json_with(&[])
    }

    /// The report as a JSON object that starts with `fields` (name, value already written as JSON),
    /// as the command line writes `{"id":…,"quotes":…}` lines.
    pub fn to_json_with(&self, fields: &[(&str, &str)]) -> String {
        // News gives 170-200 bytes per quote or claim (its ranges, text and speakers' share): a
        // little over, so the string is allocated once.
        let mut out = String::with_capacity(256 + 224 * (self.quotes.len() + self.claims.len()));
        out.push('{');
        for (name, json) in fields {
            string(&mut out, name);
            out.push(':');
            out.push_str(json);
            out.push(',');
        }
        out.push_str("\"quotes\":");
        list(&mut out, &self.quotes, quote);
        out.push_str(",\"speakers\":");
        list(&mut out, &self.speakers, speaker);
        out.push_str(",\"claims\":");
        list(&mut out, &self.claims, claim);
        out.push('}');
        out
    }
}

fn list<T>(out: &mut String, items: &[T], write: impl Fn(&mut String, &T)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(out, item);
    }
    out.push(']');
}

/// `n` in decimal, pushed digit by digit: the writer's numbers are offsets and indexes, thousands of
/// them for a long text, which `write!` would pass through the formatting machinery one by one (and
/// a `&str` of the digits would be checked as UTF-8 each time).
fn number(out: &mut String, n: u64) {
    const EIGHT: u64 = 100_000_000;
    // Eight digits at a time: those above the last eight first, then the last eight in full.
    let (last, skip) = if n < EIGHT {
        let digits = eight_digits(n as u32);
        // Leading zeros are the low bytes that are zero (the first digit is in the lowest); the
        // last digit is always written.
        (digits, (digits.trailing_zeros() / 8).min(7) as usize)
    } else {
        number(out, n / EIGHT);
        (eight_digits((n % EIGHT) as u32), 0)
    };
    for d in &last.to_le_bytes()[skip..] {
        // Masked, the byte is known ASCII and its push a one-byte store.
        out.push(char::from(b'0' | (d & 0xF)));
    }
}

/// The eight decimal digits of `n` (below 10⁸, leading zeros kept), one per byte, the first in the
/// lowest byte: split into halves of four digits, each into two of two, each into two digits, all
/// lanes of the word at once, dividing by multiplying (`x * 10486 >> 20` is `x / 100` below 10⁴,
/// `x * 103 >> 10` is `x / 10` below 100).
fn eight_digits(n: u32) -> u64 {
    let fours = u64::from(n / 10_000) | (u64::from(n % 10_000) << 32);
    let hundreds = ((fours * 10_486) >> 20) & 0x0000_007F_0000_007F;
    let twos = hundreds | ((fours - hundreds * 100) << 16);
    let tens = ((twos * 103) >> 10) & 0x000F_000F_000F_000F;
    tens | ((twos - tens * 10) << 8)
}

fn optional_index(out: &mut String, index: Option<usize>) {
    match index {
        Some(i) => number(out, i as u64),
        None => out.push_str("null"),
    }
}

/// `{"start":S,"end":E` with the object left open for more fields.
fn start_end(out: &mut String, start: u32, end: u32) {
    out.push_str("{\"start\":");
    number(out, start.into());
    out.push_str(",\"end\":");
    number(out, end.into());
}

fn range(out: &mut String, r: &Range16) {
    start_end(out, r.start, r.end);
    out.push('}');
}

fn optional_range(out: &mut String, r: Option<Range16>) {
    match r {
        Some(r) => range(out, &r),
        None => out.push_str("null"),
    }
}

/// True when some byte of `word` is below 0x20, a control character (exact: no borrow crosses a
/// byte unless some byte is below).
fn has_control(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    word.wrapping_sub(ONES * 0x20) & !word & (ONES << 7) != 0
}

/// A JSON string: quotes, backslashes and control characters escaped, everything else as is. Eight
/// bytes holding none of them are passed at a step.
fn string(out: &mut String, s: &str) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut plain = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(word) = scan::word_at(bytes, i) {
            if !(has_control(word) || scan::has_any_byte(word, [b'"', b'\\'])) {
                i += 8;
                continue;
            }
        }
        let escape = match bytes[i] {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1F => "",
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&s[plain..i]);
        if escape.is_empty() {
            // A control character, below 0x20: `\u00` and two hex digits (no `write!`, which would
            // link the hex formatter into the widget for this alone).
            out.push_str(if bytes[i] < 0x10 { "\\u000" } else { "\\u001" });
            out.push(char::from(b"0123456789abcdef"[usize::from(bytes[i] & 0xF)]));
        } else {
            out.push_str(escape);
        }
        i += 1;
        plain = i;
    }
    out.push_str(&s[plain..]);
    out.push('"');
}

/// A name known to need no escaping (the kinds' `as_str`), quoted.
fn plain(out: &mut String, s: &str) {
    debug_assert!(s.bytes().all(|b| b.is_ascii_lowercase()), "{s:?} needs escaping");
    out.push('"');
    out.push_str(s);
    out.push('"');
}

fn quote(out: &mut String, q: &QuoteReport) {
    start_end(out, q.start, q.end);
    out.push_str(",\"parts\":");
    list(out, &q.parts, range);
    out.push_str(",\"text\":");
    string(out, &q.text);
    out.push_str(",\"kind\":");
    plain(out, q.kind.as_str());
    out.push_str(",\"speaker\":");
    optional_index(out, q.speaker);
    out.push_str(",\"mention\":");
    optional_range(out, q.mention);
    out.push_str(",\"cue\":");
    optional_range(out, q.cue);
    out.push('}');
}

fn speaker(out: &mut String, s: &SpeakerReport) {
    out.push_str("{\"name\":");
    string(out, &s.name);
    out.push_str(",\"mentions\":");
    list(out, &s.mentions, range);
    out.push('}');
}

fn claim(out: &mut String, c: &ClaimReport) {
    start_end(out, c.start, c.end);
    // The score as `Score` displays it: `0.873`, `1.000`.
    let thousandths = c.score.thousandths();
    out.push_str(",\"score\":");
    number(out, (thousandths / 1000).into());
    out.push('.');
    for d in [thousandths / 100 % 10, thousandths / 10 % 10, thousandths % 10] {
        out.push(char::from(b'0' | (d as u8 & 0xF)));
    }
    out.push_str(",\"kinds\":");
    list(out, &c.kinds, |out, k| plain(out, k.as_str()));
    out.push_str(",\"evidence\":");
    list(out, &c.evidence, |out, e| {
        start_end(out, e.start, e.end);
        out.push_str(",\"kind\":");
        plain(out, e.kind.as_str());
        out.push('}');
    });
    out.push_str(",\"speaker\":");
    optional_index(out, c.speaker);
    out.push('}');
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use serde_json::Value;

    use super::*;
    use crate::{ClaimKind, EvidenceKind, Options, QuoteKind};

    /// The declarations of `types.d.ts`: each interface's fields with their types, each type alias's body.
    #[derive(Debug, Default)]
    struct Declarations {
        interfaces: BTreeMap<String, Vec<(String, String)>>,
        aliases: BTreeMap<String, String>,
    }

    fn declarations(ts: &str) -> Declarations {
        // Drop the /** … */ comments, then read `export interface N { f: T; … }` and `export type N = T;`.
        let mut code = String::new();
        let mut rest = ts;
        while let Some(open) = rest.find("/*") {
            code.push_str(&rest[..open]);
            rest = rest[open..].split_once("*/").map_or("", |(_, after)| after);
        }
        code.push_str(rest);
        let mut out = Declarations::default();
        for item in code.split("export ").map(str::trim).filter(|s| !s.is_empty()) {
            if let Some(body) = item.strip_prefix("interface ") {
                let (name, fields) = body.split_once('{').expect("interface body");
                let fields = fields.trim_end().strip_suffix('}').expect("interface closes");
                let fields = fields
                    .split(';')
                    .map(str::trim)
                    .filter(|f| !f.is_empty())
                    .map(|f| {
                        let (n, t) = f.split_once(':').expect("field: type");
                        (n.trim().to_owned(), t.trim().to_owned())
                    })
                    .collect();
                out.interfaces.insert(name.trim().to_owned(), fields);
            } else if let Some(body) = item.strip_prefix("type ") {
                let (name, ty) = body.split_once('=').expect("type alias");
                out.aliases.insert(name.trim().to_owned(), ty.trim().trim_end_matches(';').trim().to_owned());
            } else {
                panic!("types.d.ts: unexpected declaration {item:?}");
            }
        }
        out
    }

    impl Declarations {
        /// Checks `value` against the type `ty`, recording each field alternative that matched.
        fn check(&self, ty: &str, value: &Value, path: &str, seen: &mut BTreeSet<String>) -> Result<(), String> {
            let ty = ty.trim();
            let alternatives: Vec<&str> = ty.split('|').map(str::trim).collect();
            if alternatives.len() > 1 {
                for alt in &alternatives {
                    if self.check(alt, value, path, seen).is_ok() {
                        seen.insert(format!("{path}: {alt}"));
                        return Ok(());
                    }
                }
                return Err(format!("{path}: {value} is none of {ty}"));
            }
            let ok = match ty {
                "number" => value.is_number(),
                "string" => value.is_string(),
                "null" => value.is_null(),
                _ if ty.starts_with('"') => value.as_str() == Some(ty.trim_matches('"')),
                _ if ty.ends_with("[]") => {
                    let items = value.as_array().ok_or(format!("{path}: {value} is not an array"))?;
                    for item in items {
                        self.check(&ty[..ty.len() - 2], item, &format!("{path}[]"), seen)?;
                    }
                    return Ok(());
                }
                _ if self.aliases.contains_key(ty) => return self.check(&self.aliases[ty], value, ty, seen),
                _ => {
                    let fields = self.interfaces.get(ty).ok_or(format!("{path}: unknown type {ty}"))?;
                    let object = value.as_object().ok_or(format!("{path}: {value} is not an object"))?;
                    let declared: BTreeSet<&str> = fields.iter().map(|(n, _)| n.as_str()).collect();
                    let written: BTreeSet<&str> = object.keys().map(String::as_str).collect();
                    if declared != written {
                        return Err(format!("{ty}: declared fields {declared:?}, the writer emits {written:?}"));
                    }
                    for (name, field_ty) in fields {
                        self.check(field_ty, &object[name], &format!("{ty}.{name}"), seen)?;
                    }
                    return Ok(());
                }
            };
            if ok {
                Ok(())
            } else {
                Err(format!("{path}: {value} is not a {ty}"))
            }
        }

        /// The string literals of a union alias such as `QuoteKind`.
        fn literals(&self, alias: &str) -> BTreeSet<String> {
            let body = self.aliases.get(alias).unwrap_or_else(|| panic!("types.d.ts declares no type {alias}"));
            body.split('|').map(|s| s.trim().trim_matches('"').to_owned()).collect()
        }
    }

    /// Text that gives quotes with and without speakers, mentions and cues, claims with and without
    /// speakers, and JSON-hostile characters in quoted text and names.
    fn sample() -> String {
        include_str!("../../tests/golden/seed-article.txt").to_owned()
            + "\n\n“Tabs\there, a \\ backslash and a \u{1} control,” said Dr. Ann O\u{2019}Neil."
            + "\n\nThey called it “fake news” again."
    }

    #[test]
    fn the_typescript_declaration_matches_what_the_writer_emits() {
        let ts = declarations(super::super::TYPESCRIPT);
        let text = sample();
        let report = Report::new(&text, &crate::analyze_with(&text, &Options::default().with_min_score(0.0)));
        let json: Value = serde_json::from_str(&report.to_json()).expect("the writer writes JSON");
        let mut seen = BTreeSet::new();
        ts.check("Analysis", &json, "Analysis", &mut seen).unwrap();
        // Every optional field was seen both present and null, so each alternative was checked.
        for (interface, fields) in &ts.interfaces {
            for (name, ty) in fields {
                let alternatives: Vec<&str> = ty.split('|').map(str::trim).collect();
                if alternatives.len() > 1 && alternatives.contains(&"null") {
                    for alt in alternatives {
                        let key = format!("{interface}.{name}: {alt}");
                        assert!(seen.contains(&key), "the sample never gives {key}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_typescript_kinds_are_exactly_the_kinds_written() {
        let ts = declarations(super::super::TYPESCRIPT);
        // Each list is checked exhaustive by a `match`: a new variant fails to compile here until
        // it is added, and then this test until types.d.ts names it.
        let quotes = [QuoteKind::Speech, QuoteKind::Term, QuoteKind::Indirect];
        for k in quotes {
            match k {
                QuoteKind::Speech | QuoteKind::Term | QuoteKind::Indirect => {}
            }
        }
        let claims = [
            ClaimKind::Quantity,
            ClaimKind::Comparison,
            ClaimKind::Causal,
            ClaimKind::Prediction,
            ClaimKind::Rules,
            ClaimKind::Attribution,
            ClaimKind::Voting,
            ClaimKind::Event,
        ];
        for k in claims {
            match k {
                ClaimKind::Quantity
                | ClaimKind::Comparison
                | ClaimKind::Causal
                | ClaimKind::Prediction
                | ClaimKind::Rules
                | ClaimKind::Attribution
                | ClaimKind::Voting
                | ClaimKind::Event => {}
            }
        }
        use EvidenceKind as E;
        let evidence = [
            E::Money,
            E::Percentage,
            E::Quantity,
            E::Number,
            E::Date,
            E::Ordinal,
            E::Comparison,
            E::Source,
            E::Voting,
            E::Rule,
            E::Cause,
            E::Prediction,
        ];
        for k in evidence {
            match k {
                E::Money
                | E::Percentage
                | E::Quantity
                | E::Number
                | E::Date
                | E::Ordinal
                | E::Comparison
                | E::Source
                | E::Voting
                | E::Rule
                | E::Cause
                | E::Prediction => {}
            }
        }
        let names = |names: &mut dyn Iterator<Item = &'static str>| names.map(str::to_owned).collect::<BTreeSet<_>>();
        // The writer quotes the kinds as they are (`plain`): none may need escaping.
        let all = quotes.iter().map(|k| k.as_str()).chain(claims.iter().map(|k| k.as_str()));
        for name in all.chain(evidence.iter().map(|k| k.as_str())) {
            assert!(!name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase()), "{name:?}");
        }
        assert_eq!(ts.literals("QuoteKind"), names(&mut quotes.iter().map(|k| k.as_str())));
        assert!(ts.literals("QuoteKind").contains("indirect"));
        assert_eq!(ts.literals("ClaimKind"), names(&mut claims.iter().map(|k| k.as_str())));
        assert_eq!(ts.literals("EvidenceKind"), names(&mut evidence.iter().map(|k| k.as_str())));
    }

    #[test]
    fn numbers_and_scores_are_written_as_format_writes_them() {
        let edges = [99_999_999, 100_000_000, 123_456_789, 4_294_967_295, 4_294_967_296, u64::MAX];
        for n in (0..200_000).chain((0..64).map(|k| 1u64 << k)).chain((0..20).map(|k| 10u64.pow(k))).chain(edges) {
            let mut out = String::new();
            number(&mut out, n);
            assert_eq!(out, n.to_string());
        }
        for thousandths in [0u16, 5, 50, 873, 1000] {
            let score = crate::report::Score::new(f32::from(thousandths) / 1000.0);
            let claim = ClaimReport { start: 1, end: 2, score, kinds: vec![], evidence: vec![], speaker: None };
            let mut out = String::new();
            super::claim(&mut out, &claim);
            assert!(out.contains(&format!("\"score\":{score},")), "{out}");
        }
    }

    #[test]
    fn strings_read_back_exactly() {
        for s in [
            "",
            "plain",
            "a \"quote\" and \\ and /",
            "tab\tline\nreturn\r",
            "\u{0}\u{1}\u{1f}\u{7f}",
            "é “ü” 👋 \u{2028}",
        ] {
            let mut out = String::new();
            string(&mut out, s);
            assert_eq!(serde_json::from_str::<String>(&out).unwrap(), s, "{out}");
        }
    }

    #[test]
    fn strings_and_leading_fields_read_back() {
        let text = sample();
        let report = Report::new(&text, &crate::analyze(&text));
        let json: Value = serde_json::from_str(&report.to_json_with(&[("id", "{\"n\":[1,\"x\\\"y\"]}")])).unwrap();
        assert_eq!(json["id"]["n"][1], "x\"y");
        let texts: Vec<&str> = json["quotes"].as_array().unwrap().iter().map(|q| q["text"].as_str().unwrap()).collect();
        assert!(texts.contains(&"Tabs\there, a \\ backslash and a \u{1} control,"), "{texts:?}");
        for (written, q) in json["quotes"].as_array().unwrap().iter().zip(&report.quotes) {
            assert_eq!(
                (written["start"].as_u64(), written["end"].as_u64()),
                (Some(q.start.into()), Some(q.end.into()))
            );
        }
        for (written, c) in json["claims"].as_array().unwrap().iter().zip(&report.claims) {
            let thousandths = (written["score"].as_f64().unwrap() * 1000.0).round();
            assert_eq!(thousandths, f64::from(c.score.thousandths()));
        }
    }
}
