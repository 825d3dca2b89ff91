"""Ratio constraints, growth orderings and two-group means (prosper/ratio)."""
import numpy as np
import pytest

import prosper


def test_urban_rural_ratio_constraint():
    d = prosper.required_growth_differential(2.0, 1.95, 3.0)
    assert d["faster"] == "denominator"
    assert d["factor"] == pytest.approx(1.008475, abs=1e-6)
    assert prosper.required_ratio_change(2.0, 1.95, 3.0) == pytest.approx(-0.840, abs=1e-3)
    # with urban income at +8 %/yr, rural income needs at least +8.915 %/yr
    assert prosper.denominator_growth_limit(2.0, 1.95, 3.0, 8.0) == pytest.approx(8.915, abs=1e-3)
    grid = prosper.denominator_growth_limit(2.0, 1.95, 3.0, np.array([6.0, 7.0, 8.0]))
    assert grid.shape == (3,) and np.all(np.diff(grid) > 0)
    assert prosper.projected_ratio(2.0, 8.0, 8.915, 3.0) == pytest.approx(1.95, abs=1e-4)


def test_reference_ratio():
    assert prosper.numerator_growth_limit(0.74, 0.76, 3.0, 6.0, side="at_least") == \
        pytest.approx(6.95, abs=0.01)
    assert prosper.max_reference_growth(0.74, 0.76, 3.0, 8.6836) == pytest.approx(7.72, abs=0.01)
    assert prosper.min_local_growth(0.74, 0.76, 3.0, 6.0) == pytest.approx(6.95, abs=0.01)
    np.testing.assert_allclose(prosper.implied_reference([44400, 57000], [0.74, 0.76]),
                               [60000, 75000])
    c = prosper.check_ratio_identity(44400, 72700, 0.611, 0.001)
    assert c["consistent"] and c["implied"] == pytest.approx(0.61073, abs=1e-5)


def test_reach_and_paths():
    r = prosper.year_bound_reached(2.0, 1.95, "at_most", 2022, 7.0, 8.0)
    assert r["reachable"] and r["year"] == 2025 and r["holds_until"] is None
    never = prosper.year_bound_reached(2.0, 1.95, "at_most", 2022, 8.0, 8.0)
    assert not never["reachable"] and "stays at 2" in never["reason"]
    np.testing.assert_allclose(prosper.bound_glide_path(2.0, 1.95, 3),
                               [2.0, 1.9832, 1.9665, 1.95], atol=1e-4)
    chk = prosper.satisfied_every_year([57200, 61100], [28600, 31000], [2.0, 1.9832],
                                       "at_most", 2022)
    assert chk["satisfied"] and [y["year"] for y in chk["years"]] == [2022, 2023]
    bad = prosper.satisfied_every_year([57200, 64000], [28600, 31000], 1.95, "at_most", 2022)
    assert bad["violating_years"] == [2022, 2023]


def test_growth_orderings():
    c = prosper.compare_target_growth(44400, 57000, 7.27, 9.24, 3.0, order="strictly_faster")
    assert c["satisfied"] and c["margin"] == pytest.approx(0.36, abs=0.01)
    o = prosper.compare_observed_levels([11400, 12000, 12500], [44400, 47800, 51000], 2022)
    assert o["violating_years"] == [2023, 2024] and not o["satisfied_every_year"]
    r = prosper.compare_observed_rates([6.5, 5.8], [6.0, 6.1], 2023)
    assert r["violating_years"] == [2024]


def test_two_group_means():
    assert prosper.overall_from_parts(53287.5, 28600, 64.0) == pytest.approx(44400)
    assert prosper.urban_from_overall(44400, 28600, 64.0) == pytest.approx(53287.5)
    assert prosper.rural_from_overall(44400, 53287.5, 64.0) == pytest.approx(28600)
    assert prosper.urban_share_from(44400, 57200, 28600) == pytest.approx(55.24, abs=0.01)
    np.testing.assert_allclose(
        prosper.implied_urban_rural_ratio([44400, 57000], [28600, 38000], [64.0, 68.0]),
        [1.8632, 1.7353], atol=1e-4)


def test_ratio_errors_keep_the_cpp_message():
    with pytest.raises(ValueError, match="pair_ratio"):
        prosper.pair_ratio(1.0, 0.0)
    with pytest.raises(ValueError, match="side must be one of 'at_most', 'at_least'"):
        prosper.denominator_growth_limit(2.0, 1.95, 3.0, 8.0, side="below")
