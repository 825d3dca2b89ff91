#pragma once
// The regions a plan speaks of, each with its administrative level: the plan's own region, the
// regions below it (a city's counties, a province's cities) whose spread a max/min target bounds,
// and the regions above it (the province) a ratio target compares with. The level is declared
// in the plan, never guessed from a name's ending (省, 市, 县), so that a plan in any language,
// or one whose regions are named in English, gets the same panels and the same statuses.

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prosper::plan {

/// An administrative level, from the coarsest to the finest. The order is the hierarchy: a
/// region of a finer level lies inside one of a coarser level.
///
/// Example: `region_level::county` for 莲都区 in the Lishui plan.
enum class region_level {
  country,   ///< 国家
  province,  ///< 省、自治区、直辖市
  city,      ///< 地级市 (设区市)
  county,    ///< 县、县级市、区
  township,  ///< 乡、镇、街道
};

/// Every level, from the coarsest to the finest; what parsers and tests iterate over.
inline constexpr std::array<region_level, 5> all_region_levels = {
    region_level::country, region_level::province, region_level::city, region_level::county,
    region_level::township};

/// The stable ASCII name of a level, used in plan JSON.
///
/// Example: `to_string(region_level::county) == "county"`.
constexpr std::string_view to_string(region_level l) noexcept {
  switch (l) {
    case region_level::country:
      return "country";
    case region_level::province:
      return "province";
    case region_level::city:
      return "city";
    case region_level::county:
      return "county";
    case region_level::township:
      return "township";
  }
  return "county";
}

/// The level named `s`, or nothing for an unknown name.
///
/// Example: `region_level_from_string("province") == region_level::province`.
constexpr std::optional<region_level> region_level_from_string(std::string_view s) noexcept {
  for (region_level l : all_region_levels)
    if (to_string(l) == s) return l;
  return std::nullopt;
}

/// A region the plan speaks of. `name_zh` is the name observations use in their `region` field.
///
/// Example: `{"莲都区", "Liandu", region_level::county}`.
struct declared_region {
  std::string name_zh;
  std::string name_en;
  region_level level = region_level::county;

  friend bool operator==(const declared_region&, const declared_region&) = default;
};

/// The declared region named `name` in `regions`, or null.
///
/// Example: `find_region(plan.regions, "浙江省")->level == region_level::province`.
inline const declared_region* find_region(const std::vector<declared_region>& regions, std::string_view name) {
  for (const declared_region& r : regions)
    if (r.name_zh == name) return &r;
  return nullptr;
}

/// The declared regions strictly finer than `own` (a city's counties), in declaration order: the
/// regions whose spread a max/min target bounds. Empty when `own` is not declared.
///
/// Example: for Lishui, `sub_regions(p.regions, "丽水市")` lists its nine county-level units.
inline std::vector<std::string> sub_regions(const std::vector<declared_region>& regions,
                                            std::string_view own) {
  std::vector<std::string> out;
  if (const declared_region* self = find_region(regions, own))
    for (const declared_region& r : regions)
      if (r.level > self->level) out.push_back(r.name_zh);
  return out;
}

/// The declared regions strictly coarser than `own` (a city's province), finest first: the
/// regions a ratio to an outside average ("与全省平均之比") compares with. Empty when `own` is
/// not declared.
///
/// Example: for Lishui, `reference_regions(p.regions, "丽水市") == {"浙江省"}`.
inline std::vector<std::string> reference_regions(const std::vector<declared_region>& regions,
                                                  std::string_view own) {
  std::vector<const declared_region*> coarser;
  if (const declared_region* self = find_region(regions, own))
    for (const declared_region& r : regions)
      if (r.level < self->level) coarser.push_back(&r);
  std::stable_sort(coarser.begin(), coarser.end(),
                   [](const declared_region* a, const declared_region* b) { return a->level > b->level; });
  std::vector<std::string> out;
  for (const declared_region* r : coarser) out.push_back(r->name_zh);
  return out;
}

}  // namespace prosper::plan
