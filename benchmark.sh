#!/usr/bin/env bash
# Issue 9's benchmark: builds the apps and the harness when needed, then runs the harness, which starts
# OrderDesk on a fresh embedded PostgreSQL (or SPRING_DATASOURCE_URL's), measures every figure and writes
# target/benchmark/results.{json,md}. ./benchmark.sh --help lists the options; docs/benchmarks.md explains them.
set -euo pipefail
cd "$(dirname "$0")"

# The console's load figures (bytes and time until usable, in a real headless Chromium): a browser benchmark of
# its own, run through the system tests' harness (the apps, the edge and Chromium); writes target/benchmark/console.md.
if [[ "${1:-}" == "--console" ]]; then
  mkdir -p target/benchmark
  ./mvnw -q -B -pl system-tests -am verify -Dtest=ConsoleLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
         -Dorderdesk.excluded-groups=none
  cp system-tests/target/benchmark/console.md target/benchmark/console.md
  cat target/benchmark/console.md
  exit 0
fi

jar() { ls "$1"/target/"$1"-*-exec.jar 2>/dev/null | head -n 1; }
classpath=command-side/target/bench-classpath.txt

# Build when a jar or the harness is missing, or any source is newer than them. One Maven run builds both:
# the apps' exec jars and, with -Pbench, the harness (command-side/target/bench-classes) and its classpath.
if [[ -z "$(jar command-side)" || -z "$(jar query-side)" || ! -f "$classpath" ]] \
   || [[ -n "$(find pom.xml shared-events personal-data web-support command-side query-side -newer "$classpath" -type f \
                  -not -path '*/target/*' -print -quit)" ]]; then
  echo "Building OrderDesk and the benchmark harness..."
  ./mvnw -q -B -o -Pbench -DskipTests package || ./mvnw -q -B -Pbench -DskipTests package
  touch "$classpath" # the plugin keeps an unchanged file's old time, which would mean "stale" next time
fi

exec java -Xmx1g -cp "command-side/target/bench-classes:$(cat "$classpath")" com.orderdesk.bench.Benchmark "$@"
