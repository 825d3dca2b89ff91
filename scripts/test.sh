#!/usr/bin/env bash
# The whole test suite: installs what is missing, configures, builds, and runs ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --with-browser
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPROSPER_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build build -j "$(nproc)"
cd build && ctest --output-on-failure -j "$(nproc)"
