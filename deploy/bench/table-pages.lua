-- wrk script for deploy/bench/table-load.sh: each request is one page of GET /api/v1/table, picked
-- at random from the cursors the script collected, as HR clients walking the table would ask.
-- Every thread stops after max_requests / threads answers, so a run is bounded in count as well
-- as in time (wrk -d). Non-2xx answers are counted and reported.

local paths = {}
local max_per_thread = 0
failed = 0 -- global: done() reads it from each thread
answered = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    table.insert(paths, line)
  end
  max_per_thread = math.floor(tonumber(args[2]) / tonumber(args[3]))
  wrk.headers["Authorization"] = args[4]
  wrk.headers["Accept"] = "application/json"
  math.randomseed(os.time() + #paths)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
  answered = answered + 1
  if status ~= 200 then
    failed = failed + 1
  end
  if answered >= max_per_thread then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local non2xx = 0
  for _, thread in ipairs(threads) do
    non2xx = non2xx + (thread:get("failed") or 0)
  end
  io.write(string.format("pages read: %d, not 200: %d, errors: %d (connect %d, read %d, timeout %d)\n",
    summary.requests, non2xx, summary.errors.status + summary.errors.connect
      + summary.errors.read + summary.errors.timeout,
    summary.errors.connect, summary.errors.read, summary.errors.timeout))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%s: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
