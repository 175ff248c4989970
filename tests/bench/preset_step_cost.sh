#!/bin/bash
# SPDX-License-Identifier: MIT
# What a new project's preset costs per step against the textbook DCGAN as
# the studio trained it before the allocator policy (base/allocatorpolicy.h):
# latent-cli trains the same data twice per round, the textbook settings
# under LATENT_ALLOCATOR=system and the preset's defaults with the policy,
# on the training thread as the studio does, 2 threads, order swapped every
# round. Seconds per step from metrics.csv over the last two thirds of
# STEPS steps (default 300; the first third is warm-up).
#
#     tests/bench/preset_step_cost.sh build/bin/latent-cli 5
#     STEPS=60 tests/bench/preset_step_cost.sh build/bin/latent-cli 3 --dataset FOLDER --image-size 64 --channels 3
#
# Prints each round's seconds per step and their ratio, then the median
# ratio. Run it on a quiet machine: nothing else training.
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: $0 LATENT-CLI ROUNDS [DATA OPTIONS...]" >&2
    exit 2
fi
cli=$1 rounds=$2 steps=${STEPS:-300}
shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The textbook DCGAN (as tests/bench/training_quality.py's "plain").
textbook=(--lr 2e-4 --beta1 0.5 --beta2 0.999 --ema-kimg 0 --augment off --spectral-norm off --d-norm auto
          --conditional off --mode-seeking 0 --class-guide 0)
step() { # ALLOCATOR OPTIONS... -> seconds per step after the warm-up
    local allocator=$1
    shift
    rm -rf "$scratch/p"
    LATENT_ALLOCATOR=$allocator "$cli" train --project "$scratch/p" --steps "$steps" --threads 2 --evaluate-every 0 \
        --sample-every 1000 --checkpoint-every 1000 --log-every $((steps / 3)) "$@" > "$scratch/log" 2>&1 \
        || { cat "$scratch/log" >&2; exit 1; }
    python3 -c "import csv, sys; r = {int(x['step']): float(x['elapsed_s']) for x in csv.DictReader(open(sys.argv[1]))}; \
s = int(sys.argv[2]); print(f'{(r[s] - r[s // 3]) / (s - s // 3):.4f}')" "$scratch/p/metrics.csv" "$steps"
}
ratios=()
for ((r = 0; r < rounds; r++)); do
    if ((r % 2 == 0)); then
        b=$(step system "$@" "${textbook[@]}"); a=$(step policy "$@")
    else
        a=$(step policy "$@"); b=$(step system "$@" "${textbook[@]}")
    fi
    ratio=$(python3 -c "print(f'{$a / $b:.3f}')")
    ratios+=("$ratio")
    echo "textbook, system allocator $b s/step; preset, allocator policy $a s/step: $ratio"
done
python3 -c "import statistics, sys; r = [float(x) for x in sys.argv[1:]]; \
print(f'preset / textbook before: median {statistics.median(r):.3f} (min {min(r):.3f}, max {max(r):.3f})')" "${ratios[@]}"
