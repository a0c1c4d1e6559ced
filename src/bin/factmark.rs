//! The factmark command line: analyse one file, or a JSONL stream of articles.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use factmark::{analyze_with, Options, Report};
use serde_json::{json, Value};

const USAGE: &str = "usage:
  factmark [--min-score X] FILE        analyse FILE (or - for stdin), print the result as one JSON line
  factmark --jsonl [--min-score X]     read {\"id\",\"text\"} lines on stdin, write {\"id\",...result} lines

Offsets in the output are UTF-16 code units into the text (as JavaScript counts).";

struct Args {
    jsonl: bool,
    min_score: f32,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { jsonl: false, min_score: Options::default().min_score, file: None };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--jsonl" => args.jsonl = true,
            "--min-score" => {
                let v = it.next().ok_or("--min-score needs a value")?;
                args.min_score = v.parse().map_err(|_| format!("--min-score: not a number: {v}"))?;
                if !(0.0..=1.0).contains(&args.min_score) {
                    return Err("--min-score must be between 0 and 1".into());
                }
            }
            "-h" | "--help" => return Err(String::new()),
            _ if args.file.is_none() && (arg == "-" || !arg.starts_with('-')) => args.file = Some(arg),
            _ => return Err(format!("unexpected argument: {arg}")),
        }
    }
    if !args.jsonl && args.file.is_none() {
        return Err("give a FILE (or -), or --jsonl".into());
    }
    Ok(args)
}

/// The line written for an input line that could not be analysed.
fn error_line(out: &mut impl Write, id: &Value, error: String) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &json!({ "id": id, "error": error }))?;
    Ok(())
}

fn run_jsonl(options: &Options) -> io::Result<usize> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut errors = 0;
    for (n, line) in stdin.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                errors += 1;
                eprintln!("factmark: line {}: not JSON: {e}", n + 1);
                error_line(&mut out, &Value::Null, format!("line {}: not JSON: {e}", n + 1))?;
                out.write_all(b"\n")?;
                continue;
            }
        };
        let id = value.get("id").unwrap_or(&Value::Null);
        match value.get("text").and_then(Value::as_str) {
            Some(text) => {
                let report = Report::new(text, &analyze_with(text, options));
                out.write_all(report.to_json_with(&[("id", &id.to_string())]).as_bytes())?;
            }
            None => {
                errors += 1;
                eprintln!("factmark: line {}: no string field \"text\"", n + 1);
                error_line(&mut out, id, format!("line {}: no string field \"text\"", n + 1))?;
            }
        }
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(errors)
}

fn run_file(path: &str, options: &Options) -> Result<(), String> {
    let text = if path == "-" {
        let mut s = String::new();
        io::stdin().read_to_string(&mut s).map_err(|e| format!("stdin: {e}"))?;
        s
    } else {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        String::from_utf8(bytes)
            .map_err(|e| format!("{path}: not UTF-8 text (at byte {})", e.utf8_error().valid_up_to()))?
    };
    let analysis = analyze_with(&text, options);
    let report = Report::new(&text, &analysis);
    let mut json = report.to_json();
    // The process ends after this write: freeing the analysis and the report piece by piece (tens of
    // thousands of small allocations for a long text) would be work for nothing.
    std::mem::forget((analysis, report));
    // One write of the whole line: no formatting pass, and stdout's line buffer finds the line end
    // at once.
    json.push('\n');
    let mut out = io::stdout().lock();
    match out.write_all(json.as_bytes()).and_then(|()| out.flush()) {
        // A reader that stops early (`factmark a.txt | head`) is not an error.
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(format!("stdout: {e}")),
        _ => Ok(()),
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("factmark: {e}");
            }
            eprintln!("{USAGE}");
            return if e.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) };
        }
    };
    let options = Options::default().with_min_score(args.min_score);
    if args.jsonl {
        return match run_jsonl(&options) {
            Ok(0) => ExitCode::SUCCESS,
            Ok(n) => {
                eprintln!("factmark: {n} line(s) had errors");
                ExitCode::SUCCESS
            }
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("factmark: {e}");
                ExitCode::FAILURE
            }
        };
    }
    match run_file(args.file.as_deref().unwrap_or("-"), &options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("factmark: {e}");
            ExitCode::FAILURE
        }
    }
}
