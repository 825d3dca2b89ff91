#!/usr/bin/env bash
# The README's install steps, exactly as a user types them (Release, no tests), with g++ and with
# clang++-14, then the installed `prosper` run once. CI runs this after the suite (issue 14,
# bullet 7): the suite builds RelWithDebInfo, and g++ 12 raises warnings at -O3 that it does not
# raise at -O2 (its known -Wrestrict false positive inside libstdc++'s std::string), so a Release
# build is the only proof that users' builds do not stop on a warning. prosper's -Werror is an
# option (PROSPER_WARNINGS_AS_ERRORS, off by default, on in scripts/test.sh and
# scripts/test-sanitize.sh), and these builds leave it at its default, as users do.
#
# Environment: PROSPER_INSTALL_COMPILERS (default "g++ clang++-14").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --with-clang
for cxx in ${PROSPER_INSTALL_COMPILERS:-g++ clang++-14}; do
  build="build-install-${cxx}"
  prefix="$PWD/${build}/prefix"
  echo "prosper: README install steps with ${cxx} (Release) in ${build}"
  rm -rf "${build}"
  CXX="${cxx}" cmake -S . -B "${build}" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  cmake --build "${build}" -j"$(nproc)"
  cmake --install "${build}" --prefix "${prefix}" >/dev/null
  # The installed command line runs and audits the built-in plan.
  "${prefix}/bin/prosper" audit >/dev/null
  echo "prosper: ${cxx}: built, installed, and the installed prosper ran"
done
