#!/bin/bash
# SPDX-License-Identifier: MIT
# Scores runs of a small subset of a folder against the whole folder's
# held-out images, in the features of an autoencoder of the whole folder:
# how well each run's averaged generator draws the folder's kind of image,
# not how closely it copies the few it trained on.
#
#     tests/bench/held_out_scores.sh build/bin/latent-cli /work/quality/emoji-images \
#         /work/quality/emoji300/augoff-seed1 /work/quality/emoji300/augon-seed1 ...
#
# Prints one line per run: FD with its error, precision, recall, coverage.
set -euo pipefail
if [ $# -lt 3 ]; then
    echo "usage: $0 LATENT-CLI WHOLE-FOLDER PROJECT..." >&2
    exit 2
fi
cli=$1 folder=$2
shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for project in "$@"; do
    "$cli" export --project "$project" --torchscript "$scratch/g.pt" --force > /dev/null
    "$cli" evaluate --generator "$scratch/g.pt" --dataset "$folder" --json > "$scratch/scores.json"
    python3 - "$project" "$scratch/scores.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[2]))["results"][0]
print(f"{sys.argv[1]}: FD {r['fd']:.2f} ± {r['fd_error']:.2f}, precision {r['precision']:.3f}, "
      f"recall {r['recall']:.3f}, coverage {r['coverage']:.3f}")
PY
done
