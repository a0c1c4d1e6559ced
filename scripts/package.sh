#!/usr/bin/env bash
# Builds what factmark ships into dist/ (the version is Cargo.toml's):
#   dist/factmark-embed-<version>/ and .zip   the blog embed to self-host: loader, wasm, CSS, README
#   dist/factmark-<version>.tgz               the npm package `factmark` (browsers, bundlers, Node ≥ 18)
# Runs scripts/build-web.sh first when the wasm build is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

wasm=www/pkg/factmark_bg.wasm
if [ ! -f "$wasm" ] || [ -n "$(find src Cargo.toml Cargo.lock -newer "$wasm" -print -quit)" ]; then
  scripts/build-web.sh
fi

version=$(node npm/package.mjs)
embed="factmark-embed-$version"
rm -f "dist/$embed.zip" "dist/factmark-$version.tgz"
(cd dist && python3 -m zipfile -c "$embed.zip" "$embed")
npm pack "./dist/factmark-$version" --pack-destination dist --ignore-scripts --silent >/dev/null

echo "package: dist/$embed/ and .zip, dist/factmark-$version.tgz ($(wc -c < "dist/factmark-$version.tgz") bytes)" >&2
