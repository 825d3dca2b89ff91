# A Debian package built by CPack's DEB generator: headers, CMake package, prosper.pc and the
# prosper CLI (when built), installed under /usr. `cpack -G DEB` in the build directory, or
# `cmake --build build --target package`. tests/package checks the result by unpacking it.

set(CPACK_PACKAGE_NAME "prosper")
set(CPACK_PACKAGE_VENDOR "prosper developers")
set(CPACK_PACKAGE_CONTACT "prosper developers <prosper@invalid>")  # replace before publishing
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "prosper is a header-only C++20 library for the target math of development plans: required "
    "growth, projections, ratio constraints and plan audits, with indicators typed by unit and "
    "direction. It embeds Lishui city's 2021-2025 common-prosperity plan. This package holds the "
    "headers, the CMake package (find_package(prosper)), a pkg-config file and the prosper CLI.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_GENERATOR "DEB")
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "__pycache__" "\\\\.swp$")

# Debian naming: library headers for developers are lib<name>-dev; the CLI rides along.
set(CPACK_DEBIAN_PACKAGE_NAME "libprosper-dev")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")  # libprosper-dev_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "libdevel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libboost-dev (>= 1.74), libeigen3-dev (>= 3.4)")
# report/xlsx_report.hpp needs libxlsxwriter and zlib; no other header does.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS
    "nlohmann-json3-dev (>= 3.10), catch2 (>= 2.13), pkg-config, libxlsxwriter-dev, zlib1g-dev")

if(TARGET prosper_cli)
  # The CLI is a binary: dpkg-shlibdeps (dpkg-dev) computes its library dependencies, and CPack
  # needs `file` to find the binaries for it. Without them, name what dpkg-shlibdeps gave for the
  # CLI built with g++ 12 on Debian 12.
  find_program(PROSPER_DPKG_SHLIBDEPS dpkg-shlibdeps)
  find_program(PROSPER_FILE_UTILITY file)
  mark_as_advanced(PROSPER_DPKG_SHLIBDEPS PROSPER_FILE_UTILITY)
  if(PROSPER_DPKG_SHLIBDEPS AND PROSPER_FILE_UTILITY)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  else()
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS
           ", libc6 (>= 2.34), libgcc-s1 (>= 3.0), libstdc++6 (>= 11)")
    if(TARGET prosper_xlsxwriter)
      string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libxlsxwriter4, zlib1g")
    endif()
  endif()
else()
  # Headers and data only: one package for every architecture.
  set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE "all")
endif()

include(CPack)
