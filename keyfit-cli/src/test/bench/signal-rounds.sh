#!/bin/sh
# Ctrl-C and SIGTERM at random moments of a real 500-file batch, many rounds (README, Reliability).
# Usage, from the repository root: keyfit-cli/src/test/bench/signal-rounds.sh [ROUNDS [FILES [MAX_DELAY_MS [SEED]]]]
# Builds the test classes once, then runs dev.keyfit.cli.SignalRounds, which prints one line per
# round and exits 1 if any round left a problem (wrong exit, stack trace, ranking rows missing,
# partial or extra reports, temporary files).
set -e
./mvnw -q -o -pl keyfit-cli -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/signal-rounds.cp -Dmdep.includeScope=test
cp="keyfit-cli/target/test-classes:keyfit-cli/target/classes:$(cat keyfit-cli/target/signal-rounds.cp)"
[ $# -eq 0 ] && set -- 25
exec java -cp "$cp" dev.keyfit.cli.SignalRounds "$@"
