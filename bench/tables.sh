#!/usr/bin/env bash
# bench/tables.sh — Verdict vs the peer baselines of ../shared/bench/baselines.py on the tables
# that ../shared/bench/make-datasets.sh writes.
#
#   bench/tables.sh [--data DIR] [--out DIR] [--budget 2m] [--max-rows 60000]
#                   [--only a,b] [--skip a,b] [--no-peers] [--resume] [--wait-idle S]
#
#   --data DIR      datasets folder made by make-datasets.sh (default /tmp/verdict-bench-data);
#                   made with it when DIR/tabular is missing (takes several minutes)
#   --out DIR       results (default bench/out/tables, git-ignored); one folder per table:
#                   verdict/ (Verdict's run folder), verdict.log, peers.jsonl, peers.log, meta.json;
#                   the report (all tables in DIR, this call's and earlier ones) goes to stdout and
#                   to DIR/tables.md, the environment to DIR/env.txt (and DIR/env-history.txt)
#   --budget T      Verdict's --budget per table (default 2m)
#   --max-rows N    skip tables with more rows than this (default 60000; reported as skipped)
#   --only / --skip comma-separated table names (file names without .csv)
#   --no-peers      run Verdict only
#   --resume        keep a table's earlier results (Verdict run folder with result.json, peer records)
#                   instead of measuring it again
#   --wait-idle S   before each timed step wait up to S seconds (default 300) for the machine to be
#                   idle (other processes using < 0.2 cores over 3 s); 0 = do not wait
#
# Other processes steal CPU from the timed ones on a small machine, so each timed step also records
# the CPU seconds that the rest of the machine used meanwhile ("other load", in cores; from
# /proc/stat minus the step's own CPU time): read times measured with other load > ~0.2 with care.
#
# Per table (class label column `label`, or regression column `target`), one at a time:
#   1. ./verdict run CSV --target COL --seed 0 --budget T --quiet --force --out OUT/<t>/verdict,
#      timed as a whole process (wall clock, JVM start included; the jar is built before, untimed);
#   2. the peers: bench/peers.py runs baselines.py's own run_tabular / run_regression on that table
#      (same models, folds, metrics and timing as `baselines.py --parts tabular,regression`),
#      with Debian's /usr/bin/python3 (python3-sklearn, python3-xgboost).
# A table that fails (Verdict or peers) is reported in the table, never fatal.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA=/tmp/verdict-bench-data
OUT="$ROOT/bench/out/tables"
BUDGET=2m
MAX_ROWS=60000
ONLY=""
SKIP=""
PEERS=1
RESUME=0
WAIT_IDLE=300
PY=/usr/bin/python3
BASELINES="$ROOT/../shared/bench/baselines.py"
MAKE_DATASETS="$ROOT/../shared/bench/make-datasets.sh"

ARGS=("$@")
while (($#)); do
  case "$1" in
    --data) DATA="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --budget) BUDGET="$2"; shift 2 ;;
    --max-rows) MAX_ROWS="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --skip) SKIP="$2"; shift 2 ;;
    --no-peers) PEERS=0; shift ;;
    --resume) RESUME=1; shift ;;
    --wait-idle) WAIT_IDLE="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "tables.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

log() { echo "[tables $(date +%T)] $*" >&2; }

# budget -> seconds (for the safety timeout around Verdict: budget + 3 minutes)
# (whole seconds; compound budgets such as 1m30s add up; anything unreadable counts as 600)
budget_s() {
  local b="$1" total=0 n unit
  [[ "$b" =~ ^[0-9]+$ ]] && { echo "$b"; return; }
  while [[ "$b" =~ ^([0-9]+)(ms|h|m|s)(.*)$ ]]; do
    n="${BASH_REMATCH[1]}" unit="${BASH_REMATCH[2]}" b="${BASH_REMATCH[3]}"
    case "$unit" in
      h) total=$(( total + n * 3600 )) ;;
      m) total=$(( total + n * 60 )) ;;
      s) total=$(( total + n )) ;;
      ms) total=$(( total + 1 )) ;;
    esac
  done
  [ -n "$b" ] && total=600
  echo "$total"
}
VERDICT_TIMEOUT=$(( $(budget_s "$BUDGET") + 180 ))
PEER_TIMEOUT=1800

# busy jiffies of the whole machine (user nice system irq softirq steal)
busy_jiffies() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9; exit}' /proc/stat; }
HZ=$(getconf CLK_TCK 2>/dev/null || echo 100)
NCPU=$(nproc)

