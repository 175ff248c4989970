#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# kill -9 a training run at random moments, N times (default 50), checkpoint
# writes included (a checkpoint every 2 steps), and check after each kill that
#   - the project opens (latent-cli info) and its newest complete checkpoint loads,
#   - `latent-cli resume` continues from it (and takes over the stale lock),
#   - no partial or temporary file is left in the project.
#   tests/reliability/kill_during_training.sh [N] [BUILD_DIR]
set -euo pipefail
runs=${1:-50}
cli=${2:-build}/bin/latent-cli
project=$(mktemp -d)/killed
tiny=(--image-size 16 --width 8 --batch-size 8 --synthetic-count 256 --threads 1)
"$cli" train --project "$project" --steps 4 --checkpoint-every 2 --sample-every 2 "${tiny[@]}" >/dev/null 2>&1
failures=0
for ((i = 1; i <= runs; i++)); do
  "$cli" resume --project "$project" --steps 100000 >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.2f", 0.3 + rand() * 2.5 }')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # Anything that is not a finished file of ours is a leftover.
  strays=$(find "$project" -type f ! -name project.json ! -name metrics.csv ! -name bookmarks.json \
             ! -name '.training.lock' ! -regex '.*/checkpoints/step-[0-9]*\.ckpt' \
             ! -regex '.*/samples/step-[0-9]*\.png' ! -regex '.*/tensorboard/events\.out\.tfevents\..*' | tr '\n' ' ')
  info=$("$cli" info --project "$project" 2>&1) || { echo "run $i: info failed: $info"; failures=$((failures + 1)); continue; }
  step=$(sed -n 's/^latest *step \([0-9]*\),.*/\1/p' <<<"$info")
  if ! out=$("$cli" resume --project "$project" --steps 2 2>&1); then
    echo "run $i: resume failed: $out"; failures=$((failures + 1)); continue
  fi
  if [ -n "$strays" ]; then
    echo "run $i: left behind: $strays"; failures=$((failures + 1))
  fi
  echo "run $i: killed, newest checkpoint step ${step:-?}, resumed"
done
echo "$runs kills, $failures failures (project: $project)"
[ "$failures" -eq 0 ]
