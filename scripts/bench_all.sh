#!/usr/bin/env bash
# Reproduces every figure of docs/performance.md in one go: builds the benchmarks (Release) and
# the Python module in build-bench, then runs, printing the load average before each step
# (the machine may be shared; the figures are only comparable at low load):
#   1. vector_math_compare     SLEEF vs xsimd vs Eigen packet math on the growth kernel
#   2. bench_vs_numpy.py       prosper vs numpy vs pandas vs the copy bound (ratios, one run)
#   3. batch_bench             the batch functions (Google Benchmark, CPU and real time)
#   4. typed_vs_raw_bench      typed quantities against raw doubles (7 repetitions)
#   5. compile_time.py --goals umbrella/<Eigen/Dense>, core/Boost.Units, CLI compile memory
#   6. bench_dask.py           the synthetic county panel on a Dask LocalCluster
# Usage: scripts/bench_all.sh [BUILD_DIR]   (default build-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-bench}
step() { echo; echo "== $* (load average: $(cut -d' ' -f1-3 /proc/loadavg))"; }
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DPROSPER_BUILD_BENCHMARKS=ON \
      -DPROSPER_BUILD_TESTS=OFF -DPROSPER_BUILD_PYTHON=ON >/dev/null
cmake --build "$build" --target vector_math_compare batch_dump batch_bench typed_vs_raw_bench \
      prosper_python -j"$(nproc)"
step "1. vector math libraries"
"$build"/bin/vector_math_compare
step "2. prosper vs numpy vs pandas vs the copy bound"
/usr/bin/python3 scripts/bench_vs_numpy.py "$build"/bin/batch_dump 1000000 100000
step "3. batch_bench"
"$build"/bin/batch_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
step "4. typed_vs_raw_bench"
"$build"/bin/typed_vs_raw_bench --benchmark_repetitions=7 --benchmark_report_aggregates_only=true
step "5. compile time and memory"
python3 scripts/compile_time.py --goals
step "6. Dask"
PYTHONPATH="$build"/python /usr/bin/python3 scripts/bench_dask.py 2850 70 10 "$(nproc)"
step "done"
