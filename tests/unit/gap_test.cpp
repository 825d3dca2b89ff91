#include <catch2/catch.hpp>

#include <limits>
#include <stdexcept>

#include "prosper/literals.hpp"
#include "prosper/math/gap.hpp"

using namespace prosper;
using namespace prosper::literals;
namespace u = prosper::units;

namespace {
using gdp_per_capita = indicator<struct gdp_pc_tag, u::wan_yuan, direction::higher_is_better>;
using pm25 = indicator<struct pm25_tag, u::microgram_per_cubic_metre, direction::lower_is_better>;
using share = indicator<struct share_tag, u::percent, direction::higher_is_better>;
using gini = indicator<struct gini_tag, u::times, direction::neutral>;
using engel = indicator<struct engel_tag, u::percent, direction::lower_is_better>;
template <class I, class Q> indicator_value<I> v(Q q) { return indicator_value<I>{q}; }
// 7.80 * (7.80/7.27)**2, the 2025 projection at the 2022–2023 rate.
constexpr double projected_2025 = 8.978731536017891;
}  // namespace

// Expected values computed independently in Python; the formula is next to each.

TEST_CASE("a projection of 8.98 leaves 13 % of the required progress undone", "[gap]") {
  // (9.24 − 8.97873)/(9.24 − 7.27) = 0.13262358577772027
  CHECK(math::gap_ratio(7.27, projected_2025, 9.24) == Approx(0.13262358577772027).epsilon(1e-12));
  CHECK(math::gap_ratio(7.27, 7.27, 9.24) == 1.0);
  CHECK(math::gap_ratio(7.27, 9.24, 9.24) == 0.0);
  // (7.80 − 7.27)/1.97 = 0.269035532994924: behind the 1/3 of the period elapsed.
  CHECK(math::progress_share(7.27, 7.80, 9.24) == Approx(0.269035532994924).epsilon(1e-12));
  // Lower-is-better works without special cases: 2.0 → 1.97 of 1.95 is 60 % of the way.
  CHECK(math::progress_share(2.0, 1.97, 1.95) == Approx(0.6).epsilon(1e-12));
  CHECK(gap_ratio(v<gdp_per_capita>(7.27_wan_yuan), v<gdp_per_capita>(quantity<u::wan_yuan>{projected_2025}),
                  v<gdp_per_capita>(9.24_wan_yuan)) == Approx(0.13262358577772027).epsilon(1e-12));
  CHECK(progress_share(v<share>(58.0_pct), v<share>(62.0_pct), v<share>(70.0_pct)) == Approx(1.0 / 3.0));
}

TEST_CASE("ESCAP's current status of GDP per capita 7.80 in 2023 is 2.69 of 10", "[gap]") {
  struct row { double base, current, target; direction d; double expected; };
  const row rows[] = {
      {7.27, 7.80, 9.24, direction::higher_is_better, 2.6903553299492398},  // 10·0.53/1.97
      {7.27, projected_2025, 9.24, direction::higher_is_better, 8.673764142222801},  // anticipated
      {7.27, 9.30, 9.24, direction::higher_is_better, 10.0},                // met: 10 whatever the path
      {7.27, 7.00, 9.24, direction::higher_is_better, -1.3705583756345177}, // moved away: 10·(−0.27)/1.97
      {2.0, 1.97, 1.95, direction::lower_is_better, 6.0},                   // −10·(−0.03)/0.05
      {2.0, 2.05, 1.95, direction::lower_is_better, -10.0},
      {23.0, 22.0, 23.0, direction::lower_is_better, 10.0},                 // maintain met
  };
  for (const auto& r : rows) {
    CAPTURE(r.base, r.current, r.target);
    CHECK(math::escap_current_status(r.base, r.current, r.target, r.d) ==
          Approx(r.expected).epsilon(1e-12));
  }
  CHECK(escap_current_status(v<gdp_per_capita>(7.27_wan_yuan), v<gdp_per_capita>(7.80_wan_yuan),
                             v<gdp_per_capita>(9.24_wan_yuan)) == Approx(2.6903553299492398).epsilon(1e-12));
}

TEST_CASE("NBS realisation scores are capped at 100 and follow the indicator type", "[gap]") {
  CHECK(math::nbs_positive_score(7.80, 9.24) == Approx(84.41558441558442).epsilon(1e-12));
  CHECK(math::nbs_positive_score(9.50, 9.24) == 100.0);
  CHECK(math::nbs_positive_score(-1.0, 9.24) == 0.0);
  CHECK(math::nbs_inverse_score(45.0, 40.0) == Approx(88.88888888888889).epsilon(1e-12));
  CHECK(math::nbs_inverse_score(30.0, 40.0) == 100.0);
  CHECK(math::nbs_inverse_score(0.0, 40.0) == 100.0);
  struct row { double x, expected; };
  // Target interval [3, 6] with allowed limits [1, 8].
  const row rows[] = {{0.5, 0.0}, {1.0, 0.0}, {2.0, 50.0}, {3.0, 100.0}, {4.5, 100.0},
                      {6.0, 100.0}, {7.0, 50.0}, {7.5, 25.0}, {8.0, 0.0}, {9.0, 0.0}};
  for (const auto& r : rows) {
    CAPTURE(r.x);
    CHECK(math::nbs_interval_score(r.x, 3.0, 6.0, 1.0, 8.0) == Approx(r.expected).margin(1e-12));
  }
  // An interval without tolerance on one side scores 0 just outside it.
  CHECK(math::nbs_interval_score(2.9, 3.0, 6.0, 3.0, 8.0) == 0.0);
  CHECK(nbs_score(v<gdp_per_capita>(7.80_wan_yuan), v<gdp_per_capita>(9.24_wan_yuan)).value() ==
        Approx(84.41558441558442).epsilon(1e-12));
  CHECK(nbs_score(v<engel>(45.0_pct), v<engel>(40.0_pct)).value() == Approx(88.88888888888889).epsilon(1e-12));
  CHECK(nbs_interval_score(v<gini>(0.45_times), 0.30_times, 0.40_times, 0.25_times, 0.50_times).value() ==
        Approx(50.0).epsilon(1e-12));
}

