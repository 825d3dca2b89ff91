"""Roll-ups and the schedule view (prosper/math/rollup.hpp, report/rollup_table.hpp)."""
import json
import math
import os
import subprocess

import pytest

import prosper


def test_a_rollup_counts_statuses_and_weights_the_means():
    # The synthetic set of tests/unit/rollup_test.cpp; the means computed by hand.
    r = prosper.rollup(
        ["A", "A", "A", "B", "B", "B"],
        ["on_track", "moderate_progress", "no_data", "achieved", "moving_away", "not_assessable"],
        scores=[3.0, 0.5, None, 5.0, -5.0, None],
        degrees=[80.0, 60.0, None, 100.0, 40.0, None],
        weights=[1.0, 3.0, 1.0, 2.0, 2.0, 1.0],
        schedule=["on_schedule", "lagging", "not_evaluable", "achieved", "lagging", None],
    )
    a, b = r["categories"]
    assert a["category"] == "A" and b["category"] == "B"
    assert a["counts"]["on_track"] == 1 and a["counts"]["no_data"] == 1
    assert a["shares"]["on_track"] == pytest.approx(1 / 3)
    assert a["mean_score"] == pytest.approx(1.125)  # (3 + 3·0.5)/4
    assert a["mean_degree"] == pytest.approx(65.0)  # (80 + 3·60)/4
    assert b["mean_score"] == pytest.approx(0.0)
    assert b["mean_degree"] == pytest.approx(70.0)
    assert r["overall"]["total"] == 6
    assert r["overall"]["mean_degree"] == pytest.approx(67.5)
    assert r["overall"]["schedule"]["evaluated"] == 4
    assert r["overall"]["schedule"]["on_schedule_share"] == 0.5


def test_equal_weights_by_default_and_empty_means_are_none():
    r = prosper.rollup(["A", "A"], ["on_track", "no_data"], degrees=[80.0, None])
    assert r["overall"]["mean_degree"] == 80.0
    assert r["overall"]["mean_score"] is None
    assert r["overall"]["schedule"]["on_schedule_share"] is None


def test_rollup_refusals():
    with pytest.raises(ValueError, match="weights are all zero"):
        prosper.rollup(["A"], ["on_track"], weights=[0.0])
    with pytest.raises(ValueError, match="statuses has 1 entries"):
        prosper.rollup(["A", "B"], ["on_track"])
    with pytest.raises(ValueError, match="statuses must be one of"):
        prosper.rollup(["A"], ["good"])


def test_schedule_compares_progress_made_with_time_elapsed():
    lagging = prosper.schedule(2022, 7.27, 2025, 9.24, 2023, 7.80)
    assert lagging["status"] == "lagging"
    assert lagging["elapsed_share"] == pytest.approx(1 / 3)
    assert lagging["progress_share"] == pytest.approx(0.53 / 1.97)
    assert prosper.schedule(2022, 7.27, 2025, 9.24, 2023, 8.00)["status"] == "on_schedule"
    assert prosper.schedule(2022, 2.0, 2025, 1.95, 2024, 1.96, "lower_is_better")["status"] == "on_schedule"
    kept = prosper.schedule(2022, 23.0, 2025, 23.0, 2023, 22.0, "lower_is_better")
    assert kept == {"status": "achieved", "elapsed_share": pytest.approx(1 / 3),
                    "progress_share": None, "threshold": True}


def test_schedule_of_a_growth_rate_target_uses_fractions_per_year():
    faster = prosper.schedule(2020, 1.0, 2025, 0.065, 2023, 1.066 ** 3, scale="cumulative_growth")
    assert faster["progress_share"] == pytest.approx(3 * math.log(1.066) / (5 * math.log(1.065)))
    assert faster["status"] == "on_schedule"
    with pytest.raises(ValueError, match="rates are fractions per year"):
        prosper.schedule(2020, 1.0, 2025, 6.5, 2023, 1.2, scale="cumulative_growth")
    with pytest.raises(ValueError, match="inside the plan period"):
        prosper.schedule(2022, 7.27, 2025, 9.24, 2022, 7.27)


def test_nbs_degree_by_type():
    assert prosper.nbs_degree(7.80, "positive", standard=9.24) == pytest.approx(84.4156, abs=1e-4)
    assert prosper.nbs_degree(45.0, "inverse", standard=40.0) == pytest.approx(88.8889, abs=1e-4)
    assert prosper.nbs_degree(2.0, "interval", lower=3.0, upper=6.0, lower_limit=1.0,
                              upper_limit=8.0) == 50.0
    with pytest.raises(ValueError, match="both declared limits"):
        prosper.nbs_degree(2.0, "interval", lower=3.0, upper=6.0)


def test_plan_rollup_agrees_with_the_cli_json(source_dir):
    plan = prosper.Plan.lishui()
    data = prosper.load_observations_csv(str(source_dir / "examples/data/lishui-2021-2025.csv"))
    r = plan.rollup(data)
    assert r["weights"] == "equal"
    assert r["overall"]["total"] == 70
    assert sum(c["total"] for c in r["categories"]) == 70
    s = plan.rollup(data, view="schedule")
    assert len(s["indicators"]) == 70
    assert s["summary"]["evaluated"] == r["overall"]["schedule"]["evaluated"]
    with pytest.raises(ValueError, match="no weight is declared"):
        plan.rollup(data, weights={"1": 1.0})


@pytest.mark.skipif(not os.environ.get("PROSPER_CLI"), reason="PROSPER_CLI is not set (the CLI was not built)")
def test_cli_and_python_rollups_are_the_same_numbers(source_dir):
    csv = str(source_dir / "examples/data/lishui-2021-2025.csv")
    out = subprocess.run([os.environ["PROSPER_CLI"], "assess", "--observations", csv, "--view", "all",
                          "--format", "json"], check=True, capture_output=True, text=True).stdout
    cli = json.loads(out)
    data = prosper.load_observations_csv(csv)
    py = prosper.Plan.lishui().rollup(data, view="all")
    assert py["rollup"] == cli["rollup"]
    assert py["schedule"] == cli["schedule"]


def test_plan_evaluation_final_judges_the_target_year_only(source_dir):
    plan = prosper.Plan.lishui()
    data = prosper.load_observations_csv(str(source_dir / "examples/data/lishui-2021-2025.csv"))
    final = plan.rollup(data, view="evaluation", evaluation="final")
    assert final["stage"] == "final"
    assert len(final["indicators"]) == 70
    # The shipped data end before 2025, so no target is judged and none is called missed.
    assert final["overall"]["achieved"] + final["overall"]["not_achieved"] == 0
    assert {i["reason_code"] for i in final["indicators"]} <= {
        "no_data", "no_numeric_target", "no_target_year_value", "missing_rate_year"}
    mid = plan.rollup(data, view="evaluation")
    assert mid["stage"] == "mid_term"
    with pytest.raises(ValueError, match="evaluation"):
        plan.rollup(data, view="evaluation", evaluation="halfway")


@pytest.mark.skipif(not os.environ.get("PROSPER_CLI"), reason="PROSPER_CLI is not set (the CLI was not built)")
def test_cli_and_python_evaluations_are_the_same_numbers(source_dir):
    csv = str(source_dir / "examples/data/lishui-2021-2025.csv")
    out = subprocess.run([os.environ["PROSPER_CLI"], "assess", "--observations", csv, "--view",
                          "evaluation", "--evaluation", "final", "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    py = prosper.Plan.lishui().rollup(prosper.load_observations_csv(csv), view="evaluation",
                                      evaluation="final")
    assert py == json.loads(out)
