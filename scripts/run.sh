#!/usr/bin/env bash
# The main job: installs what is missing, builds, and runs prosper on the embedded Lishui plan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)" >/dev/null
build/bin/required_growth
