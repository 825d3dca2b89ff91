#!/usr/bin/env bash
# Builds prosper's libFuzzer harnesses with clang and runs each for a bounded time; fails on any
# crash, sanitizer report, leak, timeout or broken invariant.
#
# Usage: scripts/fuzz.sh [seconds-per-harness] [harness...]
#   seconds defaults to 60; harnesses default to all of: number units observations_csv
#   observations_json plan_json render.
# Environment:
#   PROSPER_FUZZ_JOBS=N     harnesses run N at a time (default 1; 2 on an otherwise idle machine)
#   PROSPER_FUZZ_BUILD=dir  build directory (default build-fuzz)
#   PROSPER_FUZZ_WORK=dir   where the growing corpora and crash inputs go (default
#                           $PROSPER_FUZZ_BUILD/work); the committed seeds in fuzz/corpus are
#                           only read
#   PROSPER_FUZZ_RUNS=N     stop each harness after N executions instead of after the seconds
#                           (the documented long run: PROSPER_FUZZ_RUNS=10000000)
#   PROSPER_FUZZ_SANITIZERS=list  -fsanitize= list for the build (default fuzzer,address,undefined;
#                           fuzzer,undefined runs about twice as fast, for long runs; use its own
#                           PROSPER_FUZZ_BUILD directory)
#   CXX                     the clang to use (default clang++-14)
# Needs: clang-14 and libclang-rt-14-dev (libFuzzer and the sanitizer runtimes), cmake, and
# prosper's own build dependencies; installs them (scripts/install-deps.sh --with-fuzz) when CXX is
# the default clang++-14.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
harnesses=("$@")
((${#harnesses[@]})) || harnesses=(number units observations_csv observations_json plan_json render)
build="${PROSPER_FUZZ_BUILD:-build-fuzz}"
work="${PROSPER_FUZZ_WORK:-$build/work}"
jobs="${PROSPER_FUZZ_JOBS:-1}"
cxx="${CXX:-clang++-14}"

[[ "$cxx" == clang++-14 ]] && scripts/install-deps.sh --with-fuzz
if ! command -v "$cxx" >/dev/null; then
  echo "fuzz.sh: $cxx not found (Debian: apt-get install clang-14 libclang-rt-14-dev)" >&2
  exit 2
fi

runs="${PROSPER_FUZZ_RUNS:-}"
sanitizers="${PROSPER_FUZZ_SANITIZERS:-fuzzer,address,undefined}"

cmake -S fuzz -B "$build" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPROSPER_FUZZ_SANITIZERS="$sanitizers" >/dev/null
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"

# One harness: replay the committed seeds, then fuzz for $seconds from the grown corpus.
run_one() {
  local h="$1" dir="$work/$h" log="$work/$h.log"
  mkdir -p "$dir" "$work/crashes"
  local status=0
  local limit=(-max_total_time="$seconds")
  [[ -n "$runs" ]] && limit=(-runs="$runs")
  "$build/fuzz/fuzz_$h" "$dir" "fuzz/corpus/$h" \
    "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/crashes/$h-" >"$log" 2>&1 || status=$?
  local runs rate
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  if ((status != 0)); then
    echo "FAIL $h (exit $status after ${runs:-?} runs); log: $log" >&2
    grep -m1 -E "invariant violated|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error" \
      "$log" >&2 || true
    sed -n 's/.*Test unit written to /  input: /p' "$log" >&2
    return 1
  fi
  printf 'ok   %-18s %10s runs %7s/s  corpus %s\n' "$h" "${runs:-?}" "${rate:-?}" \
    "$(find "$dir" -type f | wc -l)"
}

failed=0
pids=()
names=()
for h in "${harnesses[@]}"; do
  run_one "$h" &
  pids+=($!)
  names+=("$h")
  if ((${#pids[@]} >= jobs)); then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}")
    names=("${names[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || failed=1; done

if ((failed)); then
  echo "fuzz.sh: a harness failed; each crash input is in $work/crashes. Reproduce with" >&2
  echo "  $build/fuzz/fuzz_<harness> <input>" >&2
  exit 1
fi
echo "fuzz.sh: all harnesses ran ${runs:+$runs executions}${runs:-${seconds}s} without a finding"
