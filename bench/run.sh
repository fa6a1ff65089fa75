#!/usr/bin/env bash
# Load benchmark for the core API (issue 2): complaints list (first 50 with
# customer and assignee), one complaint by number, createComplaint, at 32
# connections against a release build with a generated data set.
#
#   bench/run.sh [sqlite|postgres]      (default sqlite)
#
# Environment: KESU_BENCH_COMPLAINTS (default 100000), DURATION (default 20s),
# CONNECTIONS (default 32), KESU_BENCH_PG (default postgres://postgres@127.0.0.1:5432).
# Results: printed, and written to bench/out/results-<backend>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BACKEND="${1:-sqlite}"
N="${KESU_BENCH_COMPLAINTS:-100000}"
DURATION="${DURATION:-20s}"
CONNS="${CONNECTIONS:-32}"
PORT="${KESU_BENCH_PORT:-18181}"
PG_BASE="${KESU_BENCH_PG:-postgres://postgres@127.0.0.1:5432}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kesu/target}"
export KESU_BENCH_DIR="$PWD/bench"
OUT="bench/out"
mkdir -p "$OUT"

command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cargo build --release -q
BIN="$CARGO_TARGET_DIR/release/kesu"

DATA="$(mktemp -d /tmp/kesu-bench-XXXXXX)"
export KESU_DATA_DIR="$DATA" KESU_BIND="127.0.0.1:$PORT" KESU_LOG=warn
if [ "$BACKEND" = postgres ]; then
  psql "$PG_BASE/postgres" -qc "DROP DATABASE IF EXISTS kesu_bench" >/dev/null
  psql "$PG_BASE/postgres" -qc "CREATE DATABASE kesu_bench" >/dev/null
  export KESU_DATABASE_URL="$PG_BASE/kesu_bench"
fi

echo "== generating $N complaints ($BACKEND)"
gen_start=$(date +%s.%N)
"$BIN" demo --bulk "$N" | tail -n 1
gen_end=$(date +%s.%N)

"$BIN" serve > "$DATA/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.1; done

gql() { curl -sf "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' ${2:+-H "authorization: Bearer $2"} -d "$1"; }
login() { gql "{\"query\":\"mutation{login(input:{username:\\\"$1\\\",password:\\\"Kesu-demo-2026\\\"}){token}}\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["data"]["login"]["token"])'; }
EXPERT=$(login expert)
AGENT=$(login agent)
export KESU_NUMBER=$(gql '{"query":"{complaints(first:1){edges{node{number}}}}"}' "$EXPERT" | python3 -c 'import sys,json;print(json.load(sys.stdin)["data"]["complaints"]["edges"][0]["node"]["number"])')
export KESU_CATEGORY=$(gql '{"query":"{categories{id parentId}}"}' "$EXPERT" | python3 -c 'import sys,json;print([c["id"] for c in json.load(sys.stdin)["data"]["categories"] if c["parentId"]][0])')

run() { # name script token
  echo "== $1"
  # a short check pass: every response 200 without GraphQL errors
  KESU_CHECK=1 KESU_TOKEN="$3" wrk -t1 -c4 -d2s -s "bench/$2" "http://127.0.0.1:$PORT/graphql" | grep check:
  KESU_TOKEN="$3" wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s "bench/$2" "http://127.0.0.1:$PORT/graphql" | tee "$OUT/$1-$BACKEND.txt"
}
# warm up the caches briefly, then measure
KESU_TOKEN="$EXPERT" wrk -t2 -c"$CONNS" -d3s -s bench/list.lua "http://127.0.0.1:$PORT/graphql" >/dev/null
run list list.lua "$EXPERT"
run get get.lua "$EXPERT"
run create create.lua "$AGENT"
RSS_KB=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
HWM_KB=$(awk '/VmHWM/ {print $2}' /proc/$PID/status)

summary() { # file -> "req/s | p50 | p99"
  awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s | %s | %s", rps, p50, p99}' "$1"
}
{
  echo "### $BACKEND — $(date -u +%Y-%m-%d), $(nproc) cores, $N generated complaints, $CONNS connections, $DURATION per run"
  echo
  echo "| operation | req/s | p50 | p99 |"
  echo "|---|---|---|---|"
  for op in list get create; do echo "| $op | $(summary "$OUT/$op-$BACKEND.txt") |"; done
  echo
  printf 'Server RSS after the runs: %d MB (peak %d MB). Data generation: %.1f s.\n' $((RSS_KB / 1024)) $((HWM_KB / 1024)) "$(echo "$gen_end - $gen_start" | bc)"
} | tee "$OUT/results-$BACKEND.md"
