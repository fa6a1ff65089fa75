dofile(os.getenv("KESU_BENCH_DIR") .. "/common.lua")
-- The public complaintStatus (no login), cycling through complaints with the
-- right last four digits of their customer's phone (KESU_STATUS_PAIRS: one
-- "number last4" per line, written by run.sh).
local bodies = {}
for line in io.lines(os.getenv("KESU_STATUS_PAIRS")) do
  local number, last4 = line:match("^(%S+) (%d%d%d%d)$")
  if number then
    bodies[#bodies + 1] = '{"query":"query($n: String!, $p: String!) { complaintStatus(number: $n, phoneLast4: $p) { number publicStatus registeredAt updatedAt completedAt nextReplyBy timeline { at kind publicStatus body promisedReplyAt } } }","variables":{"n":"' .. number .. '","p":"' .. last4 .. '"}}'
  end
end
local i = math.random(#bodies)
function request()
  i = i % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[i])
end