# wait_idle: wait until other processes use < 0.2 cores over 3 s, at most WAIT_IDLE seconds
wait_idle() {
  local waited=0 b0 b1 load
  (( WAIT_IDLE > 0 )) || return 0
  while :; do
    b0=$(busy_jiffies); sleep 3; b1=$(busy_jiffies)
    load=$(awk -v d=$((b1 - b0)) -v hz="$HZ" 'BEGIN{printf "%.2f", d / hz / 3}')
    if awk -v l="$load" 'BEGIN{exit !(l < 0.2)}'; then
      (( waited > 0 )) && log "machine idle after ${waited} s"
      return 0
    fi
    (( waited == 0 )) && log "machine busy (other processes use $load cores); waiting up to $WAIT_IDLE s"
    waited=$((waited + 3))
    if (( waited >= WAIT_IDLE )); then
      log "still busy ($load cores) after $WAIT_IDLE s; measuring anyway (see 'other load')"
      return 0
    fi
  done
}

# timed OUTPREFIX CMD...: runs CMD; sets T_RC, T_WALL (s), T_CPU (the command's user+sys s),
# T_OTHER (average cores used by other processes meanwhile)
timed() {
  local pre="$1"; shift
  local b0 b1 t0 t1
  b0=$(busy_jiffies); t0=$(date +%s.%N)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "%U %S" -o "$pre.cpu" "$@"
    T_RC=$?
  else  # no GNU time: own CPU unknown, counted as 0 (other load then includes the command itself)
    "$@"
    T_RC=$?
  fi
  t1=$(date +%s.%N); b1=$(busy_jiffies)
  T_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b - a}')
  T_CPU=$(awk '{s = $1 + $2} END{printf "%.2f", s + 0}' "$pre.cpu" 2>/dev/null)
  [[ -n "$T_CPU" ]] || T_CPU=0
  T_OTHER=$(awk -v d=$((b1 - b0)) -v hz="$HZ" -v c="$T_CPU" -v w="$T_WALL" \
    'BEGIN{o = (d / hz - c) / (w > 0 ? w : 1); if (o < 0) o = 0; printf "%.2f", o}')
}

in_list() { [[ ",$2," == *",$1,"* ]]; }

# ---- datasets ----------------------------------------------------------------------------
if [[ ! -d "$DATA/tabular" ]]; then
  log "no $DATA/tabular: making the datasets with $MAKE_DATASETS (several minutes)"
  "$MAKE_DATASETS" "$DATA" >&2 || { log "make-datasets.sh failed"; exit 1; }
fi
DATA="$(cd "$DATA" && pwd)"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

# ---- build Verdict (untimed) and note the environment ------------------------------------
cd "$ROOT"
log "building / checking the Verdict jar"
if ! ./verdict --version >"$OUT/verdict-version.txt" 2>&1; then
  cat "$OUT/verdict-version.txt" >&2
  log "./verdict does not start; every table will be reported as failed"
fi
{
  echo "date: $(date -u +%FT%TZ)"
  echo "host cores (nproc): $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(free -g | awk '/^Mem:/{print $2" GiB"}')"
  # a first call after a source change prints "verdict: building ..." before the version lines
  echo "verdict: $(grep -v '^verdict: building' "$OUT/verdict-version.txt" | sed -n 1p)"
  echo "verdict java: $(grep -v '^verdict: building' "$OUT/verdict-version.txt" | sed -n 2p)"
  ( . "$ROOT/bin/jdk.sh" && verdict_find_jdk >/dev/null 2>&1 && echo "JAVA_HOME: $JAVA_HOME" && "$JAVA_HOME/bin/java" -version 2>&1 | sed 's/^/  /' )
  echo "verdict git revision: $(git -C "$ROOT" rev-parse --short=12 HEAD 2>/dev/null) $( [[ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]] && echo '(tracked files modified)')"
  echo "peers: $("$PY" -c 'import platform,sklearn,xgboost,numpy;print("python",platform.python_version(),"scikit-learn",sklearn.__version__,"xgboost",xgboost.__version__,"numpy",numpy.__version__)' 2>&1)"
  echo "budget per table: $BUDGET; max rows: $MAX_ROWS; data: $DATA"
  echo "command: $0 ${ARGS[*]}"
} >"$OUT/env.txt"
cat "$OUT/env.txt" >&2
{ cat "$OUT/env.txt"; echo; } >>"$OUT/env-history.txt"   # env.txt is the latest call; this keeps them all

