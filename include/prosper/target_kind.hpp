#pragma once
// The shape of a plan target. Plans print far more than point values: "≥64", ">95", "3.5以内",
// "稳步下降", "根据省定目标". Each of these is a kind, and a kind decides which math applies.

#include <string_view>

namespace prosper {

/// What a milestone of a plan asks for.
///
/// Example: "≤1.95" is `target_kind::at_most`; "稳步下降" is `target_kind::direction_only`.
enum class target_kind {
  point,           ///< reach this value ("57000")
  at_least,        ///< ≥ value ("≥64", "以上")
  greater_than,    ///< > value (">95")
  at_most,         ///< ≤ value ("≤1.95", "以内")
  less_than,       ///< < value
  band,            ///< stay within [value, upper]
  maintain,        ///< keep the base value (PM2.5 23 → 23)
  direction_only,  ///< move in the indicator's direction, no number ("稳步提升", "逐步下降")
  qualitative,     ///< text only ("保持在全省前列", "维持在合理区间")
  external,        ///< set by a higher authority, no number yet ("根据省定目标")
  not_set,         ///< the plan prints no value for this milestone ("——")
};

/// True when the kind carries a number that can be reached or checked.
///
/// Example: `is_numeric(target_kind::at_most)` is true; `is_numeric(target_kind::external)` is false.
constexpr bool is_numeric(target_kind k) noexcept {
  switch (k) {
    case target_kind::point:
    case target_kind::at_least:
    case target_kind::greater_than:
    case target_kind::at_most:
    case target_kind::less_than:
    case target_kind::band:
    case target_kind::maintain: return true;
    default: return false;
  }
}

/// A stable ASCII name, used in CSV and JSON.
///
/// Example: `to_string(target_kind::at_least) == "at_least"`.
constexpr std::string_view to_string(target_kind k) noexcept {
  switch (k) {
    case target_kind::point: return "point";
    case target_kind::at_least: return "at_least";
    case target_kind::greater_than: return "greater_than";
    case target_kind::at_most: return "at_most";
    case target_kind::less_than: return "less_than";
    case target_kind::band: return "band";
    case target_kind::maintain: return "maintain";
    case target_kind::direction_only: return "direction_only";
    case target_kind::qualitative: return "qualitative";
    case target_kind::external: return "external";
    case target_kind::not_set: return "not_set";
  }
  return "not_set";
}

/// The comparison sign a bound is printed with ("≥", ">", "≤", "<"); empty for every other kind,
/// whose number is printed bare.
///
/// Example: `bound_sign(target_kind::at_most) == "≤"`; `bound_sign(target_kind::point)` is "".
constexpr std::string_view bound_sign(target_kind k) noexcept {
  switch (k) {
    case target_kind::at_least: return "≥";
    case target_kind::greater_than: return ">";
    case target_kind::at_most: return "≤";
    case target_kind::less_than: return "<";
    default: return "";
  }
}

}  // namespace prosper
