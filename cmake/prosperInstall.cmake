# Install rules, the exported CMake package and the pkg-config file (cpp-design-notes §3.2–3.3).
# Included from the top-level CMakeLists.txt when PROSPER_INSTALL is on.
#
# Layout under the prefix:
#   include/prosper/**.hpp                      the headers
#   share/cmake/prosper/prosper{Config,ConfigVersion,Targets}.cmake
#                                               arch-independent, like nlohmann_json's
#   share/pkgconfig/prosper.pc                  relocatable (prefix=${pcfiledir}/../..)
#   bin/prosper                                 the CLI, when it is built
#   share/doc/prosper/{copyright,README.md}     licence and README

include(CMakePackageConfigHelpers)

set(PROSPER_CMAKE_INSTALL_DIR "${CMAKE_INSTALL_DATADIR}/cmake/prosper"
    CACHE STRING "Where prosperConfig.cmake is installed, relative to the prefix")
set(PROSPER_PKGCONFIG_INSTALL_DIR "${CMAKE_INSTALL_DATADIR}/pkgconfig"
    CACHE STRING "Where prosper.pc is installed, relative to the prefix")
mark_as_advanced(PROSPER_CMAKE_INSTALL_DIR PROSPER_PKGCONFIG_INSTALL_DIR)

# Headers: the whole tree, headers only (no stray editor or build files).
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/prosper"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        COMPONENT headers
        FILES_MATCHING PATTERN "*.hpp")

# The INTERFACE target and its export set; its INSTALL_INTERFACE include dir is set where the
# target is defined.
install(TARGETS prosper EXPORT prosperTargets COMPONENT headers)
install(EXPORT prosperTargets
        NAMESPACE prosper::
        DESTINATION "${PROSPER_CMAKE_INSTALL_DIR}"
        COMPONENT headers)
# The same targets for use straight from a build tree (CMAKE_PREFIX_PATH=<build dir>).
export(EXPORT prosperTargets NAMESPACE prosper:: FILE "${PROJECT_BINARY_DIR}/prosperTargets.cmake")

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/prosperConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/prosperConfig.cmake"
  INSTALL_DESTINATION "${PROSPER_CMAKE_INSTALL_DIR}")
# SameMinorVersion: 0.1.x satisfies a request for 0.1 but not for 0.2 (pre-1.0, minors break).
# ARCH_INDEPENDENT: a header-only package must not be rejected by a 32-bit consumer.
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/prosperConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}"
  COMPATIBILITY SameMinorVersion
  ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/prosperConfig.cmake"
              "${PROJECT_BINARY_DIR}/prosperConfigVersion.cmake"
        DESTINATION "${PROSPER_CMAKE_INSTALL_DIR}"
        COMPONENT headers)

# pkg-config. @ONLY so that ${pcfiledir} and ${prefix} stay for pkg-config to expand.
configure_file("${PROJECT_SOURCE_DIR}/cmake/prosper.pc.in" "${PROJECT_BINARY_DIR}/prosper.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/prosper.pc"
        DESTINATION "${PROSPER_PKGCONFIG_INSTALL_DIR}"
        COMPONENT headers)

# The CLI, when cli/ built it (it needs nlohmann_json and CLI11 and sources in cli/).
if(TARGET prosper_cli)
  install(TARGETS prosper_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT cli)
endif()

install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}"
        RENAME copyright COMPONENT headers)
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${CMAKE_INSTALL_DOCDIR}"
        COMPONENT headers)
