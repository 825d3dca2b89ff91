"""Required change, paths and projections, vectorised over NumPy arrays."""
import math

import numpy as np
import pytest

import prosper


def test_required_cagr_scalar_is_a_float():
    r = prosper.required_cagr(7.27, 9.24, 3.0)
    assert isinstance(r, float)
    assert r == pytest.approx(0.0832, abs=5e-5)


def test_required_cagr_broadcasts_over_arrays():
    base = np.array([7.27, 44400.0, 28600.0])
    target = np.array([9.24, 57000.0, 38000.0])
    r = prosper.required_cagr(base, target, 3.0)
    assert isinstance(r, np.ndarray) and r.dtype == np.float64 and r.shape == (3,)
    np.testing.assert_allclose(r, (target / base) ** (1 / 3) - 1, rtol=1e-12)
    # broadcasting a column of years against a row of targets
    grid = prosper.required_cagr(7.27, np.array([9.0, 9.24]), np.array([[2.0], [3.0]]))
    assert grid.shape == (2, 2)


def test_integer_and_list_inputs_are_converted():
    np.testing.assert_allclose(prosper.required_cagr([100, 100], [121, 144], 2),
                               [0.1, 0.2], rtol=1e-12)


def test_errors_keep_the_cpp_message():
    with pytest.raises(ValueError, match=r"^prosper::math::required_cagr: base and target must "
                                         r"be > 0 for a compound rate \(base -1, target 9\)$"):
        prosper.required_cagr(-1.0, 9.0, 3.0)
    with pytest.raises(ValueError, match="prosper::math::required_cagr: years must be > 0"):
        prosper.required_cagr(np.array([1.0, 2.0]), 3.0, 0.0)


def test_linear_step_and_paths():
    assert prosper.required_linear_step(58.0, 70.0, 3.0) == pytest.approx(4.0)
    years = np.array([2022, 2023, 2024, 2025])
    geo = prosper.expected_on_path("geometric", 2022, 7.27, 2025, 9.24, years)
    lin = prosper.expected_on_path("linear", 2022, 7.27, 2025, 9.24, years)
    assert geo[1] == pytest.approx(7.875, abs=5e-4)
    assert lin[1] == pytest.approx(7.9267, abs=5e-4)
    assert geo[0] == pytest.approx(7.27) and geo[-1] == pytest.approx(9.24)
    np.testing.assert_allclose(prosper.elapsed_share(2022, 2025, years), [0, 1 / 3, 2 / 3, 1])
    with pytest.raises(ValueError, match="path must be one of 'geometric', 'linear'"):
        prosper.expected_on_path("cubic", 2022, 7.27, 2025, 9.24, 2023)


def test_growth_factor_and_implied_rate_are_inverses():
    rates = np.linspace(-0.05, 0.2, 11)
    for c in ("simple", "compounded", "continuous"):
        f = prosper.growth_factor(rates, 3.0, compounding=c)
        np.testing.assert_allclose(prosper.implied_rate(f, 3.0, compounding=c), rates,
                                   atol=1e-12)


def test_years_to_reach_is_nan_when_never():
    t = prosper.years_to_reach(7.27, 9.24, np.array([0.0832, 0.0, -0.01]))
    assert t[0] == pytest.approx(3.0, abs=1e-3)
    assert math.isnan(t[1]) and math.isnan(t[2])
    assert prosper.years_to_reach_linear(58.0, 70.0, 4.0) == pytest.approx(3.0)


def test_series_projections():
    years = np.array([2019, 2020, 2021, 2022, 2023])
    values = np.array([6.0, 6.2, 6.9, 7.27, 7.80])
    assert prosper.trend_cagr(years, values) == pytest.approx(0.0708, abs=5e-4)
    assert prosper.project_constant_cagr([2022, 2023], [7.27, 7.80], 2022, 2025) == \
        pytest.approx(8.98, abs=0.01)
    assert prosper.project_weighted_geometric([2022, 2023], [7.27, 7.80], 2025) == \
        pytest.approx(8.98, abs=0.01)
    assert prosper.project_linear([2022, 2023], [58.0, 61.0], 2022, 2025) == pytest.approx(67.0)
    assert prosper.project_logit([2022, 2025], [58.0, 70.0], 2022, 2031) == \
        pytest.approx(86.9, abs=0.05)
    g = prosper.observed_growth([2021, 2023, 2024], [7.0, 7.80, 8.3], 2022)
    assert g["from_year"] == 2023 and g["to_year"] == 2024
    assert prosper.select_base([2021, 2023], [7.0, 7.8], 2022, rule="nearest") == (2023, 7.8)
    fit = prosper.fit_log_linear(years, values)
    assert set(fit) == {"centre_year", "level", "slope", "observations"}
    assert fit["observations"] == 5
    assert 0 < prosper.project_logit_trend([2020, 2021, 2022], [60.0, 70.0, 80.0], 2030) < 100


def test_series_errors():
    with pytest.raises(ValueError, match="years has 2 entries, values 3"):
        prosper.trend_cagr([2020, 2021], [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match="duplicate year 2021"):
        prosper.trend_cagr([2021, 2021, 2022], [1.0, 2.0, 3.0])
