#!/usr/bin/env bash
# Whole-process A/B timings, interleaved: ab.sh ROUNDS 'label=command' 'label=command' ...
# Runs round 1 of every command, then round 2 of every command, and so on (so that a change in the
# machine's load hits every command alike), and prints per label the median, min and max of wall
# time, CPU (user + sys) and peak RSS, with the load average (uptime) before and after.
# Example (BENCHMARKS.md): ab.sh 5 'c1=java -XX:TieredStopAtLevel=1 -jar target/keyfit.jar batch /tmp/kb/big -q -o /tmp/r.csv' \
#                                  'c2=java -jar target/keyfit.jar batch /tmp/kb/big -q -o /tmp/r.csv'
set -u
rounds=$1; shift
tmp=$(mktemp -d)
echo "load before: $(uptime)"
for r in $(seq 1 "$rounds"); do
  for spec in "$@"; do
    label=${spec%%=*}; cmd=${spec#*=}
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/t" sh -c "$cmd" >/dev/null 2>"$tmp/err" || {
      echo "$label round $r failed: $(tail -2 "$tmp/err")" >&2; }
    tail -1 "$tmp/t" >> "$tmp/$label"
  done
done
echo "load after:  $(uptime)"
for spec in "$@"; do
  label=${spec%%=*}
  python3 - "$label" "$tmp/$label" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[2]) if l.strip()]
wall = [r[0] for r in rows]; cpu = [r[1] + r[2] for r in rows]; rss = [r[3] / 1024 for r in rows]
f = lambda xs, u: f"{statistics.median(xs):.2f}{u} ({min(xs):.2f}–{max(xs):.2f})"
print(f"{sys.argv[1]:>14}: n={len(rows)} wall {f(wall, 's')}  CPU {f(cpu, 's')}  RSS {statistics.median(rss):.0f} MiB")
PY
done
rm -rf "$tmp"
