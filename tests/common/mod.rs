//! Shared by the golden tests natively and in wasm: golden-file parsing and the readable outline.
#![allow(dead_code)]

use factmark::{Analysis, Span};

/// One case of a golden file: `## name`, the input, a line holding only `.`, the expected outline.
#[derive(Debug)]
pub struct Case {
    pub name: String,
    pub input: String,
    pub expected: String,
}

/// Parses a golden file of cases.
pub fn parse_cases(file: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    for block in file.split("\n## ").map(|b| b.trim_start_matches("## ")) {
        let Some((name, body)) = block.split_once('\n') else { continue };
        if name.starts_with('#') || name.trim().is_empty() {
            continue;
        }
        let (input, expected) = body.split_once("\n.\n").unwrap_or((body, ""));
        cases.push(Case {
            name: name.trim().to_owned(),
            input: input.to_owned(),
            expected: expected.trim_end().to_owned(),
        });
    }
    cases
}

/// Writes cases back in the form [`parse_cases`] reads.
pub fn render_cases(header: &str, cases: &[Case]) -> String {
    let mut out = header.to_owned();
    for c in cases {
        out.push_str(&format!("## {}\n{}\n.\n{}\n\n", c.name, c.input, c.expected));
    }
    out
}

fn show(text: &str, span: Option<Span>) -> String {
    span.map_or_else(|| "-".to_owned(), |s| s.slice(text).to_owned())
}

/// The quotes of an analysis, one line each: kind, parts, speaker, mention, cue.
pub fn quote_outline(text: &str, a: &Analysis) -> String {
    let mut lines = Vec::new();
    for q in &a.quotes {
        let parts: Vec<&str> = q.parts.iter().map(|p| p.slice(text)).collect();
        let body = parts.join(" + ").replace('\n', " ");
        match q.kind {
            factmark::QuoteKind::Term => lines.push(format!("term {body}")),
            _ => {
                let speaker = q.speaker.map_or("-", |s| a.speakers[s].name.as_str());
                lines.push(format!(
                    "{} {body}\n  speaker={speaker} mention={} cue={}",
                    q.kind.as_str(),
                    show(text, q.mention),
                    show(text, q.cue)
                ));
            }
        }
    }
    lines.join("\n")
}

/// The claims of an analysis, one line each: kinds, speaker, sentence start, evidence.
pub fn claim_outline(text: &str, a: &Analysis) -> String {
    let mut lines = Vec::new();
    for c in &a.claims {
        let kinds: Vec<&str> = c.kinds.iter().map(|k| k.as_str()).collect();
        let speaker = c.speaker.map_or("-", |s| a.speakers[s].name.as_str());
        let evidence: Vec<String> =
            c.evidence.iter().map(|e| format!("{}={}", e.span.slice(text), e.kind.as_str())).collect();
        lines.push(format!(
            "claim [{}] speaker={speaker}\n  {}\n  evidence: {}",
            kinds.join(","),
            c.span.slice(text),
            evidence.join(" | ")
        ));
    }
    lines.join("\n")
}
