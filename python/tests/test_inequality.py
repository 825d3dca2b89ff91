"""Inequality indices, the lognormal income model and regional max/min ratios."""
import numpy as np
import pytest

import prosper


def test_gini():
    x = np.arange(1.0, 6.0)
    assert prosper.gini(x) == pytest.approx(0.2667, abs=1e-4)
    assert prosper.gini(x, correction="finite_sample") == pytest.approx(0.3333, abs=1e-4)
    assert prosper.gini([1.0, 3.0], weights=[2.0, 1.0]) == pytest.approx(prosper.gini([1, 1, 3]))
    assert prosper.gini_grouped(np.ones(5), [8.1, 11.5, 20.0, 22.8, 37.6]) == \
        pytest.approx(0.2812, abs=1e-4)
    with pytest.raises(ValueError, match="gini"):
        prosper.gini(np.array([]))


def test_theil_and_decomposition():
    assert prosper.theil_t([0.0, 1.0]) == pytest.approx(np.log(2))
    d = prosper.theil_t_decomposition([1.0, 2.0, 3.0, 6.0], ["a", "a", "b", "b"])
    assert d["total"] == pytest.approx(d["between"] + d["within"])
    assert [g["group"] for g in d["groups"]] == ["a", "b"]
    assert prosper.mld([1.0, 2.0]) > 0


def test_lognormal_model():
    # the plan's 2022 numbers: 58 % of people in the 100k–500k household band at mean 44,400
    g = prosper.gini_for_share(44400, 58.0, 33333.3, 166666.7)
    assert g == pytest.approx(0.3146, abs=1e-3)
    assert prosper.share_between(57000, 0.3146, 33333.3, 166666.7) == pytest.approx(72.7, abs=0.1)
    assert prosper.mean_for_share(0.3146, 70.0, 33333.3, 166666.7) == pytest.approx(54132, rel=1e-3)
    sig = prosper.sigma_from_gini(np.array([0.2, 0.3, 0.4]))
    np.testing.assert_allclose(prosper.gini_from_sigma(sig), [0.2, 0.3, 0.4])


def test_max_min():
    assert prosper.max_min_ratio([5.2, 6.1, 9.0]) == pytest.approx(1.731, abs=1e-3)
    np.testing.assert_allclose(prosper.minimum_uplift([6.0, 9.0, 5.0], 1.5), [0, 0, 1])
    lv = prosper.budget_neutral_levelling([4.0, 6.0, 10.0], np.ones(3), 1.5)
    np.testing.assert_allclose(lv["levels"], [5.6, 6.0, 8.4])
    g = prosper.max_min_required_growth([9.0, 5.0], 0.06, 1.5, 3.0)
    assert g[1] == pytest.approx(0.1264, abs=1e-4)
    r = prosper.year_max_min_reached([9.0, 5.0], [0.06, 0.10], 1.5, 2022)
    assert r["reachable"] and r["year"] == 2027
