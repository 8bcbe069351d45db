#!/usr/bin/env bash
# The public pages at scale: generates N households into a scratch home (10,000 by default),
# starts Homeward on it with a 1 GB heap and the demo off, waits until reporting has filled its
# public statistics from the registry (the log says so), then sends requests with wrk, without
# signing in, to /public/appeal, /public/statistics and /public/statistics.csv: first a few
# connections each sending its next request as soon as the last is answered, for the latency of one
# view. Prints requests/s, p50 and p95 of each, and how long the fill took. Target on 2 cores, at
# 1,000,000 cases: under 100 ms. The pages read a few hundred pre-aggregated rows, kept in memory
# until an event changes them, so their time does not grow with the registry.
# Needs wrk and curl (apt-get install -y wrk curl).
# Run from anywhere: bench/public-bench.sh [cases] [seconds] [connections]
# BENCH_HOME=DIR keeps the generated home between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

CASES=${1:-10000}
SECONDS_EACH=${2:-20}
CONNECTIONS=${3:-4}
PORT=${BENCH_PORT:-18093}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=${BENCH_JAR:-target/homeward.jar}
HOME_DIR=${BENCH_HOME:-$(mktemp -d "${TMPDIR:-/tmp}/homeward-public.XXXXXX")}
ADMIN_PASSWORD="long quiet passphrase 42"
BASE="http://127.0.0.1:$PORT"
NAME=public-bench
# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_need wrk curl

bench_generate

bench_start
for _ in $(seq 1 3600); do
  grep -q "public statistics filled" "$HOME_DIR/server.log" 2>/dev/null && break
  bench_alive
  if grep -q "public statistics not filled" "$HOME_DIR/server.log" 2>/dev/null; then
    tail -50 "$HOME_DIR/server.log" >&2
    exit 1
  fi
  # a home filled before: nothing to wait for
  curl -sf "$BASE/public/statistics" >/dev/null 2>&1 && [[ -f "$HOME_DIR/filled" ]] && break
  sleep 1
done
touch "$HOME_DIR/filled"
echo "started and filled in $(($(date +%s) - STARTED)) s: $(grep -o 'public statistics filled.*' "$HOME_DIR/server.log" | tail -1)"
echo "statistics: $(curl -sf "$BASE/public/statistics.csv" | wc -l) CSV lines"

cat >"$HOME_DIR/done.lua" <<'LUA'
function done(summary, latency, requests)
  io.write(string.format("RESULT %.1f %d %d %.1f %.1f\n", summary.requests / (summary.duration / 1e6),
    summary.requests, summary.errors.status + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
LUA

printf '%-26s %10s %9s %7s %9s %9s\n' "page" "req/s" "requests" "errors" "p50 ms" "p95 ms"
for path in /public/appeal /public/statistics /public/statistics.csv; do
  # warm the JIT and the kept tables
  wrk -t1 -c1 -d3s "$BASE$path" >/dev/null
  result=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" -s "$HOME_DIR/done.lua" "$BASE$path" |
    grep '^RESULT')
  read -r _ rps requests errors p50 p95 <<<"$result"
  printf '%-26s %10s %9s %7s %9s %9s\n' "$path" "$rps" "$requests" "$errors" "$p50" "$p95"
done
echo "($(load))"
