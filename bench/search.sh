#!/usr/bin/env bash
# Search benchmark (issue 3): generated knowledge base and complaints, full
# reindex throughput, cold start, kbSearch and similarComplaints latency over
# HTTP at 16 connections, intakeSuggestions over HTTP, index freshness after a write, server memory.
#
#   bench/search.sh            (KESU_BENCH_ARTICLES=100000 KESU_BENCH_COMPLAINTS=1000000)
#   KESU_BENCH_DATA=/tmp/kesu-search bench/search.sh
#                              keep the generated data set there and reuse it on the
#                              next run (skips generation; the reindex is still timed)
#
# Server-side latency (no HTTP) comes from examples/search_latency.rs, run on
# the same index; over HTTP, wrk drives the real server.
# Results: printed, and written to bench/out/search-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
N_KB="${KESU_BENCH_ARTICLES:-100000}"
N_C="${KESU_BENCH_COMPLAINTS:-1000000}"
DURATION="${DURATION:-20s}"
CONNS="${CONNECTIONS:-16}"
PORT="${KESU_BENCH_PORT:-18191}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kesu/target}"
export KESU_BENCH_DIR="$PWD/bench"
OUT="bench/out"; mkdir -p "$OUT"
command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cargo build --release -q --bin kesu --example search_latency
BIN="$CARGO_TARGET_DIR/release/kesu"
LAT="$CARGO_TARGET_DIR/release/examples/search_latency"
if [ -n "${KESU_BENCH_DATA:-}" ]; then DATA="$KESU_BENCH_DATA"; KEEP=1; mkdir -p "$DATA"; else DATA="$(mktemp -d /tmp/kesu-search-XXXXXX)"; KEEP=0; fi
export KESU_DATA_DIR="$DATA" KESU_BIND="127.0.0.1:$PORT" KESU_LOG=warn
unset KESU_DATABASE_URL
PID=""
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; [ "$KEEP" = 1 ] || rm -rf "$DATA"' EXIT
now() { date +%s.%N; }

if [ -f "$DATA/kesu.db" ]; then
  echo "== reusing the data set in $DATA"; t0=0; t1=0
  # its own sizes, whatever KESU_BENCH_ARTICLES/COMPLAINTS say (labels, complaint ids)
  read -r N_KB N_C < <(python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(*(c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("kb_articles", "complaints")))' "$DATA/kesu.db")
  echo "   $N_KB articles, $N_C complaints"
else
  echo "== generating $N_KB articles and $N_C complaints"
  t0=$(now); "$BIN" demo --bulk "$N_C" --bulk-kb "$N_KB" | tail -n 2; t1=$(now)
fi
echo "== full reindex"
REINDEX=$("$BIN" reindex | tail -n 1); echo "$REINDEX"

echo "== server-side latency (engine calls, no HTTP, one thread)"
"$LAT" "$DATA/index" 5 | tee "$OUT/server-side.txt"

echo "== cold start"
t2=$(now); "$BIN" serve > "$DATA/server.log" 2>&1 & PID=$!
until curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null; do sleep 0.01; done; t3=$(now)
COLD=$(echo "$t3 - $t2" | bc)

gql() { curl -sf "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' ${2:+-H "authorization: Bearer $2"} -d "$1"; }
login() { gql "{\"query\":\"mutation{login(input:{username:\\\"$1\\\",password:\\\"Kesu-demo-2026\\\"}){token}}\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["data"]["login"]["token"])'; }
AGENT=$(login agent); EXPERT=$(login expert); EDITOR=$(login kb_editor); REVIEWER=$(login kb_reviewer)

bench/search-scripts.sh "$OUT" "$N_C"
run() { # name script token
  echo "== $1"
  KESU_CHECK=1 KESU_TOKEN="$3" wrk -t1 -c2 -d2s -s "$2" "http://127.0.0.1:$PORT/graphql" | grep check:
  KESU_TOKEN="$3" wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s "$2" "http://127.0.0.1:$PORT/graphql" | tee "$OUT/$1.txt"
}
run kbsearch "$OUT/kbsearch.lua" "$AGENT"
run kbsearch-by-type "$OUT/kbsearch-by-type.lua" "$AGENT"
run similar "$OUT/similar.lua" "$EXPERT"
run suggest "$OUT/suggest.lua" "$AGENT"

echo "== freshness: publish, then poll kbSearch until it is found"
CAT=$(gql '{"query":"{categories{id parentId}}"}' "$AGENT" | python3 -c 'import sys,json;print([c["id"] for c in json.load(sys.stdin)["data"]["categories"] if c["parentId"]][0])')
TOKEN_WORD="zqx$RANDOM$RANDOM"
ID=$(gql "{\"query\":\"mutation{createKbArticle(input:{article:{title:\\\"新鲜度测试 $TOKEN_WORD\\\",categoryId:\\\"$CAT\\\",scenario:\\\"测试\\\",solution:\\\"1. 测试\\\"}}){id}}\"}" "$EDITOR" | python3 -c 'import sys,json;print(json.load(sys.stdin)["data"]["createKbArticle"]["id"])')
gql "{\"query\":\"mutation{submitKbArticle(input:{id:\\\"$ID\\\",expectedVersion:1}){id}}\"}" "$EDITOR" >/dev/null
t4=$(now)
gql "{\"query\":\"mutation{publishKbArticle(input:{id:\\\"$ID\\\",expectedVersion:2}){id}}\"}" "$REVIEWER" >/dev/null
# found = the new article among the hits (a total of 1 is not enough: the
# articles of earlier runs share most of the word's character pairs)
until gql "{\"query\":\"{kbSearch(query:\\\"$TOKEN_WORD\\\",first:10){hits{article{id}}}}\"}" "$AGENT" | grep -q "\"id\":\"$ID\""; do :; done
t5=$(now)
FRESH=$(echo "($t5 - $t4) * 1000" | bc)
RSS_KB=$(awk '/VmRSS/ {print $2}' /proc/$PID/status); HWM_KB=$(awk '/VmHWM/ {print $2}' /proc/$PID/status)

summary() { awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s | %s | %s", rps, p50, p99}' "$1"; }
{
  echo "### search — $(date -u +%Y-%m-%d), $(nproc) cores, SQLite, $N_KB articles, $N_C complaints, $CONNS connections, $DURATION per run"
  echo
  echo "| operation | req/s | p50 | p99 |"
  echo "|---|---|---|---|"
  echo "| kbSearch (108 labelled queries, shuffled rotation, first 10, total) | $(summary "$OUT/kbsearch.txt") |"
  echo "| kbSearch (the same, rotated grouped by type as in the file) | $(summary "$OUT/kbsearch-by-type.txt") |"
  echo "| similarComplaints (random complaint, first 5) | $(summary "$OUT/similar.txt") |"
  echo "| intakeSuggestions (480 labelled complaint texts, shuffled; summaries audited) | $(summary "$OUT/suggest.txt") |"
  echo
  echo "Server-side (search engine calls without HTTP, one thread, examples/search_latency.rs):"
  echo
  echo '```'
  grep -E "^(kbSearch|similar)" "$OUT/server-side.txt"
  echo '```'
  echo
  printf 'Data generation: %.0f s (0: reused). Full reindex: %s. Cold start to ready: %.2f s. Freshness (publish acknowledged → found by kbSearch): %.0f ms. Server RSS: %d MB (peak %d MB).\n' \
    "$(echo "$t1 - $t0" | bc)" "$REINDEX" "$COLD" "$FRESH" $((RSS_KB / 1024)) $((HWM_KB / 1024))
} | tee "$OUT/search-results.md"
