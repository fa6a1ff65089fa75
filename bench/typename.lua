dofile(os.getenv("KESU_BENCH_DIR") .. "/common.lua")
-- the smallest authenticated GraphQL request: HTTP, session lookup, parse,
-- validation, serialization, and nothing else (the ceiling of the machine)
wrk.body = '{"query":"{ __typename }"}'
