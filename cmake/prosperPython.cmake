# Finds Python 3 (interpreter + headers) and pybind11 for the Python module, and sets
# prosper_python_default to ON when both are there. Included from the top-level CMakeLists.txt.
#
# The interpreter matters twice: the module is built for its ABI, and the tests import NumPy with
# it. A PATH can put an interpreter without NumPy first (a pyenv shim, a venv), so unless the user
# chose one with -DPython3_EXECUTABLE=..., take the first candidate that can import numpy, with
# the distribution's /usr/bin/python3 (python3-numpy, python3-dev) as the fallback.
set(prosper_python_default OFF)
if(NOT DEFINED Python3_EXECUTABLE)
  find_program(prosper_path_python3 NAMES python3 NO_CACHE)
  foreach(candidate IN ITEMS "${prosper_path_python3}" /usr/bin/python3 /usr/local/bin/python3)
    if(candidate AND EXISTS "${candidate}")
      execute_process(COMMAND "${candidate}" -c "import numpy"
                      RESULT_VARIABLE no_numpy OUTPUT_QUIET ERROR_QUIET)
      if(NOT no_numpy)
        set(Python3_EXECUTABLE "${candidate}")
        break()
      endif()
    endif()
  endforeach()
endif()
find_package(Python3 3.8 COMPONENTS Interpreter Development.Module QUIET)
if(Python3_FOUND)
  set(PYBIND11_FINDPYTHON ON)
  find_package(pybind11 2.6 CONFIG QUIET)
  if(pybind11_FOUND)
    set(prosper_python_default ON)
  else()
    message(STATUS "prosper: pybind11 not found, the Python module is off (Debian: pybind11-dev)")
  endif()
else()
  message(STATUS "prosper: Python 3 headers not found, the Python module is off "
                 "(Debian: python3-dev)")
endif()
