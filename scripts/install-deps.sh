#!/usr/bin/env bash
# Installs the Debian 12 packages prosper needs to build, test and run, skipping those present.
# Usage: scripts/install-deps.sh [--with-browser]   (the browser is for the HTML report check)
set -euo pipefail
packages=(g++ cmake make libboost-dev libeigen3-dev catch2 nlohmann-json3-dev libcli11-dev
          python3 python3-numpy python3-pandas)
if [[ "${1:-}" == "--with-browser" || "${PROSPER_WITH_BROWSER:-0}" == "1" ]]; then
  packages+=(chromium)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "prosper: installing ${missing[*]}" >&2
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi
