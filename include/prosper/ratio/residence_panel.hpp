#pragma once
// A typed panel of regions by residence: each region's urban and rural per-capita income, its
// urbanisation rate and its population. It is what a county calculator holds for the plan's
// urban/rural constraint (城乡居民收入倍差 ≤ 1.95) and its max/min constraint across counties
// (地区人均可支配收入最高最低倍差 ≤ 1.5), and it turns into named regions for the many-region
// functions (max_min, minimum_uplift, population-weighted inequality), so the calculator stays
// typed from its inputs to its answers.

#include <string>
#include <vector>

#include "prosper/quantity.hpp"
#include "prosper/ratio/pair_ratio.hpp"
#include "prosper/region.hpp"
#include "prosper/ratio/weighted_mean.hpp"

namespace prosper::ratio {

/// One region's incomes by residence, its urbanisation rate and its population.
///
/// Example: `residence_incomes<units::yuan>{"莲都区", 66000_yuan, 33000_yuan, 75.0_pct,
/// quantity<units::wan_person>{57.0}}`.
template <Unit U>
struct residence_incomes {
  std::string name;
  quantity<U> urban;
  quantity<U> rural;
  quantity<units::percent> urbanisation;
  quantity<units::wan_person> population{};
};

/// The region's overall per-capita value: the urbanisation-weighted mean of its urban and rural
/// values (`overall_from_parts`).
///
/// Example: `overall(residence_incomes<units::yuan>{"x", 53287.5_yuan, 28600_yuan, 64.0_pct})` is
/// 44,400 元.
/// Throws as `overall_from_parts` does.
template <Unit U>
quantity<U> overall(const residence_incomes<U>& r) {
  return overall_from_parts(r.urban, r.rural, r.urbanisation);
}

/// The region's urban/rural ratio (`pair_ratio`).
///
/// Example: `urban_rural_ratio(residence_incomes<units::yuan>{"x", 57200_yuan, 28600_yuan,
/// 64.0_pct})` is 2.0.
template <Unit U>
quantity<units::times> urban_rural_ratio(const residence_incomes<U>& r) {
  return pair_ratio(r.urban, r.rural);
}

/// Every region with its overall value and population, for `max_min`, `minimum_uplift` and the
/// population-weighted inequality functions.
///
/// Example: `max_min(overall_values(panel)).ratio` is the max/min ratio of overall incomes.
template <Unit U>
std::vector<region<U>> overall_values(const std::vector<residence_incomes<U>>& panel) {
  std::vector<region<U>> out;
  out.reserve(panel.size());
  for (const auto& r : panel) out.emplace_back(r.name, overall(r), r.population);
  return out;
}

/// Every region with its urban/rural ratio and population.
///
/// Example: `urban_rural_ratios(panel)[0].value` is the first region's ratio.
template <Unit U>
std::vector<region<units::times>> urban_rural_ratios(const std::vector<residence_incomes<U>>& panel) {
  std::vector<region<units::times>> out;
  out.reserve(panel.size());
  for (const auto& r : panel) out.emplace_back(r.name, urban_rural_ratio(r), r.population);
  return out;
}

}  // namespace prosper::ratio
