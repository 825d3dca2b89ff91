"""Reading observations from CSV (prosper/io/observations_csv.hpp)."""
import pytest

import prosper


def test_read_converts_units():
    r = prosper.read_observations_csv("indicator,year,value,unit\n2,2021,4.2042,万元\n",
                                      "inline.csv")
    (o,) = r["observations"]
    assert o["indicator"] == "2" and o["year"] == 2021
    assert o["value"] == pytest.approx(42042.0)
    assert o["unit"] == "元" and o["original_unit"] == "万元"
    assert r["rows"] == 1 and r["skipped"] == 0


def test_load_file(source_dir):
    r = prosper.load_observations_csv(str(source_dir / "tests/data/observations/minimal.csv"))
    assert [(o["indicator"], o["year"]) for o in r["observations"]] == [("2", 2021), ("35", 2020)]


def test_bad_row_raises_input_error_with_location():
    text = "indicator,year,value\n2,2021,42042\n99,2021,1\n"
    with pytest.raises(prosper.InputError, match=r"^bad\.csv:3: ") as e:
        prosper.read_observations_csv(text, "bad.csv")
    assert isinstance(e.value, ValueError)
    r = prosper.read_observations_csv(text, "bad.csv", skip_bad_rows=True)
    assert r["skipped"] == 1 and r["warnings"][0]["line"] == 3
    assert r["warnings"][0]["text"].startswith("bad.csv:3: ")


def test_missing_file():
    with pytest.raises(prosper.InputError, match="cannot open: No such file or directory"):
        prosper.load_observations_csv("/nonexistent/obs.csv")


def test_units():
    assert prosper.convert_unit(72700.0, "元", "万元") == pytest.approx(7.27)
    assert list(prosper.convert_unit([1.0, 2.0], "亿元", "万元")) == [10000.0, 20000.0]
    assert prosper.convertible("亩", "m2") and not prosper.convertible("%", "个百分点")
    with pytest.raises(ValueError, match="cannot convert 元 to %"):
        prosper.convert_unit(1.0, "元", "%")
    names = {u["name"] for u in prosper.units()}
    assert {"yuan", "wan_yuan", "percent", "mu"} <= names
