#!/usr/bin/env bash
# Load benchmark for the core API (issues 2 and 10): `{ __typename }` (the
# ceiling: HTTP, session, parse, validation, serialization and nothing else),
# complaints list (first 50 with customer and assignee), one complaint by
# number, createComplaint, and optionally kbSearch and similarComplaints, at
# 32 connections against a release build with a generated data set.
#
#   bench/run.sh [sqlite|postgres]      (default sqlite)
#
# Environment:
#   KESU_BENCH_COMPLAINTS  complaints to generate (default 100000)
#   KESU_BENCH_ARTICLES    knowledge-base articles to generate (default 0;
#                          needed for the kbsearch and similar operations)
#   OPS                    operations, in order (default "typename list get create";
#                          also kbsearch, kbsearch-by-type, similar, suggest,
#                          status: the public complaintStatus, without a login,
#                          over 2,000 random complaints with their right
#                          last four digits; the server's lookup limit is
#                          lifted for the run, as all tries come from one address)
#   KESU_BENCH_DATA        keep the generated data set in this directory (and,
#                          on PostgreSQL, the kesu_bench database) and reuse it
#                          on the next run with the same backend. create adds
#                          complaints, so leave it out of OPS when comparing runs.
#   DURATION (default 20s), CONNECTIONS (default 32),
#   KESU_BENCH_PG (default postgres://postgres@127.0.0.1:5432),
#   KESU_BENCH_BIN         use this binary instead of building one
# Results: printed, and written to bench/out/results-<backend>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BACKEND="${1:-sqlite}"
N="${KESU_BENCH_COMPLAINTS:-100000}"
N_KB="${KESU_BENCH_ARTICLES:-0}"
OPS="${OPS:-typename list get create}"
DURATION="${DURATION:-20s}"
CONNS="${CONNECTIONS:-32}"
PORT="${KESU_BENCH_PORT:-18181}"
PG_BASE="${KESU_BENCH_PG:-postgres://postgres@127.0.0.1:5432}"
PG_DB="${KESU_BENCH_PG_DB:-kesu_bench}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kesu/target}"
export KESU_BENCH_DIR="$PWD/bench"
OUT="bench/out"
mkdir -p "$OUT"

command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
if [ -n "${KESU_BENCH_BIN:-}" ]; then BIN="$KESU_BENCH_BIN"; else
  cargo build --release -q
  BIN="$CARGO_TARGET_DIR/release/kesu"
fi

if [ -n "${KESU_BENCH_DATA:-}" ]; then DATA="$KESU_BENCH_DATA"; KEEP=1; mkdir -p "$DATA"
else DATA="$(mktemp -d /tmp/kesu-bench-XXXXXX)"; KEEP=0; fi
export KESU_DATA_DIR="$DATA" KESU_BIND="127.0.0.1:$PORT" KESU_LOG="${KESU_LOG:-warn}"
# every wrk connection comes from 127.0.0.1: lift the per-address limit of the
# public status lookup (the limiter still counts every try)
export KESU_STATUS_LOOKUP_LIMIT="${KESU_STATUS_LOOKUP_LIMIT:-1000000000}"
unset KESU_DATABASE_URL
# the sentence encoder serves kbsearch, similar and suggest only; without
# them it is left out, so that a server over a data set generated without
# it does not embed every complaint in the background during the runs
case " $OPS " in
  *" kbsearch"*|*" similar "*|*" suggest "*) ;;
  *) export KESU_MODEL_DIR="${KESU_MODEL_DIR:-off}" ;;
esac
if [ "$BACKEND" = postgres ]; then export KESU_DATABASE_URL="$PG_BASE/$PG_DB"; fi
PID=""
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; [ "$KEEP" = 1 ] || rm -rf "$DATA"' EXIT

MARK="$DATA/generated-$BACKEND-$N-$N_KB"
gen_start=0; gen_end=0
if [ "$KEEP" = 1 ] && [ -f "$MARK" ]; then
  echo "== reusing the data set in $DATA ($BACKEND)"
else
  if [ "$BACKEND" = postgres ]; then
    psql "$PG_BASE/postgres" -qc "DROP DATABASE IF EXISTS $PG_DB" >/dev/null
    psql "$PG_BASE/postgres" -qc "CREATE DATABASE $PG_DB" >/dev/null
  else
    rm -rf "$DATA/kesu.db"* "$DATA/index"
  fi
  rm -f "$DATA"/generated-"$BACKEND"-*
  echo "== generating $N complaints and $N_KB articles ($BACKEND)"
  gen_start=$(date +%s.%N)
  if [ "$N_KB" -gt 0 ]; then "$BIN" demo --bulk "$N" --bulk-kb "$N_KB" | tail -n 2; else "$BIN" demo --bulk "$N" | tail -n 1; fi
  gen_end=$(date +%s.%N)
  # embeds every document when the encoder is installed
  [ "${KESU_MODEL_DIR:-}" = off ] || "$BIN" reindex | tail -n 1
  touch "$MARK"
fi

