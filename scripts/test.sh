#!/usr/bin/env bash
# Runs every check: formatting, lints (native and wasm32), native tests, wasm tests in Node and in
# headless Chrome, the browser build and its size budget, end-to-end tests in Chromium, and the
# accuracy floors.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
scripts/setup.sh || { echo "setup failed"; exit 1; }

passed=0 failed=0 failures=()
step() {
  local name="$1"; shift
  printf '\n=== %s\n' "$name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); failures+=("$name")
  fi
}

step "rustfmt" cargo fmt --check
step "clippy (native)" cargo clippy --all-targets --quiet -- -D warnings
step "clippy (wasm32)" cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
step "native tests" cargo test --release
step "wasm tests (node)" wasm-pack test --node
step "wasm tests (headless chrome)" env WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome
step "web build" scripts/build-web.sh
step "package (dist/: embed folder and zip, npm tarball)" scripts/package.sh
step "widget size budget" node scripts/check-size.mjs
step "end-to-end (chromium)" node --test tests/e2e/
step "quotes on PolNeAR dev" scripts/eval-quotes.sh
step "claims on CT24 dev-test" scripts/eval-claims.sh
step "claims on news-claims dev" scripts/eval-news-claims.sh
step "claim model reproduces" scripts/check-model.sh

printf '\n'
for f in "${failures[@]}"; do echo "failed: $f"; done
echo "checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
