-- Shared by the wrk scripts: auth header; with KESU_CHECK=1, count responses
-- that are not 200 or carry GraphQL errors (a check pass, not measured:
-- inspecting every body costs wrk CPU that the server would otherwise get).
local token = os.getenv("KESU_TOKEN") or ""
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

if os.getenv("KESU_CHECK") == "1" then
  local bad = 0
  function response(status, headers, body)
    if status ~= 200 or string.find(body, '"errors"', 1, true) then
      bad = bad + 1
    end
  end
  function done(summary, latency, requests)
    io.write(string.format("check: %d bad responses (main thread) of %d\n", bad, summary.requests))
    if bad > 0 then os.exit(1) end
  end
end
