#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Long training runs that watch the trainer's resident memory.
#
#   tests/reliability/soak.sh vae [STEPS]    latent-cli trains the 28x28 VAE (default 20000 steps)
#   tests/reliability/soak.sh gui [SECONDS]  the studio trains a DCGAN under Xvfb (default 1800 s)
#
# Every 10 s it records the process's VmRSS. The reference is the median of the
# samples between 10% and 20% of the run (after warm-up: allocator pools,
# OpenMP threads, the first checkpoints); the end is the median of the last
# 10%. It passes when the end is less than 5% above the reference. Environment:
# BUILD_DIR (default build), THREADS (default 1), OUT (the CSV; default in /tmp).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
mode=${1:-vae}
build=${BUILD_DIR:-build}
threads=${THREADS:-1}
work=$(mktemp -d /tmp/latent-soak-XXXXXX)
out=${OUT:-$work/rss.csv}
project=$work/project

case "$mode" in
vae)
  steps=${2:-20000}
  "$build/bin/latent-cli" train --project "$project" --model vae --steps "$steps" --threads "$threads" \
    --log-every 100 --sample-every 1000 --checkpoint-every 2000 >"$work/train.log" 2>&1 &
  pid=$!
  ;;
gui)
  seconds=${2:-1800}
  # A long DCGAN run: made by the CLI (two steps), then trained by the studio.
  "$build/bin/latent-cli" train --project "$project" --steps 2 --threads "$threads" >"$work/create.log" 2>&1
  python3 - "$project/project.json" <<'EOF'
import json, sys
path = sys.argv[1]
config = json.load(open(path))
config["training"]["steps"] = 1000000
config["training"]["checkpoint_every"] = 1000
json.dump(config, open(path, "w"), indent=2)
EOF
  xvfb-run -a -s '-screen 0 1600x1000x24' "$build/bin/latent-studio" --project "$project" --train \
    --screenshot "$work/studio-after-soak.png" --after "$seconds" >"$work/studio.log" 2>&1 &
  runner=$!
  # The studio itself, not the xvfb-run script that started it.
  for _ in $(seq 100); do
    pid=$(pgrep -n -x latent-studio || true)
    [ -n "$pid" ] && break
    sleep 0.2
  done
  [ -n "$pid" ] || { echo "the studio did not start; see $work/studio.log" >&2; exit 1; }
  ;;
*)
  echo "usage: $0 vae [STEPS] | gui [SECONDS]" >&2
  exit 2
  ;;
esac

echo "Soak ($mode), process $pid; samples in $out"
echo "seconds,rss_kb" >"$out"
start=$SECONDS
while kill -0 "$pid" 2>/dev/null; do
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  [ -n "$rss" ] && echo "$((SECONDS - start)),$rss" >>"$out"
  sleep 10
done
wait "$pid" 2>/dev/null || true
[ "$mode" = gui ] && wait "$runner" 2>/dev/null || true
elapsed=$((SECONDS - start))

if [ "$mode" = vae ]; then
  grep -E "^(Finished|Stopped|error)" "$work/train.log" || true
  tail -n 4 "$work/train.log"
else
  echo "Screenshot at the end: $work/studio-after-soak.png"
fi
python3 - "$out" "$elapsed" <<'EOF'
import csv, statistics, sys
rows = [(int(r["seconds"]), int(r["rss_kb"])) for r in csv.DictReader(open(sys.argv[1]))]
if len(rows) < 20:
    sys.exit(f"only {len(rows)} samples: the run ended too early")
n = len(rows)
reference = statistics.median(r for _, r in rows[n // 10 : max(n // 5, n // 10 + 1)])
end = statistics.median(r for _, r in rows[-max(1, n // 10):])
peak = max(r for _, r in rows[n // 10:])
growth = 100.0 * (end - reference) / reference
print(f"{n} samples over {sys.argv[2]} s: reference {reference / 1024:.0f} MB, end {end / 1024:.0f} MB, "
      f"peak after warm-up {peak / 1024:.0f} MB; growth {growth:+.1f}% (limit +5%)")
sys.exit(0 if growth < 5.0 else 1)
EOF
