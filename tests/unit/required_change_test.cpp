#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>

#include "prosper/literals.hpp"
#include "prosper/math/projection.hpp"
#include "prosper/math/required_change.hpp"

using namespace prosper;
using namespace prosper::literals;
namespace u = prosper::units;

namespace {
using middle_income_share = indicator<struct middle_income_share_tag, u::percent,
                                      direction::higher_is_better>;
using gdp_per_capita = indicator<struct gdp_per_capita_tag, u::wan_yuan,
                                 direction::higher_is_better>;
constexpr double qnan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();
}  // namespace

// Expected values below were computed independently with Python's math module, e.g.
// (9.24/7.27)**(1/3) - 1 = 0.08320964939819442.
TEST_CASE("required CAGRs of the plan's headline targets match hand-checked values",
          "[required_change]") {
  struct row { double base, target, years, expected; };
  const row rows[] = {
      {7.27, 9.24, 3.0, 0.08320964939819442},     // GDP per capita, 万元: 8.32 %/yr
      {44400, 57000, 3.0, 0.08683586596492354},   // disposable income, 元: 8.68 %/yr
      {2.0, 1.95, 3.0, -0.008403758659612626},    // urban/rural ratio: −0.84 %/yr
      {58.0, 70.0, 3.0, 0.06469042607881903},     // middle-income share as a CAGR: 6.47 %/yr
      {28600, 38000, 3.0, 0.09935811826326457},   // rural income
      {23.0, 23.0, 3.0, 0.0},                     // PM2.5 kept at 23: no change required
  };
  for (const auto& r : rows) {
    CAPTURE(r.base, r.target, r.years);
    CHECK(math::required_cagr(r.base, r.target, r.years) == Approx(r.expected).margin(1e-15).epsilon(1e-12));
  }
}

TEST_CASE("required CAGR between milestones uses the difference of their years",
          "[required_change]") {
  CHECK(math::required_cagr({2022, 44400.0}, {2025, 57000.0}) ==
        Approx(0.08683586596492354).epsilon(1e-12));
  CHECK_THROWS_AS(math::required_cagr({2025, 44400.0}, {2025, 57000.0}), std::invalid_argument);
  CHECK_THROWS_WITH(math::required_cagr({2025, 44400.0}, {2022, 57000.0}),
                    Catch::Contains("target year 2022") && Catch::Contains("base year 2025"));
}

TEST_CASE("re-planning from 2023's GDP per capita needs 8.84 % a year", "[required_change]") {
  // (9.24/7.80)**(1/2) - 1 = 0.08840037881993812
  CHECK(math::required_cagr_from_now(7.80, 9.24, 2.0) == Approx(0.08840037881993812).epsilon(1e-12));
  CHECK(required_cagr_from_now(7.80_wan_yuan, 9.24_wan_yuan, 2.0).value() ==
        Approx(8.840037881993812).epsilon(1e-12));
  CHECK_THROWS_WITH(math::required_cagr_from_now(7.80, 9.24, 0.0),
                    Catch::Contains("required_cagr_from_now") && Catch::Contains("no years are left"));
}

TEST_CASE("the typed required CAGR is a %/yr quantity", "[required_change]") {
  const auto r = required_cagr(indicator_value<gdp_per_capita>{7.27_wan_yuan},
                               indicator_value<gdp_per_capita>{9.24_wan_yuan}, 3.0);
  STATIC_REQUIRE(std::is_same_v<decltype(r), const quantity<u::percent_per_year>>);
  CHECK(r.value() == Approx(8.320964939819442).epsilon(1e-12));
  CHECK(as_fraction(r) == Approx(0.08320964939819442).epsilon(1e-12));
  CHECK(rate_from_fraction(0.05).value() == Approx(5.0));
}

TEST_CASE("a % indicator's linear step is 4.0 percentage points a year for 58 % to 70 %",
          "[required_change]") {
  const auto step = required_linear_step(58.0_pct, 70.0_pct, 3.0);
  STATIC_REQUIRE(std::is_same_v<decltype(step), const quantity<u::percentage_point>>);
  CHECK(step.value() == Approx(4.0).epsilon(1e-15));
  const auto typed = required_linear_step(indicator_value<middle_income_share>{58.0_pct},
                                          indicator_value<middle_income_share>{70.0_pct}, 3.0);
  CHECK(typed == 4.0_pp);
  // Per mille levels also change in percentage points: 5 ‰ → 8 ‰ is +0.3 pp.
  CHECK(required_linear_step(quantity<u::per_mille>{5.0}, quantity<u::per_mille>{8.0}, 3.0)
            .value() == Approx(0.1).epsilon(1e-12));
  // Other units keep their own unit: 44,400 → 57,000 元 is 4,200 元 a year.
  const auto income = required_linear_step(44400_yuan, 57000_yuan, 3.0);
  STATIC_REQUIRE(std::is_same_v<decltype(income), const quantity<u::yuan>>);
  CHECK(income.value() == Approx(4200.0));
  CHECK(math::required_linear_step({2022, 58.0}, {2025, 70.0}) == Approx(4.0));
  CHECK(math::required_linear_step(-3.0, 3.0, 2.0) == 3.0);
}

