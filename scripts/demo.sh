#!/usr/bin/env bash
# Builds the widget and serves the demo page (the seed article, analysed) on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-web.sh
exec node scripts/serve.mjs "${PORT:-8080}"
