#!/usr/bin/env bash
# The command line over a JSONL stream (PolNeAR train, each article one line), on one thread and on
# one per CPU: what a batch user gets. Prints a Markdown table (best of three runs).
# usage: scripts/bench-batch.sh   (after cargo build --release)
set -euo pipefail
cd "$(dirname "$0")/.."
input=../shared/data/polnear-train.jsonl
bin=target/release/factmark
mb=$(awk -v b="$(wc -c < "$input")" 'BEGIN { printf "%.1f", b / 1e6 }')
cpus=$(nproc)
printf "\n| \`factmark --jsonl\` on PolNeAR train (%s MB, %s lines) | time | MB/s |\n|---|---:|---:|\n" "$mb" "$(wc -l < "$input")"
for threads in 1 "$cpus"; do
  best=""
  for _ in 1 2 3; do
    start=$(date +%s%N)
    "$bin" --jsonl --threads "$threads" < "$input" > /dev/null
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  awk -v t="$threads" -v ms="$best" -v mb="$mb" 'BEGIN { printf "| %d thread%s | %d ms | %.1f |\n", t, (t > 1 ? "s" : ""), ms, mb / (ms / 1000) }'
done
