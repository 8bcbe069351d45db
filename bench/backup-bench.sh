#!/usr/bin/env bash
# Times `backup` and `restore` of a registry: by default the demo database (300 households, made
# by a first start of Homeward in a new home); or a home you prepared with more cases, given as
# the first argument (it is only read; the restores go into new folders). Prints the commands' own figures and the wall-clock time of each.
# Run from the repository root: bench/backup-bench.sh [HOME]
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${BENCH_OUT:-target/bench/backup}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
BINARIES=$PWD/target/postgres-binaries
PORT=${BENCH_PORT:-18080}

[[ -f target/homeward.jar ]] || ./mvnw -q -B package -DskipTests
rm -rf "$OUT"
mkdir -p "$OUT"
printf 'bench passphrase\n' > "$OUT/passphrase"
chmod 600 "$OUT/passphrase"

HOME_DIR=${1:-}
if [[ -z "$HOME_DIR" ]]; then
  HOME_DIR=$OUT/demo-home
  echo "== preparing the demo database in $HOME_DIR (one start of Homeward)"
  "$JAVA" -jar target/homeward.jar --server.port="$PORT" --homeward.home="$HOME_DIR" \
    --homeward.db.embedded.binaries="$BINARIES" --homeward.demo=true > "$OUT/server.log" 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true' EXIT
  until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do
    kill -0 $SERVER 2>/dev/null || { echo "Homeward did not start; see $OUT/server.log" >&2; exit 1; }
    sleep 1
  done
  # the demo's reactions (duplicate screening) run after the start; a stopped server has none
  sleep 10
  kill $SERVER
  wait $SERVER || true
  trap - EXIT
fi

timed() { # label command...
  local start end
  start=$(date +%s.%N)
  "${@:2}"
  end=$(date +%s.%N)
  echo "$1: wall clock $(awk "BEGIN{printf \"%.1f\", $end - $start}") s"
}

echo "== backup of $HOME_DIR (the command starts its database and stops it after)"
timed "backup, protected" "$JAVA" -jar target/homeward.jar backup --to "$OUT/backup" \
  --home "$HOME_DIR" --binaries "$BINARIES" --passphrase-file "$OUT/passphrase"
timed "backup, unprotected" "$JAVA" -jar target/homeward.jar backup --to "$OUT/backup-clear" \
  --home "$HOME_DIR" --binaries "$BINARIES"
du -sh "$OUT/backup" "$OUT/backup-clear"

echo "== restore into a new home (new cluster, migrations, load, check of every table)"
timed "restore, protected" "$JAVA" -jar target/homeward.jar restore --from "$OUT/backup" \
  --home "$OUT/restored" --binaries "$BINARIES" --passphrase-file "$OUT/passphrase"
timed "restore, unprotected" "$JAVA" -jar target/homeward.jar restore --from "$OUT/backup-clear" \
  --home "$OUT/restored-clear" --binaries "$BINARIES"
