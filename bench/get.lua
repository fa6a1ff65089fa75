dofile(os.getenv("KESU_BENCH_DIR") .. "/common.lua")
local number = os.getenv("KESU_NUMBER")
wrk.body = '{"query":"query($n: String!) { complaintByNumber(number: $n) { id number title description status priority customer { nameMasked phoneMasked } assignee { displayName } } }","variables":{"n":"' .. number .. '"}}'
