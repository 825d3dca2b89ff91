#include "prosper/ratio/growth_ordering.hpp"

#include <catch2/catch.hpp>
#include <limits>
#include <stdexcept>
#include <vector>

#include "prosper/literals.hpp"

using namespace prosper;
using namespace prosper::literals;
using namespace prosper::ratio;

TEST_CASE("the plan's income target grows faster than its per-capita GDP target",
          "[growth_ordering]") {
  // 居民收入增长持续快于经济增长: 8.6836 %/yr against 8.3210 %/yr.
  const auto c = compare_target_growth(44400_yuan, 57000_yuan, 7.27_wan_yuan, 9.24_wan_yuan, 3.0,
                                       growth_order::strictly_faster);
  CHECK(c.satisfied);
  CHECK(c.a.value() == Approx(8.683586596492354).epsilon(1e-12));
  CHECK(c.b.value() == Approx(8.320964939819442).epsilon(1e-12));
  CHECK(c.margin.value() == Approx(8.683586596492354 - 8.320964939819442).epsilon(1e-10));
}

TEST_CASE("the plan's 低保 target rises slower than its income target", "[growth_ordering]") {
  // 低保标准增幅不低于人均可支配收入增幅: 11,400 → 13,000 is 4.4751 %/yr, income 8.6836 %/yr.
  const auto c = compare_target_growth(11400_yuan, 13000_yuan, 44400_yuan, 57000_yuan, 3.0);
  CHECK_FALSE(c.satisfied);
  CHECK(c.a.value() == Approx(4.4751091772477825).epsilon(1e-12));
  CHECK(c.margin.value() < -4.2);
}

TEST_CASE("equal growth satisfies 'at least as fast' but not 'faster'", "[growth_ordering]") {
  CHECK(compare_target_growth(100_yuan, 121_yuan, 200_yuan, 242_yuan, 2.0).satisfied);
  CHECK_FALSE(compare_target_growth(100_yuan, 121_yuan, 200_yuan, 242_yuan, 2.0,
                                    growth_order::strictly_faster)
                  .satisfied);
  // Within a rounding tolerance, 6.5 % against 6.45 % counts as equal.
  const std::vector<quantity<units::percent_per_year>> a{6.5_pct_per_year};
  const std::vector<quantity<units::percent_per_year>> b{6.45_pct_per_year};
  CHECK(compare_observed_rates(a, b, 2023, growth_order::strictly_faster).satisfied_every_year);
  CHECK_FALSE(compare_observed_rates(a, b, 2023, growth_order::strictly_faster, 0.1_pct_per_year)
                  .satisfied_every_year);
  CHECK(compare_observed_rates(b, a, 2023, growth_order::at_least_as_fast, 0.1_pct_per_year)
            .satisfied_every_year);
}

TEST_CASE("observed rates are checked every year and over the span", "[growth_ordering]") {
  // Illustrative rates, not published data.
  const std::vector<quantity<units::percent_per_year>> income{6.5_pct_per_year, 5.8_pct_per_year};
  const std::vector<quantity<units::percent_per_year>> gdp{6.0_pct_per_year, 6.1_pct_per_year};
  const auto c = compare_observed_rates(income, gdp, 2023, growth_order::strictly_faster);
  CHECK_FALSE(c.satisfied_every_year);
  CHECK(c.violating_years() == std::vector<int>{2024});
  // Over both years: sqrt(1.065·1.058) − 1 = 6.14942 % against sqrt(1.06·1.061) − 1 = 6.04998 %.
  CHECK(c.overall.satisfied);
  CHECK(c.overall.a.value() == Approx(6.149422984).epsilon(1e-9));
}

TEST_CASE("observed levels are turned into yearly growth first", "[growth_ordering]") {
  // Illustrative levels, not published data.
  const std::vector<quantity<units::yuan>> dibao{11400_yuan, 12000_yuan, 12500_yuan};
  const std::vector<quantity<units::yuan>> income{44400_yuan, 47800_yuan, 51000_yuan};
  const auto c = compare_observed_levels(dibao, income, 2022);
  REQUIRE(c.years.size() == 2);
  CHECK(c.years[0].year == 2023);
  CHECK(c.years[0].comparison.a.value() == Approx(100.0 * (12000.0 / 11400.0 - 1.0)));
  CHECK(c.violating_years() == std::vector<int>{2023, 2024});
}

TEST_CASE("growth orderings refuse bad input", "[growth_ordering][bad_input]") {
  const std::vector<quantity<units::percent_per_year>> one{6.0_pct_per_year};
  const std::vector<quantity<units::percent_per_year>> two{6.0_pct_per_year, 5.0_pct_per_year};
  const std::vector<quantity<units::percent_per_year>> none;
  CHECK_THROWS_WITH(compare_observed_rates(one, two, 2023),
                    Catch::Contains("compare_observed_rates") && Catch::Contains("mismatched"));
  CHECK_THROWS_WITH(compare_observed_rates(none, none, 2023), Catch::Contains("empty"));
  const std::vector<quantity<units::percent_per_year>> nan{
      quantity<units::percent_per_year>(std::numeric_limits<double>::quiet_NaN())};
  CHECK_THROWS_AS(compare_observed_rates(nan, one, 2023), prosper::value_error);
  const std::vector<quantity<units::yuan>> single{1_yuan};
  CHECK_THROWS_WITH(compare_observed_levels(single, single, 2022), Catch::Contains("two years"));
  const std::vector<quantity<units::yuan>> zero{1_yuan, 0_yuan};
  CHECK_THROWS_WITH(compare_observed_levels(zero, zero, 2022), Catch::Contains("A in 2023"));
  CHECK_THROWS_WITH(compare_target_growth(0_yuan, 1_yuan, 1_yuan, 2_yuan, 3.0),
                    Catch::Contains("A base"));
  CHECK_THROWS_WITH(compare_target_growth(1_yuan, 2_yuan, 1_yuan, 2_yuan, 0.0),
                    Catch::Contains("years"));
}
