//! The native command line: JSON for one file, JSONL in order, bad lines reported without stopping.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs factmark with `args` on `stdin`; with `read` false nobody reads its output (as when `| head`
/// has stopped). Returns stdout, stderr and success.
fn run_reading(args: &[&str], stdin: &str, read: bool) -> (String, String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start factmark");
    if !read {
        drop(child.stdout.take());
    }
    // Written from a thread of its own: an input larger than a pipe holds would otherwise wait on
    // factmark, which waits for its output to be read.
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_owned();
    let writer = std::thread::spawn(move || {
        // A factmark that stops reading early (a bad argument) closes the pipe: not the test's error.
        let _ = input.write_all(stdin.as_bytes());
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap(), out.status.success())
}

fn run(args: &[&str], stdin: &str) -> (String, String, bool) {
    run_reading(args, stdin, true)
}

#[test]
fn file_mode_prints_the_report() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/seed-article.txt");
    let (out, _, ok) = run(&[path], "");
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let names: Vec<&str> = v["speakers"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Zohran Mamdani") && names.contains(&"Karoline Leavitt"), "{names:?}");
    let min = f64::from(factmark::claim::DEFAULT_MIN_SCORE);
    assert!(v["claims"].as_array().unwrap().iter().all(|c| c["score"].as_f64().unwrap() >= min));
}

#[test]
fn jsonl_keeps_order_and_reports_bad_lines() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"“Yes,” she said.\"}\n",
        "not json\n",
        "{\"id\": \"b\", \"body\": \"no text field\"}\n",
        "{\"id\": 3, \"text\": \"Plain words.\", \"extra\": true}\n",
    );
    let (out, err, ok) = run(&["--jsonl"], input);
    assert!(ok);
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["quotes"][0]["text"], "Yes,");
    assert!(lines[1]["error"].as_str().unwrap().contains("line 2"));
    assert_eq!(lines[2]["id"], "b");
    assert!(lines[2]["error"].as_str().unwrap().contains("text"));
    assert_eq!(lines[3]["id"], 3);
    assert!(lines[3]["quotes"].as_array().unwrap().is_empty());
    assert!(err.contains("line 2"), "{err}");
}

#[test]
fn threads_answer_in_input_order_as_one_does() {
    // More lines than one batch holds, texts of different lengths (so threads finish out of order),
    // with bad and blank lines among them.
    let mut input = String::new();
    for i in 0..1_100 {
        match i % 97 {
            13 => input.push_str("not json\n"),
            14 => input.push('\n'),
            _ => {
                let text = format!("“Line {i},” Ana Ruiz said. ").repeat(1 + i % 7);
                input.push_str(&serde_json::json!({ "id": i, "text": text }).to_string());
                input.push('\n');
            }
        }
    }
    let (one, one_err, ok_one) = run(&["--jsonl", "--threads", "1"], &input);
    let (three, three_err, ok_three) = run(&["--jsonl", "--threads", "3"], &input);
    assert!(ok_one && ok_three);
    assert_eq!(one.lines().count(), 1_100 - 12);
    assert_eq!(one, three);
    assert_eq!(one_err, three_err);
    let (_, err, ok) = run(&["--jsonl", "--threads", "0"], "");
    assert!(!ok);
    assert!(err.contains("--threads"), "{err}");
}

#[test]
fn min_score_is_validated_and_applied() {
    let text =
        "{\"id\": 1, \"text\": \"NBC News exit polls found that 10% of voters backed him. The weather was nice.\"}\n";
    let (all, _, _) = run(&["--jsonl", "--min-score", "0"], text);
    let (none, _, _) = run(&["--jsonl", "--min-score", "1"], text);
    let count = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap()["claims"].as_array().unwrap().len();
    assert_eq!(count(&all), 2);
    assert_eq!(count(&none), 0);
    let (_, err, ok) = run(&["--jsonl", "--min-score", "2"], "");
    assert!(!ok);
    assert!(err.contains("between 0 and 1"));
}

#[test]
fn missing_file_is_a_clear_error() {
    let (_, err, ok) = run(&["/no/such/article.txt"], "");
    assert!(!ok);
    assert!(err.contains("/no/such/article.txt"), "{err}");
}

#[test]
fn a_reader_that_stops_early_is_no_error() {
    // A report far larger than a pipe's buffer, read by nobody: the write fails with a broken pipe.
    let text = "“It is fine,” Ana Ruiz said. ".repeat(20_000);
    let (_, err, ok) = run_reading(&["-"], &text, false);
    assert!(ok, "{err}");
    assert!(!err.contains("panicked"), "{err}");
}
