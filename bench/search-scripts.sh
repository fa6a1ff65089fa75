#!/usr/bin/env bash
# Writes the wrk scripts for kbSearch and similarComplaints into OUT_DIR:
#   bench/search-scripts.sh OUT_DIR N_COMPLAINTS
# kbsearch.lua rotates the labelled queries in a fixed shuffled order;
# kbsearch-by-type.lua in file order (the file groups them by type, which
# sends the 21 longest, a caller's rambling words, back to back: the harder
# case); similar.lua asks for a random complaint's similar ones; suggest.lua
# asks intakeSuggestions for the text of a labelled complaint, in a fixed
# shuffled order (as an agent types a call).
set -euo pipefail
OUT_DIR="$1"; N_C="$2"
python3 - "$OUT_DIR" <<'PY'
import json, sys, random
qs = [q["query"] for q in json.load(open("tests/fixtures/kb_queries.json"))]
body = lambda q: json.dumps({"query": "query($q: String!) { kbSearch(query: $q, first: 10) { total hits { score snippet article { id } version { title } } } }", "variables": {"q": q}}, ensure_ascii=False)
def script(name, order):
    with open(f"{sys.argv[1]}/{name}.lua", "w") as f:
        f.write('dofile(os.getenv("KESU_BENCH_DIR") .. "/common.lua")\nlocal bodies = {\n')
        for q in order:
            f.write("  [==[" + body(q) + "]==],\n")
        f.write('}\nlocal i = 0\nrequest = function()\n  i = i % #bodies + 1\n  return wrk.format(nil, nil, nil, bodies[i])\nend\n')
script("kbsearch-by-type", qs)
shuffled = list(qs)
random.Random(42).shuffle(shuffled)
script("kbsearch", shuffled)
texts = []
for f in ["tests/fixtures/complaint_clusters_v2_a.json", "tests/fixtures/complaint_clusters_v2_b.json"]:
    for c in json.load(open(f))["clusters"]:
        texts += [i["title"] + "\n" + i["description"] for i in c["complaints"]]
random.Random(7).shuffle(texts)
with open(f"{sys.argv[1]}/suggest.lua", "w") as f:
    f.write('dofile(os.getenv("KESU_BENCH_DIR") .. "/common.lua")\nlocal bodies = {\n')
    for t in texts:
        b = json.dumps({"query": "query($t: String!) { intakeSuggestions(text: $t) { categories { share category { id } } priority { priority } draftReply resolved { status resolution } } }", "variables": {"t": t}}, ensure_ascii=False)
        f.write("  [==[" + b + "]==],\n")
    f.write('}\nlocal i = 0\nrequest = function()\n  i = i % #bodies + 1\n  return wrk.format(nil, nil, nil, bodies[i])\nend\n')
PY
cat > "$OUT_DIR/similar.lua" <<LUA
dofile(os.getenv("KESU_BENCH_DIR") .. "/common.lua")
math.randomseed(42)
request = function()
  local id = math.random(1, $N_C)
  return wrk.format(nil, nil, nil, '{"query":"query(\$id: ID) { similarComplaints(complaintId: \$id, first: 5) { score complaint { id number title } } }","variables":{"id":"' .. id .. '"}}')
end
LUA
