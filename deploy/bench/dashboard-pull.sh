#!/usr/bin/env bash
# Times GET /table/aggregates (the dashboard's counts) on a running Acta, RUNS times per query
# after one warm-up, and prints the server's CPU seconds per answer when its pid is given.
#
#   deploy/bench/dashboard-pull.sh BASE_URL "Bearer TOKEN" [RUNS] [PAYARA_PID]
set -euo pipefail
BASE="${1:?base url}"
AUTH="${2:?authorization}"
RUNS="${3:-5}"
PID="${4:-}"
cpu() { [[ -n "$PID" ]] && awk '{print $14 + $15}' "/proc/$PID/stat" || echo 0; }
tick=$(getconf CLK_TCK)
for query in "" "within=bench-s3" "unit=bench-u7" "year=2021&indexed_in=SCIE"; do
  url="${BASE%/}/api/v1/table/aggregates?$query"
  curl -sf -H "Authorization: $AUTH" "$url" -o /dev/null   # warm-up
  before=$(cpu)
  total=0
  for _ in $(seq "$RUNS"); do
    t=$(curl -sf -H "Authorization: $AUTH" "$url" -o /dev/null -w '%{time_total}')
    total=$(echo "$total + $t" | bc -l)
  done
  after=$(cpu)
  printf '%-28s wall %.2f s/answer' "${query:-(no filter)}" "$(echo "$total / $RUNS" | bc -l)"
  [[ -n "$PID" ]] && printf '   server CPU %.2f s/answer' "$(echo "($after - $before) / $tick / $RUNS" | bc -l)"
  echo
done
