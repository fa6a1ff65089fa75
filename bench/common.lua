-- Shared by the wrk scripts: auth header, error counting.
local token = os.getenv("KESU_TOKEN") or ""
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

local errors = 0
local non200 = 0
function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  elseif string.find(body, '"errors"', 1, true) then
    errors = errors + 1
  end
end

-- wrk runs each thread in its own Lua state; report per thread.
function done(summary, latency, requests)
  io.write(string.format("graphql-errors-seen-by-main-thread: %d non200: %d\n", errors, non200))
end
