# What the bench scripts share: checking their tools, building the jar, generating a home of N
# households once, starting Homeward on it (1 GB heap, demo off) and stopping it on exit.
# Sourced by bench/*-bench.sh after they set NAME, CASES, PORT, JAVA, JAR, HOME_DIR and
# ADMIN_PASSWORD; it sets SERVER (the server's pid) and STARTED (when it was started, in s).

load() { uptime | sed 's/.*load/load/'; }

bench_need() { # tool...
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$NAME: $tool is missing" >&2; exit 3; }
  done
  [[ -f "$JAR" ]] || ./mvnw -q -B package -DskipTests
}

SERVER=""
bench_cleanup() {
  if [[ -n "$SERVER" ]]; then
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
  fi
  [[ -n "${BENCH_HOME:-}" ]] || rm -rf "$HOME_DIR"
}
trap bench_cleanup EXIT

bench_generate() {
  if [[ ! -f "$HOME_DIR/generated-$CASES" ]]; then
    echo "== generating $CASES cases into $HOME_DIR ($(load))"
    local start
    start=$(date +%s)
    "$JAVA" -jar "$JAR" generate --cases "$CASES" --home "$HOME_DIR" --seed 1
    echo "generated in $(($(date +%s) - start)) s ($(load))"
    touch "$HOME_DIR/generated-$CASES"
  fi
}

bench_start() {
  echo "== Homeward on $BASE with -Xmx1g, demo off ($(nproc) cores; $(load))"
  STARTED=$(date +%s)
  HOMEWARD_HOME="$HOME_DIR" HOMEWARD_DEMO=false HOMEWARD_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    "$JAVA" -Xmx1g ${BENCH_JVM_OPTS:-} -jar "$JAR" --server.port="$PORT" \
    >"$HOME_DIR/server.log" 2>&1 &
  SERVER=$!
}

bench_alive() { # fails, showing the server's last lines, when the server has stopped
  kill -0 "$SERVER" 2>/dev/null || { tail -50 "$HOME_DIR/server.log" >&2; exit 1; }
}

bench_wait_signed_in() { # seconds: until the API answers the administrator
  for _ in $(seq 1 "$1"); do
    curl -sf -u "admin:$ADMIN_PASSWORD" "$BASE/api/v1/me" >/dev/null && return 0
    bench_alive
    sleep 1
  done
}
