#!/usr/bin/env bash
# Server CPU per request: COUNT sequential requests to one URL over one keep-alive connection,
# and the CPU seconds the Acta server process (Payara Micro) spent meanwhile, from /proc. CPU per
# request does not depend on how busy the machine is, where latency does. Two figures: the whole
# process, and its HTTP threads alone (Grizzly's http-* threads, which run Jersey and the
# application). The difference is mostly the JIT compiler, which on a busy 2-core machine is
# still compiling Payara long after start: warm the server up first (a table-load.sh run), and
# take the HTTP threads' figure as the cost of a request.
#
#   deploy/bench/request-cpu.sh URL AUTHORIZATION|- SERVER_PID [COUNT]
#   deploy/bench/request-cpu.sh 'http://localhost:8080/api/v1/table?limit=100' "Bearer t" 12345 2000
#
# AUTHORIZATION "-" sends none (to measure a refused request). Prints the status codes seen.
set -euo pipefail
URL="${1:?URL}"; AUTH="${2:?Authorization value or -}"; PID="${3:?Acta server pid}"
COUNT="${4:-2000}"
TICKS="$(getconf CLK_TCK)"
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
http_cpu() { # utime + stime of the process's threads named http-* (ticks)
  local sum=0 t
  for t in /proc/"$1"/task/*; do
    [[ "$(cat "$t/comm" 2>/dev/null)" == http-* ]] || continue
    sum=$((sum + $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0)))
  done
  echo "$sum"
}
before="$(cpu "$PID")"; http_before="$(http_cpu "$PID")"; start="$(date +%s.%N)"
python3 - "$URL" "$AUTH" "$COUNT" <<'PY'
import collections, http.client, sys, urllib.parse
url, auth, count = urllib.parse.urlsplit(sys.argv[1]), sys.argv[2], int(sys.argv[3])
headers = {'Accept': 'application/json'}
if auth != '-':
    headers['Authorization'] = auth
path = url.path + ('?' + url.query if url.query else '')
connection = http.client.HTTPConnection(url.hostname, url.port or 80)
seen = collections.Counter()
for _ in range(count):
    connection.request('GET', path, headers=headers)
    answer = connection.getresponse()
    answer.read()
    seen[answer.status] += 1
    if answer.getheader('Connection', '').lower() == 'close':
        connection.close()
        connection = http.client.HTTPConnection(url.hostname, url.port or 80)
print('statuses:', dict(seen))
PY
end="$(date +%s.%N)"; after="$(cpu "$PID")"; http_after="$(http_cpu "$PID")"
awk -v n="$COUNT" -v c=$((after - before)) -v h=$((http_after - http_before)) -v t="$TICKS" \
  -v w="$(echo "$end - $start" | bc)" \
  'BEGIN {printf "%d requests: CPU per request %.2f ms in HTTP threads, %.2f ms whole process (%.1f s in all); wall %.2f ms per request\n", n, 1000 * h / t / n, 1000 * c / t / n, c / t, 1000 * w / n}'
