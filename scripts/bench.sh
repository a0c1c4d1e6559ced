#!/usr/bin/env bash
# The benchmark: native, Node and Chromium throughput of analyze on PolNeAR news text at 5 KB–10 MB and
# on adversarial input, compromise's quotations() on the same text, highlight of 1 MB in Chromium,
# wasm memory at 10 MB, the command line over JSONL on one thread and on all (scripts/bench-batch.sh),
# and the widget's size. Prints Markdown tables (figures, not assertions).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
scripts/setup.sh
mkdir -p target/bench
cargo run --release --quiet --example throughput -- ../shared/data/polnear-dev.jsonl --tsv > target/bench/native.txt
cargo build --release --quiet --bin factmark
scripts/build-web.sh
node tests/bench/bench.mjs ../shared/data/polnear-dev.jsonl
scripts/bench-batch.sh
printf "\n"
scripts/package.sh >/dev/null
node scripts/check-size.mjs
