#!/usr/bin/env bash
# Generates the API reference from the headers' doc comments with Doxygen (Debian: doxygen).
# Output: build/api-docs/html/index.html (or $1/html), not committed. docs/reference.md is the
# hand-written map of the API and the main page of the generated site.
# Usage: scripts/make-api-docs.sh [OUTPUT_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/build/api-docs}"
if ! command -v doxygen >/dev/null 2>&1; then
  echo "make-api-docs.sh: doxygen is not installed (Debian: apt-get install doxygen)" >&2
  exit 1
fi
version="$(sed -n 's/^project(prosper VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")"
mkdir -p "$out"
PROSPER_SOURCE_DIR="$root" PROSPER_VERSION="${version:-unknown}" PROSPER_DOCS_OUT="$out" \
  doxygen "$root/docs/Doxyfile"
warnings="$out/doxygen-warnings.log"
if [[ -s "$warnings" ]]; then
  echo "make-api-docs.sh: $(wc -l <"$warnings") doxygen warnings in $warnings" >&2
fi
echo "API reference: $out/html/index.html"
