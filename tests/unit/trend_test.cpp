#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "prosper/math/trend.hpp"

using namespace prosper;
using math::observation;

// Expected values: weighted least squares computed independently in plain Python
// (t̄ = Σwt/Σw, b = Σw(t−t̄)(y−ȳ)/Σw(t−t̄)²) on ln(value) or the log-odds.

namespace {
const std::vector<observation> gdp{{2019, 6.0}, {2020, 6.2}, {2021, 6.9}, {2022, 7.27}, {2023, 7.80}};
const std::vector<observation> share{{2019, 50.0}, {2020, 53.0}, {2021, 58.0}, {2022, 61.0}, {2023, 64.0}};
}  // namespace

TEST_CASE("the log-linear trend recovers an exact exponential series", "[trend]") {
  std::vector<observation> s;
  s.reserve(5);
  for (int k = 0; k < 5; ++k) s.push_back({2019 + k, 5.0 * std::pow(1.07, k)});
  CHECK(math::trend_cagr(s) == Approx(0.07).epsilon(1e-12));
  CHECK(math::project_log_linear(s, 2025) == Approx(5.0 * std::pow(1.07, 6)).epsilon(1e-12));
}

TEST_CASE("the log-linear trend of GDP per capita 2019–2023 matches the hand computation",
          "[trend]") {
  const auto fit = math::fit_log_linear(gdp);
  CHECK(fit.observations == 5);
  CHECK(fit.centre_year == 2021.0);
  CHECK(fit.slope == Approx(0.06839355284293644).epsilon(1e-12));
  CHECK(math::trend_cagr(gdp) == Approx(0.0707866366909265).epsilon(1e-12));
  CHECK(math::project_log_linear(gdp, 2025) == Approx(8.941615262493901).epsilon(1e-12));
  // ESCAP weights (2025 − 2019)/(2025 − t) lean on recent years.
  const auto w = math::fit_log_linear(gdp, math::trend_weights::escap, 2025);
  CHECK(w.slope == Approx(0.0685934951118964).epsilon(1e-12));
  CHECK(math::project_log_linear(gdp, 2025, math::trend_weights::escap) ==
        Approx(8.948769350296589).epsilon(1e-12));
}

TEST_CASE("the logit trend of a share stays inside (0, 100) however far it is projected",
          "[trend]") {
  CHECK(math::fit_logit_linear(share).slope == Approx(0.1477896196008725).epsilon(1e-12));
  CHECK(math::project_logit_trend(share, 2025) == Approx(70.770779628112).epsilon(1e-12));
  CHECK(math::project_logit_trend(share, 2040, 100.0, math::trend_weights::escap) ==
        Approx(95.6661091245891).epsilon(1e-12));
  for (int year = 2024; year <= 2200; year += 4) CHECK(math::project_logit_trend(share, year) < 100.0);
}

TEST_CASE("fit_line is an ordinary weighted regression on Eigen arrays", "[trend]") {
  Eigen::ArrayXd t(3), y(3), w(3);
  t << 0, 1, 2;
  y << 1, 3, 5;
  w << 1, 1, 1;
  const auto fit = math::fit_line(t, y, w);
  CHECK(fit.slope == Approx(2.0));
  CHECK(fit.at(3.0) == Approx(7.0));
  w << 0, 1, 1;  // a zero weight drops a point
  CHECK(math::fit_line(t, y, w).slope == Approx(2.0));
}

TEST_CASE("trend fits refuse series they cannot fit", "[trend]") {
  const std::vector<observation> one{{2022, 7.27}};
  const std::vector<observation> dup{{2022, 7.27}, {2022, 7.5}};
  const std::vector<observation> zero{{2022, 0.0}, {2023, 1.0}};
  CHECK_THROWS_AS(math::fit_log_linear(one), std::invalid_argument);
  CHECK_THROWS_WITH(math::fit_log_linear(dup), Catch::Contains("duplicate year 2022"));
  CHECK_THROWS_AS(math::fit_log_linear(zero), std::domain_error);
  CHECK_THROWS_AS(math::fit_logit_linear(std::vector<observation>{{2022, 50.0}, {2023, 100.0}}),
                  std::domain_error);
  CHECK_THROWS_WITH(math::fit_log_linear(gdp, math::trend_weights::escap, 2023),
                    Catch::Contains("target year after the last observation"));
  Eigen::ArrayXd t(2), y(2), w(2);
  t << 2022, 2022;
  y << 1, 2;
  w << 1, 1;
  CHECK_THROWS_WITH(math::fit_line(t, y, w), Catch::Contains("one year"));
  w << -1, 1;
  CHECK_THROWS_AS(math::fit_line(t, y, w), std::invalid_argument);
}
