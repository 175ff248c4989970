#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Latent Studio's set-up and everyday commands.
#   ./studio.sh run     install what is missing, build, and open the studio
#   ./studio.sh test    install what is missing, build, run every test, and each fuzzer for a few seconds
#   ./studio.sh build   install what is missing and build (Release, in build/)
#   ./studio.sh bench   build, run the benchmarks, write their results into docs/PERFORMANCE.md
#   ./studio.sh screenshots  train under Xvfb for a minute and save pictures of the window
#   ./studio.sh test --asan  every test under AddressSanitizer + UBSan (build-asan/)
#   ./studio.sh test --tsan  the threaded tests under ThreadSanitizer (build-tsan/)
#   ./studio.sh fuzz [SECONDS]  build the libFuzzer targets with clang (build-fuzz/), run each SECONDS (600)
#   ./studio.sh evaluation-check  the measurements behind docs/EVALUATION.md
#   ./studio.sh training-check    the training sweeps behind docs/TRAINING.md (hours)
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# Debian 12 packages. libopenblas0-pthread: with Debian's reference BLAS
# LibTorch's matrix work runs ~16x slower (docs/PERFORMANCE.md). libgloo-dev:
# the headers of the Gloo that LibTorch's c10d is built with (--distributed).
PACKAGES=(cmake g++ make ccache pkg-config
          qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libtorch-dev libgloo-dev libqcustomplot-dev libopencv-dev zlib1g-dev libgif-dev
          libopenblas0-pthread xvfb xauth desktop-file-utils appstream)

BUILD_DIR=${BUILD_DIR:-build}

# The benchmark's reference: Debian's PyTorch (the same LibTorch 1.13.1) and,
# for comparison, the OpenMP build of OpenBLAS.
BENCH_PACKAGES=(python3-torch libopenblas0-openmp)

# `./studio.sh evaluation-check`: real data (Fashion-MNIST) and SciPy for the
# independent Fréchet distance.
EVALUATION_PACKAGES=(dataset-fashion-mnist python3-numpy python3-scipy)
# The training sweeps of docs/TRAINING.md: Fashion-MNIST, and a 64x64 colour
# folder drawn from Unicode's emoji list in Noto Color Emoji by Pillow.
TRAINING_PACKAGES=(dataset-fashion-mnist fonts-noto-color-emoji unicode-data python3-pil libraqm0)

# `./studio.sh screenshots`: a CJK font for the Chinese one.
SCREENSHOT_PACKAGES=(fonts-wqy-microhei)

# `./studio.sh package`: dpkg-shlibdeps (dpkg-dev). The validators of the
# desktop entry and the AppStream metainfo are in PACKAGES: tests use them.
PACKAGE_PACKAGES=(dpkg-dev)
# `./studio.sh package --clean-root`: a fresh Debian root to install it into.
CLEAN_ROOT_PACKAGES=(debootstrap)

# libFuzzer: clang, and its run-time libraries (only recommended by clang).
FUZZ_PACKAGES=(clang libclang-rt-dev)

install_missing() {
  local wanted=("$@") missing=() p
  [ ${#wanted[@]} -gt 0 ] || wanted=("${PACKAGES[@]}")
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Latent Studio needs these Debian packages. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    return 1
  fi
  echo "Installing: ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  install_missing || exit 1
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
  # Trains the default DCGAN for a minute under Xvfb and saves the window,
  # in English and in Simplified Chinese (which needs a CJK font).
  local out=${1:-docs/images} project
  install_missing "${SCREENSHOT_PACKAGES[@]}" || exit 1
  mkdir -p "$out"
  for lang in en_US.UTF-8:studio-training.png zh_CN.UTF-8:studio-training-zh_CN.png; do
    project=$(mktemp -d)/digits
    LANG=${lang%%:*} LC_ALL= LC_MESSAGES= xvfb-run -a -s '-screen 0 1600x1000x24' "$BUILD_DIR/bin/latent-studio" \
      --project "$project" --train --screenshot "$out/${lang#*:}" --after "${SCREENSHOT_AFTER:-60}"
    echo "Saved $out/${lang#*:} (LANG=${lang%%:*}, project: $project)"
  done
  # The user guide's pictures (docs/GUIDE.md): a DCGAN trained for 800 steps
  # by latent-cli, then the Explore and Interpolate views and an exported grid.
  project=$(mktemp -d)/guide
  "$BUILD_DIR/bin/latent-cli" train --project "$project" --steps 800 --sample-every 200 >/dev/null
  xvfb-run -a -s '-screen 0 1600x1000x24' "$BUILD_DIR/bin/latent-studio" --project "$project" --view explore \
    --screenshot "$out/guide-explore.png" --after 8
  xvfb-run -a -s '-screen 0 1600x1000x24' "$BUILD_DIR/bin/latent-studio" --project "$project" --view interpolate \
    --keyframes 3,8,12 --screenshot "$out/guide-interpolate.png" --after 8
  "$BUILD_DIR/bin/latent-cli" sample --project "$project" --count 32 --columns 8 --grid "$out/guide-export-grid.png" --force
  echo "Saved $out/guide-*.png (project: $project)"
}

training_check() {
  # The sweeps behind docs/TRAINING.md: every GAN training aid on and off,
  # over seeds, on each data set (hours on two cores; finished runs in
  # build/training-check are reused). TRAINING_DATASETS, _STEPS, _SEEDS and
  # _CONFIGS narrow it down; TRAINING_JOBS=N trains N runs at once, one
  # thread each.
  install_missing "${TRAINING_PACKAGES[@]}" || exit 1
  local work=${TRAINING_WORK:-$BUILD_DIR/training-check} jobs=${TRAINING_JOBS:-1} dataset
  local threads=()
  [ "$jobs" -gt 1 ] && threads=(--extra=--threads=1)
  for dataset in ${TRAINING_DATASETS:-digits fashion emoji emoji32}; do
    /usr/bin/python3 tests/bench/training_quality.py --cli "$BUILD_DIR/bin/latent-cli" --work "$work" \
      --dataset "$dataset" ${TRAINING_STEPS:+--steps "$TRAINING_STEPS"} --seeds "${TRAINING_SEEDS:-1,2,3}" \
      --configs "${TRAINING_CONFIGS:-plain,default,unconditional,fast,ema,augment}" --report "$work/$dataset.md" \
      --jobs "$jobs" "${threads[@]}"
  done
}

evaluation_check() {
  # The measurements of docs/EVALUATION.md (about 40 minutes here: two
  # 3000-step trainings, then the scores): trained projects in
  # build/evaluation-check are reused by later runs.
  install_missing "${EVALUATION_PACKAGES[@]}" || exit 1
  local report work=${EVALUATION_WORK:-$BUILD_DIR/evaluation-check}
  report=$(mktemp)
  mkdir -p "$work"
  "$BUILD_DIR/bin/latent-eval-check" --work "$work" --steps "${EVALUATION_STEPS:-3000}" \
    --fashion /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz \
    --script tests/bench/fd_reference.py --python /usr/bin/python3 | tee "$report"
  awk -v report="$report" '
    /<!-- evaluation-check:begin -->/ { print; while ((getline line < report) > 0) print line; skip = 1; next }
    /<!-- evaluation-check:end -->/ { skip = 0 }
    !skip' docs/EVALUATION.md > docs/EVALUATION.md.new && mv docs/EVALUATION.md.new docs/EVALUATION.md
  rm -f "$report"
  echo "Results written into docs/EVALUATION.md"
}

translations() {
  # After changing user-visible strings: collects every tr() and translate()
  # of the core, the studio and the CLI into translations/*.ts (strings no
  # longer used are dropped), for Qt Linguist or a text editor.
  # tst_translations fails until this has been run and the new strings translated.
  install_missing || exit 1
  install_missing python3 || exit 1
  local ts before
  for ts in translations/*.ts; do
    before=$(mktemp)
    cp "$ts" "$before"
    /usr/lib/qt6/bin/lupdate -locations relative -no-obsolete core ui app -ts "$ts"
    # Sentences of code that moved keep their translations (translations/carry.py).
    python3 translations/carry.py "$before" "$ts"
    rm -f "$before"
  done
}

clean_root() {
  # The .deb installed into a fresh debootstrap root and used there (needs root).
  install_missing "${CLEAN_ROOT_PACKAGES[@]}" || exit 1
  tests/packaging/cleanroot.sh "$(ls -t "$BUILD_DIR"/*.deb | head -1)" "$BUILD_DIR/cleanroot-check"
}

bench() {
  install_missing "${BENCH_PACKAGES[@]}" || echo "(the Python comparison needs them; going on without)" >&2
  # latent-bench has no BLAS RPATH, so each BLAS can be loaded in turn.
  local chosen lib=/usr/lib/$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
  chosen=$(sed -n 's/^LATENT_BLAS_DIR:PATH=//p' "$BUILD_DIR/CMakeCache.txt")
  lbench() { LD_LIBRARY_PATH="$chosen${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$BUILD_DIR/bin/latent-bench" "$@"; }
  if [ $# -gt 0 ]; then lbench "$@"; return; fi
  local report started=$SECONDS
  report=$(mktemp)
  {
    echo "Run on $(date -u +%Y-%m-%d), $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), BLAS ${chosen:-system}."
    echo
    echo "#### 1-2. Training: ours against the Python reference, alternating (2 threads, 3 rounds)"
    lbench --compare-python tests/bench/python_reference.py --threads 2 --rounds 3 | grep '^|\|^Matrix'
    echo
    echo "#### Same, 1 thread"
    lbench --compare-python tests/bench/python_reference.py --threads 1 --rounds 1 --models dcgan-28,vae-28 | grep '^|\|^Matrix'
    echo
    echo "#### 4. Explorer: decoding on its worker"
    lbench --explorer
    echo
    echo "#### 5. Data pipeline"
    lbench --data --threads 2
    echo
    echo "#### 7. Memory while training"
    lbench --memory --threads 2 --steps 60
    echo
    echo "#### 4, 6. The window (offscreen): GUI latency while training, plot redraw, slider to image"
    echo '```'
    "$BUILD_DIR/bin/latent-gui-bench" --seconds 30 2>/dev/null
    echo '```'
    echo
    echo "#### 8. Launch to a usable window (a small trained project, offscreen; 3 launches)"
    local project
    project=$(mktemp -d)/startup
    "$BUILD_DIR/bin/latent-cli" train --project "$project" --steps 40 --image-size 16 --width 8 --synthetic-count 256 >/dev/null 2>&1
    echo '```'
    for _ in 1 2 3; do QT_QPA_PLATFORM=offscreen "$BUILD_DIR/bin/latent-studio" --startup-time --project "$project" 2>/dev/null; done
    echo '```'
    echo
    echo "#### 3. BLAS set-ups (seconds per step, median)"
    echo '```'
    lbench --threads 1,2 --models dcgan-28,vae-28 --steps 15
    [ -d "$lib/openblas-pthread" ] && echo "pthread OpenBLAS with its own 2 threads (two pools):" &&
      LD_LIBRARY_PATH="$lib/openblas-pthread" "$BUILD_DIR/bin/latent-bench" --threads 2 --models dcgan-28 --blas-threads 2 | grep train
    [ -d "$lib/openblas-openmp" ] && echo "OpenMP OpenBLAS (one shared pool):" &&
      LD_LIBRARY_PATH="$lib/openblas-openmp" "$BUILD_DIR/bin/latent-bench" --threads 2 --models dcgan-28,vae-28 | grep train
    echo '```'
    echo
    echo "The whole run took $(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s."
  } | tee "$report"
  # The results replace the block between the markers in docs/PERFORMANCE.md.
  awk -v report="$report" '
    /<!-- bench:begin -->/ { print; while ((getline line < report) > 0) print line; skip = 1; next }
    /<!-- bench:end -->/ { skip = 0 }
    !skip' docs/PERFORMANCE.md > docs/PERFORMANCE.md.new && mv docs/PERFORMANCE.md.new docs/PERFORMANCE.md
  rm -f "$report"
  echo "Results written into docs/PERFORMANCE.md"
}

# --- Sanitizers and fuzzing (docs/RELIABILITY.md) ---

# The tests that run threads of ours: the training session, the readers that
# decode on worker threads, the window driving a training run, and the
# explorer's worker with its background exports. All must be clean.
TSAN_TESTS="tst_trainingsession|tst_trainingresume|tst_syntheticdigits|tst_imagefolderreader|tst_mainwindow|tst_explorepanel|tst_timelinepanel"

sanitized_test() {
  local kind=$1 dir jobs
  install_missing || exit 1
  jobs=$(nproc 2>/dev/null || echo 2)
  dir=build-${kind/address/asan}
  dir=${dir/thread/tsan}
  # -O1 -g: whole stacks in the reports at a bearable speed; assertions stay on.
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" \
    -DLATENT_SANITIZE="$kind" -DLATENT_BUILD_BENCH=OFF
  cmake --build "$dir" -j "$jobs"
  local supp="$PWD/tests/sanitizers"
  if [ "$kind" = address ]; then
    # Children (latent-cli, latent-studio) inherit these. Beyond the
    # defaults: leaks checked at every exit; use of a returned function's
    # stack, of a global before its initialiser ran, and string calls reading
    # past the end are errors too. LibTorch needs no ODR or alloc/dealloc
    # exceptions here (measured: docs/RELIABILITY.md). Leaks inside
    # uninstrumented system libraries are suppressed, each entry with its reason.
    export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_string_checks=1"
    export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
    # UBSan: a whole stack with each finding; our code is built to stop at the first.
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    ctest --test-dir "$dir" --output-on-failure --timeout 2400
  else
    # One intra-op thread: LibTorch's OpenMP pool lives in uninstrumented
    # libgomp, whose barriers TSan cannot see.
    export OMP_NUM_THREADS=1
    # ignore_noninstrumented_modules: the memory accesses of interceptors
    # called from Qt, LibTorch, OpenCV... are not checked, their locks still
    # count (why not called_from_lib: tests/sanitizers/tsan.supp).
    # die_after_fork=0: tst_explorepanel's QProcess forks the multi-threaded
    # test to start python3; the child only execs. Every report is printed,
    # then the test fails (exit 66).
    export TSAN_OPTIONS="suppressions=$supp/tsan.supp:ignore_noninstrumented_modules=1:die_after_fork=0:second_deadlock_stack=1:halt_on_error=0"
    ctest --test-dir "$dir" --output-on-failure --timeout 2400 -R "^($TSAN_TESTS)\$"
  fi
}

package() {
  # A .deb of the Release build, its desktop files validated first.
  install_missing "${PACKAGE_PACKAGES[@]}" || exit 1
  desktop-file-validate packaging/linux/*.desktop
  appstreamcli validate --no-net --explain packaging/linux/*.metainfo.xml
  (cd "$BUILD_DIR" && cpack -G DEB)
  ls -l "$BUILD_DIR"/*.deb
}

fuzz() {
  local seconds=${1:-600} dir=build-fuzz jobs
  install_missing "${FUZZ_PACKAGES[@]}" || exit 1
  install_missing || exit 1
  jobs=$(nproc 2>/dev/null || echo 2)
  cmake -S tests/fuzz -B "$dir" -DCMAKE_CXX_COMPILER=clang++
  cmake --build "$dir" -j "$jobs"
  # Seeds are made fresh from the project's own code; the corpora grow across runs.
  rm -rf "$dir/seeds"
  "$dir/bin/make_fuzz_seeds" "$dir/seeds"
  local name seed args log failed=0
  while read -r name; do
    seed=${name#fuzz_}
    mkdir -p "$dir/corpus/$seed" "$dir/findings"
    # The largest input worth trying: a few records or images, a whole header.
    case "$seed" in
      idx) args=(-max_len=8192) ;;
      cifar) args=(-max_len=12300) ;;
      projectjson) args=(-max_len=4096 "-dict=$dir/seeds/projectjson.dict") ;;
      *) args=(-max_len=4096) ;;
    esac
    log="$dir/findings/$seed.log"
    echo "== $name for ${seconds}s (log: $log)"
    if ! ASAN_OPTIONS="detect_leaks=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
      "$dir/bin/$name" "${args[@]}" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 \
      -print_final_stats=1 -artifact_prefix="$dir/findings/$seed-" "$dir/corpus/$seed" "$dir/seeds/$seed" \
      </dev/null >"$log" 2>&1; then
      failed=1
      grep -E "^==[0-9]+==ERROR|^SUMMARY|runtime error|Test unit written" "$log" || tail -20 "$log"
    fi
    grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|stat::(number_of_executed_units|average_exec_per_sec)" "$log" |
      sed 's/^/   /' || true
    echo "   corpus: $(find "$dir/corpus/$seed" -type f | wc -l) inputs"
  done <"$dir/fuzzers.txt"
  [ "$failed" -eq 0 ] && echo "No findings." || { echo "Findings are in $dir/findings/." >&2; return 1; }
}

fuzz_smoke() {
  # Part of `test` (and so of CI): the fuzzers still build against the core's
  # sources and run clean for a few seconds each on their seeds. The long
  # campaign is `./studio.sh fuzz`. FUZZ_SMOKE_SECONDS=0 leaves it out.
  local seconds=${FUZZ_SMOKE_SECONDS:-5} started=$SECONDS
  [ "$seconds" -gt 0 ] || { echo "Fuzz smoke test left out (FUZZ_SMOKE_SECONDS=0)."; return 0; }
  echo "Fuzz smoke test: every fuzzer for ${seconds}s"
  fuzz "$seconds"
  echo "Fuzz smoke test took $((SECONDS - started)) s."
}

case "${1:-}" in
  run)   shift; build; run_studio "$@" ;;
  screenshots) shift; build; screenshots "$@" ;;
  test)
    case "${2:-}" in
      --asan) sanitized_test address ;;
      --tsan) sanitized_test thread ;;
      "") build; ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 1200; fuzz_smoke ;;
      *) echo "usage: ./studio.sh test [--asan|--tsan]" >&2; exit 2 ;;
    esac ;;
  fuzz)  shift; fuzz "$@" ;;
  build) shift; build "$@" ;;
  bench) shift; build; bench "$@" ;;
  evaluation-check) shift; build; evaluation_check ;;
  training-check) shift; build; training_check ;;
  package)
    case "${2:-}" in
      --clean-root) build; package; clean_root ;;
      "") build; package ;;
      *) echo "usage: ./studio.sh package [--clean-root]" >&2; exit 2 ;;
    esac ;;
  translations) translations ;;
  *)
    echo "usage: ./studio.sh run|test [--asan|--tsan]|build|bench|package [--clean-root]|screenshots|translations|fuzz [SECONDS]|evaluation-check|training-check" >&2
    exit 2 ;;
esac
