#!/usr/bin/env bash
# A check of the whole registry for duplicates, as the server runs it: generates N households into
# a scratch home (100,000 by default), starts Homeward on it with a 1 GB heap, starts a registry
# run (POST /api/v1/matching/runs) and polls it until it completes. Prints the run's time, the
# people compared, the pairs it queued for review and the rate of each, and the heap in use after.
# Needs curl (apt-get install -y curl).
# Run from anywhere: bench/registry-run-bench.sh [cases]
# BENCH_HOME=DIR keeps the generated home between runs (a kept home's pairs are queued already:
# a second run over it finds them again and queues none).
set -euo pipefail
cd "$(dirname "$0")/.."

CASES=${1:-100000}
PORT=${BENCH_PORT:-18093}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=${BENCH_JAR:-target/homeward.jar}
HOME_DIR=${BENCH_HOME:-$(mktemp -d "${TMPDIR:-/tmp}/homeward-run.XXXXXX")}
ADMIN_PASSWORD="long quiet passphrase 42"
USER_PASSWORD="another quiet phrase 97"
BASE="http://127.0.0.1:$PORT"
NAME=registry-run-bench
# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_need curl

bench_generate

bench_start
bench_wait_signed_in 600
echo "server answering after $(($(date +%s) - STARTED)) s"

curl -s -o /dev/null -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  "$BASE/api/v1/users" \
  -d "{\"username\":\"bench.reviewer\",\"displayName\":\"Bench Reviewer\",\"missionCode\":\"MAR\",
       \"roles\":[\"CASEWORKER\"],\"password\":\"$USER_PASSWORD\"}"

field() { # json name
  sed -E "s/.*\"$2\":\"?([^,\"}]*)\"?.*/\1/" <<<"$1"
}

echo "== registry run over $CASES cases ($(load))"
start=$(date +%s.%N)
run=$(curl -sf -u "bench.reviewer:$USER_PASSWORD" -X POST "$BASE/api/v1/matching/runs")
id=$(field "$run" id)
while :; do
  sleep 1
  bench_alive
  run=$(curl -sf -u "bench.reviewer:$USER_PASSWORD" "$BASE/api/v1/matching/runs/$id")
  status=$(field "$run" status)
  [[ "$status" == COMPLETED || "$status" == FAILED || "$status" == STOPPED ]] && break
done
end=$(date +%s.%N)
[[ "$status" == COMPLETED ]] || { echo "$NAME: run ended $status: $run" >&2; exit 1; }
total=$(field "$run" total)
found=$(field "$run" pairsFound)
awk -v s="$start" -v e="$end" -v n="$total" -v p="$found" 'BEGIN {
  t = e - s
  printf "run completed in %.1f s: %d people compared (%.0f a second), %d pairs queued (%.0f a second)\n",
    t, n, n / t, p, p / t
}'
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
HEAP=$("$JCMD" "$SERVER" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
echo "heap in use after the run: $((HEAP / 1024)) MB of 1024 MB ($(load))"
