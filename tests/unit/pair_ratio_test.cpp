#include "prosper/ratio/pair_ratio.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "prosper/literals.hpp"

using namespace prosper;
using namespace prosper::literals;
using namespace prosper::ratio;

namespace {
// Indicator 17: 城乡居民收入倍差 ≤2.0 (2022) → ≤1.95 (2025).
const ratio_constraint urban_rural{2.0_times, 1.95_times, bound_side::at_most, 3.0};
}  // namespace

TEST_CASE("a pair ratio converts units of one dimension before dividing", "[pair_ratio]") {
  CHECK(pair_ratio(57200_yuan, 28600_yuan).value() == 2.0);
  // 44,400 元 over 7.27 万元 is 0.6107, not 6107.
  CHECK(pair_ratio(44400_yuan, 7.27_wan_yuan).value() == Approx(44400.0 / 72700.0).epsilon(1e-14));
}

TEST_CASE("the urban/rural bound requires rural income to outgrow urban by 0.85 % a year",
          "[pair_ratio]") {
  // (2.0 / 1.95)^(1/3) = 1.0084749803 (python: (2/1.95)**(1/3)).
  const auto d = required_growth_differential(urban_rural);
  CHECK(d.faster == growth_differential::faster_side::denominator);
  CHECK(d.factor == Approx(1.0084749803491115).epsilon(1e-13));
  CHECK(d.rate().value() == Approx(0.84749803491115).epsilon(1e-10));
  CHECK(required_ratio_change(urban_rural).value() == Approx(-0.840376).epsilon(1e-5));

  const auto rise =
      required_growth_differential({0.74_times, 0.76_times, bound_side::at_least, 3.0});
  CHECK(rise.faster == growth_differential::faster_side::numerator);
  CHECK(rise.factor == Approx(1.0089290438865328).epsilon(1e-13));

  const auto flat = required_growth_differential({1.5_times, 1.5_times, bound_side::at_most, 3.0});
  CHECK(flat.faster == growth_differential::faster_side::neither);
  CHECK(flat.factor == 1.0);
}

TEST_CASE("rural income needs 8.915 % a year when urban income grows 8 %", "[pair_ratio]") {
  // 1.08 · 1.0084749803 − 1 = 0.0891529788 (python).
  const auto lim = denominator_growth_limit(urban_rural, 8.0_pct_per_year);
  CHECK(lim.limit == growth_limit::kind::minimum);
  CHECK(lim.rate.value() == Approx(8.915297877704043).epsilon(1e-12));
  CHECK(lim.allows(9.0_pct_per_year));
  CHECK_FALSE(lim.allows(8.9_pct_per_year));
  // The mirror question: the fastest urban income may grow when rural income grows 8.915 %.
  const auto up = numerator_growth_limit(urban_rural, lim.rate);
  CHECK(up.limit == growth_limit::kind::maximum);
  CHECK(up.rate.value() == Approx(8.0).epsilon(1e-12));
  // And the projected ratio lands on the bound.
  CHECK(projected_ratio(2.0_times, 8.0_pct_per_year, lim.rate, 3.0).value() ==
        Approx(1.95).epsilon(1e-13));
}

TEST_CASE("the year a ratio reaches its bound follows r0·qᵗ", "[pair_ratio]") {
  // 2.0 · (1.07/1.08)ᵗ ≤ 1.95 ⇔ t ≥ ln(0.975)/ln(1.07/1.08) = 2.7218 (python).
  const auto r = year_bound_reached(urban_rural, 2022, 7.0_pct_per_year, 8.0_pct_per_year);
  REQUIRE(r.reachable);
  CHECK(r.year == 2025);
  CHECK(r.years_needed == Approx(std::log(0.975) / std::log(1.07 / 1.08)).epsilon(1e-12));
  CHECK_FALSE(r.holds_until.has_value());
  CHECK(r.by(2025));
  CHECK_FALSE(r.by(2024));

  // Slower convergence misses the plan period.
  const auto slow = year_bound_reached(urban_rural, 2022, 7.5_pct_per_year, 8.0_pct_per_year);
  REQUIRE(slow.reachable);
  CHECK(slow.year == 2022 + static_cast<int>(std::ceil(std::log(0.975) / std::log(1.075 / 1.08))));
  CHECK_FALSE(slow.by(2025));
}

TEST_CASE("a ratio landing exactly on its bound counts in that year", "[pair_ratio]") {
  const auto lim = denominator_growth_limit(urban_rural, 8.0_pct_per_year);
  const auto r = year_bound_reached(urban_rural, 2022, 8.0_pct_per_year, lim.rate);
  REQUIRE(r.reachable);
  CHECK(r.year == 2025);
}

