#include "prosper/ratio/max_min.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "prosper/literals.hpp"

using namespace prosper;
using namespace prosper::literals;
using namespace prosper::ratio;
using Eigen::VectorXd;

namespace {
// Nine county-level units with illustrative values, not published data: the names are Lishui's
// county-level units, the incomes and populations are made up for the tests.
std::vector<region<units::yuan>> illustrative_counties() {
  const auto p = [](double v) { return quantity<units::wan_person>{v}; };
  return {
      {"莲都区", 62000_yuan, p(57)}, {"龙泉市", 50000_yuan, p(25)}, {"青田县", 56000_yuan, p(50)},
      {"云和县", 47000_yuan, p(11)}, {"庆元县", 41000_yuan, p(14)}, {"缙云县", 48000_yuan, p(40)},
      {"遂昌县", 45000_yuan, p(19)}, {"松阳县", 43000_yuan, p(20)}, {"景宁县", 40000_yuan, p(11)}};
}
}  // namespace

TEST_CASE("max/min of the methodology note's example", "[max_min]") {
  CHECK(max_min_ratio(VectorXd{{5.2, 6.1, 9.0}}) == Approx(9.0 / 5.2).epsilon(1e-15));
  CHECK(max_min_ratio(VectorXd{{7.0}}) == 1.0);
}

TEST_CASE("population-weighted variants use everyone", "[max_min]") {
  CHECK(max_to_mean(VectorXd{{1, 2}}, VectorXd{{3, 1}}) == Approx(1.6));
  CHECK(mean_to_min(VectorXd{{1, 2}}, VectorXd{{3, 1}}) == Approx(1.25));
  CHECK(population_extremes_ratio(VectorXd{{1, 2, 4}}, VectorXd{{1, 1, 1}}, 1.0 / 3) ==
        Approx(4.0).epsilon(1e-12));
  // With a fifth of the population at each end, splitting the second region in half.
  // Regions {1, 2, 3, 4, 5} with weights {1, 2, 4, 2, 1}: the poorest 20 % are the first (1) and
  // half of the second (1 × 2 → 2 of income), mean 3/2; the richest likewise (5 + 4) / 2.
  CHECK(population_extremes_ratio(VectorXd{{3, 1, 5, 2, 4}}, VectorXd{{4, 1, 1, 2, 2}}, 0.2) ==
        Approx(9.0 / 3.0).epsilon(1e-12));
  const auto counties = illustrative_counties();
  CHECK(population_extremes_ratio(counties, 20.0_pct).value() < max_min(counties).ratio.value());
}

TEST_CASE("the minimum uplift raises the laggards to max/bound", "[max_min]") {
  const VectorXd up = minimum_uplift(VectorXd{{6.0, 9.0, 5.0}}, 1.5);
  CHECK(up[0] == 0.0);
  CHECK(up[1] == 0.0);
  CHECK(up[2] == Approx(1.0).epsilon(1e-15));
  // Already within the bound: nothing to do.
  CHECK(minimum_uplift(VectorXd{{6.0, 8.0}}, 1.5).isZero());
  // Bound 1 means everyone at the maximum.
  CHECK(minimum_uplift(VectorXd{{6.0, 8.0}}, 1.0)[0] == 2.0);

  const auto changes = minimum_uplift(illustrative_counties(), 1.5_times);
  // 62,000 / 1.5 = 41,333.3: 庆元 (41,000) and 景宁 (40,000) must rise, nobody else.
  int raised = 0;
  for (const auto& c : changes) {
    if (c.change.value() > 0) {
      ++raised;
      CHECK(c.to.value() == Approx(62000.0 / 1.5));
    }
  }
  CHECK(raised == 2);
  CHECK(changes[8].name == "景宁县");
  CHECK(changes[8].change.value() == Approx(62000.0 / 1.5 - 40000.0));
}

