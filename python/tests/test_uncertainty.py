"""What a verdict is worth (prosper/math/probability.hpp): forecast_reach and
assess_with_uncertainty, the model the reports use for their probability, interval and stability."""
import math

import pytest

import prosper

YEARS = [2022, 2023, 2024]
INCOME = [44400.0, 48000.0, 52500.0]


def student_t1_cdf(x):
    """The Student-t CDF with one degree of freedom (the Cauchy CDF), in closed form."""
    return 0.5 + math.atan(x) / math.pi


def test_forecast_reach_is_the_student_t_random_walk_computed_by_hand():
    # Two log steps: drift = their mean, s = their sample sd, one degree of freedom; one year
    # ahead the predictive scale is s·sqrt(h + h²/K) with h = 1 and K = 2 steps.
    steps = [math.log(INCOME[1] / INCOME[0]), math.log(INCOME[2] / INCOME[1])]
    drift = sum(steps) / 2
    s = math.sqrt(sum((x - drift) ** 2 for x in steps) / 1)
    centre = math.log(INCOME[2]) + drift
    spread = s * math.sqrt(1 + 1 / 2)
    expected = student_t1_cdf((centre - math.log(57000.0)) / spread)
    f = prosper.forecast_reach(YEARS, INCOME, 57000.0, 2025)
    assert f["probability"] == pytest.approx(expected, rel=1e-12)
    assert f["df"] == 1
    assert f["median"] == pytest.approx(math.exp(centre), rel=1e-12)
    assert f["lower"] < f["median"] < f["upper"]
    # Lower is better: the probability of staying at or below the target is the complement.
    low = prosper.forecast_reach(YEARS, INCOME, 57000.0, 2025, "lower_is_better")
    assert low["probability"] == pytest.approx(1 - expected, rel=1e-12)


def test_forecast_reach_refuses_what_it_cannot_model():
    with pytest.raises(ValueError):
        prosper.forecast_reach(YEARS[:2], INCOME[:2], 57000.0, 2025)
    with pytest.raises(ValueError, match="scale must be"):
        prosper.forecast_reach(YEARS, INCOME, 57000.0, 2025, scale="logistic")


def test_assess_with_uncertainty_adds_probability_interval_and_stability():
    u = prosper.assess_with_uncertainty(2025, "point", 57000.0, 2022, 44400.0, YEARS[1:],
                                        INCOME[1:], "higher_is_better")
    assert u["status"] == u["assessment"]["status"]
    f = prosper.forecast_reach(YEARS, INCOME, 57000.0, 2025)
    assert u["probability"] == pytest.approx(f["probability"], rel=1e-12)
    assert u["projected_lower"] == pytest.approx(f["lower"], rel=1e-12)
    assert u["projected_upper"] == pytest.approx(f["upper"], rel=1e-12)
    assert u["stable"] == (u["worst"] == u["status"] == u["best"])
    # Too few observations: the verdict stands, its uncertainty is None and the notes say why.
    short = prosper.assess_with_uncertainty(2025, "point", 57000.0, 2022, 44400.0, [2023],
                                            [48000.0], "higher_is_better")
    assert short["probability"] is None and not short["stable"]
    assert any("three observations" in n for n in short["notes"])
