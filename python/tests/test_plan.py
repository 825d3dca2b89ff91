"""The embedded Lishui plan and its audit as lists of dicts (pandas-ready)."""
import pytest

import prosper


def test_indicator_rows():
    rows = prosper.lishui_indicators()
    assert len(rows) == 70
    first = rows[0]
    assert first["id"] == "1" and first["name_zh"] == "人均地区生产总值"
    assert first["unit"] == "万元" and first["direction"] == "higher_is_better"
    assert (first["base_year"], first["base_value"]) == (2022, 7.27)
    assert (first["target_year"], first["target_value"]) == (2025, 9.24)
    assert first["milestones"][0]["printed"] == "7.27"
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))


def test_plan_dict_and_body_targets():
    plan = prosper.lishui()
    assert plan["region_en"] == "Lishui"
    assert (plan["base_year"], plan["target_year"]) == (2022, 2025)
    assert len(plan["body_targets"]) == 132
    assert plan["body_targets"] == prosper.lishui_body_targets()
    long = prosper.lishui_milestones()
    assert len(long) == sum(len(r["milestones"]) for r in plan["indicators"])


def test_plan_declares_its_regions_with_levels():
    regions = prosper.lishui()["regions"]
    assert regions[0] == {"name_zh": "丽水市", "name_en": "Lishui", "level": "city"}
    assert sum(r["level"] == "county" for r in regions) == 9
    assert [r["name_zh"] for r in regions if r["level"] == "province"] == ["浙江省"]


def test_unprinted_values_are_none():
    rows = prosper.lishui_milestones()
    non_numeric = [r for r in rows if r["kind"] in ("direction_only", "qualitative", "external",
                                                   "not_set")]
    assert non_numeric and all(r["value"] is None for r in non_numeric)


def test_dataframe():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(prosper.lishui_indicators())
    assert len(df) == 70
    assert df.loc[df["id"] == "2", "target_value"].item() == 57000


def test_audit():
    audit = prosper.lishui_audit()
    s = audit["summary"]
    assert s["relations"] == len(audit["findings"]) > 0
    assert s["holds"] + s["violated"] + s["not_evaluable"] == s["relations"]
    statuses = {f["status"] for f in audit["findings"]}
    assert statuses <= {"holds", "violated", "not_evaluable"}
    for f in audit["findings"]:
        if f["status"] != "not_evaluable":
            assert f["lhs"] is not None and f["rhs"] is not None and f["explanation"]


def test_audit_explains_each_finding_in_chinese_too():
    findings = {f["id"]: f for f in prosper.lishui_audit()["findings"]}
    low_income_support = findings["order.39.2"]
    assert low_income_support["status"] == "violated"
    assert "4.47511" in low_income_support["explanation_zh"]
    assert "8.68359" in low_income_support["explanation_zh"]
    assert "前者应不低于后者" in low_income_support["explanation_zh"]
    assert all(f["explanation_zh"] for f in findings.values())
