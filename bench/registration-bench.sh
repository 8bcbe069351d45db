#!/usr/bin/env bash
# Registration throughput: single-person households POSTed by wrk through the API, once with a
# personal API token and once with HTTP Basic, then raw inserts of the same rows (one case row and
# one audit row per transaction) by pgbench into the same PostgreSQL, in one run. Prints each rate
# and the ratios the API is held to (token >= 0.12 of raw, Basic >= 0.8 of token).
# Needs wrk and pgbench (apt-get install -y wrk postgresql-client).
# Run from anywhere: bench/registration-bench.sh [seconds] [connections]
# BENCH_SERVER_OPTS=--homeward.sign-in.verified-password-ttl=0s shows HTTP Basic without its cache.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-20}
CONNECTIONS=${2:-16}
PORT=${BENCH_PORT:-18090}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
HOME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/homeward-bench.XXXXXX")
ADMIN_PASSWORD="long quiet passphrase 42"
USER_PASSWORD="another quiet phrase 97"
BASE="http://127.0.0.1:$PORT"

for tool in wrk pgbench curl; do
  command -v "$tool" >/dev/null || { echo "registration-bench: $tool is missing" >&2; exit 3; }
done
JAR=${BENCH_JAR:-target/homeward.jar}
[[ -f "$JAR" ]] || ./mvnw -q -B package -DskipTests

SERVER=""
cleanup() {
  if [[ -n "$SERVER" ]]; then
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
  fi
  rm -rf "$HOME_DIR"
}
trap cleanup EXIT

echo "== Homeward on $BASE, home $HOME_DIR, demo off ($(nproc) cores; $(uptime | sed 's/.*load/load/'))"
HOMEWARD_HOME="$HOME_DIR" HOMEWARD_DEMO=false HOMEWARD_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  "$JAVA" ${BENCH_JVM_OPTS:-} -jar "$JAR" --server.port="$PORT" ${BENCH_SERVER_OPTS:-} \
  >"$HOME_DIR/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 180); do
  # ready once the first administrator exists, not merely once the port answers
  curl -sf -u "admin:$ADMIN_PASSWORD" "$BASE/api/v1/me" >/dev/null && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$HOME_DIR/server.log" >&2; exit 1; }
  sleep 1
done

curl -sf -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' "$BASE/api/v1/users" \
  -d "{\"username\":\"bench.worker\",\"displayName\":\"Bench Worker\",\"missionCode\":\"MAR\",
       \"roles\":[\"CASEWORKER\"],\"password\":\"$USER_PASSWORD\"}" >/dev/null
TOKEN=$(curl -sf -u "bench.worker:$USER_PASSWORD" -H 'Content-Type: application/json' \
  "$BASE/api/v1/me/tokens" -d '{"name":"bench","permissions":["CASE_REGISTER","CASE_READ"]}' |
  sed -E 's/.*"(secret|token)":"([^"]+)".*/\2/')
[[ "$TOKEN" == hw_* ]] || { echo "registration-bench: no token: $TOKEN" >&2; exit 1; }

