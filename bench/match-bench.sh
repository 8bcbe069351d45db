#!/usr/bin/env bash
# Reproducible benchmark of duplicate detection. For each data set it prints precision, recall and
# F1 of the `match` command's pairs and of their transitive closure (PairScores), the true pairs
# blocking never compares and of those the ones the group stage does not compare either
# (NeverCompared), and the command's time and peak heap:
#   - the shared dev set;
#   - the dev set made noisier the way re-registration does (DriftRegistrations: chains copied
#     card to card, about twice the noise, more siblings, twins and namesakes), about 34,000
#     records, and the same grown to about 10,000, 100,000 and 1,000,000
#     (GenerateRegistrations, then DriftRegistrations);
#   - 10k, 100k and 1M records generated from the dev set (GenerateRegistrations);
# then the latency of an online check against the largest generated set. All seeded.
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

# match, then score its pairs and count the true pairs never compared
score() { # folder holding records.csv and truth.csv
  run_match "$1/records.csv" "$1/pairs.csv" 4g
  "$JAVA" -Xmx4g -cp "$CP" org.homeward.matching.bench.PairScores "$1/truth.csv" "$1/pairs.csv"
  "$JAVA" -Xmx6g -cp "$CP" org.homeward.matching.bench.NeverCompared "$1/records.csv" "$1/truth.csv"
}

echo "== quality and speed on $DATA ($(($(wc -l < "$DATA/records.csv") - 1)) records)"
mkdir -p "$OUT/dev"
cp "$DATA/records.csv" "$DATA/truth.csv" "$OUT/dev/"
score "$OUT/dev"

echo "== the same people with more noise (AddNoise: rate 0.15, seed 7)"
"$JAVA" -cp "$CP" org.homeward.matching.bench.AddNoise "$DATA" "$OUT/noisy-dev" 0.15 7
score "$OUT/noisy-dev"

echo "== drifting re-registrations (DriftRegistrations, seed 15) from the dev set"
"$JAVA" -cp "$CP" org.homeward.matching.bench.DriftRegistrations "$DATA" "$OUT/drift-30k" 15
score "$OUT/drift-30k"
for grown in 8500 85000 850000; do
  echo "== drifting re-registrations grown from $grown generated records"
  "$JAVA" -Xmx4g -cp "$CP" org.homeward.matching.bench.GenerateRegistrations "$DATA" "$OUT/gen-$grown" "$grown"
  "$JAVA" -Xmx4g -cp "$CP" org.homeward.matching.bench.DriftRegistrations "$OUT/gen-$grown" "$OUT/drift-$grown" 15
  score "$OUT/drift-$grown"
done

for size in ${SIZES[*]}; do
  echo "== $size records (generated from the dev set, seeded)"
  "$JAVA" -Xmx4g -cp "$CP" org.homeward.matching.bench.GenerateRegistrations "$DATA" "$OUT/gen-$size" "$size"
  score "$OUT/gen-$size"
done

largest=${SIZES[*]: -1}
largest=${largest##* }
echo "== online check against $largest records"
"$JAVA" -Xmx4g -cp "$CP" org.homeward.matching.bench.OnlineCheckBenchmark "$OUT/gen-$largest/records.csv" 1000
