#!/usr/bin/env bash
# Load script: times the bulk imports of a canton's register, assessments and designations on a
# running server (docs/benchmarks.md). Every run uses fresh person ids, so runs can be repeated.
#
#   ear/src/test/bench/fiscal-import-load.sh [rows] [base-url] [demo-logins.properties]
#
# Defaults: 100000 rows, the server of the README's run command (http://localhost:9080) and its
# generated demo passwords. The clerk of Lacus imports into LAC for last fiscal year.
set -euo pipefail

ROWS=${1:-100000}
BASE=${2:-http://localhost:9080}
LOGINS=${3:-ear/target/liberty/wlp/usr/servers/confederatio/demo-logins.properties}
PASSWORD=$(grep '^clerk=' "$LOGINS" | cut -d= -f2-)
YEAR=$(( $(date +%Y) - 1 ))
RUN=$(date +%s)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

awk -v n="$ROWS" -v run="$RUN" -v year="$YEAR" -v dir="$WORK" 'BEGIN {
  print "person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin" > dir "/register.csv"
  print "taxpayer,tax" > dir "/assessments.csv"
  print "taxpayer,recipient,share_bp,made_on" > dir "/designations.csv"
  split("commons-of-code las-indias ocean-care open-maps", orgs, " ")
  rows = 0
  for (i = 0; rows < n; i++) {
    id = sprintf("L%s-%07d", run, i)
    printf "%s,Load %d,19%02d-%02d-%02d,2000-01-01,,,,\n", id, i, 30 + i % 70, 1 + i % 12, 1 + i % 28 >> dir "/register.csv"
    printf "%s,%d.%02d\n", id, 500 + (i * 7919) % 90000, i % 100 >> dir "/assessments.csv"
    org = orgs[1 + i % 4]
    if (i % 5 == 0 && rows + 2 <= n) {   # one in five splits 60/40 with the canton: two rows
      printf "%s,%s,6000,%d-03-%02d\n%s,canton,4000,%d-03-%02d\n", id, org, year, 1 + i % 28, id, year, 1 + i % 28 >> dir "/designations.csv"
      rows += 2
    } else {
      printf "%s,%s,10000,%d-03-%02d\n", id, org, year, 1 + i % 28 >> dir "/designations.csv"
      rows += 1
    }
  }
}'
PEOPLE=$(( $(wc -l < "$WORK/register.csv") - 1 ))

timed() { # label, path, file
  local start end status
  start=$(date +%s.%N)
  status=$(curl -s -o "$WORK/out.json" -w '%{http_code}' -u "clerk:$PASSWORD" -H 'Content-Type: text/csv' \
    --data-binary "@$3" "$BASE$2")
  end=$(date +%s.%N)
  printf '%-13s %7d rows  %6.1f s  HTTP %s  %s\n' "$1" "$(( $(wc -l < "$3") - 1 ))" \
    "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$status" "$(head -c 160 "$WORK/out.json")"
}

echo "$(date -I) $(nproc) CPUs; $PEOPLE people, $ROWS designation rows, canton LAC, year $YEAR, $BASE"
timed register     "/api/cantons/LAC/people/import" "$WORK/register.csv"
timed assessments  "/api/cantons/LAC/imports/assessments?year=$YEAR" "$WORK/assessments.csv"
timed designations "/api/cantons/LAC/imports/designations?year=$YEAR" "$WORK/designations.csv"
timed "same again" "/api/cantons/LAC/imports/designations?year=$YEAR" "$WORK/designations.csv"
