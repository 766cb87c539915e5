#!/usr/bin/env bash
# Throughput of keyfit on Spark in local mode (1 and 2 executor threads) next to `keyfit batch`
# (--jobs 1 and 2) on the same folder of generated resumes. A benchmark, never a test: run it on a
# quiet machine, from anywhere (BENCHMARKS.md, "keyfit on Spark"):
#
#   ./mvnw -q -o package -DskipTests && keyfit-spark/bench/spark-bench.sh 2000 3
#
# Prints one line per run: the wall time from process start to the ranking written (JVM and Spark
# start-up included), files per second, and the process's CPU time (user + sys, all threads: on a
# shared machine the steadier figure), then the medians of the runs per configuration.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-2000}
runs=${2:-3}
dir=target/spark-bench/resumes-$n
out=target/spark-bench/out
# the jars measured, copied so that a build meanwhile cannot change them under a run
mkdir -p target/spark-bench/jars
cp target/keyfit.jar keyfit-spark/target/keyfit-spark.jar target/spark-bench/jars/
export KEYFIT_SPARK_JAR=target/spark-bench/jars/keyfit-spark.jar
if [ ! -d "$dir" ]; then
  # the test class path as surefire runs it: without the parent's test log sinks (Spark has its own)
  cp=$(tr ':' '\n' < keyfit-spark/target/test.classpath | grep -v -e log4j-to-slf4j -e slf4j-nop | paste -sd:)
  java -cp "keyfit-spark/target/test-classes:$cp" \
    dev.keyfit.spark.SparkBench generate "$dir" "$n"
fi
files=$(find "$dir" -type f | wc -l)
echo "folder: $dir ($files files); load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"

time_run() { # label, command...
  local label=$1; shift
  rm -rf "$out" "$out.csv"
  /usr/bin/time -f "%e %U %S" -o target/spark-bench/last.time "$@" >/dev/null 2>target/spark-bench/last.err \
    || { cat target/spark-bench/last.err >&2; exit 1; }
  read -r wall user sys < <(tail -1 target/spark-bench/last.time)
  awk -v l="$label" -v t="$wall" -v c="$(echo "$user + $sys" | bc)" -v n="$files" \
    'BEGIN { printf "%-22s %7.1f s  %6.1f files/s  %7.1f s CPU\n", l, t, n / t, c }' \
    | tee -a target/spark-bench/runs.txt
}

: > target/spark-bench/runs.txt
for r in $(seq "$runs"); do
  for threads in 1 2; do
    time_run "batch --jobs $threads" java -jar target/spark-bench/jars/keyfit.jar batch "$dir" -q --jobs "$threads" -o "$out.csv"
    time_run "spark local[$threads]" keyfit-spark/bench/spark-submit.sh --master "local[$threads]" -- \
      --input "$dir" --output "$out" --format parquet
  done
done
echo "medians of $runs runs:"
for label in "batch --jobs 1" "batch --jobs 2" "spark local[1]" "spark local[2]"; do
  grep -F "$label " target/spark-bench/runs.txt | awk -v l="$label" -v n="$files" '
    { t[NR] = $(NF - 6); c[NR] = $(NF - 2) }
    END { # medians by insertion sort (plain awk has no asort)
      for (i = 2; i <= NR; i++) for (j = i; j > 1 && t[j - 1] > t[j]; j--) { x = t[j]; t[j] = t[j - 1]; t[j - 1] = x }
      for (i = 2; i <= NR; i++) for (j = i; j > 1 && c[j - 1] > c[j]; j--) { x = c[j]; c[j] = c[j - 1]; c[j - 1] = x }
      mt = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      mc = (NR % 2) ? c[(NR + 1) / 2] : (c[NR / 2] + c[NR / 2 + 1]) / 2
      printf "%-22s %7.1f s  %6.1f files/s  %7.1f s CPU\n", l, mt, n / mt, mc }'
done
