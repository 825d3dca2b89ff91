# package.deb: build the Debian package with CPack, unpack it with `dpkg -x` into a scratch root
# and build the find_package consumer against <root>/usr.
#   cmake -DBUILD_DIR= -DWORK= -DCPACK= -DCTEST= -DDPKG= -DCONSUMER_SOURCE= -DGENERATOR=
#         -DMAKE_PROGRAM= -DCXX= -DEXPECT_CLI= [-DCONFIG=] -P deb_test.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(config_args)
if(CONFIG)
  set(config_args -C "${CONFIG}")
endif()
execute_process(COMMAND "${CPACK}" -G DEB -B "${WORK}/out" ${config_args}
                        --config "${BUILD_DIR}/CPackConfig.cmake"
                WORKING_DIRECTORY "${BUILD_DIR}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack -G DEB failed (${rc})")
endif()
file(GLOB debs "${WORK}/out/*.deb")
list(LENGTH debs n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${WORK}/out, found ${n}: ${debs}")
endif()
message(STATUS "built ${debs}")

# The control fields users and apt see.
get_filename_component(dpkg_dir "${DPKG}" DIRECTORY)
find_program(DPKG_DEB dpkg-deb HINTS "${dpkg_dir}" REQUIRED)
execute_process(COMMAND "${DPKG_DEB}" --field "${debs}" Package Depends
                OUTPUT_VARIABLE fields RESULT_VARIABLE rc)
message(STATUS "control:\n${fields}")
foreach(want "Package: libprosper-dev" "libboost-dev (>= 1.74)" "libeigen3-dev (>= 3.4)")
  string(FIND "${fields}" "${want}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package's control fields lack '${want}'")
  endif()
endforeach()

set(root "${WORK}/root")
execute_process(COMMAND "${DPKG}" -x "${debs}" "${root}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg -x failed (${rc})")
endif()
set(expected usr/include/prosper/quantity.hpp usr/share/cmake/prosper/prosperConfig.cmake
             usr/share/cmake/prosper/prosperConfigVersion.cmake usr/share/pkgconfig/prosper.pc
             usr/share/doc/prosper/copyright)
if(EXPECT_CLI)
  list(APPEND expected usr/bin/prosper)
endif()
foreach(f IN LISTS expected)
  if(NOT EXISTS "${root}/${f}")
    message(FATAL_ERROR "${f} is not in the package")
  endif()
endforeach()

execute_process(COMMAND "${CTEST}" --build-and-test "${CONSUMER_SOURCE}" "${WORK}/consumer"
                        --build-generator "${GENERATOR}" --build-makeprogram "${MAKE_PROGRAM}"
                        --build-options "-DCMAKE_CXX_COMPILER=${CXX}"
                                        "-DCMAKE_PREFIX_PATH=${root}/usr"
                                        "-DPROSPER_EXPECTED_PREFIX=${root}/usr"
                                        "-DPROSPER_EXPECT_CLI=${EXPECT_CLI}"
                        --test-command "${CTEST}" --output-on-failure
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the consumer of the unpacked package failed (${rc})")
endif()
