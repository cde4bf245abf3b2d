#!/usr/bin/env bash
# bench/curves.sh — the honest check of Verdict's learning-curve extrapolation on the benchmark tables
# that ../shared/bench/make-datasets.sh writes.
#
#   bench/curves.sh [--data DIR] [--out DIR] [--budget 2m] [--only a,b] [--share 0.2]
#
# Per table: ./verdict curve CSV --target COL --metric accuracy --seed 0 --budget T --quiet --force --out OUT/<t>. Each
# family's selected model is trained on 8 nested sizes of every training fold; the run's result.json
# holds, per family, the check (curves.families[].holdOut): the power law fitted only on the sizes up
# to 20 % of the training fold, its predicted score at the full fold, and the measured score. Tables
# with fewer than 4 sizes at or below 20 % (small tables, whose smallest size is 30 rows or 5 per
# class) have no check. Target: |predicted − measured| ≤ 1.5 accuracy points. The check's prediction
# carries a 95 % bootstrap interval (over folds); the table says whether the measured score fell
# inside it. The report (Markdown) goes to stdout and OUT/curves.md.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA=/tmp/verdict-bench-data
OUT="$ROOT/bench/out/curves"
BUDGET=2m
ONLY="pima_indians_diabetes,digits,spam,letter_recognition,shuttle"
while (($#)); do
  case "$1" in
    --data) DATA="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --budget) BUDGET="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "curves.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
log() { echo "[curves $(date +%T)] $*" >&2; }
[[ -d "$DATA/tabular" ]] || { log "no $DATA/tabular: run ../shared/bench/make-datasets.sh $DATA first"; exit 1; }
mkdir -p "$OUT"
"$ROOT/verdict" --version >/dev/null || { log "cannot build ./verdict"; exit 1; }

IFS=, read -r -a TABLES <<< "$ONLY"
for t in "${TABLES[@]}"; do
  csv="$DATA/tabular/$t.csv"
  [[ -f "$csv" ]] || { log "$t: no $csv, skipped"; continue; }
  target=label metric=(--metric accuracy)   # the target is in accuracy points
  head -1 "$csv" | tr ',' '\n' | grep -qx target && { target=target; metric=(); }
  log "$t: verdict curve (budget $BUDGET)"
  "$ROOT/verdict" curve "$csv" --target "$target" "${metric[@]}" --seed 0 --budget "$BUDGET" --quiet --force --out "$OUT/$t" \
    > "$OUT/$t.log" 2>&1 || log "$t: verdict failed (see $OUT/$t.log)"
done

python3 - "$OUT" "$BUDGET" "${TABLES[@]}" <<'PY' | tee "$OUT/curves.md"
import json, os, sys
out, budget, tables = sys.argv[1], sys.argv[2], sys.argv[3:]
print(f"Budget per table {budget}; check: power law fitted on the sizes up to 20 % of the training fold, predicted at the full fold.\n")
print("| dataset | rows | metric | family (model) | sizes ≤ 20 % (up to rows) | predicted at full fold [95 % interval] | measured ± sd | error (points) | within 1.5 | measured inside the interval | curve | crossover |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for t in tables:
    path = os.path.join(out, t, "result.json")
    if not os.path.exists(path):
        print(f"| {t} | – | – | run failed | | | | | | | |"); continue
    r = json.load(open(path)); c = r.get("curves")
    if not c:
        print(f"| {t} | {r['profile']['rows']} | – | no curves | | | | | | | |"); continue
    for f in c["families"]:
        h = f.get("holdOut"); full = f["points"][-1]
        curve = "ill-behaved: " + f["illBehaved"] if f.get("illBehaved") else "well-behaved"
        if h:
            pts = 100 * h["error"] if c["higherIsBetter"] else h["error"]
            ok = "yes" if abs(h["error"]) <= 0.015 else "no"
            lo, hi = h.get("low"), h.get("high")
            band = f" [{lo:.4f}, {hi:.4f}]" if lo is not None and hi is not None else ""
            inside = "–" if not band else ("yes" if lo <= h["measured"] <= hi else "no")
            print(f"| {t} | {c['dataRows']} | {c['metric']} | {f['family']} ({f['model']}) | {h['sizes']} (≤ {h['fittedUpTo']:,}) | {h['predicted']:.4f}{band} | {h['measured']:.4f} ± {full['std']:.4f} | {pts:+.2f} | {ok} | {inside} | {curve} | {c['crossover']['status']} |")
        else:
            print(f"| {t} | {c['dataRows']} | {c['metric']} | {f['family']} ({f['model']}) | fewer than 4 | – | {full['mean']:.4f} ± {full['std']:.4f} | – | – | – | {curve} | {c['crossover']['status']} |")
    for s in c.get("skipped", []):
        print(f"|  |  |  | not measured: {s} | | | | | | | | |")
PY
