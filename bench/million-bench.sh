#!/usr/bin/env bash
# Reading at scale: generates N households into a scratch home (1,000,000 by default), starts
# Homeward on it with a 1 GB heap, and sends requests with wrk to each of: search by name
# (/api/v1/cases?q=<a demo surname>), one case (/api/v1/cases/{id} and the case's page /cases/{id},
# random ids from the database) and the home page with its counts (/, signed in). Twice: first 50
# connections each sending its next request as soon as the last is answered (the server's
# throughput, where each answer waits behind the 49 others), then 50 users each pausing about
# BENCH_THINK_MS (1000) between requests (0 skips this part). Prints p50/p95/p99 of each and the
# heap in use afterwards. Targets at 1,000,000 cases on 2 cores, with 50 concurrent users: search
# and case page p99 under 100 ms, home page under 200 ms, heap under 1 GB.
# Needs wrk, curl and psql (apt-get install -y wrk postgresql-client).
# Run from anywhere: bench/million-bench.sh [cases] [seconds] [connections]
# BENCH_HOME=DIR keeps the generated home between runs; BENCH_WARMUP (10) seconds warm each part.
set -euo pipefail
cd "$(dirname "$0")/.."

CASES=${1:-1000000}
SECONDS_EACH=${2:-30}
CONNECTIONS=${3:-50}
PORT=${BENCH_PORT:-18091}
THINK_MS=${BENCH_THINK_MS:-1000}
WARMUP=${BENCH_WARMUP:-10}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=${BENCH_JAR:-target/homeward.jar}
HOME_DIR=${BENCH_HOME:-$(mktemp -d "${TMPDIR:-/tmp}/homeward-million.XXXXXX")}
ADMIN_PASSWORD="long quiet passphrase 42"
USER_PASSWORD="another quiet phrase 97"
BASE="http://127.0.0.1:$PORT"
NAME=million-bench
# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_need wrk psql curl

bench_generate

bench_start
bench_wait_signed_in 300

curl -s -o /dev/null -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  "$BASE/api/v1/users" \
  -d "{\"username\":\"bench.reader\",\"displayName\":\"Bench Reader\",\"missionCode\":\"MAR\",
       \"roles\":[\"CASEWORKER\"],\"password\":\"$USER_PASSWORD\"}"
TOKEN=$(curl -sf -u "bench.reader:$USER_PASSWORD" -H 'Content-Type: application/json' \
  "$BASE/api/v1/me/tokens" -d '{"name":"bench","permissions":["CASE_READ"]}' |
  sed -E 's/.*"token":"([^"]+)".*/\1/')
[[ "$TOKEN" == hw_* ]] || { echo "million-bench: no token: $TOKEN" >&2; exit 1; }

# a session for the home page, signed in through the login form as a browser is
JAR_FILE="$HOME_DIR/cookies.txt"
CSRF=$(curl -sf -c "$JAR_FILE" "$BASE/login" | sed -nE 's/.*name="_csrf"[^>]*value="([^"]+)".*/\1/p' | head -1)
curl -s -o /dev/null -b "$JAR_FILE" -c "$JAR_FILE" "$BASE/login" \
  --data-urlencode "username=bench.reader" --data-urlencode "password=$USER_PASSWORD" \
  --data-urlencode "_csrf=$CSRF"
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR_FILE" | tail -1)

PG_PORT=$(sed -n 4p "$HOME_DIR/postgres/postmaster.pid")
PG_PASSWORD=$(sed -n 's/^password=//p' "$HOME_DIR/secrets/database.properties" | head -1)
IDS=$(PGPASSWORD="$PG_PASSWORD" psql -h 127.0.0.1 -p "$PG_PORT" -U homeward -d homeward -At -c \
  "SELECT '\"' || id || '\"' FROM registry_case TABLESAMPLE SYSTEM (1) LIMIT 2000" | paste -sd,)

# each connection a user: with THINK_MS set, it waits a random half to one and a half times it
# before each request
LUA_DONE='
local think = tonumber(os.getenv("THINK_MS") or "0")
if think > 0 then
  function delay() return math.random(math.floor(think / 2), math.floor(think * 3 / 2)) end
end
function done(summary, latency, requests)
  io.write(string.format("RESULT %.1f %d %d %.1f %.1f %.1f\n", summary.requests / (summary.duration / 1e6),
    summary.requests, summary.errors.status + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end'
cat >"$HOME_DIR/search.lua" <<LUA
local names = {"Mbarga", "Okafor", "Diop", "Kouassi", "Traoré", "Camara", "Ngono", "Adeyemi",
  "Ndiaye", "Bamba", "Keïta", "Barry", "Fotso", "Eze", "Sow", "Konan", "Ilunga", "Balogun"}
function setup(thread) thread:set("seed", math.random(1, 1e9)) end
function init(args) math.randomseed(seed) end
request = function()
  local q = names[math.random(#names)]:gsub("[\128-\255]", function(c)
    return string.format("%%%02X", string.byte(c)) end)
  return wrk.format("GET", "/api/v1/cases?q=" .. q)
end
$LUA_DONE
LUA
cat >"$HOME_DIR/case.lua" <<LUA
local ids = {$IDS}
function setup(thread) thread:set("seed", math.random(1, 1e9)) end
function init(args) math.randomseed(seed) end
request = function() return wrk.format("GET", "/api/v1/cases/" .. ids[math.random(#ids)]) end
$LUA_DONE
LUA
cat >"$HOME_DIR/case-page.lua" <<LUA
local ids = {$IDS}
function setup(thread) thread:set("seed", math.random(1, 1e9)) end
function init(args) math.randomseed(seed) end
request = function() return wrk.format("GET", "/cases/" .. ids[math.random(#ids)]) end
$LUA_DONE
LUA
cat >"$HOME_DIR/home.lua" <<LUA
$LUA_DONE
LUA

run_wrk() { # label script path header [think ms]
  THINK_MS=${5:-0} wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s "$2" -H "$4" "$BASE$3" \
    >/dev/null
  local line
  line=$(THINK_MS=${5:-0} wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s -s "$2" \
    -H "$4" "$BASE$3" | grep '^RESULT')
  read -r _ rate requests errors p50 p95 p99 <<<"$line"
  printf '%-22s %8.1f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (%d requests, %d errors; %s)\n' \
    "$1" "$rate" "$p50" "$p95" "$p99" "$requests" "$errors" "$(load)"
}

run_all() { # think ms
  run_wrk "search by name" "$HOME_DIR/search.lua" "/" "Authorization: Bearer $TOKEN" "$1"
  run_wrk "case (API)" "$HOME_DIR/case.lua" "/" "Authorization: Bearer $TOKEN" "$1"
  run_wrk "case page (HTML)" "$HOME_DIR/case-page.lua" "/" "Cookie: JSESSIONID=$SESSION" "$1"
  run_wrk "home page with counts" "$HOME_DIR/home.lua" "/" "Cookie: JSESSIONID=$SESSION" "$1"
}

echo "== $CASES cases, $CONNECTIONS connections without pause, ${SECONDS_EACH} s each"
run_all 0
if [[ "$THINK_MS" -gt 0 ]]; then
  echo "== $CASES cases, $CONNECTIONS users pausing about $THINK_MS ms, ${SECONDS_EACH} s each"
  run_all "$THINK_MS"
fi
HEAP=$(jcmd "$SERVER" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
echo "heap in use after the run: $((HEAP / 1024)) MB of 1024 MB"
