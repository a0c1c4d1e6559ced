//! The factmark command line: analyse one file, or a JSONL stream of articles.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use factmark::{analyze_with, Options, Report};
use serde_json::{json, Value};

const USAGE: &str = "usage:
  factmark [--min-score X] FILE        analyse FILE (or - for stdin), print the result as one JSON line
  factmark --jsonl [--min-score X] [--threads N]
                                       read {\"id\",\"text\"} lines on stdin, write {\"id\",...result} lines
                                       in the same order, N lines at a time (default: one per CPU)

Offsets in the output are UTF-16 code units into the text (as JavaScript counts).";

struct Args {
    jsonl: bool,
    /// Threads for `--jsonl` (0: one per CPU).
    threads: usize,
    min_score: f32,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { jsonl: false, threads: 0, min_score: Options::default().min_score, file: None };
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
            "--threads" => {
                let v = it.next().ok_or("--threads needs a value")?;
                args.threads =
                    v.parse().ok().filter(|&n| n > 0).ok_or(format!("--threads: not a positive count: {v}"))?;
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
fn error_line(id: &Value, error: &str) -> String {
    json!({ "id": id, "error": error }).to_string()
}

/// What one input line gives: the output line, and the error to report on stderr when it could not
/// be analysed. `None` for a blank line, which gives nothing.
struct Answer {
    line: String,
    error: Option<String>,
}

/// Analyses input line `n` (counted from 1).
fn answer(n: usize, line: &str, options: &Options) -> Option<Answer> {
    if line.trim().is_empty() {
        return None;
    }
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            let error = format!("line {n}: not JSON: {e}");
            return Some(Answer { line: error_line(&Value::Null, &error), error: Some(error) });
        }
    };
    let id = value.get("id").unwrap_or(&Value::Null);
    Some(match value.get("text").and_then(Value::as_str) {
        Some(text) => {
            let report = Report::new(text, &analyze_with(text, options));
            Answer { line: report.to_json_with(&[("id", &id.to_string())]), error: None }
        }
        None => {
            let error = format!("line {n}: no string field \"text\"");
            Answer { line: error_line(id, &error), error: Some(error) }
        }
    })
}

/// How many input lines are read before they are shared out among the threads: enough to keep every
/// thread busy though articles differ in length, few enough that output follows input closely.
const BATCH_LINES: usize = 512;

/// How many bytes of input a batch holds at most, so that a stream of long texts is not all held in
/// memory at once.
const BATCH_BYTES: usize = 32 << 20;

/// Analyses the numbered lines of `batch` on `threads` threads, each taking the next line not yet
/// taken (articles differ in length, so fixed shares would leave threads idle); the answers come
/// back in input order.
fn answer_batch(batch: &[(usize, String)], options: &Options, threads: usize) -> Vec<Option<Answer>> {
    if threads <= 1 || batch.len() <= 1 {
        return batch.iter().map(|(n, line)| answer(*n, line, options)).collect();
    }
    let next = AtomicUsize::new(0);
    let mut answered: Vec<(usize, Option<Answer>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(batch.len()))
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((n, line)) = batch.get(i) else { break };
                        mine.push((i, answer(*n, line, options)));
                    }
                    mine
                })
            })
            .collect();
        // A worker that panicked is a bug: it is passed on, not hidden.
        workers.into_iter().flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    });
    answered.sort_unstable_by_key(|&(i, _)| i);
    answered.into_iter().map(|(_, a)| a).collect()
}

fn run_jsonl(options: &Options, threads: usize) -> io::Result<usize> {
    let mut lines = io::stdin().lock().lines().enumerate();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut errors = 0;
    loop {
        let mut batch = Vec::new();
        let mut bytes = 0;
        // A line that cannot be read (not UTF-8) stops the run, after the lines before it are written.
        let mut unreadable = None;
        while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
            match lines.next() {
                Some((n, Ok(line))) => {
                    bytes += line.len();
                    batch.push((n + 1, line));
                }
                Some((_, Err(e))) => {
                    unreadable = Some(e);
                    break;
                }
                None => break,
            }
        }
        for answer in answer_batch(&batch, options, threads).into_iter().flatten() {
            if let Some(error) = answer.error {
                errors += 1;
                eprintln!("factmark: {error}");
            }
            out.write_all(answer.line.as_bytes())?;
            out.write_all(b"\n")?;
        }
        if let Some(e) = unreadable {
            out.flush()?;
            return Err(e);
        }
        if batch.is_empty() {
            break;
        }
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
        let threads = match args.threads {
            0 => std::thread::available_parallelism().map_or(1, usize::from),
            n => n,
        };
        return match run_jsonl(&options, threads) {
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
