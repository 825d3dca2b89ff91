#pragma once
// The runtime model of a plan: what the catalog iterates over, what JSON loads and saves, and what
// the audit and the reports read. It owns its strings so that a plan loaded from a file outlives
// the file's buffer; the embedded Lishui plan is built into the same model.

#include <optional>
#include <string>
#include <vector>

#include "prosper/direction.hpp"
#include "prosper/target_kind.hpp"

namespace prosper::plan {

/// One milestone of an indicator: a year and what the plan asks for in that year, exactly as printed.
///
/// Example: `{2025, target_kind::at_most, 1.95, std::nullopt, "≤1.95"}`.
struct milestone {
  int year = 0;
  target_kind kind = target_kind::not_set;
  std::optional<double> value;  ///< the bound or point value; empty when the plan prints no number
  std::optional<double> upper;  ///< the upper end of a band; empty otherwise
  std::string printed;          ///< the cell as printed in the plan ("≤1.95", "稳步下降", "——")
};

/// One row of a plan's indicator table (the Lishui appendix has 67 numbered rows plus sub-rows).
///
/// Example: id "1", name_zh "人均地区生产总值", unit "万元", milestones 2022 → 7.27, 2025 → 9.24.
struct indicator {
  std::string id;           ///< the table's numbering; sub-rows get a suffix ("12.1", "34.2")
  std::string name_zh;
  std::string name_en;
  std::string category_zh;  ///< the table's 类别 ("生态富民惠民")
  std::string category_en;
  std::string attribute;    ///< "评价指标" / "特色指标" / "观察指标" as printed
  std::string unit;         ///< the unit symbol as printed in the table ("万元", "%", "微克/立方米"), "" for pure ratios
  prosper::direction dir = prosper::direction::higher_is_better;
  std::vector<milestone> milestones;  ///< in year order
  std::string note_zh;      ///< the table's footnote where it applies to this row
};

/// A quantitative target stated in the plan's body text (sections 一 to 九).
///
/// Example: id "三.11.1", phrase_zh "实现数字经济总量1000亿元", value 1000, unit "亿元".
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
  std::string unit;         ///< as printed ("亿元", "%", "家", "万亩")
  int year = 0;             ///< the year the target refers to (2025 unless the text says otherwise)
  std::string indicator_id; ///< the appendix indicator it restates or extends, "" if none
};

/// A whole plan: identity, indicator table and body targets.
struct plan {
  std::string name_zh;
  std::string name_en;
  std::string region_zh;
  std::string region_en;
  int base_year = 0;    ///< the first milestone year of the table (2022 for Lishui)
  int target_year = 0;  ///< the final milestone year (2025 for Lishui)
  std::string source;   ///< where the text was published
  std::vector<indicator> indicators;
  std::vector<body_target> body_targets;
};

}  // namespace prosper::plan
