#include <catch2/catch.hpp>

#include <limits>
#include <stdexcept>
#include <vector>

#include "prosper/math/projection.hpp"

using namespace prosper;
using math::observation;

// Expected values were computed independently in Python (math module); the formulas are in the
// comments so each row can be re-derived by hand.

TEST_CASE("GDP per capita of 7.80 in 2023 grew 7.29 % and projects to 8.98 in 2025",
          "[projection]") {
  const std::vector<observation> series{{2022, 7.27}, {2023, 7.80}};
  CHECK(math::observed_cagr({2022, 7.27}, {2023, 7.80}) == Approx(0.07290233837689142).epsilon(1e-12));
  const auto g = math::observed_cagr(series, 2022);
  CHECK(g.rate == Approx(0.07290233837689142).epsilon(1e-12));
  CHECK(g.from == observation{2022, 7.27});
  CHECK(g.to == observation{2023, 7.80});
  // 7.80 * (7.80/7.27)**2 = 8.978731536017891, short of the 9.24 target.
  CHECK(math::project_constant_cagr(series, 2022, 2025) == Approx(8.978731536017891).epsilon(1e-12));
  CHECK(math::project_at_rate(7.80, g.rate, 2.0) == Approx(8.978731536017891).epsilon(1e-12));
  CHECK(math::project_at_rate(7.80, 0.05, 0.0) == 7.80);
}

TEST_CASE("a missing base year falls back to the next available year, as StatCan does",
          "[projection]") {
  const std::vector<observation> series{{2024, 8.3}, {2021, 7.0}, {2023, 7.80}};  // unsorted on purpose
  const auto g = math::observed_cagr(series, 2022);
  CHECK(g.from.year == 2023);
  CHECK(g.to.year == 2024);
  CHECK(g.rate == Approx(0.06410256410256432).epsilon(1e-12));  // 8.3/7.8 - 1
  CHECK(math::project_constant_cagr(series, 2022, 2025) == Approx(8.832051282051285).epsilon(1e-12));
  CHECK(math::select_base(series, 2022).year == 2023);
  CHECK(math::select_base(series, 2021).year == 2021);
  // Eurostat/SDSN take the nearest year; a tie goes to the later year, inside the window.
  CHECK(math::select_base(series, 2022, math::base_year_rule::nearest).year == 2023);
  CHECK(math::select_base(series, 2020, math::base_year_rule::nearest).year == 2021);
  CHECK_THROWS_AS(math::select_base(series, 2019, math::base_year_rule::nearest, 1),
                  std::invalid_argument);
  CHECK_THROWS_AS(math::select_base(series, 2025), std::invalid_argument);
}

TEST_CASE("linear projection continues the average step and accepts any sign", "[projection]") {
  const std::vector<observation> share{{2022, 58.0}, {2023, 61.0}};
  CHECK(math::project_linear(share, 2022, 2025) == Approx(67.0));
  const std::vector<observation> balance{{2020, -2.0}, {2022, 1.0}};
  CHECK(math::project_linear(balance, 2020, 2025) == Approx(5.5));  // 1 + 1.5·3
}

TEST_CASE("ESCAP's time-weighted geometric extrapolation favours recent growth", "[projection]") {
  // Two points: one period, so the weighted rate is the CAGR and the projection 8.98.
  const std::vector<observation> two{{2022, 7.27}, {2023, 7.80}};
  CHECK(math::project_weighted_geometric(two, 2025) == Approx(8.978731536017891).epsilon(1e-12));
  // Three points 6.9, 7.27, 7.80 (2021–2023): weights (2025−2021)/(2025−t) = 4/3 and 2 for the
  // periods ending 2022 and 2023; ĝ = (4/3·ln(7.27/6.9) + 2·ln(7.80/7.27)) / (4/3 + 2).
  const std::vector<observation> three{{2021, 6.9}, {2022, 7.27}, {2023, 7.80}};
  CHECK(math::project_weighted_geometric(three, 2025) == Approx(8.849425735137597).epsilon(1e-12));
  // A gapped series counts each period for its length: 5.0 (2018), 6.0 (2020), 7.5 (2023).
  const std::vector<observation> gapped{{2018, 5.0}, {2020, 6.0}, {2023, 7.5}};
  CHECK(math::project_weighted_geometric(gapped, 2025) == Approx(8.764684134250121).epsilon(1e-12));
  // Projecting to the latest year returns the latest value.
  CHECK(math::project_weighted_geometric(three, 2023) == 7.80);
}

