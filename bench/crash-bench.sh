#!/usr/bin/env bash
# Crash runs by hand, repeated: eight clients register households through the API, Homeward is
# killed mid-load (SIGKILL to the JVM and its PostgreSQL; SIGKILL to the JVM alone) and started
# again on the same home. Prints, per run, the registrations answered 201 and how many of them
# are missing after the restart (always 0), the screenings pending at the crash, and the time the
# restarted server took to answer healthy.
#
#   bench/crash-bench.sh [RUNS]      (default 3; each run takes about two minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
for jdk in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
  if [ -n "$jdk" ] && [ -x "$jdk/bin/java" ]; then export JAVA_HOME="$jdk"; break; fi
done
./mvnw -q -B test-compile
for run in $(seq 1 "$runs"); do
  ./mvnw -q -B -o surefire:test -Dtest=CrashRecoveryTest#keeps*+comesBack* \
      -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
    | grep -E '^crash \(' | sed "s/^/run $run: /"
done