# ---- per table ----------------------------------------------------------------------------
write_meta() {  # write_meta FILE key=value ... (numbers stay numbers)
  local file="$1"; shift
  "$PY" - "$file" "$@" <<'EOF'
import json, sys
out = {}
for kv in sys.argv[2:]:
    k, v = kv.split("=", 1)
    try:
        v = int(v)
    except ValueError:
        try:
            v = float(v)
        except ValueError:
            pass
    out[k] = v
json.dump(out, open(sys.argv[1], "w"), indent=1)
EOF
}

shopt -s nullglob
csvs=("$DATA"/tabular/*.csv)
# smallest file first
mapfile -t csvs < <(for c in "${csvs[@]}"; do echo "$(stat -c %s "$c") $c"; done | sort -n | cut -d' ' -f2-)
((${#csvs[@]})) || { log "no CSV under $DATA/tabular"; exit 1; }

for csv in "${csvs[@]}"; do
  name="$(basename "$csv" .csv)"
  [[ -n "$ONLY" ]] && ! in_list "$name" "$ONLY" && continue
  [[ -n "$SKIP" ]] && in_list "$name" "$SKIP" && continue
  dir="$OUT/$name"
  header="$(head -n1 "$csv" | tr -d '\r')"
  target="${header##*,}"
  ncols=$(awk -F, 'NR==1{print NF; exit}' "$csv")
  rows=$(( $(wc -l <"$csv") - 1 ))
  features=$(( ncols - 1 ))
  common=(dataset="$name" csv="$csv" target="$target" rows="$rows" features="$features" budget="$BUDGET")

  if [[ "$target" != label && "$target" != target ]]; then
    mkdir -p "$dir"; write_meta "$dir/meta.json" "${common[@]}" skipped="last column is '$target', not label/target"
    log "$name: skipped (last column $target)"; continue
  fi
  if (( rows > MAX_ROWS )); then
    mkdir -p "$dir"; write_meta "$dir/meta.json" "${common[@]}" skipped="$rows rows > --max-rows $MAX_ROWS"
    log "$name: skipped ($rows rows > $MAX_ROWS)"; continue
  fi

  if (( RESUME )) && [[ -f "$dir/meta.json" && -f "$dir/verdict/result.json" ]] \
     && { (( ! PEERS )) || grep -q '"part": "tabular"\|"part": "regression"' "$dir/peers.jsonl" 2>/dev/null; }; then
    log "$name: kept (--resume)"; continue
  fi
  rm -rf "$dir"; mkdir -p "$dir"

  # 1. Verdict, timed as one process
  log "$name: verdict run ($rows rows, $features features, target $target, budget $BUDGET)"
  wait_idle
  timed "$dir/verdict" timeout -k 10 "$VERDICT_TIMEOUT" ./verdict run "$csv" --target "$target" --seed 0 \
    --budget "$BUDGET" --quiet --force --out "$dir/verdict" >"$dir/verdict.log" 2>&1
  vrc=$T_RC vwall=$T_WALL vcpu=$T_CPU vother=$T_OTHER
  log "$name: verdict exit $vrc in $vwall s (cpu $vcpu s; other load $vother cores)"
  (( vrc != 0 )) && tail -n 5 "$dir/verdict.log" | sed 's/^/    /' >&2

  # 2. peers
  prc="" pwall="" pother=""
  if (( PEERS )); then
    log "$name: peers (baselines.py protocol)"
    wait_idle
    timed "$dir/peers" timeout -k 10 "$PEER_TIMEOUT" "$PY" "$ROOT/bench/peers.py" "$DATA" "$name" \
      --out "$dir/peers.jsonl" --baselines "$BASELINES" >"$dir/peers.log" 2>&1
    prc=$T_RC pwall=$T_WALL pother=$T_OTHER
    log "$name: peers exit $prc in $pwall s (cpu $T_CPU s; other load $pother cores)"
    (( prc != 0 && prc != 3 )) && tail -n 5 "$dir/peers.log" | sed 's/^/    /' >&2
  fi
  write_meta "$dir/meta.json" "${common[@]}" verdict_rc="$vrc" verdict_wall_s="$vwall" \
    verdict_cpu_s="$vcpu" verdict_other_load="$vother" ${pother:+peers_other_load="$pother"} \
    verdict_cmd="./verdict run $csv --target $target --seed 0 --budget $BUDGET --quiet --force --out $dir/verdict" \
    ${prc:+peers_rc="$prc"} ${pwall:+peers_wall_s="$pwall"}
done

# ---- report -------------------------------------------------------------------------------
if ! "$PY" "$ROOT/bench/report.py" "$OUT" >"$OUT/tables.md" 2>"$OUT/report.err"; then
  log "report.py failed:"; cat "$OUT/report.err" >&2; exit 1
fi
cat "$OUT/tables.md"