"$BIN" serve > "$DATA/server.log" 2>&1 &
PID=$!
ready=0
for _ in $(seq 1 3000); do
  curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && { ready=1; break; }
  kill -0 "$PID" 2>/dev/null || break
  sleep 0.2
done
if [ "$ready" != 1 ]; then
  echo "the server did not become ready; its log ($DATA/server.log):" >&2
  tail -n 20 "$DATA/server.log" >&2
  exit 1
fi

gql() { curl -sf "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' ${2:+-H "authorization: Bearer $2"} -d "$1"; }
login() { gql "{\"query\":\"mutation{login(input:{username:\\\"$1\\\",password:\\\"Kesu-demo-2026\\\"}){token}}\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["data"]["login"]["token"])'; }
EXPERT=$(login expert)
AGENT=$(login agent)
export KESU_NUMBER=$(gql '{"query":"{complaints(first:1){edges{node{number}}}}"}' "$EXPERT" | python3 -c 'import sys,json;print(json.load(sys.stdin)["data"]["complaints"]["edges"][0]["node"]["number"])')
export KESU_CATEGORY=$(gql '{"query":"{categories{id parentId}}"}' "$EXPERT" | python3 -c 'import sys,json;print([c["id"] for c in json.load(sys.stdin)["data"]["categories"] if c["parentId"]][0])')
bench/search-scripts.sh "$OUT" "$N"
case " $OPS " in
  *" status "*)
    pairs_sql="SELECT c.number, SUBSTR(u.phone, LENGTH(u.phone) - 3) FROM complaints c JOIN customers u ON u.id = c.customer_id ORDER BY RANDOM() LIMIT 2000"
    if [ "$BACKEND" = postgres ]; then
      psql "$KESU_DATABASE_URL" -At -F ' ' -c "$pairs_sql" > "$OUT/status-pairs.txt"
    else
      python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); [print(n, p) for n, p in c.execute(sys.argv[2])]' "$DATA/kesu.db" "$pairs_sql" > "$OUT/status-pairs.txt"
    fi
    export KESU_STATUS_PAIRS="$PWD/$OUT/status-pairs.txt" ;;
esac

script_of() { case "$1" in kbsearch|kbsearch-by-type|similar|suggest) echo "$OUT/$1.lua";; *) echo "bench/$1.lua";; esac; }
token_of() { case "$1" in create|kbsearch|kbsearch-by-type|suggest) echo "$AGENT";; status) echo "";; *) echo "$EXPERT";; esac; }
run() { # op
  local script token; script=$(script_of "$1"); token=$(token_of "$1")
  echo "== $1"
  # a short check pass: every response 200 without GraphQL errors
  KESU_CHECK=1 KESU_TOKEN="$token" wrk -t1 -c4 -d2s -s "$script" "http://127.0.0.1:$PORT/graphql" | grep check:
  local c0 c1; c0=$(server_cpu)
  KESU_TOKEN="$token" wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s "$script" "http://127.0.0.1:$PORT/graphql" | tee "$OUT/$1-$BACKEND.txt"
  c1=$(server_cpu)
  # server CPU time (user + system, all threads) per request: less sensitive
  # than req/s to other load on the machine
  awk -v c="$((c1 - c0))" -v hz="$(getconf CLK_TCK)" '/requests in/ {printf "server CPU per request: %.3f ms\n", c * 1000 / hz / $1}' "$OUT/$1-$BACKEND.txt" | tee -a "$OUT/$1-$BACKEND.txt"
}
server_cpu() { awk '{print $14 + $15}' /proc/$PID/stat; }
# warm up the caches briefly, then measure
LOAD_BEFORE="$(cut -d" " -f1-3 /proc/loadavg)"
KESU_TOKEN="$EXPERT" wrk -t2 -c"$CONNS" -d3s -s bench/list.lua "http://127.0.0.1:$PORT/graphql" >/dev/null
for op in $OPS; do run "$op"; done
RSS_KB=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
HWM_KB=$(awk '/VmHWM/ {print $2}' /proc/$PID/status)

summary() { # file -> "req/s | p50 | p99 | server CPU per request"
  awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /server CPU per request/ {cpu=$5 " ms"} END {printf "%s | %s | %s | %s", rps, p50, p99, cpu}' "$1"
}
{
  echo "### $BACKEND — $(date -u '+%Y-%m-%d %H:%M'), $(nproc) cores, load average before the run: ${LOAD_BEFORE:-n/a}, $N complaints, $N_KB articles, $CONNS connections, $DURATION per run"
  echo
  echo "| operation | req/s | p50 | p99 | server CPU per request |"
  echo "|---|---|---|---|---|"
  for op in $OPS; do echo "| $op | $(summary "$OUT/$op-$BACKEND.txt") |"; done
  echo
  printf 'Server RSS after the runs: %d MB (peak %d MB). Data generation: %.1f s (0: reused).\n' $((RSS_KB / 1024)) $((HWM_KB / 1024)) "$(echo "$gen_end - $gen_start" | bc)"
} | tee "$OUT/results-$BACKEND.md"
