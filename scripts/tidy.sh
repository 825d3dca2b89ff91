#!/usr/bin/env bash
# Runs clang-tidy-14 with the repository's .clang-tidy over the tests and examples (and, through
# HeaderFilterRegex, over every prosper header they include), using a clang compile database.
#
# Usage: scripts/tidy.sh [file...]      (default: tests/unit/*.cpp examples/*.cpp cli/*.cpp)
# Environment:
#   PROSPER_TIDY_BUILD=dir   build directory holding compile_commands.json (default build-clang;
#                            configured here with clang++-14 if it does not exist yet)
#   PROSPER_TIDY_JOBS=N      files checked in parallel (default: nproc)
# Exit status: 0 when no file has a finding, 1 otherwise; findings go to stdout and a summary of
# counts per check to stderr. Needs: clang-14, clang-tidy-14, cmake (installed with
# scripts/install-deps.sh --with-tidy when CLANG_TIDY is the default).
set -euo pipefail
cd "$(dirname "$0")/.."

build="${PROSPER_TIDY_BUILD:-build-clang}"
jobs="${PROSPER_TIDY_JOBS:-$(nproc)}"
tidy="${CLANG_TIDY:-clang-tidy-14}"
[[ "$tidy" == clang-tidy-14 ]] && scripts/install-deps.sh --with-tidy
command -v "$tidy" >/dev/null || { echo "tidy.sh: $tidy not found (apt-get install clang-tidy-14)" >&2; exit 2; }

if [[ ! -f "$build/compile_commands.json" ]]; then
  CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
    -DPROSPER_BUILD_PYTHON=OFF >/dev/null
fi

files=("$@")
if ((${#files[@]} == 0)); then
  files=(tests/unit/*.cpp examples/*.cpp)
  [[ -d cli ]] && files+=(cli/*.cpp)
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
export tidy build out
# One file per clang-tidy process; its output is kept whole so that files do not interleave.
printf '%s\n' "${files[@]}" | xargs -P "$jobs" -I{} sh -c \
  '"$tidy" -p "$build" --quiet "$1" > "$out/$(echo "$1" | tr / _).log" 2>/dev/null || true' _ {}

cat "$out"/*.log > "$out/all"
# The same header finding is reported once per file that includes it: count it once.
findings=$(grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error):' "$out/all" | sort -u || true)
if [[ -z "$findings" ]]; then
  echo "tidy.sh: ${#files[@]} files, no findings" >&2
  exit 0
fi
printf '%s\n' "$findings"
echo "tidy.sh: ${#files[@]} files, $(printf '%s\n' "$findings" | wc -l) distinct findings:" >&2
printf '%s\n' "$findings" | sed -n 's/.*\[\([a-z0-9.,-]*\)\]$/\1/p' | sort | uniq -c | sort -rn >&2
exit 1
