#include "prosper/ratio/reference_ratio.hpp"

#include <catch2/catch.hpp>
#include <stdexcept>

#include "prosper/literals.hpp"

using namespace prosper;
using namespace prosper::literals;
using namespace prosper::ratio;

namespace {
// Indicator 20: 居民人均可支配收入与全省平均之比 0.74 → 0.76.
const ratio_constraint to_province{0.74_times, 0.76_times, bound_side::at_least, 3.0};
// Indicator 33: 居民人均可支配收入与人均GDP之比 0.611 → 0.617.
const ratio_constraint to_gdp{0.611_times, 0.617_times, bound_side::at_least, 3.0};
}  // namespace

TEST_CASE("the plan's income and ratio imply Zhejiang's average income", "[reference_ratio]") {
  CHECK(implied_reference(44400_yuan, 0.74_times).value() == Approx(60000.0).epsilon(1e-14));
  CHECK(implied_reference(57000_yuan, 0.76_times).value() == Approx(75000.0).epsilon(1e-14));
}

TEST_CASE("reaching 0.76 of the province needs Lishui to outgrow Zhejiang by 0.89 % a year",
          "[reference_ratio]") {
  // (0.76/0.74)^(1/3) = 1.0089290439 (python).
  const auto d = required_growth_differential(to_province);
  CHECK(d.faster == growth_differential::faster_side::numerator);
  CHECK(d.factor == Approx(1.0089290438865328).epsilon(1e-13));
  // If Zhejiang grows 6 %, Lishui needs 1.06 · 1.0089290439 − 1 = 6.9465 %.
  CHECK(min_local_growth(to_province, 6.0_pct_per_year).value() ==
        Approx(6.946478651972475).epsilon(1e-12));
  // Lishui's own income target, 44,400 → 57,000 (8.6836 %/yr), tolerates Zhejiang growth up to
  // (75000/60000)^(1/3) − 1 = 7.7217 %/yr.
  const double local = 100.0 * (std::pow(57000.0 / 44400.0, 1.0 / 3.0) - 1.0);
  CHECK(max_reference_growth(to_province, quantity<units::percent_per_year>(local)).value() ==
        Approx(7.721734501594191).epsilon(1e-12));
}

TEST_CASE("the plan's income, GDP and ratio agree within rounding", "[reference_ratio]") {
  const auto y2022 = check_ratio_identity(44400_yuan, 7.27_wan_yuan, 0.611_times, 0.001);
  CHECK(y2022.consistent);
  CHECK(y2022.implied.value() == Approx(0.6107290233837689).epsilon(1e-13));
  CHECK(y2022.difference == Approx(0.6107290233837689 - 0.611).epsilon(1e-9));
  const auto y2025 = check_ratio_identity(57000_yuan, 9.24_wan_yuan, 0.617_times, 0.001);
  CHECK(y2025.consistent);
  CHECK(y2025.implied.value() == Approx(57000.0 / 92400.0).epsilon(1e-13));
  // A ratio printed as 0.65 would not be.
  CHECK_FALSE(check_ratio_identity(44400_yuan, 7.27_wan_yuan, 0.65_times, 0.001).consistent);

  CHECK(implied_numerator<units::yuan>(9.24_wan_yuan, 0.617_times).value() ==
        Approx(57010.8).epsilon(1e-12));
}

TEST_CASE("as a constraint, 0.611 → 0.617 means income must outgrow per-capita GDP",
          "[reference_ratio]") {
  const auto d = required_growth_differential(to_gdp);
  CHECK(d.faster == growth_differential::faster_side::numerator);
  CHECK(d.factor == Approx(1.0032626658567523).epsilon(1e-13));
  // The milestone growths 8.6836 % (income) and 8.3210 % (GDP per capita) give 1.003347 ≥ that.
  const double gi = std::pow(57000.0 / 44400.0, 1.0 / 3.0);
  const double gg = std::pow(9.24 / 7.27, 1.0 / 3.0);
  CHECK(gi / gg >= d.factor);
  CHECK(numerator_growth_limit(to_gdp, quantity<units::percent_per_year>(100.0 * (gg - 1.0)))
            .allows(quantity<units::percent_per_year>(100.0 * (gi - 1.0))));
}

TEST_CASE("reference ratio functions refuse bad input", "[reference_ratio][bad_input]") {
  CHECK_THROWS_WITH(implied_reference(44400_yuan, 0.0_times),
                    Catch::Contains("prosper::implied_reference") && Catch::Contains("ratio"));
  CHECK_THROWS_AS(implied_reference(-1_yuan, 0.74_times), prosper::value_error);
  CHECK_THROWS_WITH(
      max_reference_growth({2.0_times, 1.95_times, bound_side::at_most, 3.0}, 8.0_pct_per_year),
      Catch::Contains("at_least"));
  CHECK_THROWS_WITH(
      min_local_growth({0.74_times, 0.76_times, bound_side::at_most, 3.0}, 8.0_pct_per_year),
      Catch::Contains("min_local_growth"));
  CHECK_THROWS_WITH(check_ratio_identity(44400_yuan, 0_wan_yuan, 0.611_times, 0.001),
                    Catch::Contains("denominator"));
  CHECK_THROWS_WITH(check_ratio_identity(44400_yuan, 7.27_wan_yuan, 0.611_times, -1.0),
                    Catch::Contains("tolerance"));
}
