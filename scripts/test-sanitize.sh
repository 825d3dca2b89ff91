#!/usr/bin/env bash
# The test suite again under AddressSanitizer and UndefinedBehaviorSanitizer; any finding aborts
# the test that triggered it. CI runs this after scripts/test.sh.
#
# Built with clang++-14 (so that CI also proves prosper's -Werror warning set holds under clang;
# scripts/test.sh builds with g++) at -O0 with debug info: the sanitizers check the same things at
# any optimisation level, and -O0 compiles these template-heavy tests about four times faster than
# -O2 (docs/reliability.md). Compile-fail, package, Python, browser and docs tests are left out:
# they test the build, the packaging and the documentation, not prosper's run-time behaviour, and
# the plain run covers them. So is report.bounded_size: it measures the size of 10^4-row reports
# (3 minutes at -O0 under ASan), and the render fuzz harness runs the same summarising code
# under the sanitizers on small limits.
#
# Environment: CXX (default clang++-14; g++ works too), PROSPER_SANITIZE_BUILD (default
# build-sanitize).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --with-clang
build="${PROSPER_SANITIZE_BUILD:-build-sanitize}"
CXX="${CXX:-clang++-14}" cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug \
  -DPROSPER_SANITIZE=address,undefined -DPROSPER_BUILD_PYTHON=OFF -DPROSPER_INSTALL=OFF \
  -DPROSPER_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build "$build" -j "$(nproc)"
cd "$build"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --output-on-failure -j "$(nproc)" -LE "compile_fail|package|python|browser|docs" \
  -E "^report\.bounded_size$"
