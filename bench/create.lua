dofile(os.getenv("KESU_BENCH_DIR") .. "/common.lua")
local category = os.getenv("KESU_CATEGORY")
local counter = 0
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
request = function()
  counter = counter + 1
  local phone = string.format("15%09d", math.random(0, 999999999))
  local body = '{"query":"mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { complaint { id number } } }",' ..
    '"variables":{"i":{"customerPhone":"' .. phone .. '","customerName":"压测客户","channel":"HOTLINE","categoryId":"' .. category ..
    '","priority":"NORMAL","title":"宽带频繁掉线","description":"压测登记：客户反映家中宽带每天晚上频繁掉线，已重启光猫无效，要求尽快上门检修。第' .. counter .. '条"}}}'
  return wrk.format(nil, nil, nil, body)
end
