# The module is found through PYTHONPATH=<build>/python, which ctest sets (python/CMakeLists.txt).
import os
import pathlib

import pytest


@pytest.fixture(scope="session")
def source_dir() -> pathlib.Path:
    return pathlib.Path(os.environ.get("PROSPER_SOURCE_DIR",
                                       pathlib.Path(__file__).resolve().parents[2]))
