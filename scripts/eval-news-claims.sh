#!/usr/bin/env bash
# Scores check-worthy claims on labelled news (news-claims dev, or the labels given) with the shared
# scorer, at the default threshold (claim::DEFAULT_MIN_SCORE in src/claim.rs).
# usage: scripts/eval-news-claims.sh [LABELS.jsonl [--errors N]]
#   fails below the F1, precision and average-precision floors set here.
set -euo pipefail
cd "$(dirname "$0")/.."
gold="${1:-../shared/data/news-claims/dev.jsonl}"
shift || true
min_f1="${FACTMARK_MIN_NEWS_F1:-0.53}"
min_p="${FACTMARK_MIN_NEWS_P:-0.70}"
min_ap="${FACTMARK_MIN_NEWS_AP:-0.65}"
threshold=$(sed -n 's/^pub const DEFAULT_MIN_SCORE: f32 = \([0-9.]*\);/\1/p' src/claim.rs)
mkdir -p .eval
cargo build --release --quiet --bin factmark
python3 ../shared/eval/score_news_claims.py --to-jsonl "$gold" > .eval/news-in.jsonl
./target/release/factmark --jsonl --min-score 0 < .eval/news-in.jsonl > .eval/news.jsonl
python3 ../shared/eval/score_news_claims.py "$gold" .eval/news.jsonl --threshold "$threshold" "$@" | tee .eval/news-score.txt
python3 - .eval/news-score.txt "$min_f1" "$min_p" "$min_ap" <<'PY'
import re, sys
floors = dict(zip(("F1", "P", "AP"), map(float, sys.argv[2:5])))
got = dict(re.findall(r"\b(P|F1|AP)=([0-9.]+)", open(sys.argv[1]).read().splitlines()[-1]))
low = [f"{k} {float(got[k]):.3f} is below the floor {v}" for k, v in floors.items() if float(got[k]) < v]
print("\n".join(low) or "news claims: above every floor")
sys.exit(1 if low else 0)
PY