TEST_CASE("the expected 2023 GDP per capita is 7.875 geometric and 7.927 linear",
          "[required_change]") {
  struct row { growth_path path; double year, expected; };
  const row rows[] = {
      {growth_path::geometric, 2022, 7.27},
      {growth_path::geometric, 2023, 7.874934151124873},
      {growth_path::geometric, 2024, 8.530204660873842},
      {growth_path::geometric, 2025, 9.24},
      {growth_path::linear, 2023, 7.926666666666666},
      {growth_path::linear, 2024, 8.583333333333332},
      {growth_path::linear, 2025, 9.24},
  };
  for (const auto& r : rows) {
    CAPTURE(static_cast<int>(r.path), r.year);
    CHECK(math::expected_on_path(r.path, {2022, 7.27}, {2025, 9.24}, r.year) ==
          Approx(r.expected).epsilon(1e-12));
  }
  CHECK(expected_on_path(growth_path::geometric, dated<quantity<units::wan_yuan>>{2022, 7.27_wan_yuan},
                         dated<quantity<units::wan_yuan>>{2025, 9.24_wan_yuan}, 2023)
            .value() == Approx(7.874934151124873).epsilon(1e-12));
  const auto typed = expected_on_path<middle_income_share>(
      growth_path::linear, {2022, indicator_value<middle_income_share>{58.0_pct}},
      {2025, indicator_value<middle_income_share>{70.0_pct}}, 2024);
  CHECK(typed.value() == Approx(66.0));
}

TEST_CASE("the elapsed share of the plan period is ESCAP's expected-progress line",
          "[required_change]") {
  CHECK(math::elapsed_share(2022, 2025, 2023) == Approx(1.0 / 3.0).epsilon(1e-15));
  CHECK(math::elapsed_share(2022, 2025, 2022) == 0.0);
  CHECK(math::elapsed_share(2022, 2025, 2025) == 1.0);
  CHECK(math::elapsed_share(2022, 2025, 2026) == Approx(4.0 / 3.0));
  CHECK_THROWS_AS(math::elapsed_share(2025, 2025, 2025), std::invalid_argument);
  CHECK_THROWS_AS(math::elapsed_share(2022, 2025, qnan), std::domain_error);
}

TEST_CASE("years to reach a target at a given rate invert the required rate",
          "[required_change]") {
  CHECK(*math::years_to_reach(7.27, 9.24, 0.08320964939819442) == Approx(3.0).epsilon(1e-12));
  // log(9.24/7.80)/log(1.0729) = 2.407695865150205
  CHECK(*math::years_to_reach(7.80, 9.24, 0.0729) == Approx(2.407695865150205).epsilon(1e-12));
  CHECK(*math::years_to_reach(2.0, 1.95, -0.008403758659612626) == Approx(3.0).epsilon(1e-12));
  CHECK(*math::years_to_reach(23.0, 23.0, 0.0) == 0.0);
  CHECK_FALSE(math::years_to_reach(7.80, 9.24, 0.0).has_value());
  CHECK_FALSE(math::years_to_reach(7.80, 9.24, -0.01).has_value());  // moving away never arrives
  CHECK(*math::years_to_reach_linear(58.0, 70.0, 4.0) == 3.0);
  CHECK_FALSE(math::years_to_reach_linear(58.0, 70.0, -1.0).has_value());
  CHECK_FALSE(math::years_to_reach_linear(58.0, 70.0, 0.0).has_value());
  const auto typed =
      years_to_reach(7.80_wan_yuan, 9.24_wan_yuan, quantity<u::percent_per_year>{7.29});
  REQUIRE(typed.has_value());
  CHECK(typed->value() == Approx(2.407695865150205).epsilon(1e-12));
}

