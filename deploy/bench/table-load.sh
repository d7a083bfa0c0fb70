#!/usr/bin/env bash
# Load test of paged table reads on loopback: 50 concurrent HR clients (wrk, from Debian:
# apt-get install wrk), each request one page of GET /api/v1/table. Bounded in time (-d) and in
# count (the Lua script stops each thread after its share). Not part of CI; figures go to
# docs/benchmarks.md.
#
#   deploy/bench/table-load.sh BASE_URL AUTHORIZATION [SECONDS] [MAX_REQUESTS] [PAGE_ROWS] [PAGES]
#   deploy/bench/table-load.sh http://localhost:8080/ "Bearer demo-hr-token" 30 200000 100 500
#
# It first walks the table a page at a time (PAGE_ROWS rows, at most PAGES pages) to collect real
# cursors, then lets wrk ask for those pages at random with 50 connections on 2 threads.
# To fill a database with synthetic rows first: deploy/bench/table-fill.sh DATABASE ROWS.
set -euo pipefail

BASE="${1:?base URL, e.g. http://localhost:8080/}"
AUTH="${2:?Authorization header value, e.g. 'Bearer demo-hr-token'}"
SECONDS_LIMIT="${3:-30}"
MAX_REQUESTS="${4:-200000}"
PAGE_ROWS="${5:-100}"
PAGES="${6:-500}"
CONNECTIONS=50
THREADS=2
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v wrk >/dev/null || { echo "table-load: wrk is missing (apt-get install wrk)" >&2; exit 1; }

paths="$(mktemp -t acta-table-pages.XXXXXX)"
trap 'rm -f "$paths"' EXIT
python3 - "$BASE" "$AUTH" "$PAGE_ROWS" "$PAGES" >"$paths" <<'PY'
import json, sys, urllib.parse, urllib.request
base, auth, rows, pages = sys.argv[1].rstrip('/') + '/', sys.argv[2], sys.argv[3], int(sys.argv[4])
prefix = urllib.parse.urlparse(base).path
cursor, seen = None, 0
while seen < pages:
    query = {'limit': rows} if cursor is None else {'limit': rows, 'cursor': cursor}
    path = prefix + 'api/v1/table?' + urllib.parse.urlencode(query)
    print(path)
    request = urllib.request.Request(base + path[len(prefix):], headers={'Authorization': auth})
    with urllib.request.urlopen(request) as answer:
        cursor = json.load(answer)['nextCursor']
    seen += 1
    if cursor is None:
        break
print(f'table-load: {seen} pages of {rows} rows to ask for', file=sys.stderr)
PY

echo "table-load: $CONNECTIONS connections, $THREADS threads, at most ${SECONDS_LIMIT}s and $MAX_REQUESTS requests" >&2
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_LIMIT}s" --latency --timeout 10s \
  -s "$HERE/table-pages.lua" "${BASE%/}" -- "$paths" "$MAX_REQUESTS" "$THREADS" "$AUTH"
