#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Latent Studio's set-up and everyday commands.
#   ./studio.sh run     install what is missing, build, and open the studio
#   ./studio.sh test    install what is missing, build, and run every test
#   ./studio.sh build   install what is missing and build (Release, in build/)
#   ./studio.sh bench   build and run the benchmarks (results on stdout)
#   ./studio.sh screenshots  train under Xvfb for a minute and save pictures of the window
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# Debian 12 packages. libopenblas0-pthread: with Debian's reference BLAS
# LibTorch's matrix work runs ~16x slower (docs/PERFORMANCE.md).
PACKAGES=(cmake g++ make ccache pkg-config
          qt6-base-dev libtorch-dev libqcustomplot-dev libopencv-dev zlib1g-dev libgif-dev
          libopenblas0-pthread xvfb xauth)

BUILD_DIR=${BUILD_DIR:-build}

install_missing() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Latent Studio needs these Debian packages. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing: ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  install_missing
  local jobs
  jobs=$(nproc 2>/dev/null || echo 2)
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release "$@"
  cmake --build "$BUILD_DIR" -j "$jobs"
}

run_studio() {
  # A new project on the built-in digits, ready to train (press Train).
  local project="${LATENT_PROJECT:-$HOME/LatentStudio/digits-$(date +%Y%m%d-%H%M%S)}"
  echo "Opening the studio on $project"
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: running under Xvfb (xvfb-run). Set DISPLAY to see the window." >&2
    exec xvfb-run -a -s '-screen 0 1600x1000x24' "$BUILD_DIR/bin/latent-studio" --project "$project" "$@"
  fi
  exec "$BUILD_DIR/bin/latent-studio" --project "$project" "$@"
}

screenshots() {
  # Trains the default DCGAN for a minute under Xvfb and saves the window.
  local out=${1:-docs/images} project
  project=$(mktemp -d)/digits
  mkdir -p "$out"
  xvfb-run -a -s '-screen 0 1600x1000x24' "$BUILD_DIR/bin/latent-studio" --project "$project" --train \
    --screenshot "$out/studio-training.png" --after "${SCREENSHOT_AFTER:-60}"
  echo "Saved $out/studio-training.png (project: $project)"
}

bench() {
  # latent-bench has no BLAS RPATH, so each BLAS can be loaded in turn.
  local chosen lib=/usr/lib/$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
  chosen=$(sed -n 's/^LATENT_BLAS_DIR:PATH=//p' "$BUILD_DIR/CMakeCache.txt")
  echo "### The studio's set-up: ${chosen:-system BLAS}, OpenBLAS capped at 1 thread"
  LD_LIBRARY_PATH="$chosen${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$BUILD_DIR/bin/latent-bench" "$@"
  [ $# -eq 0 ] || return 0
  echo "### The studio window: GUI responsiveness while training, loss-plot redraw"
  "$BUILD_DIR/bin/latent-gui-bench" --seconds 30
  if [ -d "$lib/openblas-pthread" ]; then
    echo "### For comparison: pthread OpenBLAS with its own 2 threads (two pools)"
    LD_LIBRARY_PATH="$lib/openblas-pthread" "$BUILD_DIR/bin/latent-bench" --threads 2 --models dcgan-28 --blas-threads 2
  fi
  if [ -d "$lib/openblas-openmp" ]; then
    echo "### For comparison: OpenMP OpenBLAS (one shared pool)"
    LD_LIBRARY_PATH="$lib/openblas-openmp" "$BUILD_DIR/bin/latent-bench" --threads 2 --models dcgan-28
  fi
}

case "${1:-}" in
  run)   shift; build; run_studio "$@" ;;
  screenshots) shift; build; screenshots "$@" ;;
  test)  build; ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 1200 ;;
  build) shift; build "$@" ;;
  bench) shift; build; bench "$@" ;;
  *)
    echo "usage: ./studio.sh run|test|build|bench|screenshots" >&2
    exit 2 ;;
esac
