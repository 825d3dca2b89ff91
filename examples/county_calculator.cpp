// A county calculator that stays typed from its inputs to its answers (docs/tutorial.md §4): the
// plan's targets come in as typed milestones, checked against the catalog's unit and direction;
// each county's incomes are quantities in 元 with a population; the answers keep their units and
// name their counties. The three counties are invented round numbers, not published statistics.
#include <cstdio>
#include <vector>

#include "prosper/format.hpp"
#include "prosper/inequality/regions.hpp"
#include "prosper/literals.hpp"
#include "prosper/math/required_change.hpp"
#include "prosper/plan/lishui_indicators.hpp"
#include "prosper/ratio/max_min.hpp"
#include "prosper/ratio/residence_panel.hpp"

using namespace prosper;
using namespace prosper::literals;
namespace ls = prosper::lishui;

int main() {
  // The plan's 2025 targets, typed: 城乡居民收入倍差 ≤ 1.95 and the county max/min ≤ 1.5.
  const auto urban_rural = ls::milestones<ls::urban_rural_income_ratio>().back().goal;
  const auto county_gap = ls::milestones<ls::county_income_max_min_ratio>().back().goal;

  const quantity<units::wan_person> wan{1.0};
  const std::vector<ratio::residence_incomes<units::yuan>> counties{
      {"甲县", 66000_yuan, 34000_yuan, 70.0_pct, 60.0 * wan},
      {"乙县", 52000_yuan, 27000_yuan, 55.0_pct, 25.0 * wan},
      {"丙县", 48000_yuan, 25500_yuan, 45.0_pct, 15.0 * wan}};

  for (const auto& c : counties) {
    const auto ratio = ratio::urban_rural_ratio(c);
    const bool met = *is_met(urban_rural, indicator_value<ls::urban_rural_income_ratio>{ratio});
    std::printf("%s: overall %s, urban/rural %s (%s %s)\n", c.name.c_str(),
                to_string(ratio::overall(c), 0).c_str(), to_string(ratio, 3).c_str(),
                met ? "meets" : "misses", std::string(urban_rural.wording_zh).c_str());
  }

  // Max/min across the counties' overall incomes, against the plan's bound.
  const auto overall = ratio::overall_values(counties);
  const auto gap = ratio::max_min(overall);
  const bool gap_met =
      *is_met(county_gap, indicator_value<ls::county_income_max_min_ratio>{gap.ratio});
  std::printf("max/min %s (%s / %s): %s %s\n", to_string(gap.ratio, 3).c_str(),
              gap.highest.c_str(), gap.lowest.c_str(), gap_met ? "meets" : "misses",
              std::string(county_gap.wording_zh).c_str());

  // Population-weighted inequality and the total income, all from the same typed regions.
  std::printf("Gini across counties (population-weighted): %.3f\n", inequality::gini(overall));
  quantity<units::yi_yuan> total{};
  for (const auto& r : overall) total += product<units::yi_yuan>(per_person(r.value), r.population);
  std::printf("total disposable income: %s\n", to_string(total, 1).c_str());

  // The growth the lowest county needs to reach the highest county's level / 1.5 in three years.
  const auto needed = required_cagr(overall.back().value, overall.front().value / 1.5, 3.0_years);
  std::printf("丙县 needs %s to reach 1/1.5 of 甲县 by 2025\n", to_string(needed, 2).c_str());
}