LUA="$HOME_DIR/register.lua"
cat >"$LUA" <<'LUA'
-- one single-person household per request, each unlike the others (name, birth date,
-- nationality), as a real caseload is: screening then meets the duplicates a real one has
local consonants = "bdfgklmnprstvz"
local vowels = "aeiou"
local countries = {"CMR", "NGA", "SEN", "CIV", "MLI", "GIN"}
function setup(thread) thread:set("seed", math.random(1, 1e9)) end
function init(args) math.randomseed(seed) end
local function word()
  local s = {}
  for i = 1, math.random(3, 4) do
    local c = math.random(1, #consonants)
    local v = math.random(1, #vowels)
    s[i] = consonants:sub(c, c) .. vowels:sub(v, v)
  end
  return (table.concat(s):gsub("^%l", string.upper))
end
request = function()
  local born = string.format("%04d-%02d-%02d", math.random(1950, 2004), math.random(1, 12),
    math.random(1, 28))
  local body = '{"missionCode":"MAR","destinationCountry":"CMR","finalDestination":"Douala",'
    .. '"members":[{"givenName":"' .. word() .. '","familyName":"' .. word() .. '",'
    .. '"sex":"' .. (math.random(2) == 1 and "M" or "F") .. '","dateOfBirth":"' .. born .. '",'
    .. '"dobEstimated":false,"nationality":"' .. countries[math.random(#countries)] .. '",'
    .. '"relationship":"PRINCIPAL","vulnerabilities":[]}]}'
  return wrk.format("POST", "/api/v1/cases", wrk.headers, body)
end
function done(summary, latency, requests)
  local created = summary.requests - summary.errors.status - summary.errors.connect
    - summary.errors.read - summary.errors.write - summary.errors.timeout
  io.write(string.format("RESULT %.1f %d %d %.1f\n", created / (summary.duration / 1e6),
    summary.requests, summary.errors.status, latency:percentile(99) / 1000))
end
LUA

warm() { # header
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP_SECONDS:-30}s" -s "$LUA" -H 'Content-Type: application/json' \
    -H "$1" "$BASE" >/dev/null
}

measure() { # header seconds: prints "rate requests errors p99"
  wrk -t2 -c"$CONNECTIONS" -d"${2}s" --timeout 10s -s "$LUA" -H 'Content-Type: application/json' \
    -H "$1" "$BASE" | grep '^RESULT' | cut -d' ' -f2-
}

TOKEN_HEADER="Authorization: Bearer $TOKEN"
BASIC_HEADER="Authorization: Basic $(printf '%s' "bench.worker:$USER_PASSWORD" | base64 -w0)"
# A warm-up with each, so that both meet a JIT-compiled server (on 2 cores the compiler still
# takes a good share of the CPU for the first half minute). Then each is measured in two halves,
# token, Basic, token, Basic, so that neither gains from running after the other: the server still
# gets a little faster minutes after its start.
echo "== API, $CONNECTIONS connections, ${SECONDS_EACH} s each, in two halves"
warm "$TOKEN_HEADER"
warm "$BASIC_HEADER"
HALF=$(((SECONDS_EACH + 1) / 2))
T1=$(measure "$TOKEN_HEADER" "$HALF")
B1=$(measure "$BASIC_HEADER" "$HALF")
T2=$(measure "$TOKEN_HEADER" "$HALF")
B2=$(measure "$BASIC_HEADER" "$HALF")
report() { # label first second: prints the label's line to stderr, the mean rate to stdout
  read -r rate1 requests1 errors1 p991 <<<"$2"
  read -r rate2 requests2 errors2 p992 <<<"$3"
  awk -v l="$1" -v r1="$rate1" -v r2="$rate2" -v n1="$requests1" -v n2="$requests2" \
    -v e1="$errors1" -v e2="$errors2" -v p1="$p991" -v p2="$p992" -v load="$(uptime | sed 's/.*load/load/')" \
    'BEGIN {
      printf "%s: %.1f registrations/s (halves %.1f and %.1f; %d requests, %d non-2xx, p99 %.1f ms; %s)\n",
        l, (r1 + r2) / 2, r1, r2, n1 + n2, e1 + e2, (p1 > p2 ? p1 : p2), load > "/dev/stderr"
      printf "%.1f\n", (r1 + r2) / 2
    }'
}
TOKEN_RATE=$(report "API with a token" "$T1" "$T2")
BASIC_RATE=$(report "API with HTTP Basic" "$B1" "$B2")

echo "== raw inserts into the same PostgreSQL (pgbench, $CONNECTIONS connections)"
PG_PORT=$(sed -n 4p "$HOME_DIR/postgres/postmaster.pid")
PG_PASSWORD=$(sed -n 's/^password=//p' "$HOME_DIR/secrets/database.properties" | head -1)
SQL="$HOME_DIR/raw.sql"
cat >"$SQL" <<'SQL'
\set n random(1, 1000000000)
BEGIN;
INSERT INTO registry_case (id, case_number, mission_code, status, status_changed_at,
  destination_country, final_destination, registration_date, priority, priority_level, version,
  created_at, created_by, updated_at, updated_by)
VALUES (gen_random_uuid(), 'RAW-' || :client_id || '-' || :n || '-' || clock_timestamp(), 'MAR',
  'REGISTERED', now(), 'CMR', 'Douala', current_date, 0, 'STANDARD', 0, now(), 'bench.raw', now(),
  'bench.raw');
WITH entry AS (
  INSERT INTO audit_entry (actor, action, subject_type, subject_id, mission_code)
  VALUES ('bench.raw', 'case.registered', 'case', :n, 'MAR') RETURNING sequence)
INSERT INTO audit_unsealed (sequence) SELECT sequence FROM entry;
COMMIT;
SQL
RAW=$(PGPASSWORD="$PG_PASSWORD" pgbench -n -h 127.0.0.1 -p "$PG_PORT" -U homeward -c "$CONNECTIONS" \
  -j 2 -T "$SECONDS_EACH" -f "$SQL" homeward 2>/dev/null |
  sed -nE 's/^tps = ([0-9.]+).*/\1/p')
echo "raw inserts: $RAW transactions/s ($(uptime | sed 's/.*load/load/'))"

awk -v t="$TOKEN_RATE" -v b="$BASIC_RATE" -v r="$RAW" 'BEGIN {
  printf "token / raw  = %.3f (target >= 0.12)\n", t / r
  printf "basic / raw  = %.3f\n", b / r
  printf "basic / token = %.2f (target >= 0.8)\n", b / t
}'