TEST_CASE("budget-neutral levelling shaves the top, raises the bottom and keeps the total",
          "[max_min]") {
  const VectorXd x{{4, 6, 10}};
  const auto l = budget_neutral_levelling(x, VectorXd::Ones(3), 1.5);
  CHECK(l.cap == Approx(8.4).epsilon(1e-14));
  CHECK(l.floor == Approx(5.6).epsilon(1e-14));
  CHECK(l.levels[1] == 6.0);
  CHECK(l.transfer == Approx(1.6).epsilon(1e-14));
  CHECK(l.levels.sum() == Approx(x.sum()).epsilon(1e-14));

  const auto counties = illustrative_counties();
  const auto plan = budget_neutral_levelling(counties, 1.3_times);
  double before = 0.0, after = 0.0, lo = 1e300, hi = 0.0;
  for (std::size_t i = 0; i < counties.size(); ++i) {
    before += counties[i].value.value() * counties[i].population.value();
    after += plan.changes[i].to.value() * counties[i].population.value();
    lo = std::min(lo, plan.changes[i].to.value());
    hi = std::max(hi, plan.changes[i].to.value());
  }
  CHECK(after == Approx(before).epsilon(1e-13));
  CHECK(hi / lo == Approx(1.3).epsilon(1e-12));
  CHECK(plan.cap.value() / plan.floor.value() == Approx(1.3).epsilon(1e-13));
  CHECK(plan.transfer_per_person.value() > 0.0);
  // Already within: nothing moves.
  CHECK(budget_neutral_levelling(VectorXd{{6, 8}}, VectorXd{{1, 1}}, 1.5).transfer == 0.0);
}

TEST_CASE("the growth each laggard needs given the leader's growth", "[max_min]") {
  const VectorXd g = required_growth(VectorXd{{9.0, 5.0}}, 0.06, 1.5, 3.0);
  CHECK(g[0] == 0.06);
  CHECK(g[1] == Approx(std::cbrt(9.0 * std::pow(1.06, 3) / 7.5) - 1.0).epsilon(1e-14));

  const auto counties = illustrative_counties();
  const auto need = required_growth(counties, 7.0_pct_per_year, 1.5_times, 3.0);
  REQUIRE(need.size() == 9);
  CHECK(need[0].leader);
  CHECK(need[0].required.value() == Approx(7.0));
  // 景宁: (62000·1.07³ / (1.5·40000))^(1/3) − 1.
  CHECK(need[8].required.value() ==
        Approx(100.0 * (std::cbrt(62000.0 * std::pow(1.07, 3) / 60000.0) - 1.0)).epsilon(1e-12));
  // Applying the required growth lands every region at or above leader_T / 1.5.
  const double leader_t = 62000.0 * std::pow(1.07, 3);
  for (std::size_t i = 0; i < counties.size(); ++i)
    CHECK(counties[i].value.value() * std::pow(1.0 + need[i].required.value() / 100.0, 3) ==
          Approx(i == 0 ? leader_t : leader_t / 1.5).epsilon(1e-12));
}

