#!/usr/bin/env bash
# The test suite again under AddressSanitizer and UndefinedBehaviorSanitizer (any finding aborts
# the test). Compile-fail, package, Python and browser tests are left out: they test the build
# and the packaging, not prosper's run-time behaviour, and the plain run covers them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPROSPER_SANITIZE=address,undefined \
  -DPROSPER_BUILD_PYTHON=OFF -DPROSPER_INSTALL=OFF >/dev/null
cmake --build build-asan -j "$(nproc)"
cd build-asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --output-on-failure -j "$(nproc)" -LE "compile_fail|package|python|browser"
