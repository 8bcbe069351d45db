#!/usr/bin/env bash
# The dashboards at scale: generates N households into a scratch home (10,000 by default; the
# target is set at 1,000,000) or reuses BENCH_HOME, starts Homeward on it with a 1 GB heap (the
# start-up counts the generated cases into the dashboards' read model: its time is printed), then
# sends GET /api/v1/reporting/dashboard with wrk: unfiltered as headquarters, as a chief of
# mission (Morocco), and with a mission, a nationality and a period filter. Prints p50/p95/p99 of
# each. Target at 1,000,000 cases on 2 cores: p95 under 200 ms.
# Needs wrk, curl and psql (apt-get install -y wrk postgresql-client).
# Run from anywhere: bench/dashboard-bench.sh [cases] [seconds] [connections]
# BENCH_HOME=DIR keeps the generated home between runs (bench/million-bench.sh's home works too).
set -euo pipefail
cd "$(dirname "$0")/.."

CASES=${1:-10000}
SECONDS_EACH=${2:-15}
CONNECTIONS=${3:-4}
PORT=${BENCH_PORT:-18092}
WARMUP=${BENCH_WARMUP:-5}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=${BENCH_JAR:-target/homeward.jar}
HOME_DIR=${BENCH_HOME:-$(mktemp -d "${TMPDIR:-/tmp}/homeward-dashboard.XXXXXX")}
ADMIN_PASSWORD="long quiet passphrase 42"
USER_PASSWORD="another quiet phrase 97"
BASE="http://127.0.0.1:$PORT"
NAME=dashboard-bench
# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_need wrk curl

bench_generate

bench_start
bench_wait_signed_in 1800
# the web server answers while the start-up still counts the cases that were never counted
for _ in $(seq 1 3600); do
  grep -q 'dashboards: counted\|Started HomewardApplication' "$HOME_DIR/server.log" && break
  sleep 1
done
for _ in $(seq 1 3600); do
  grep -q 'dashboards: .* cases counted, counting the others' "$HOME_DIR/server.log" || break
  grep -q 'dashboards: counted' "$HOME_DIR/server.log" && break
  sleep 1
done
echo "ready in $(($(date +%s) - STARTED)) s; $(grep -o 'dashboards: counted [0-9]* cases in [0-9]* ms' \
  "$HOME_DIR/server.log" | tail -1 || echo 'dashboards: nothing to count')"

token() { # user password
  curl -sf -u "$1:$2" -H 'Content-Type: application/json' "$BASE/api/v1/me/tokens" \
    -d '{"name":"dashboard-bench","permissions":["AGGREGATE_READ"]}' |
    sed -E 's/.*"token":"([^"]+)".*/\1/'
}
curl -s -o /dev/null -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  "$BASE/api/v1/users" \
  -d "{\"username\":\"bench.chief\",\"displayName\":\"Bench Chief\",\"missionCode\":\"MAR\",
       \"roles\":[\"CHIEF_OF_MISSION\"],\"password\":\"$USER_PASSWORD\"}"
HQ_TOKEN=$(token admin "$ADMIN_PASSWORD")
CHIEF_TOKEN=$(token bench.chief "$USER_PASSWORD")
[[ "$HQ_TOKEN" == hw_* && "$CHIEF_TOKEN" == hw_* ]] ||
  { echo "dashboard-bench: no token: $HQ_TOKEN $CHIEF_TOKEN" >&2; exit 1; }

cat >"$HOME_DIR/done.lua" <<'LUA'
function done(summary, latency, requests)
  io.write(string.format("RESULT %.1f %d %d %.1f %.1f %.1f\n", summary.requests / (summary.duration / 1e6),
    summary.requests, summary.errors.status + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA

run_wrk() { # label path token
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s "$HOME_DIR/done.lua" \
    -H "Authorization: Bearer $3" "$BASE$2" >/dev/null
  local line
  line=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s -s "$HOME_DIR/done.lua" \
    -H "Authorization: Bearer $3" "$BASE$2" | grep '^RESULT')
  read -r _ rate requests errors p50 p95 p99 <<<"$line"
  printf '%-34s %7.1f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (%d requests, %d errors; %s)\n' \
    "$1" "$rate" "$p50" "$p95" "$p99" "$requests" "$errors" "$(load)"
}

ROWS=$(curl -sf -H "Authorization: Bearer $HQ_TOKEN" "$BASE/api/v1/reporting/dashboard" |
  grep -o '"stage":"REGISTERED","cases":[0-9]*' | head -1)
echo "== $CASES cases ($ROWS), $CONNECTIONS connections, ${SECONDS_EACH} s each"
API=/api/v1/reporting/dashboard
YEAR=$(date +%Y)
run_wrk "headquarters, no filter" "$API" "$HQ_TOKEN"
run_wrk "chief of mission (MAR), no filter" "$API" "$CHIEF_TOKEN"
run_wrk "mission=MAR" "$API?mission=MAR" "$HQ_TOKEN"
run_wrk "nationality=CMR" "$API?nationality=CMR" "$HQ_TOKEN"
run_wrk "period $((YEAR - 1))-01..$((YEAR - 1))-12" "$API?from=$((YEAR - 1))-01&to=$((YEAR - 1))-12" "$HQ_TOKEN"
HEAP=$(jcmd "$SERVER" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+' || echo 0)
echo "heap in use after the run: $((HEAP / 1024)) MB of 1024 MB"
