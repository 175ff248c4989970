#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Data-parallel throughput on this machine: 1 process x T threads against
# R processes x T/R threads, the same global batch (docs/DISTRIBUTED.md).
#   tests/distributed/throughput.sh [MODEL] [STEPS] [GLOBAL_BATCH] [RANKS]
# MODEL: dcgan or vae. Prints images per second from each run's metrics.csv
# (training time only, without start-up), measured from step 20 on.
set -euo pipefail
model=${1:-dcgan} steps=${2:-300} batch=${3:-64} ranks=${4:-2}
cli=${CLI:-build/bin/latent-cli}
cores=$(nproc)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
common=(--model "$model" --steps "$steps" --synthetic-count 4000 --log-every 10
        --sample-every 100000 --checkpoint-every 100000)

# Images per second between step 20 and the last row of a metrics.csv.
rate() {
  awk -F, -v b="$2" 'NR > 1 && $1 == 20 { s = $1; t = $2 } NR > 1 { e = $1; u = $2 }
       END { printf "%.0f", (e - s) * b / (u - t) }' "$1"
}

"$cli" train --project "$out/alone" "${common[@]}" --batch-size "$batch" --threads "$cores" >/dev/null 2>&1
echo "1 process x $cores threads, batch $batch: $(rate "$out/alone/metrics.csv" "$batch") img/s"

port=$((20000 + RANDOM % 20000))
per=$((batch / ranks)) threads=$((cores / ranks > 0 ? cores / ranks : 1))
for ((r = ranks - 1; r >= 0; r--)); do
  RANK=$r LOCAL_RANK=$r WORLD_SIZE=$ranks LOCAL_WORLD_SIZE=$ranks MASTER_ADDR=127.0.0.1 MASTER_PORT=$port \
    "$cli" train --distributed --project "$out/rank$r" "${common[@]}" --batch-size "$per" --threads "$threads" \
    >/dev/null 2>&1 &
done
wait
echo "$ranks processes x $threads threads, batch $per each ($batch in all): $(rate "$out/rank0/metrics.csv" "$batch") img/s"
