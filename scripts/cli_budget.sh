#!/usr/bin/env bash
# CLI budget: wall time (hyperfine) and peak memory (/usr/bin/time -v) of `prosper report` on the
# embedded plan with the published example observations.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/bin/prosper}
out=$(mktemp -d)/report.html
for p in hyperfine time; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    { apt-get install -y -qq "$p" >/dev/null; }
done
cmd="$bin report --observations examples/data/lishui-published.csv --output $out"
hyperfine --warmup 3 --runs 30 --export-markdown /dev/stdout "$cmd" 2>/dev/null | sed -n '1,4p'
/usr/bin/time -v $cmd 2>&1 >/dev/null | grep -E "Maximum resident set size|Elapsed"
