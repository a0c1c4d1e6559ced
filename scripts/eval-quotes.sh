#!/usr/bin/env bash
# Scores quotes and speakers on PolNeAR dev (or the file given) with the shared scorer: direct quotes
# with their speakers' mentions and names, then reported speech (quotes of kind "indirect").
# usage: scripts/eval-quotes.sh [GOLD.jsonl]   (fails below the floors set in this file)
set -euo pipefail
cd "$(dirname "$0")/.."
gold="${1:-../shared/data/polnear-dev.jsonl}"
names="${gold%.jsonl}-speakers.jsonl"
min_f1="${FACTMARK_MIN_QUOTE_F1:-0.895}"
min_speaker="${FACTMARK_MIN_SPEAKER:-0.89}"
min_names="${FACTMARK_MIN_NAMES:-0.905}"
min_indirect_f1="${FACTMARK_MIN_INDIRECT_F1:-0.46}"
min_indirect_speaker="${FACTMARK_MIN_INDIRECT_SPEAKER:-0.90}"
mkdir -p .eval
cargo build --release --quiet --bin factmark
./target/release/factmark --jsonl < "$gold" > .eval/quotes.jsonl
status=0
echo "direct quotes:"
if [ -f "$names" ]; then
  python3 ../shared/eval/score_quotes.py "$gold" .eval/quotes.jsonl --speakers "$names" \
    --min-f1 "$min_f1" --min-speaker "$min_speaker" --min-names "$min_names" || status=1
else
  python3 ../shared/eval/score_quotes.py "$gold" .eval/quotes.jsonl --min-f1 "$min_f1" --min-speaker "$min_speaker" || status=1
fi
echo "reported speech:"
python3 ../shared/eval/score_quotes.py "$gold" .eval/quotes.jsonl --indirect \
  --min-f1 "$min_indirect_f1" --min-speaker "$min_indirect_speaker" || status=1
exit "$status"
