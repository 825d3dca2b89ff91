"""Ratio constraints, growth orderings and two-group means (prosper/ratio)."""
import numpy as np
import pytest

import prosper


def test_urban_rural_ratio_constraint():
    d = prosper.required_growth_differential(2.0, 1.95, 3.0)
    assert d["faster"] == "denominator"
    assert d["factor"] == pytest.approx(1.008475, abs=1e-6)
    assert prosper.required_ratio_change(2.0, 1.95, 3.0) == pytest.approx(-0.00840, abs=1e-5)
    # with urban income at +8 %/yr, rural income needs at least +8.915 %/yr (rates are fractions)
    assert prosper.denominator_growth_limit(2.0, 1.95, 3.0, 0.08) == pytest.approx(0.08915, abs=1e-5)
    grid = prosper.denominator_growth_limit(2.0, 1.95, 3.0, np.array([0.06, 0.07, 0.08]))
    assert grid.shape == (3,) and np.all(np.diff(grid) > 0)
    assert prosper.projected_ratio(2.0, 0.08, 0.08915, 3.0) == pytest.approx(1.95, abs=1e-4)


def test_reference_ratio():
    assert prosper.numerator_growth_limit(0.74, 0.76, 3.0, 0.06, side="at_least") == \
        pytest.approx(0.0695, abs=1e-4)
    assert prosper.max_reference_growth(0.74, 0.76, 3.0, 0.086836) == pytest.approx(0.0772, abs=1e-4)
    assert prosper.min_local_growth(0.74, 0.76, 3.0, 0.06) == pytest.approx(0.0695, abs=1e-4)
    np.testing.assert_allclose(prosper.implied_reference([44400, 57000], [0.74, 0.76]),
                               [60000, 75000])
    c = prosper.check_ratio_identity(44400, 72700, 0.611, 0.001)
    assert c["consistent"] and c["implied"] == pytest.approx(0.61073, abs=1e-5)


def test_reach_and_paths():
    r = prosper.year_bound_reached(2.0, 1.95, "at_most", 2022, 0.07, 0.08)
    assert r["reachable"] and r["year"] == 2025 and r["holds_until"] is None
    never = prosper.year_bound_reached(2.0, 1.95, "at_most", 2022, 0.08, 0.08)
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
    assert c["satisfied"] and c["margin"] == pytest.approx(0.0036, abs=1e-4)
    o = prosper.compare_observed_levels([11400, 12000, 12500], [44400, 47800, 51000], 2022)
    assert o["violating_years"] == [2023, 2024] and not o["satisfied_every_year"]
    r = prosper.compare_observed_rates([0.065, 0.058], [0.060, 0.061], 2023)
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
        prosper.denominator_growth_limit(2.0, 1.95, 3.0, 0.08, side="below")


def test_a_percentage_passed_as_a_rate_is_refused_with_the_reading():
    # 6.0 meant as 6 %/yr would be +600 %/yr: refused, saying so, in every rate argument.
    with pytest.raises(ValueError, match=r"numerator_growth 6 is not a plausible growth rate.*600 %/yr"):
        prosper.denominator_growth_limit(2.0, 1.95, 3.0, 6.0)
    with pytest.raises(ValueError, match="leader_growth 6 is not a plausible growth rate"):
        prosper.max_min_required_growth(np.array([9.0, 5.0]), 6.0, 1.5, 3.0)
    with pytest.raises(ValueError, match="rate 8.32 is not a plausible growth rate"):
        prosper.project_at_rate(7.27, 8.32, 3.0)
    # The same rates as fractions are accepted and agree with the max/min function's convention.
    g = prosper.max_min_required_growth(np.array([9.0, 5.0]), 0.06, 1.5, 3.0)
    assert g[0] == pytest.approx(0.06)
