#!/usr/bin/env bash
# Scores check-worthy claims on CT24 dev-test (or the TSV given) with the shared scorer.
# usage: scripts/eval-claims.sh [GOLD.tsv]   (fails below the floor set in this file)
set -euo pipefail
cd "$(dirname "$0")/.."
gold="${1:-../shared/data/ct24/dev-test.tsv}"
min_f1="${FACTMARK_MIN_CLAIM_F1:-0.76}"
mkdir -p .eval
cargo build --release --quiet --bin factmark
python3 ../shared/eval/score_claims.py --to-jsonl "$gold" > .eval/claims-in.jsonl
./target/release/factmark --jsonl --min-score 0 < .eval/claims-in.jsonl > .eval/claims.jsonl
python3 ../shared/eval/score_claims.py "$gold" .eval/claims.jsonl --min-f1 "$min_f1"
