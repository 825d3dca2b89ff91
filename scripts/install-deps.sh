#!/usr/bin/env bash
# Installs the Debian 12 packages prosper needs, skipping those already present.
# Usage: scripts/install-deps.sh [--with-browser] [--with-clang] [--with-fuzz] [--with-tidy]
#                                [--with-bench]
#   --with-browser  Chromium and a CJK font, for the HTML report's real-browser check
#   --with-clang    clang-14 and its sanitizer runtimes, for scripts/test-sanitize.sh
#   --with-fuzz     the same: clang-14 and its libFuzzer runtime, for scripts/fuzz.sh
#   --with-tidy     clang-14 and clang-tidy-14, for scripts/tidy.sh
#   --with-bench    Google Benchmark and xsimd, for the benchmarks (scripts/build-benchmarks.sh)
set -euo pipefail
# Build and library: compiler, CMake, Boost (units), Eigen, nlohmann/json, CLI11.
packages=(g++ cmake make libboost-dev libeigen3-dev nlohmann-json3-dev libcli11-dev)
# Vector log/expm1 for the batch growth kernel (optional in CMake: without it the kernel is scalar).
packages+=(libsleef-dev)
# The Excel (.xlsx) report (optional in CMake: without it `prosper report --format xlsx` says so),
# zlib for its full-precision numbers, and openpyxl for the test that opens the workbook.
packages+=(libxlsxwriter-dev zlib1g-dev python3-openpyxl)
# Tests: Catch2, pkg-config (consumer test), dpkg-dev and file (the .deb test), and the Python
# module with its tests (pybind11, NumPy, pandas, pytest).
packages+=(catch2 pkg-config dpkg-dev file pybind11-dev python3-dev python3-numpy python3-pandas
           python3-pytest)
# The scale-out test and benchmark: prosper's batch functions on a Dask LocalCluster.
packages+=(python3-dask python3-distributed)
for arg in "$@"; do
  case "$arg" in
    --with-browser) packages+=(chromium fonts-wqy-microhei) ;;
    --with-clang | --with-fuzz) packages+=(clang-14 libclang-rt-14-dev) ;;
    --with-tidy) packages+=(clang-14 clang-tidy-14) ;;
    --with-bench) packages+=(libbenchmark-dev libxsimd-dev) ;;
    *) echo "install-deps.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
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
