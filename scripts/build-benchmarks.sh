#!/usr/bin/env bash
# Builds the benchmarks without running them (for CI: they are compiled there so that they keep
# building, but not timed, since CI's machine is shared). Configures its own build directory.
# Usage: scripts/build-benchmarks.sh [BUILD_DIR]   (default build-ci-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-ci-bench}
scripts/install-deps.sh --with-bench
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DPROSPER_BUILD_BENCHMARKS=ON \
      -DPROSPER_BUILD_TESTS=OFF -DPROSPER_BUILD_EXAMPLES=OFF -DPROSPER_BUILD_PYTHON=OFF \
      -DPROSPER_INSTALL=OFF >/dev/null
cmake --build "$build" --target typed_vs_raw_bench batch_bench uncertainty_bench batch_dump \
      vector_math_compare -j"$(nproc)"
echo "benchmarks built in $build (not run)"
