#!/usr/bin/env bash
# Reproducible benchmark of duplicate detection: quality on the shared dev set, and time and peak
# heap of the `match` command at 10k, 100k and 1M records (generated, seeded), quality on the dev
# set made noisier (seeded), plus the latency of an online check against 1M people.
# Run from the repository root: bench/match-bench.sh [sizes...]
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${HOMEWARD_DATA:-../shared/data/registrations/dev}
OUT=${BENCH_OUT:-target/bench}
SIZES=("${@:-10000 100000 1000000}")
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

if [[ ! -f "$DATA/records.csv" || ! -f "$DATA/truth.csv" ]]; then
  echo "match-bench: $DATA/records.csv and truth.csv are missing." >&2
  echo "match-bench: the benchmark needs the shared registrations data (set HOMEWARD_DATA)." >&2
  exit 3
fi

./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
mkdir -p "$OUT"

run_match() { # input output heap
  local start end
  start=$(date +%s.%N)
  "$JAVA" "-Xmx$3" -jar target/homeward.jar match --input "$1" --output "$2" | tee "$2.log"
  end=$(date +%s.%N)
  echo "wall clock end to end: $(awk "BEGIN{printf \"%.1f\", $end - $start}") s" | tee -a "$2.log"
}

echo "== quality and speed on $DATA ($(($(wc -l < "$DATA/records.csv") - 1)) records)"
run_match "$DATA/records.csv" "$OUT/dev-pairs.csv" 4g
"$JAVA" -cp "$CP" org.homeward.matching.bench.PairScores "$DATA/truth.csv" "$OUT/dev-pairs.csv"

echo "== the same people with more noise (AddNoise: rate 0.15, seed 7)"
"$JAVA" -cp "$CP" org.homeward.matching.bench.AddNoise "$DATA" "$OUT/noisy-dev" 0.15 7
run_match "$OUT/noisy-dev/records.csv" "$OUT/noisy-dev/pairs.csv" 4g
"$JAVA" -cp "$CP" org.homeward.matching.bench.PairScores "$OUT/noisy-dev/truth.csv" "$OUT/noisy-dev/pairs.csv"

for size in ${SIZES[*]}; do
  echo "== $size records (generated from the dev set, seeded)"
  "$JAVA" -Xmx4g -cp "$CP" org.homeward.matching.bench.GenerateRegistrations "$DATA" "$OUT/gen-$size" "$size"
  run_match "$OUT/gen-$size/records.csv" "$OUT/gen-$size/pairs.csv" 4g
  "$JAVA" -cp "$CP" org.homeward.matching.bench.PairScores "$OUT/gen-$size/truth.csv" "$OUT/gen-$size/pairs.csv"
done

largest=${SIZES[*]: -1}
largest=${largest##* }
echo "== online check against $largest records"
"$JAVA" -Xmx4g -cp "$CP" org.homeward.matching.bench.OnlineCheckBenchmark "$OUT/gen-$largest/records.csv" 1000
