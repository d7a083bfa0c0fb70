#!/usr/bin/env bash
# One full pull of the table as CSV, XLSX or JSON pages, timed two ways: wall clock, and the CPU
# seconds the Acta server (Payara Micro) and MariaDB spent on it (from /proc, so the figure holds
# on a machine that other builds keep busy, where wall time mostly measures waiting for a core).
#
#   deploy/bench/table-pull-cpu.sh BASE_URL AUTHORIZATION SERVER_PID csv|xlsx|json [QUERY]
#   deploy/bench/table-pull-cpu.sh http://localhost:8080/ "Bearer demo-hr-token" 12345 csv unit=U1
set -euo pipefail
BASE="${1:?base URL}"; AUTH="${2:?Authorization value}"; PID="${3:?Acta server pid}"
FORMAT="${4:?csv, xlsx or json}"; QUERY="${5:-}"
DB_PID="$(pgrep -o -x mariadbd || pgrep -o -x mysqld || true)"
TICKS="$(getconf CLK_TCK)"

cpu() { # utime + stime of a process, in clock ticks
  [[ -n "$1" && -r "/proc/$1/stat" ]] || { echo 0; return; }
  awk '{print $14 + $15}' "/proc/$1/stat"
}

server0="$(cpu "$PID")"; db0="$(cpu "$DB_PID")"; start="$(date +%s.%N)"
if [[ "$FORMAT" == json ]]; then
  python3 - "$BASE" "$AUTH" "$QUERY" <<'PY'
import json, sys, urllib.parse, urllib.request
base, auth, extra = sys.argv[1].rstrip('/') + '/', sys.argv[2], sys.argv[3]
cursor, rows, size = None, 0, 0
while True:
    query = 'limit=10000' + ('&' + extra if extra else '')
    if cursor:
        query += '&cursor=' + urllib.parse.quote(cursor)
    request = urllib.request.Request(base + 'api/v1/table?' + query, headers={'Authorization': auth})
    with urllib.request.urlopen(request) as answer:
        body = answer.read()
    size += len(body)
    page = json.loads(body)
    rows += len(page['rows'])
    cursor = page['nextCursor']
    if cursor is None:
        break
print(f'json pages of 10000: {rows} rows, {size // 1_000_000} MB')
PY
else
  curl -sS -f -o /dev/null -w "$FORMAT: %{size_download} bytes, first byte after %{time_starttransfer} s\n" \
    -H "Authorization: $AUTH" "${BASE%/}/api/v1/table?format=$FORMAT${QUERY:+&$QUERY}"
fi
end="$(date +%s.%N)"; server1="$(cpu "$PID")"; db1="$(cpu "$DB_PID")"
awk -v w="$(echo "$end - $start" | bc)" -v s=$((server1 - server0)) -v d=$((db1 - db0)) -v t="$TICKS" \
  'BEGIN {printf "wall %.1f s; CPU: server %.1f s, MariaDB %.1f s (whole mariadbd: other databases count too)\n", w, s / t, d / t}'