TEST_CASE("compound rates refuse zero, negative and non-finite values with the inputs named",
          "[required_change]") {
  CHECK_THROWS_AS(math::required_cagr(0.0, 57000.0, 3.0), std::domain_error);
  CHECK_THROWS_WITH(math::required_cagr(0.0, 57000.0, 3.0),
                    Catch::Contains("math::required_cagr") && Catch::Contains("base 0") &&
                        Catch::Contains("target 57000"));
  CHECK_THROWS_WITH(math::required_cagr(44400.0, -1.0, 3.0), Catch::Contains("target -1"));
  CHECK_THROWS_WITH(math::required_cagr(qnan, 57000.0, 3.0),
                    Catch::Contains("base must be finite, got nan"));
  CHECK_THROWS_WITH(math::required_cagr(44400.0, inf, 3.0),
                    Catch::Contains("target must be finite, got inf"));
  CHECK_THROWS_AS(math::required_cagr(44400.0, 57000.0, 0.0), prosper::value_error);
  CHECK_THROWS_WITH(math::required_cagr(44400.0, 57000.0, -2.0), Catch::Contains("years must be > 0, got -2"));
  CHECK_THROWS_AS(math::required_linear_step(58.0, 70.0, 0.0), prosper::value_error);
  CHECK_THROWS_AS(math::required_linear_step(58.0, qnan, 3.0), std::domain_error);
  CHECK_THROWS_AS(math::expected_on_path(growth_path::geometric, {2022, 0.0}, {2025, 9.24}, 2023),
                  std::domain_error);
  CHECK(math::expected_on_path(growth_path::linear, {2022, 0.0}, {2025, 9.0}, 2023) == Approx(3.0));
  CHECK_THROWS_AS(math::years_to_reach(7.8, 9.24, -1.0), std::domain_error);
  CHECK_THROWS_AS(math::years_to_reach(0.0, 9.24, 0.05), std::domain_error);
  CHECK_THROWS_AS(required_linear_step(58.0_pct, 70.0_pct, 0.0), prosper::value_error);
}

TEST_CASE("periods can be typed durations", "[required_change]") {
  CHECK(required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0_years) ==
        required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0));
  CHECK(required_linear_step(58.0_pct, 70.0_pct, 3.0_years) == 4.0_pp);
  // A fraction's change is in percentage points too: 0.58 → 0.70 is 4 pp a year.
  CHECK(required_linear_step(quantity<units::fraction>{0.58}, quantity<units::fraction>{0.70}, 3.0)
            .value() == Approx(4.0));
}

TEST_CASE("a typed required CAGR compounds back to the target", "[required_change]") {
  const auto r = required_cagr(44400_yuan, 57000_yuan, 3.0);
  CHECK(44400.0 * math::growth_factor(as_fraction(r), 3.0, math::compounding::compounded) ==
        Approx(57000.0).epsilon(1e-12));
}

TEST_CASE("typed milestones give the required rate and step, bounds read as their values",
          "[required_change]") {
  const milestone<gdp_per_capita> from{2022, target<gdp_per_capita>::point(7.27_wan_yuan)};
  const milestone<gdp_per_capita> to{2025, target<gdp_per_capita>::point(9.24_wan_yuan)};
  CHECK(required_cagr(from, to).value() == Approx(8.320964939819442).epsilon(1e-12));
  CHECK(required_linear_step(from, to).value() == Approx(0.6566666666666666).epsilon(1e-12));
  const milestone<middle_income_share> s0{2022, target<middle_income_share>::point(58.0_pct)};
  const milestone<middle_income_share> s1{2025, target<middle_income_share>::at_least(70.0_pct)};
  CHECK(required_linear_step(s0, s1) == 4.0_pp);
  const milestone<middle_income_share> none{
      2025, target<middle_income_share>::without_number(target_kind::direction_only, "稳步提升")};
  CHECK_THROWS_AS(required_cagr(s0, none), std::invalid_argument);
  CHECK_THROWS_WITH(required_linear_step(s0, none), Catch::Contains("direction_only milestone of 2025"));
  CHECK_THROWS_AS(required_linear_step(s1, s0), std::invalid_argument);
}

// F8 (docs/reliability.md): a subnormal base passes "> 0", but target / base overflows in double
// and the rate was ∞. The kernel takes the ratio's logarithm in extended precision: the rate is
// now finite and correct, and a period too short for a finite rate is refused.
TEST_CASE("a subnormal base gives a finite rate or an error, never an infinite rate",
          "[required_change]") {
  const double exact = std::exp((std::log(38000.0) - std::log(5e-324)) / 3.0);
  CHECK(math::required_cagr(5e-324, 38000.0, 3.0) == Approx(exact).epsilon(1e-12));
  CHECK(math::required_cagr(math::observation{2022, 5e-324}, {2025, 38000.0}) ==
        Approx(exact).epsilon(1e-12));
  CHECK_THROWS_AS(math::required_cagr_from_now(5e-324, 1e300, 0.5), prosper::value_error);
  CHECK_THROWS_WITH(math::required_cagr_from_now(5e-324, 1e300, 0.5),
                    Catch::Contains("too short") && Catch::Contains("current 5e-324"));
  CHECK_THROWS_AS(math::observed_cagr(math::observation{2022, 5e-324}, {2023, 1e300}),
                  prosper::value_error);
  // A small but normal base still has a finite factor.
  CHECK(std::isfinite(math::required_cagr(1e-300, 1.0, 3.0)));
}
