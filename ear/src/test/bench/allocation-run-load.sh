#!/usr/bin/env bash
# Load script: times an allocation run (the batch job) on a running server (docs/benchmarks.md).
#
#   ear/src/test/bench/allocation-run-load.sh [canton] [year] [base-url] [demo-logins.properties] [clerk]
#
# Fill the canton first, e.g. with fiscal-import-load.sh run several times. The run is left as a
# draft; nothing is published.
set -euo pipefail

CANTON=${1:-LAC}
YEAR=${2:-$(( $(date +%Y) - 1 ))}
BASE=${3:-http://localhost:9080}
LOGINS=${4:-ear/target/liberty/wlp/usr/servers/confederatio/demo-logins.properties}
CLERK=${5:-clerk}
AUTH="$CLERK:$(grep "^$CLERK=" "$LOGINS" | cut -d= -f2-)"

field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" | head -1; }

START=$(date +%s.%N)
RUN=$(curl -sf -u "$AUTH" -H 'Content-Type: application/json' -d "{\"year\":$YEAR}" \
  "$BASE/api/cantons/$CANTON/allocation-runs" | field id)
echo "$(date -I) $(nproc) CPUs; run $RUN of $CANTON $YEAR on $BASE"
while true; do
  VIEW=$(curl -sf -u "$AUTH" "$BASE/api/allocation-runs/$RUN")
  STATE=$(echo "$VIEW" | field state)
  printf '%6.1f s  %-8s %s of %s taxpayers\n' "$(awk -v a="$START" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')" \
    "$STATE" "$(echo "$VIEW" | field taxpayersDone)" "$(echo "$VIEW" | field taxpayersTotal)"
  [ "$STATE" = RUNNING ] || break
  sleep 5
done
echo "pot $(echo "$VIEW" | field pot), digest $(echo "$VIEW" | field digest)"
