#!/usr/bin/env bash
# The flight planner's benchmark: greedy and the planner on the reference scenario (1,000 people,
# 8 flights, shipped as bench/planner/reference.json), on a contested one (3,000 people, 18
# flights: greedy leaves value behind) and on 20,000 people / 100 flights, each generated with its
# seed. Prints value, share of the upper bound and, where the exact solver (OR-Tools CP-SAT, fetched
# from Maven Central for the benchmark only) proves it, of the optimum; value against greedy; delay
# and its share of the least delay possible for the same households (a relaxation); seconds.
# Timings are of the whole command (`java -jar target/homeward.jar plan`), JVM start included.
# Run from the repository root: bench/planner-bench.sh [--variants] [--no-exact]
#   --variants   also the planner without Timefold, Timefold alone, and without the exact groups
#   --no-exact   skip the exact solver (it takes a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${BENCH_OUT:-target/bench/planner}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
VARIANTS=""
EXACT=1
for arg in "$@"; do
  case "$arg" in
    --variants) VARIANTS=--variants ;;
    --no-exact) EXACT=0 ;;
    *) echo "planner-bench: unknown option $arg" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"

./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

cp bench/planner/reference.json "$OUT/reference.json"
"$JAVA" -jar target/homeward.jar plan-scenario --people 3000 --flights 18 --seed 2 --output "$OUT/contested.json"
"$JAVA" -jar target/homeward.jar plan-scenario --people 20000 --flights 100 --seed 1 --output "$OUT/20k.json"

echo "== the plan command, end to end (2 cores shared: timings are noisy)"
for name in reference contested 20k; do
  /usr/bin/time -f "   %e s wall, %U s CPU, %M KB peak memory" "$JAVA" -jar target/homeward.jar plan --greedy \
    --scenario "$OUT/$name.json" --output "$OUT/$name-greedy-plan.json"
  /usr/bin/time -f "   %e s wall, %U s CPU, %M KB peak memory" "$JAVA" -jar target/homeward.jar plan \
    --scenario "$OUT/$name.json" --output "$OUT/$name-plan.json"
done

ARGS=()
if [[ $EXACT == 1 ]]; then
  echo "== the exact reference: OR-Tools CP-SAT, 2 workers, per destination and stage"
  ./mvnw -q -B -f bench/planner/cpsat-pom.xml dependency:build-classpath \
    -Dmdep.outputFile="$PWD/target/bench-cpsat-classpath.txt" >/dev/null
  CPSAT_CP="$(cat target/bench-cpsat-classpath.txt)"
  mkdir -p target/bench-classes
  "$JAVAC" -d target/bench-classes -cp "$CP:$CPSAT_CP" bench/planner/CpSatReference.java
  for spec in reference:60 contested:30 20k:10; do
    name=${spec%%:*}
    seconds=${spec##*:}
    "$JAVA" --enable-native-access=ALL-UNNAMED -cp "target/bench-classes:$CP:$CPSAT_CP" \
      org.homeward.movement.planner.CpSatReference "$OUT/$name.json" "$seconds" 2 \
      >"$OUT/$name-cpsat.txt" 2>/dev/null
    head -1 "$OUT/$name-cpsat.txt"
    optimum=$(sed -n 's/^OPTIMUM=//p' "$OUT/$name-cpsat.txt")
    ARGS+=("$OUT/$name.json${optimum:+=$optimum}")
  done
else
  ARGS=("$OUT/reference.json" "$OUT/contested.json" "$OUT/20k.json")
fi

echo "== side by side, in one JVM (value, % of the upper bound and of the proven optimum, delay)"
"$JAVA" -cp "$CP" org.homeward.movement.planner.PlannerBenchmark $VARIANTS "${ARGS[@]}"