TEST_CASE("logit extrapolation keeps a fast-growing share below 100 %", "[projection]") {
  CHECK(math::logit(50.0) == 0.0);
  CHECK(math::inverse_logit(0.0) == 50.0);
  CHECK(math::inverse_logit(math::logit(97.5)) == Approx(97.5).epsilon(1e-13));
  CHECK(math::inverse_logit(math::logit(0.3, 1.0), 1.0) == Approx(0.3).epsilon(1e-13));
  CHECK(math::inverse_logit(800.0) == 100.0);   // no overflow at either end
  CHECK(math::inverse_logit(-800.0) == 0.0);
  // 58 % → 70 % over 2022–2025 continued to 2031: 86.95 % in logit space, 101.96 % at constant CAGR.
  const double p = math::project_logit({2022, 58.0}, {2025, 70.0}, 2031);
  CHECK(p == Approx(86.94774961200207).epsilon(1e-12));
  const std::vector<observation> s{{2022, 58.0}, {2025, 70.0}};
  CHECK(math::project_constant_cagr(s, 2022, 2031) == Approx(101.96195005945302).epsilon(1e-12));
  CHECK(math::project_logit(s, 2022, 2031) == Approx(p).epsilon(1e-15));
  // Even an absurd pace stays inside (0, 100).
  for (int year = 2026; year <= 2100; ++year) {
    const double q = math::project_logit({2022, 90.0}, {2023, 99.0}, year);
    CHECK(q <= 100.0);
    CHECK(q > 99.0);
  }
}

TEST_CASE("projections refuse bad series with the function and input named", "[projection]") {
  const double qnan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<observation> one{{2022, 7.27}};
  const std::vector<observation> dup{{2022, 7.27}, {2022, 7.30}, {2023, 7.80}};
  const std::vector<observation> zero{{2022, 0.0}, {2023, 7.80}};
  const std::vector<observation> mixed{{2022, -1.0}, {2023, 2.0}};
  const std::vector<observation> bad{{2022, 7.27}, {2023, qnan}};
  CHECK_THROWS_AS(math::observed_cagr(one, 2022), std::invalid_argument);
  CHECK_THROWS_WITH(math::observed_cagr(one, 2022), Catch::Contains("at least 2 observations, got 1"));
  CHECK_THROWS_AS(math::observed_cagr(dup, 2022), std::invalid_argument);
  CHECK_THROWS_WITH(math::observed_cagr(dup, 2022), Catch::Contains("duplicate year 2022"));
  CHECK_THROWS_AS(math::observed_cagr(zero, 2022), std::domain_error);
  CHECK_THROWS_WITH(math::observed_cagr(zero, 2022), Catch::Contains("base value 0"));
  CHECK_THROWS_AS(math::observed_cagr(mixed, 2022), std::domain_error);
  CHECK_THROWS_WITH(math::observed_cagr(bad, 2022), Catch::Contains("2023 must be finite, got nan"));
  CHECK_THROWS_AS(math::project_weighted_geometric(zero, 2025), std::domain_error);
  CHECK_THROWS_AS(math::project_weighted_geometric(one, 2025), std::invalid_argument);
  // Both observations in 2023 and later: only one from the base year on.
  const std::vector<observation> late{{2024, 8.0}, {2025, 9.0}};
  CHECK_THROWS_WITH(math::observed_cagr(late, 2025), Catch::Contains("fewer than two observations"));
  // A target year before the latest observation is a caller error: evaluate up to it instead.
  const std::vector<observation> s{{2022, 7.27}, {2023, 7.80}, {2026, 10.0}};
  CHECK_THROWS_WITH(math::project_constant_cagr(s, 2022, 2025),
                    Catch::Contains("target year 2025 is before the latest observation"));
  CHECK_THROWS_AS(math::project_at_rate(7.8, -1.0, 2.0), std::domain_error);
  CHECK_THROWS_AS(math::project_at_rate(7.8, 0.05, -1.0), prosper::value_error);
  CHECK_THROWS_AS(math::logit(100.0), std::domain_error);
  CHECK_THROWS_AS(math::logit(0.0), std::domain_error);
  CHECK_THROWS_AS(math::project_logit({2022, 0.0}, {2023, 50.0}, 2025), std::domain_error);
  CHECK_THROWS_AS(math::project_logit({2023, 40.0}, {2023, 50.0}, 2025), std::invalid_argument);
}

#include "prosper/literals.hpp"

TEST_CASE("typed observed growth and projection keep units", "[projection]") {
  using namespace prosper::literals;
  using gdp_pc = indicator<struct gdp_pc_tag, units::wan_yuan, direction::higher_is_better>;
  const auto r = observed_cagr(indicator_value<gdp_pc>{7.27_wan_yuan}, 2022,
                               indicator_value<gdp_pc>{7.80_wan_yuan}, 2023);
  STATIC_REQUIRE(std::is_same_v<decltype(r), const quantity<units::percent_per_year>>);
  CHECK(r.value() == Approx(7.290233837689142).epsilon(1e-12));
  const auto p = project_at_rate(indicator_value<gdp_pc>{7.80_wan_yuan}, r, 2.0);
  STATIC_REQUIRE(std::is_same_v<decltype(p), const indicator_value<gdp_pc>>);
  CHECK(p.value() == Approx(8.978731536017891).epsilon(1e-12));
}
