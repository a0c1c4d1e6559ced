#!/usr/bin/env bash
# Retrains the claim model (CT24 and news-claims train, settings by grouped cross-validation) and
# checks that it reproduces the committed weights byte for byte and the default threshold in
# src/claim.rs (claim::DEFAULT_MIN_SCORE). Prints the cross-validated figures.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
# Floors for the cross-validated average precision (debates, news), a little under what is reached.
min_debates_ap="${FACTMARK_MIN_CV_DEBATES_AP:-0.72}"
min_news_ap="${FACTMARK_MIN_CV_NEWS_AP:-0.65}"
log=$(mktemp)
trap 'rm -f "$out" "$log"' EXIT
chosen=$(cargo run --release --quiet --features internals --bin factmark-train -- ../shared/data "$out" 2> >(tee "$log" >&2) | sed -n 's/^default-min-score //p')
wait
shipped=$(sed -n 's/^pub const DEFAULT_MIN_SCORE: f32 = \([0-9.]*\);/\1/p' src/claim.rs)
status=0
if cmp -s "$out" src/model/claim-weights.bin; then
  echo "check-model: retraining reproduces src/model/claim-weights.bin ($(wc -c < "$out") bytes)"
else
  echo "check-model: retraining gives different weights than src/model/claim-weights.bin"
  echo "  (the trainer reads sentences as the claim finder does, quotes and terms included: after a change"
  echo "  there, retrain with 'cargo run --release --features internals --bin factmark-train', check the"
  echo "  cross-validated figures it prints and commit the weights with claim::DEFAULT_MIN_SCORE it names)"
  status=1
fi
if [ "$chosen" = "$shipped" ]; then
  echo "check-model: the default threshold chosen by cross-validation ($chosen) is claim::DEFAULT_MIN_SCORE"
else
  echo "check-model: cross-validation chooses threshold $chosen but claim::DEFAULT_MIN_SCORE is $shipped"
  status=1
fi
cv=$(grep '^cross-validated' "$log")
python3 - "$cv" "$min_debates_ap" "$min_news_ap" <<'PY' || status=1
import re, sys
line, floors = sys.argv[1], dict(zip(("debates", "news"), map(float, sys.argv[2:4])))
aps = dict(zip(("debates", "news"), map(float, re.findall(r"AP=([0-9.]+)", line))))
low = [f"cross-validated {k} AP {aps[k]:.3f} is below the floor {v}" for k, v in floors.items() if aps[k] < v]
print("\n".join(low) or "check-model: cross-validated AP above the floors")
sys.exit(1 if low else 0)
PY
exit $status
