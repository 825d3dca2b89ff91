"""The runtime C++ API, the command line and the Python module agree on every number of every
catalog row (issue 13). The typed C++ API is checked against the same runtime rows, bit for bit,
in tests/unit/lishui_indicators_test.cpp, so the four agree with each other."""
import json
import math
import os
import subprocess

import pytest

import prosper

CLI = os.environ.get("PROSPER_CLI")


@pytest.mark.skipif(not CLI, reason="PROSPER_CLI is not set (the CLI was not built)")
def test_cli_catalog_and_python_rows_agree_on_every_number():
    out = subprocess.run([CLI, "catalog", "--format", "json"], check=True, capture_output=True)
    items = {i["id"]: i for i in json.loads(out.stdout)["items"]}
    rows = prosper.Plan.lishui().required_change()
    assert len(rows) == 70
    compared = 0
    for r in rows:
        item = items[r["id"]]
        for ours, theirs in (("cagr", "required_cagr"), ("annual_change", "required_annual_change")):
            a, b = r[ours], item[theirs]
            if a is None:
                assert b is None, (r["id"], ours)
                continue
            # JSON carries the shortest text that reads back to the same double: equal bits.
            assert a == b, (r["id"], ours, a, b)
            compared += 1
        # Rates are fractions per year in both.
        if r["cagr"] is not None:
            assert abs(r["cagr"]) < 1.0
    assert compared == 120  # the Lishui catalog has 120 such numbers; every one was compared


def test_python_required_cagr_is_the_runtime_rows_cagr():
    rows = {r["id"]: r for r in prosper.Plan.lishui().required_change()}
    assert prosper.required_cagr(7.27, 9.24, 3.0) == rows["1"]["cagr"]
    assert prosper.required_cagr(44400, 57000, 3.0) == rows["2"]["cagr"]
    # (9.24 / 7.27)^(1/3) − 1 for the doubles nearest 9.24 and 7.27, to 60 digits with Python's
    # decimal module, is 0.08320964939819451739…, which rounds to this double: the kernel is
    # correctly rounded here.
    assert rows["1"]["cagr"] == 0.08320964939819452
