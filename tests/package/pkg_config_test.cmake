# package.pkg_config: the installed prosper.pc gives working flags from wherever the prefix is.
#   cmake -DPKG_CONFIG=<pkg-config> -DPREFIX=<prefix> -DCXX=<c++> -DSOURCE=<consumer.cpp>
#         -DWORK=<dir> -DVERSION=<x.y.z> -P pkg_config_test.cmake
# Boost ships no .pc file: on Debian its headers are in /usr/include, which needs no flag.
set(ENV{PKG_CONFIG_PATH} "${PREFIX}/share/pkgconfig")
execute_process(COMMAND "${PKG_CONFIG}" --modversion prosper
                OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT version STREQUAL VERSION)
  message(FATAL_ERROR "pkg-config --modversion prosper gave '${version}' (rc ${rc}), want ${VERSION}")
endif()
execute_process(COMMAND "${PKG_CONFIG}" --cflags prosper
                OUTPUT_VARIABLE cflags OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config --cflags prosper failed (${rc})")
endif()
message(STATUS "pkg-config --cflags prosper: ${cflags}")
# Relocatable: the include dir is found through the .pc file's own location, i.e. inside PREFIX,
# not the CMAKE_INSTALL_PREFIX the build was configured with (the nlohmann_json pitfall, §3.3).
separate_arguments(flags UNIX_COMMAND "${cflags}")
set(prefix_include_ok FALSE)
foreach(flag IN LISTS flags)
  if(flag MATCHES "^-I(.*)$")
    get_filename_component(dir "${CMAKE_MATCH_1}" REALPATH)
    if(EXISTS "${dir}/prosper/quantity.hpp")
      get_filename_component(want "${PREFIX}/include" REALPATH)
      if(dir STREQUAL want)
        set(prefix_include_ok TRUE)
      endif()
    endif()
  endif()
endforeach()
if(NOT prefix_include_ok)
  message(FATAL_ERROR "no -I in '${cflags}' points at ${PREFIX}/include")
endif()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CXX}" ${flags} "${SOURCE}" -o "${WORK}/consumer"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "compiling the consumer with `pkg-config --cflags prosper` failed (${rc})")
endif()
execute_process(COMMAND "${WORK}/consumer" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the pkg-config consumer exited with ${rc}")
endif()