TEST_CASE("OECD standardised distance is 1.5 for a 58 % share against 70 % with σ = 8 pp",
          "[gap]") {
  CHECK(math::standardised_distance(58.0, 70.0, 8.0, direction::higher_is_better) == 1.5);
  CHECK(math::standardised_distance(72.0, 70.0, 8.0, direction::higher_is_better) == 0.0);
  CHECK(math::standardised_distance(2.0, 1.95, 0.1, direction::lower_is_better) == Approx(0.5));
  CHECK(math::standardised_distance(0.45, 0.35, 0.05, direction::neutral) == Approx(2.0));
  CHECK(standardised_distance(v<share>(58.0_pct), v<share>(70.0_pct), 8.0_pp) == 1.5);
}

TEST_CASE("SDSN normalisation rescales to 0–100 with censoring at the bounds", "[gap]") {
  // Methodology §3.5: bounds 40 % and 80 %; 50 → 25, 58 → 45, target 70 → 75.
  CHECK(math::sdsn_normalise(50.0, 40.0, 80.0) == Approx(25.0));
  CHECK(math::sdsn_normalise(58.0, 40.0, 80.0) == Approx(45.0));
  CHECK(math::sdsn_normalise(70.0, 40.0, 80.0) == Approx(75.0));
  CHECK(math::sdsn_normalise(90.0, 40.0, 80.0) == 100.0);
  CHECK(math::sdsn_normalise(30.0, 40.0, 80.0) == 0.0);
  CHECK(math::sdsn_normalise(30.0, 60.0, 20.0) == Approx(75.0));  // lower is better: bounds swapped
}

TEST_CASE("absolute gaps are typed and shortfalls follow the desired direction", "[gap]") {
  const auto g = absolute_gap(58.0_pct, 70.0_pct);
  STATIC_REQUIRE(std::is_same_v<decltype(g), const quantity<u::percentage_point>>);
  CHECK(g == 12.0_pp);
  CHECK(absolute_gap(v<gdp_per_capita>(7.80_wan_yuan), v<gdp_per_capita>(9.24_wan_yuan)).value() ==
        Approx(1.44));
  CHECK(shortfall(v<pm25>(25_ug_m3), v<pm25>(23_ug_m3)).value() == 2.0);
  CHECK(shortfall(v<pm25>(22_ug_m3), v<pm25>(23_ug_m3)).value() == 0.0);
  CHECK(shortfall(v<share>(72.0_pct), v<share>(70.0_pct)) == 0.0_pp);
  CHECK(shortfall(v<share>(58.0_pct), v<share>(70.0_pct)) == 12.0_pp);
  CHECK(shortfall(v<gini>(0.30_times), v<gini>(0.35_times)).value() == Approx(0.05));
}

TEST_CASE("a base equal to the target is refused, never divided by", "[gap]") {
  const double qnan = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_AS(math::gap_ratio(23.0, 22.0, 23.0), std::invalid_argument);
  CHECK_THROWS_WITH(math::progress_share(1.5, 1.52, 1.5),
                    Catch::Contains("math::progress_share") && Catch::Contains("target equals base (1.5)"));
  CHECK_THROWS_AS(math::escap_current_status(23.0, 25.0, 23.0, direction::lower_is_better),
                  std::invalid_argument);
  CHECK_THROWS_AS(math::escap_current_status(1.0, 2.0, 3.0, direction::neutral), std::invalid_argument);
  CHECK_THROWS_AS(math::gap_ratio(qnan, 1.0, 2.0), std::domain_error);
  CHECK_THROWS_AS(math::nbs_positive_score(1.0, 0.0), std::domain_error);
  CHECK_THROWS_AS(math::nbs_inverse_score(-1.0, 40.0), std::domain_error);
  CHECK_THROWS_AS(math::nbs_interval_score(4.0, 6.0, 3.0, 1.0, 8.0), std::invalid_argument);
  CHECK_THROWS_AS(math::standardised_distance(58.0, 70.0, 0.0, direction::higher_is_better),
                  std::domain_error);
  CHECK_THROWS_AS(math::sdsn_normalise(50.0, 40.0, 40.0), std::invalid_argument);
}
