#include "prosper/ratio/weighted_mean.hpp"

#include <catch2/catch.hpp>
#include <limits>
#include <optional>
#include <stdexcept>

#include "prosper/literals.hpp"

using namespace prosper;
using namespace prosper::literals;
using namespace prosper::ratio;

TEST_CASE("the plan's 2022 and 2025 numbers imply urban income and the urban/rural ratio",
          "[weighted_mean]") {
  // Indicators 2, 3 and 24. python: (44400 - 0.36*28600)/0.64 = 53287.5, /28600 = 1.8631993;
  // (57000 - 0.32*38000)/0.68 = 65941.17647, /38000 = 1.7352941.
  CHECK(urban_from_overall(44400_yuan, 28600_yuan, 64.0_pct).value() ==
        Approx(53287.5).epsilon(1e-14));
  CHECK(implied_urban_rural_ratio(44400_yuan, 28600_yuan, 64.0_pct).value() ==
        Approx(1.8631993006993006).epsilon(1e-13));
  CHECK(urban_from_overall(57000_yuan, 38000_yuan, 68.0_pct).value() ==
        Approx(65941.17647058822).epsilon(1e-13));
  CHECK(implied_urban_rural_ratio(57000_yuan, 38000_yuan, 68.0_pct).value() ==
        Approx(1.7352941176470584).epsilon(1e-13));
}

TEST_CASE("a floor on urbanisation is a ceiling on the implied ratio", "[weighted_mean]") {
  // When overall > rural, urban = rural + (overall − rural)/u falls as u rises.
  const auto at64 = implied_urban_rural_ratio(44400_yuan, 28600_yuan, 64.0_pct);
  const auto at66 = implied_urban_rural_ratio(44400_yuan, 28600_yuan, 66.0_pct);
  CHECK(at66 < at64);
}

TEST_CASE("each of the four terms can be the unknown", "[weighted_mean]") {
  CHECK(overall_from_parts(53287.5_yuan, 28600_yuan, 64.0_pct).value() ==
        Approx(44400.0).epsilon(1e-14));
  CHECK(rural_from_overall(44400_yuan, 53287.5_yuan, 64.0_pct).value() ==
        Approx(28600.0).epsilon(1e-13));
  // The share at which 2022's incomes fit a ratio of exactly 2.0: (44400 − 28600)/28600 = 55.24 %.
  CHECK(urban_share_from(44400_yuan, 57200_yuan, 28600_yuan).value() ==
        Approx(100.0 * 15800.0 / 28600.0).epsilon(1e-13));

  const auto solved = solve_two_group_mean(
      two_group_mean<units::yuan>{44400_yuan, std::nullopt, 28600_yuan, 64.0_pct});
  REQUIRE(solved.urban.has_value());
  CHECK(solved.urban->value() == Approx(53287.5).epsilon(1e-14));
  const auto share = solve_two_group_mean(
      two_group_mean<units::yuan>{44400_yuan, 53287.5_yuan, 28600_yuan, std::nullopt});
  CHECK(share.urban_share->value() == Approx(64.0).epsilon(1e-13));
}

TEST_CASE("a linear system recovers both years at once", "[weighted_mean]") {
  identity_system<units::yuan> s;
  const auto i22 = s.unknown("overall 2022"), u22 = s.unknown("urban 2022"),
             r22 = s.unknown("rural 2022");
  const auto i25 = s.unknown("overall 2025"), u25 = s.unknown("urban 2025"),
             r25 = s.unknown("rural 2025");
  s.known(i22, 44400_yuan);
  s.known(r22, 28600_yuan);
  s.known(i25, 57000_yuan);
  s.known(r25, 38000_yuan);
  s.weighted_mean(i22, u22, r22, 64.0_pct);
  s.weighted_mean(i25, u25, r25, 68.0_pct);
  const auto sol = s.solve();
  CHECK(sol.consistent);
  CHECK(sol.value("urban 2022").value() == Approx(53287.5).epsilon(1e-12));
  CHECK(sol.value("urban 2025").value() == Approx(65941.17647058822).epsilon(1e-12));
  CHECK(sol.residuals.cwiseAbs().maxCoeff() < 1e-7);
  CHECK(sol.equations.size() == 6);
}

