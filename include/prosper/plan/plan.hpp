#pragma once
// The runtime model of a plan: what the catalog iterates over, what JSON loads and saves, and what
// the audit and the reports read. It owns its strings so that a plan loaded from a file outlives
// the file's buffer; the embedded Lishui plan is built into the same model.

#include <optional>
#include <string>
#include <vector>

#include "prosper/direction.hpp"
#include "prosper/math/milestone.hpp"
#include "prosper/plan/region.hpp"
#include "prosper/target_kind.hpp"
#include "prosper/units/runtime_unit.hpp"

namespace prosper::plan {

/// One row of a plan's indicator table (the Lishui appendix has 67 numbered rows plus sub-rows).
///
/// Example: id "1", name_zh "人均地区生产总值", unit 万元, milestones 2022 → 7.27, 2025 → 9.24.
struct indicator {
  std::string id;           ///< the table's numbering; sub-rows get a suffix ("12.1", "34.2")
  std::string name_zh;
  std::string name_en;
  std::string category_zh;  ///< the table's 类别 ("生态富民惠民")
  std::string category_en;
  std::string attribute;    ///< "评价指标" / "特色指标" / "观察指标" as printed
  /// The unit the values are in, resolved from its spelling when the plan was loaded; every
  /// decision about units is made on it, never on a spelling.
  units::runtime_unit unit;
  prosper::direction dir = prosper::direction::higher_is_better;
  std::vector<math::milestone> milestones;  ///< in year order
  std::string note_zh;      ///< the table's footnote where it applies to this row
  std::string remarks;      ///< how the row's cells were read into data, in English; may be empty
  /// The unit as the table prints it: `unit`'s spelling, unless the table prints something
  /// else (规上工业亩均税收 printed in "万元" though the values are 万元/亩; the Gini coefficient
  /// printed without a unit though it is a fraction).
  std::string unit_printed;

};

/// A quantitative target stated in the plan's body text (sections 一 to 九).
///
/// Example: id "三.11.1", phrase_zh "实现数字经济总量1000亿元", value 1000, unit 亿元.
struct body_target {
  std::string id;           ///< "<section>.<item>.<n>", e.g. "三.11.1"; section 一 uses its goal paragraph number
  std::string section;      ///< "三"
  std::string item;         ///< the numbered item ("11"), or the goal paragraph in section 一
  std::string phrase_zh;    ///< the original Chinese phrase, verbatim
  std::string name_en;
  std::string basis;        ///< "level", "annual_growth", "cumulative", "increase" (新增), "share" …
  target_kind kind = target_kind::point;
  std::optional<double> value;
  std::optional<double> upper;
  units::runtime_unit unit;  ///< resolved from the spelling printed ("亿元", "%", "家", "万亩")
  int year = 0;             ///< the year the target refers to (2025 unless the text says otherwise)
  std::string indicator_id; ///< the appendix indicator it restates or extends, "" if none
  std::string remarks;      ///< how the phrase was read into data, in English; may be empty
  /// The unit as the phrase prints it: `unit`'s spelling, unless the phrase prints something
  /// else ("每万老年人口…25人" is 25 人/万人).
  std::string unit_printed;
};

/// A whole plan: identity, regions, indicator table and body targets.
struct plan {
  std::string name_zh;
  std::string name_en;
  std::string region_zh;
  std::string region_en;
  int base_year = 0;    ///< the first milestone year of the table (2022 for Lishui)
  int target_year = 0;  ///< the final milestone year (2025 for Lishui)
  std::string source;   ///< where the text was published
  /// The regions the plan speaks of with their levels: its own region, the regions below it
  /// whose spread max/min targets bound, the regions above it that ratio targets compare with.
  /// Empty when the plan declares none (then no region-level panel can be built).
  std::vector<declared_region> regions;
  std::vector<indicator> indicators;
  std::vector<body_target> body_targets;
};

}  // namespace prosper::plan
