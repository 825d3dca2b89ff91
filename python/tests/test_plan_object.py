"""prosper.Plan: the Lishui plan or one from plan JSON, required change per row, reports."""
import json

import pytest

import prosper

needs_json = pytest.mark.skipif(not prosper.HAS_JSON, reason="module built without nlohmann/json")


def test_lishui_plan_object():
    p = prosper.Plan.lishui()
    assert (p.region_en, p.base_year, p.target_year) == ("Lishui", 2022, 2025)
    assert p.indicators() == prosper.lishui_indicators()
    assert p.audit() == prosper.lishui_audit()
    assert "70 indicators" in repr(p)


def test_required_change_rows():
    rows = {r["id"]: r for r in prosper.Plan.lishui().required_change()}
    assert rows["1"]["cagr"] == pytest.approx(0.0832, abs=5e-5)
    assert rows["1"]["annual_change"] == pytest.approx(0.6567, abs=1e-4)
    assert rows["1"]["change_unit"] == "万元"
    no_number = [r for r in rows.values() if r["cagr"] is None and r["annual_change"] is None]
    assert no_number and all(r["reason"] for r in no_number)


def test_report_from_observations(source_dir):
    p = prosper.Plan.lishui()
    obs = prosper.load_observations_csv(str(source_dir / "examples/data/lishui-published.csv"))
    html = p.report(obs, format="html", lang="en")
    assert html.lstrip().lower().startswith("<!doctype html") and "</html>" in html
    md = p.report(obs["observations"], format="md")  # rows as a list of dicts work too
    assert md.startswith("#")
    with pytest.raises(ValueError, match="format must be one of"):
        p.report(obs, format="pdf")


@needs_json
def test_plan_json_round_trip(tmp_path):
    lishui = prosper.Plan.lishui()
    text = lishui.to_json()
    assert json.loads(text)["format"] == "prosper-plan"
    again = prosper.Plan.parse(text)
    assert again.indicators() == lishui.indicators()
    assert again.audit()["summary"] == lishui.audit()["summary"]
    path = tmp_path / "plan.json"
    lishui.save(str(path))
    assert prosper.Plan.load(str(path)).body_targets() == lishui.body_targets()


@needs_json
def test_second_plan_and_its_observations(source_dir):
    demo = prosper.Plan.load(str(source_dir / "tests/data/second_plan.json"))
    assert demo.region_en == "Demo county" and len(demo.indicators()) == 10
    with pytest.raises(prosper.InputError, match="unknown indicator"):
        prosper.read_observations_csv("indicator,year,value\n2,2021,1\n", "x.csv", plan=demo)


@needs_json
def test_plan_json_errors_name_the_pointer():
    bad = json.loads(prosper.Plan.lishui().to_json())
    bad["indicators"][3]["unit"] = 5
    with pytest.raises(prosper.PlanJSONError, match=r"^/indicators/3/unit: "):
        prosper.Plan.parse(json.dumps(bad, ensure_ascii=False))


@needs_json
def test_observations_json(source_dir):
    r = prosper.load_observations_json(str(source_dir / "tests/data/observations/good.json"))
    first = r["observations"][0]
    assert (first["indicator"], first["year"], first["value"]) == ("2", 2021, 42042.0)
