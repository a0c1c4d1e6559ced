#!/usr/bin/env python3
"""Lists quote errors against PolNeAR-form gold using the shared scorer's own matching (study aid).

usage: scripts/quote-errors.py GOLD.jsonl PRED.jsonl [fn|fp|speaker|all] [--limit N]
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score_quotes as sq

def text_of(b, units):
    units = sorted(units)
    return sq.sub(b, units[0], units[-1] + 1) if units else ""

def main():
    gold_path, pred_path = sys.argv[1], sys.argv[2]
    what = sys.argv[3] if len(sys.argv) > 3 and not sys.argv[3].startswith("--") else "all"
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else 40
    preds = {d["id"]: d for d in map(json.loads, open(pred_path))}
    shown = 0
    for line in open(gold_path):
        g = json.loads(line)
        b = sq.utf16(g["text"])
        gq = sq.gold_quotes(g)
        pq = sq.pred_quotes(preds.get(g["id"], {}))
        pairs = sorted(((len(q["units"] & p["units"]) / len(q["units"]), gi, pi)
                        for gi, q in enumerate(gq) for pi, p in enumerate(pq)
                        if len(q["units"] & p["units"]) / len(q["units"]) > 0.8), reverse=True)
        matched, used = {}, set()
        for cov, gi, pi in pairs:
            if gi not in matched and pi not in used:
                matched[gi] = pi; used.add(pi)
        out = []
        for gi, q in enumerate(gq):
            if gi not in matched and what in ("fn", "all"):
                best = max((len(q["units"] & p["units"]) / len(q["units"]) for p in pq), default=0)
                out.append((min(q["units"]), f"FN cov={best:.2f}: {text_of(b, q['units'])[:200]!r}"))
            elif gi in matched and what in ("speaker", "all") and q["source"]:
                m = pq[matched[gi]]["mention"]; s, e = q["source"]
                if not (m and m["start"] < e and s < m["end"]):
                    lo = min(min(q["units"]), s) - 40; hi = max(max(q["units"]), e) + 40
                    out.append((s, f"SPK gold={sq.sub(b, s, e)!r} pred={sq.sub(b, m['start'], m['end']) if m else None!r}\n     {sq.sub(b, max(0, lo), hi)!r}"))
        for pi, p in enumerate(pq):
            if pi not in used and what in ("fp", "all"):
                out.append((min(p["units"]), f"FP: {text_of(b, p['units'])[:200]!r}"))
        out.sort()
        if out:
            print(f"== {g['id']}")
        for _, msg in out:
            print("  " + msg)
            shown += 1
            if shown >= limit:
                return

main()
