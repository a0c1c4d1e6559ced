//! The report written as JSON by hand: the same fields as its `Serialize` form, with integers only
//! (scores as thousandths), so the widget carries neither serde's generic code nor a float printer.

use std::fmt::Write;

use super::{ClaimReport, QuoteReport, Range16, Report, SpeakerReport};

impl Report {
    /// The report as a JSON object, followed by `extra` string fields (name, value).
    pub fn to_json(&self, extra: &[(&str, &str)]) -> String {
        let mut out = String::with_capacity(256 + 160 * (self.quotes.len() + self.claims.len()));
        out.push_str("{\"quotes\":");
        list(&mut out, &self.quotes, quote);
        out.push_str(",\"speakers\":");
        list(&mut out, &self.speakers, speaker);
        out.push_str(",\"claims\":");
        list(&mut out, &self.claims, claim);
        for (name, value) in extra {
            out.push(',');
            string(&mut out, name);
            out.push(':');
            string(&mut out, value);
        }
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

fn optional_index(out: &mut String, index: Option<usize>) {
    match index {
        Some(i) => {
            let _ = write!(out, "{i}");
        }
        None => out.push_str("null"),
    }
}

fn range(out: &mut String, r: &Range16) {
    let _ = write!(out, "{{\"start\":{},\"end\":{}}}", r.start, r.end);
}

fn optional_range(out: &mut String, r: Option<Range16>) {
    match r {
        Some(r) => range(out, &r),
        None => out.push_str("null"),
    }
}

/// A JSON string: quotes, backslashes and control characters escaped, everything else as is.
fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut plain = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1F => "",
            _ => continue,
        };
        out.push_str(&s[plain..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(escape);
        }
        plain = i + 1;
    }
    out.push_str(&s[plain..]);
    out.push('"');
}

fn quote(out: &mut String, q: &QuoteReport) {
    let _ = write!(out, "{{\"start\":{},\"end\":{},\"parts\":", q.start, q.end);
    list(out, &q.parts, range);
    out.push_str(",\"text\":");
    string(out, &q.text);
    out.push_str(",\"kind\":");
    string(out, q.kind);
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
    let thousandths = (c.score.clamp(0.0, 1.0) * 1000.0).round() as u32;
    let _ = write!(
        out,
        "{{\"start\":{},\"end\":{},\"score\":{}.{:03},\"kinds\":",
        c.start,
        c.end,
        thousandths / 1000,
        thousandths % 1000
    );
    list(out, &c.kinds, |out, k| string(out, k));
    out.push_str(",\"evidence\":");
    list(out, &c.evidence, |out, e| {
        let _ = write!(out, "{{\"start\":{},\"end\":{},\"kind\":", e.start, e.end);
        string(out, e.kind);
        out.push('}');
    });
    out.push_str(",\"speaker\":");
    optional_index(out, c.speaker);
    out.push('}');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every number of a JSON value rounded to thousandths, so f32 scores compare with their text.
    fn rounded(value: serde_json::Value) -> serde_json::Value {
        use serde_json::Value;
        match value {
            Value::Number(n) if n.is_f64() => {
                serde_json::json!((n.as_f64().unwrap_or(0.0) * 1000.0).round() / 1000.0)
            }
            Value::Array(items) => Value::Array(items.into_iter().map(rounded).collect()),
            Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, rounded(v))).collect()),
            other => other,
        }
    }

    #[test]
    fn same_as_the_serde_form() {
        let text = std::fs::read_to_string("tests/golden/seed-article.txt").unwrap()
            + "\n“Tabs\there, a \\ backslash, a \u{1} control and \"quotes\",” said Dr. Ann O\u{2019}Neil.";
        let report = Report::new(&text, &crate::analyze(&text));
        assert!(!report.quotes.is_empty() && !report.claims.is_empty());
        let ours: serde_json::Value = serde_json::from_str(&report.to_json(&[("mode", "x\"y")])).unwrap();
        let mut theirs = serde_json::to_value(&report).unwrap();
        theirs["mode"] = "x\"y".into();
        assert_eq!(rounded(ours), rounded(theirs));
    }
}
