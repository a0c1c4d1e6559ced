#!/usr/bin/env bash
# Runs the cargo-fuzz targets (nightly) for a while each, seeded with the golden cases.
# usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 300); crashes land in fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
export PATH="$HOME/.cargo/bin:$PATH"
seconds="${1:-300}"
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked || cargo install cargo-fuzz
for target in analyze utf16 textmap; do
  mkdir -p "corpus/$target"
  echo "== fuzz $target for ${seconds}s"
  # New inputs go to corpus/TARGET (ignored by git); seeds/ holds the golden cases and the seed article.
  cargo +nightly fuzz run -O "$target" "corpus/$target" seeds -- -max_total_time="$seconds" -max_len=8192 2>&1 \
    | grep -E "^#[0-9]+ *(DONE|pulse)|Done [0-9]+ runs|SUMMARY|panicked|ERROR" | tail -3
done
