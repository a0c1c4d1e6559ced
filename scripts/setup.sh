#!/usr/bin/env bash
# Installs what factmark's build and tests need, skipping whatever is already in place.
# Everything comes from the package registries (crates.io, npm, Debian); nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

# Rust target for the browser build.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen CLI at exactly the version in Cargo.lock (wasm-pack downloads one otherwise).
[ -f Cargo.lock ] || cargo generate-lockfile
want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (was: ${have:-none}); this takes several minutes"
  # The registry mirror may lack a version the upstream lockfile pins; then let cargo resolve.
  cargo install wasm-bindgen-cli --version "$want" --locked --force \
    || cargo install wasm-bindgen-cli --version "$want" --force
fi

if ! command -v wasm-pack >/dev/null; then
  say "installing wasm-pack; this takes several minutes"
  cargo install wasm-pack --locked || cargo install wasm-pack
fi

# Chromium and its driver for browser tests.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Node packages (playwright-core drives Chromium; binaryen provides wasm-opt; terser minifies the
# generated JS glue; esbuild bundles the embed; typescript checks the npm package's types), as the
# lockfile pins them.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/terser ] || [ ! -d node_modules/playwright-core ] \
  || [ ! -x node_modules/.bin/esbuild ] || [ ! -x node_modules/.bin/tsc ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing node packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi
say "ready"
