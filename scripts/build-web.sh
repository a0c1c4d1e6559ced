#!/usr/bin/env bash
# Builds the browser package into www/pkg (wasm-pack --target web), then shrinks it: wasm-opt -Oz on
# the wasm, terser on the generated JS glue.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
# The widget is built for size (opt-level "z"), the native CLI for speed (Cargo.toml's 3): "s"
# measured 1.5-1.9x faster in wasm but 23 KB more gzipped, over the 150 KB budget once reported speech
# and the news claim model came in; an article still analyses in milliseconds (scripts/bench.sh).
CARGO_PROFILE_RELEASE_OPT_LEVEL=z wasm-pack build --target web --release --out-dir www/pkg --no-pack . >&2
wasm="www/pkg/factmark_bg.wasm"
before=$(wc -c < "$wasm")
# --always-inline-max-function-size 6: the one-line accessors opt-level "z" leaves as calls (a
# token's hash or list bits, a bounds-checked index) are inlined, and the code gzips 0.45 KB smaller,
# as fast in Node and Chromium (to within the runs' spread). -Os with it gzips 0.8 KB smaller but
# ran 4% slower in Chromium on 1 MB of news.
# --one-caller-inline-max-function-size 0: binaryen inlines a function with one caller whatever its
# size; kept apart, the code gzips 7 KB smaller (the same bytes raw) and measured as fast in Node.
# --low-memory-unused: Rust puts the stack first and data above 1 MB, so the lowest 1 KB is never
# addressed and constant offsets can fold into loads (0.7 KB gzipped); the producers and
# target-features sections are for tools, not browsers.
node_modules/.bin/wasm-opt -Oz --always-inline-max-function-size 6 --converge --one-caller-inline-max-function-size 0 \
  --low-memory-unused \
  --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"
after=$(wc -c < "$wasm")
echo "build-web: $wasm $before -> $after bytes ($(gzip -9 -c "$wasm" | wc -c) gzipped)" >&2
glue="www/pkg/factmark.js"
node_modules/.bin/terser "$glue" --module --compress --mangle --output "$glue.min"
mv "$glue.min" "$glue"
echo "build-web: $glue $(wc -c < "$glue") bytes ($(gzip -9 -c "$glue" | wc -c) gzipped)" >&2