TEST_CASE("a ratio that already meets its bound but drifts away holds only for a while",
          "[pair_ratio]") {
  // 1.9 · (1.08/1.07)ᵗ ≤ 1.95 until t = ln(1.95/1.9)/ln(1.08/1.07) = 2.79.
  const ratio_constraint c{1.9_times, 1.95_times, bound_side::at_most, 3.0};
  const auto r = year_bound_reached(c, 2022, 8.0_pct_per_year, 7.0_pct_per_year);
  REQUIRE(r.reachable);
  CHECK(r.year == 2022);
  REQUIRE(r.holds_until.has_value());
  CHECK(*r.holds_until == 2024);
}

TEST_CASE("an unreachable ratio says why", "[pair_ratio][bad_input]") {
  const auto same = year_bound_reached(urban_rural, 2022, 8.0_pct_per_year, 8.0_pct_per_year);
  CHECK_FALSE(same.reachable);
  CHECK_THAT(same.reason, Catch::Contains("unreachable") && Catch::Contains("stays at 2"));
  const auto away = year_bound_reached(urban_rural, 2022, 9.0_pct_per_year, 8.0_pct_per_year);
  CHECK_FALSE(away.reachable);
  CHECK_THAT(away.reason, Catch::Contains("moves away") && Catch::Contains("denominator"));
  CHECK_FALSE(away.by(2100));
  // A floor that the numerator cannot catch up with.
  const auto floor = year_bound_reached({0.74_times, 0.76_times, bound_side::at_least, 3.0}, 2022,
                                        6.0_pct_per_year, 7.0_pct_per_year);
  CHECK_FALSE(floor.reachable);
  CHECK_THAT(floor.reason, Catch::Contains("numerator must grow faster"));
}

TEST_CASE("a pair of paths is checked against a glide path every year", "[pair_ratio]") {
  const auto glide = bound_glide_path(2.0_times, 1.95_times, 3);
  REQUIRE(glide.size() == 4);
  CHECK(glide[0].value() == 2.0);
  CHECK(glide[1].value() == Approx(2.0 / 1.0084749803491115).epsilon(1e-13));
  CHECK(glide[3].value() == 1.95);

  // Illustrative paths, not published data.
  const std::vector<quantity<units::yuan>> urban{57200_yuan, 61100_yuan, 64900_yuan, 68300_yuan};
  const std::vector<quantity<units::yuan>> rural{28600_yuan, 31000_yuan, 32600_yuan, 35100_yuan};
  const auto check = satisfied_every_year(urban, rural, glide, bound_side::at_most, 2022);
  CHECK_FALSE(check.satisfied);
  // 64900/32600 = 1.9908 > 1.9665 in 2024; 68300/35100 = 1.9459 ≤ 1.95 in 2025.
  CHECK(check.violating_years() == std::vector<int>{2024});
  CHECK(check.years[3].ratio.value() == Approx(68300.0 / 35100.0));

  const auto flat = satisfied_every_year(urban, rural, 2.0_times, bound_side::at_most, 2022);
  CHECK(flat.satisfied);
}

TEST_CASE("pair ratio functions refuse bad input with the function's name",
          "[pair_ratio][bad_input]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_AS(pair_ratio(1_yuan, 0_yuan), prosper::value_error);
  CHECK_THROWS_WITH(pair_ratio(quantity<units::yuan>(nan), 1_yuan),
                    Catch::Contains("prosper::pair_ratio") && Catch::Contains("finite"));
  CHECK_THROWS_WITH(pair_ratio(-1_yuan, 1_yuan), Catch::Contains("numerator must be ≥ 0"));
  CHECK_THROWS_WITH(required_growth_differential({2.0_times, 1.95_times, bound_side::at_most, 0.0}),
                    Catch::Contains("required_growth_differential") && Catch::Contains("years"));
  CHECK_THROWS_WITH(
      required_growth_differential({-2.0_times, 1.95_times, bound_side::at_most, 3.0}),
      Catch::Contains("start ratio"));
  CHECK_THROWS_WITH(
      denominator_growth_limit(urban_rural, quantity<units::percent_per_year>(-150.0)),
      Catch::Contains("-100 %/yr"));
  CHECK_THROWS_WITH(year_bound_reached(urban_rural, 2022, quantity<units::percent_per_year>(nan),
                                       8.0_pct_per_year),
                    Catch::Contains("year_bound_reached"));
  const std::vector<quantity<units::yuan>> two{1_yuan, 2_yuan};
  const std::vector<quantity<units::yuan>> three{1_yuan, 2_yuan, 3_yuan};
  const std::vector<quantity<units::yuan>> none;
  CHECK_THROWS_WITH(satisfied_every_year(two, three, 2.0_times, bound_side::at_most, 2022),
                    Catch::Contains("mismatched lengths"));
  CHECK_THROWS_WITH(satisfied_every_year(none, none, 2.0_times, bound_side::at_most, 2022),
                    Catch::Contains("empty"));
  CHECK_THROWS_WITH(bound_glide_path(2.0_times, 1.95_times, 0),
                    Catch::Contains("years must be ≥ 1"));
}
