"""Gap, progress and scoring functions (prosper/math/gap.hpp, probability.hpp)."""
import math

import numpy as np
import pytest

import prosper


def test_gap_and_progress():
    assert prosper.gap_ratio(7.27, 8.98, 9.24) == pytest.approx(0.132, abs=1e-3)
    p = prosper.progress_share(7.27, np.array([7.27, 7.80, 9.24]), 9.24)
    np.testing.assert_allclose(p, [0.0, 0.269, 1.0], atol=1e-3)
    with pytest.raises(ValueError, match="prosper::math::gap_ratio"):
        prosper.gap_ratio(1.0, 2.0, 1.0)


def test_escap_current_status_by_direction():
    assert prosper.escap_current_status(7.27, 7.80, 9.24) == pytest.approx(2.69, abs=0.01)
    assert prosper.escap_current_status(2.0, 1.9, 1.95, direction="lower_is_better") == 10.0
    with pytest.raises(ValueError, match="direction must be one of"):
        prosper.escap_current_status(1, 2, 3, direction="up")


def test_scores():
    assert prosper.nbs_positive_score(7.80, 9.24) == pytest.approx(84.4, abs=0.05)
    assert prosper.nbs_inverse_score(45.0, 40.0) == pytest.approx(88.9, abs=0.05)
    assert prosper.nbs_interval_score(2.0, 3.0, 6.0, 1.0, 8.0) == 50.0
    assert prosper.sdsn_normalise(58.0, 40.0, 80.0) == 45.0
    assert prosper.standardised_distance(58.0, 70.0, 8.0) == 1.5


def test_probability_of_reaching():
    p = prosper.probability_of_reaching(7.27, 9.24, 3.0, math.log1p(0.0832), 0.02)
    assert p == pytest.approx(0.5, abs=1e-3)
    e = prosper.estimate_log_growth([2019, 2020, 2021, 2022, 2023], [6.0, 6.2, 6.9, 7.27, 7.80])
    assert e["periods"] == 4 and e["years"] == 4
    assert e["sd"] == pytest.approx(0.032, abs=0.002)


def test_assess_one_milestone():
    a = prosper.assess(2025, "point", 9.24, 2022, 7.27, [2023], [7.80], "higher_is_better")
    assert a["status"] == "moderate_progress" and a["method"] == "statcan"
    assert a["ratio"] == pytest.approx(0.876, abs=1e-3)
    assert a["projected_value"] == pytest.approx(8.98, abs=0.01)
    assert a["required_rate_from_now"] == pytest.approx(0.0884, abs=1e-4)
    escap = prosper.assess(2025, "point", 9.24, 2022, 7.27, [2023], [7.80], "higher_is_better",
                           method="escap")
    assert escap["method"] == "escap" and escap["current_status"] == pytest.approx(2.69, abs=0.01)


def test_assess_reports_instead_of_raising():
    a = prosper.assess(2025, "point", 9.24, 2022, 7.27, [], [], "higher_is_better")
    assert a["status"] == "not_assessable" and a["reason"] and a["ratio"] is None
    with pytest.raises(ValueError, match="method must be one of"):
        prosper.assess(2025, "point", 9.24, 2022, 7.27, [2023], [7.8], "higher_is_better",
                       method="oecd")


def test_classify_matches_assess():
    base = np.array([7.27, 7.27, 7.27, 7.27])
    current = np.array([7.80, 7.60, 9.30, 7.00])
    c = prosper.classify("higher_is_better", "point", base, current, np.full(4, 9.24),
                         2022, 2023, 2025)
    assert list(c["status"]) == [
        prosper.assess(2025, "point", 9.24, 2022, b, [2023], [x], "higher_is_better")["status"]
        for b, x in zip(base, current)]
    assert c["ratio"].dtype == np.float64 and c["has_ratio"].dtype == np.bool_
    assert c["ratio"][0] == pytest.approx(0.876, abs=1e-3)
    with pytest.raises(ValueError, match="math::batch::classify: arrays must have the same size"):
        prosper.classify("higher_is_better", "point", base, current[:2], np.full(4, 9.24),
                         2022, 2023, 2025)
