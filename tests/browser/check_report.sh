#!/usr/bin/env bash
# Real-browser check of the HTML report: generates it with the prosper CLI, opens it in headless
# Chromium, and fails unless the browser renders it (a screenshot PNG of real size) and the SVG
# charts exist in the rendered DOM (--dump-dom), one per chart in the file.
#
# Usage: check_report.sh [PROSPER_BIN] [OBSERVATIONS] [SCREENSHOT_COPY]
#   PROSPER_BIN      the CLI (default: build/bin/prosper under the repository root)
#   OBSERVATIONS     observation file (default: examples/data/lishui-published.csv)
#   SCREENSHOT_COPY  if given, the Chinese report's screenshot is also copied there
#                    (this is how docs/report-screenshot.png is made)
# Environment: CHROMIUM (browser binary), KEEP_DIR (keep the work files in this directory).
#
# Exit codes: 0 pass, 1 fail, 77 skipped because no Chromium is installed (ctest maps 77 to
# "skipped" through SKIP_RETURN_CODE). Debian: apt-get install chromium fonts-wqy-microhei (the
# font only makes the Chinese text legible in the screenshot; the checks do not depend on it).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
prosper="${1:-$repo/build/bin/prosper}"
observations="${2:-$repo/examples/data/lishui-published.csv}"
screenshot_copy="${3:-}"

fail() { echo "check_report: FAIL: $*" >&2; exit 1; }

browser="${CHROMIUM:-}"
if [[ -z "$browser" ]]; then
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$(command -v "$candidate")"; break; fi
  done
fi
if [[ -z "$browser" ]]; then
  echo "check_report: SKIP: no chromium found (apt-get install chromium)" >&2
  exit 77
fi
[[ -x "$prosper" ]] || fail "no prosper CLI at $prosper (build the prosper_cli target)"
[[ -f "$observations" ]] || fail "no observation file $observations"

work="${KEEP_DIR:-$(mktemp -d)}"
mkdir -p "$work"
profiles=()
cleanup() {
  for p in "${profiles[@]}"; do rm -rf "$p"; done
  [[ -n "${KEEP_DIR:-}" ]] || rm -rf "$work"
}
trap cleanup EXIT

# Headless Chromium with everything that would reach the network or the desktop turned off; a
# fresh profile each run so no state carries over.
run_browser() {
  local profile
  profile="$(mktemp -d)"
  profiles+=("$profile")
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@" 2>>"$work/browser.log"
}

# PNG width and height from the IHDR chunk (bytes 16–23, big-endian).
png_size() {
  od -An -tu1 -j16 -N8 "$1" | awk '{printf "%d %d\n", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}'
}

count() { { grep -o "$1" "$2" || true; } | wc -l | tr -d ' '; }

check_language() {
  local lang="$1" html="$work/report-$1.html" png="$work/report-$1.png" dom="$work/dom-$1.html"
  "$prosper" report --observations "$observations" --lang "$lang" --output "$html" >"$work/cli-$lang.log" \
    || fail "prosper report --lang $lang failed: $(cat "$work/cli-$lang.log")"
  [[ -s "$html" ]] || fail "prosper report wrote no $html"
  grep -q "report written to" "$work/cli-$lang.log" || fail "prosper report did not say where it wrote"

  local charts
  charts="$(count '<svg' "$html")"
  [[ "$charts" -gt 0 ]] || fail "$lang: the generated HTML has no <svg> chart"

  # The rendered DOM: Chromium parsed the file, and every chart is an element in it.
  run_browser --dump-dom "file://$html" >"$dom" || fail "$lang: chromium --dump-dom failed (see $work/browser.log)"
  [[ -s "$dom" ]] || fail "$lang: chromium dumped an empty DOM"
  local dom_svgs
  dom_svgs="$(count '<svg' "$dom")"
  [[ "$dom_svgs" -eq "$charts" ]] || fail "$lang: $charts <svg> in the file but $dom_svgs in the rendered DOM"
  grep -q '<polyline' "$dom" || fail "$lang: no <polyline> (chart line) in the rendered DOM"
  grep -q 'id="summary"' "$dom" || fail "$lang: no summary section in the rendered DOM"
  grep -q 'id="indicators"' "$dom" || fail "$lang: no indicator table in the rendered DOM"
  if grep -Eqiw 'nan|inf|infinity' "$dom"; then fail "$lang: NaN or infinity in the rendered page"; fi

  # The screenshot: a PNG of the requested size whose bytes show more than a blank page (a blank
  # 1280×2000 page compresses to a few kilobytes; the report is hundreds).
  run_browser --screenshot="$png" --window-size=1280,2000 "file://$html" >/dev/null \
    || fail "$lang: chromium --screenshot failed (see $work/browser.log)"
  [[ -f "$png" ]] || fail "$lang: no screenshot written"
  [[ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" == "89504e470d0a1a0a" ]] || fail "$lang: the screenshot is not a PNG"
  local bytes size
  bytes="$(stat -c %s "$png")"
  size="$(png_size "$png")"
  [[ "$size" == "1280 2000" ]] || fail "$lang: screenshot is $size, expected 1280 2000"
  [[ "$bytes" -gt 30000 ]] || fail "$lang: screenshot is only $bytes bytes: the page did not render"
  echo "check_report: $lang: $charts charts in the DOM, screenshot $size px, $bytes bytes"
}

check_language zh
check_language en

if [[ -n "$screenshot_copy" ]]; then
  cp "$work/report-zh.png" "$screenshot_copy"
  echo "check_report: screenshot copied to $screenshot_copy"
fi
echo "check_report: pass (zh and en)"
