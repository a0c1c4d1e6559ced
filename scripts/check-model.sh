#!/usr/bin/env bash
# Retrains the claim model from CT24 and checks it reproduces the committed weights byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
cargo run --release --quiet --features internals --bin factmark-train -- ../shared/data/ct24 "$out"
if cmp -s "$out" src/model/claim-weights.bin; then
  echo "check-model: retraining reproduces src/model/claim-weights.bin ($(wc -c < "$out") bytes)"
else
  echo "check-model: retraining gives different weights than src/model/claim-weights.bin"
  exit 1
fi