TEST_CASE("the year max/min reaches its bound, or the pair that blocks it", "[max_min]") {
  const auto r = year_max_min_reached(VectorXd{{9.0, 5.0}}, VectorXd{{0.06, 0.10}}, 1.5, 2022);
  REQUIRE(r.reachable);
  CHECK(r.years_needed == Approx(std::log(1.5 / 1.8) / std::log(1.06 / 1.10)).epsilon(1e-12));
  CHECK(r.year == 2027);

  // Three regions: the middle one drifts away from the top after a while.
  const auto d =
      year_max_min_reached(VectorXd{{1.6, 1.0, 1.2}}, VectorXd{{0.0, 0.05, -0.02}}, 1.5, 2022);
  REQUIRE(d.reachable);
  CHECK(d.year == 2024);  // 1.6/1.05ᵗ ≤ 1.5 from t = 1.32
  REQUIRE(d.holds_until.has_value());
  // 1.6/1.2 · (1/0.98)ᵗ ≤ 1.5 until t = ln(1.125)/−ln(0.98) = 5.83
  CHECK(*d.holds_until == 2027);

  auto counties = illustrative_counties();
  std::vector<quantity<units::percent_per_year>> growth(9, 8.0_pct_per_year);
  growth[4] = 9.0_pct_per_year;  // 庆元 (1.512 behind) catches up
  growth[8] = 7.0_pct_per_year;  // 景宁 (1.55 behind) slower than the leader
  const auto u = year_max_min_reached(counties, growth, 1.5_times, 2022);
  CHECK_FALSE(u.reachable);
  CHECK_THAT(u.reason, Catch::Contains("unreachable") && Catch::Contains("莲都区 / 景宁县"));
  growth[8] = 9.0_pct_per_year;
  const auto ok = year_max_min_reached(counties, growth, 1.5_times, 2022);
  CHECK(ok.reachable);
  CHECK(ok.year ==
        2022 + static_cast<int>(std::ceil(std::log(1.5 / 1.55) / std::log(1.08 / 1.09))));
}

TEST_CASE("the typed layer keeps names", "[max_min]") {
  const auto s = max_min(illustrative_counties());
  CHECK(s.ratio.value() == Approx(62000.0 / 40000.0));
  CHECK(s.highest == "莲都区");
  CHECK(s.lowest == "景宁县");
}

TEST_CASE("max/min functions refuse bad input", "[max_min][bad_input]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_WITH(max_min_ratio(VectorXd(0)),
                    Catch::Contains("max_min_ratio") && Catch::Contains("empty"));
  CHECK_THROWS_WITH(max_min_ratio(VectorXd{{1, 0}}), Catch::Contains("values[1]"));
  CHECK_THROWS_AS(max_min_ratio(VectorXd{{1, nan}}), std::invalid_argument);
  CHECK_THROWS_WITH(minimum_uplift(VectorXd{{1, 2}}, 0.9), Catch::Contains("bound must be ≥ 1"));
  CHECK_THROWS_WITH(budget_neutral_levelling(VectorXd{{1, 2}}, VectorXd{{0, 0}}, 1.5),
                    Catch::Contains("budget_neutral_levelling") && Catch::Contains("all zero"));
  CHECK_THROWS_WITH(budget_neutral_levelling(VectorXd{{1, 2}}, VectorXd{{1}}, 1.5),
                    Catch::Contains("weights have 1"));
  CHECK_THROWS_WITH(required_growth(VectorXd{{1, 2}}, -1.5, 1.5, 3.0),
                    Catch::Contains("leader growth"));
  CHECK_THROWS_WITH(year_max_min_reached(VectorXd{{1, 2}}, VectorXd{{0.1}}, 1.5, 2022),
                    Catch::Contains("growth has 1"));
  CHECK_THROWS_WITH(population_extremes_ratio(VectorXd{{1, 2}}, VectorXd{{1, 1}}, 0.7),
                    Catch::Contains("(0, 0.5]"));
  const std::vector<region<units::yuan>> none;
  CHECK_THROWS_WITH(max_min(none), Catch::Contains("no regions"));
  std::vector<region<units::yuan>> bad = illustrative_counties();
  bad[3].value = quantity<units::yuan>(-5.0);
  CHECK_THROWS_WITH(max_min(bad), Catch::Contains("云和县"));
  // Populations left at zero cannot weight anything.
  const std::vector<region<units::yuan>> unweighted{{"a", 1_yuan, {}}, {"b", 2_yuan, {}}};
  CHECK_THROWS_WITH(budget_neutral_levelling(unweighted, 1.5_times), Catch::Contains("all zero"));
  CHECK_THROWS_WITH(population_extremes_ratio(unweighted, 20.0_pct), Catch::Contains("all zero"));
}
