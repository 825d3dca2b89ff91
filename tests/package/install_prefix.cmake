# ctest fixture package.install: a fresh `cmake --install` of the build tree into PREFIX, then a
# check that the files a user relies on are there.
#   cmake -DBUILD_DIR=<build> -DPREFIX=<prefix> [-DCONFIG=<cfg>] -P install_prefix.cmake
foreach(var BUILD_DIR PREFIX)
  if(NOT ${var})
    message(FATAL_ERROR "install_prefix.cmake: ${var} is not set")
  endif()
endforeach()
file(REMOVE_RECURSE "${PREFIX}")
set(config_args)
if(CONFIG)
  set(config_args --config "${CONFIG}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" ${config_args}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
foreach(f include/prosper/quantity.hpp include/prosper/plan/lishui.hpp
          share/cmake/prosper/prosperConfig.cmake share/cmake/prosper/prosperConfigVersion.cmake
          share/cmake/prosper/prosperTargets.cmake share/pkgconfig/prosper.pc)
  if(NOT EXISTS "${PREFIX}/${f}")
    message(FATAL_ERROR "not installed: ${PREFIX}/${f}")
  endif()
endforeach()
# Nothing of the build tree may leak into the installed package files.
file(GLOB_RECURSE installed_cmake "${PREFIX}/share/cmake/prosper/*.cmake")
foreach(f IN LISTS installed_cmake ITEMS "${PREFIX}/share/pkgconfig/prosper.pc")
  file(READ "${f}" text)
  string(FIND "${text}" "${BUILD_DIR}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "${f} mentions the build directory ${BUILD_DIR}")
  endif()
endforeach()
message(STATUS "installed prosper into ${PREFIX}")
