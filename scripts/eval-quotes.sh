#!/usr/bin/env bash
# Scores quotes and speakers on PolNeAR dev (or the file given) with the shared scorer.
# usage: scripts/eval-quotes.sh [GOLD.jsonl]   (fails below the floors set in this file)
set -euo pipefail
cd "$(dirname "$0")/.."
gold="${1:-../shared/data/polnear-dev.jsonl}"
min_f1="${FACTMARK_MIN_QUOTE_F1:-0.895}"
min_speaker="${FACTMARK_MIN_SPEAKER:-0.88}"
mkdir -p .eval
cargo build --release --quiet --bin factmark
./target/release/factmark --jsonl < "$gold" > .eval/quotes.jsonl
python3 ../shared/eval/score_quotes.py "$gold" .eval/quotes.jsonl --min-f1 "$min_f1" --min-speaker "$min_speaker"
