#!/usr/bin/env bash
# Throughput of keyfit on Spark in local mode (1 and 2 executor threads) next to `keyfit batch`
# (--jobs 1 and 2) on the same folder of generated resumes. A benchmark, never a test: run it on a
# quiet machine, from anywhere (BENCHMARKS.md, "keyfit on Spark"):
#
#   ./mvnw -q -o package -DskipTests && keyfit-spark/bench/spark-bench.sh 2000 3
#
# Prints one line per run: the wall time from process start to the ranking written (JVM and Spark
# start-up included) and files per second, then the median of the runs per configuration.
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
  rm -rf "$out"
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>target/spark-bench/last.err || { cat target/spark-bench/last.err >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v l="$label" -v s="$start" -v e="$end" -v n="$files" \
    'BEGIN { t = e - s; printf "%-22s %7.1f s  %6.1f files/s\n", l, t, n / t }' | tee -a target/spark-bench/runs.txt
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
sort -k1,2 target/spark-bench/runs.txt | awk '
  { key = $1 " " $2; t[key] = t[key] " " $3; c[key]++ }
  END { for (k in t) { split(substr(t[k], 2), a, " "); n = asort(a);
        m = (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2;
        printf "%-22s %7.1f s  %6.1f files/s\n", k, m, '"$files"' / m } }' | sort
