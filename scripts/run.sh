#!/usr/bin/env bash
# The main job: installs what is missing, builds, and writes the full HTML report of the embedded
# Lishui plan with the published observations for 2021–2025 (examples/data/lishui-2021-2025.csv:
# the city, its counties and the province, each row with its source), plus its consistency audit
# to the terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)" --target prosper_cli required_growth >/dev/null
build/bin/required_growth
echo
build/bin/prosper audit
echo
build/bin/prosper report --observations examples/data/lishui-2021-2025.csv \
  --output build/lishui-report.html
build/bin/prosper report --observations examples/data/lishui-2021-2025.csv --lang en \
  --output build/lishui-report.en.html
