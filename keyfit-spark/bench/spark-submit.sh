#!/usr/bin/env bash
# Runs keyfit-spark/target/keyfit-spark.jar through Spark's own spark-submit entry point
# (org.apache.spark.deploy.SparkSubmit) on a plain Spark 4.2 class path, as a cluster's spark-submit
# does: Spark's jars first, then the job jar in Spark's class loader, with the --add-opens flags
# spark-submit's launcher adds. For trying the job jar without a Spark installation; with one, use
# its bin/spark-submit (README "keyfit on Apache Spark").
#
#   keyfit-spark/bench/spark-submit.sh --master 'local[2]' -- --input samples --output /tmp/ranking --format csv
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${KEYFIT_SPARK_JAR:-keyfit-spark/target/keyfit-spark.jar}
cpfile=keyfit-spark/target/spark-runtime.classpath
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -q -o package -DskipTests" >&2; exit 2; }
if [ ! -s "$cpfile" ]; then
  ./mvnw -q -o -f keyfit-spark/bench/spark-runtime.pom.xml dependency:build-classpath \
    -Dmdep.outputFile="$PWD/$cpfile" >&2
fi
submit=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do submit+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
opens="-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
         java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs \
         sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
# shellcheck disable=SC2086
exec java ${KEYFIT_SPARK_JAVA_OPTS:--Xmx2g} $opens -Djdk.reflect.useDirectMethodHandle=false \
  -Dio.netty.tryReflectionSetAccessible=true -cp "$(cat "$cpfile")" \
  org.apache.spark.deploy.SparkSubmit --conf spark.ui.enabled=false "${submit[@]}" \
  --class dev.keyfit.spark.KeyfitJob "$jar" "$@"
