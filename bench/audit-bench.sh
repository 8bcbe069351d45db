#!/usr/bin/env bash
# Audited appends per second with concurrent writers: the trail's write path under the global
# chain lock (as it was) and sealed after commit (as it is), in one run against one embedded
# PostgreSQL, with their ratio and latencies.
# Run from the repository root: bench/audit-bench.sh [WRITERS] [SECONDS]   (16 writers, 10 s)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
"$JAVA" -cp "$CP" org.homeward.audit.bench.AuditAppendBenchmark "$@"
