#!/usr/bin/env bash
# Scores check-worthy claims on CT24 dev-test (or the TSV given) with the shared scorer.
# usage: scripts/eval-claims.sh [GOLD.tsv]   (fails below the F1 and average-precision floors set here)
# dev-test is now part of the training data, so this is a check that nothing broke, not a measure:
# the honest CT24 figures are the cross-validated ones scripts/check-model.sh prints and floors.
set -euo pipefail
cd "$(dirname "$0")/.."
gold="${1:-../shared/data/ct24/dev-test.tsv}"
min_f1="${FACTMARK_MIN_CLAIM_F1:-0.70}"
min_ap="${FACTMARK_MIN_CLAIM_AP:-0.93}"
mkdir -p .eval
cargo build --release --quiet --bin factmark
python3 ../shared/eval/score_claims.py --to-jsonl "$gold" > .eval/claims-in.jsonl
./target/release/factmark --jsonl --min-score 0 < .eval/claims-in.jsonl > .eval/claims.jsonl
python3 ../shared/eval/score_claims.py "$gold" .eval/claims.jsonl --min-f1 "$min_f1" | tee .eval/claims-score.txt
ap=$(sed -n 's/.*AP=\([0-9.]*\).*/\1/p' .eval/claims-score.txt | tail -1)
python3 -c "import sys; ap=float('$ap'); sys.exit(0 if ap >= $min_ap else print(f'average precision {ap} is below the floor $min_ap') or 1)"