TEST_CASE("a ratio bound turned into an equation shows what overall income it would need",
          "[weighted_mean]") {
  // If urban were exactly 1.95 × rural in 2025: overall = 0.68·1.95·38000 + 0.32·38000 = 62,548 元.
  identity_system<units::yuan> s;
  const auto i = s.unknown("overall"), u = s.unknown("urban"), r = s.unknown("rural");
  s.known(r, 38000_yuan);
  s.ratio(u, r, 1.95_times);
  s.weighted_mean(i, u, r, 68.0_pct);
  CHECK(s.solve().value("overall").value() == Approx(62548.0).epsilon(1e-12));
  // Adding the plan's 57,000 contradicts it: the least-squares answer is flagged inconsistent.
  s.known(i, 57000_yuan);
  const auto over = s.solve();
  CHECK_FALSE(over.consistent);
}

TEST_CASE("a growth link ties two years together", "[weighted_mean]") {
  identity_system<units::yuan> s;
  const auto a = s.unknown("rural 2022"), b = s.unknown("rural 2025");
  s.known(a, 28600_yuan);
  s.growth(b, a, 10.0_pct_per_year, 3.0);
  CHECK(s.solve().value("rural 2025").value() == Approx(28600.0 * 1.331).epsilon(1e-13));
}

TEST_CASE("the weighted-mean identity refuses bad input", "[weighted_mean][bad_input]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_WITH(urban_from_overall(44400_yuan, 28600_yuan, 0.0_pct),
                    Catch::Contains("urban_from_overall") && Catch::Contains("undetermined"));
  CHECK_THROWS_AS(urban_from_overall(44400_yuan, 28600_yuan, 0.0_pct), std::domain_error);
  CHECK_THROWS_WITH(urban_from_overall(44400_yuan, 28600_yuan, 120.0_pct),
                    Catch::Contains("[0, 100]"));
  CHECK_THROWS_WITH(urban_from_overall(44400_yuan, 28600_yuan, quantity<units::percent>(nan)),
                    Catch::Contains("finite"));
  CHECK_THROWS_WITH(urban_from_overall(10000_yuan, 28600_yuan, 50.0_pct),
                    Catch::Contains("negative"));
  CHECK_THROWS_WITH(rural_from_overall(44400_yuan, 53000_yuan, 100.0_pct),
                    Catch::Contains("100 %"));
  CHECK_THROWS_WITH(urban_share_from(44400_yuan, 30000_yuan, 30000_yuan),
                    Catch::Contains("every share"));
  CHECK_THROWS_WITH(urban_share_from(60000_yuan, 57200_yuan, 28600_yuan),
                    Catch::Contains("outside"));
  CHECK_THROWS_WITH(overall_from_parts(-1_yuan, 28600_yuan, 64.0_pct),
                    Catch::Contains("urban must be ≥ 0"));
  CHECK_THROWS_WITH(solve_two_group_mean(two_group_mean<units::yuan>{44400_yuan, std::nullopt,
                                                                     std::nullopt, 64.0_pct}),
                    Catch::Contains("exactly one") && Catch::Contains("got 2"));

  identity_system<units::yuan> s;
  const auto i = s.unknown("overall"), u = s.unknown("urban"), r = s.unknown("rural");
  CHECK_THROWS_WITH(s.unknown("urban"), Catch::Contains("duplicate"));
  CHECK_THROWS_WITH(s.solve(), Catch::Contains("no equations"));
  s.known(i, 44400_yuan);
  s.weighted_mean(i, u, r, 64.0_pct);
  CHECK_THROWS_AS(s.solve(), std::domain_error);
  CHECK_THROWS_WITH(s.solve(), Catch::Contains("underdetermined") && Catch::Contains("urban") &&
                                   Catch::Contains("rural") && !Catch::Contains("overall,"));
  CHECK_THROWS_WITH(s.known(identity_system<units::yuan>::variable{9}, 1_yuan),
                    Catch::Contains("unknown variable index 9"));
}
