dofile(os.getenv("KESU_BENCH_DIR") .. "/common.lua")
wrk.body = '{"query":"{ complaints(first: 50) { edges { node { id number title status priority createdAt customer { nameMasked phoneMasked } assignee { displayName } } } } }"}'
