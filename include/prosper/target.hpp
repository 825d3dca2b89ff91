#pragma once
// Typed targets and milestones of one indicator.
//
// The kind of a target is runtime data (a plan's 2022 column may print "1.5" and its 2025 column
// "≤1.5"), but which kinds make sense is a property of the indicator's type: a floor ("≥") on a
// lower-is-better indicator, or a cap ("≤") on a higher-is-better one, is a contradiction, so the
// factory functions for them do not compile.

#include <optional>
#include <string_view>

#include "prosper/detail/meets.hpp"
#include "prosper/indicator.hpp"
#include "prosper/target_kind.hpp"

namespace prosper {

/// What a plan asks of indicator `I` at one milestone, with the plan's wording.
///
/// Example: `target<urban_rural_ratio>::at_most(quantity<units::times>{1.95}, "≤1.95")`.
template <Indicator I>
struct target {
  using value_type = indicator_value<I>;

  target_kind kind = target_kind::not_set;
  std::optional<value_type> value;  ///< the point, bound or band lower end
  std::optional<value_type> upper;  ///< the band's upper end
  std::string_view wording_zh;      ///< as printed in the plan

  /// "Reach this value". Example: `target<income>::point(quantity<units::yuan>{57000.0})`.
  static constexpr target point(quantity<typename I::unit> v, std::string_view text = {}) {
    return {target_kind::point, value_type(v), std::nullopt, text};
  }
  /// "≥ v" (or "> v" when `strict`). Only for indicators where more is not worse.
  static constexpr target at_least(quantity<typename I::unit> v, std::string_view text = {},
                                   bool strict = false)
    requires(I::desired_direction != direction::lower_is_better)
  {
    return {strict ? target_kind::greater_than : target_kind::at_least, value_type(v),
            std::nullopt, text};
  }
  /// "≤ v" (or "< v" when `strict`). Only for indicators where less is not worse.
  static constexpr target at_most(quantity<typename I::unit> v, std::string_view text = {},
                                  bool strict = false)
    requires(I::desired_direction != direction::higher_is_better)
  {
    return {strict ? target_kind::less_than : target_kind::at_most, value_type(v), std::nullopt,
            text};
  }
  /// "Stay within [lo, hi]".
  static constexpr target band(quantity<typename I::unit> lo, quantity<typename I::unit> hi,
                               std::string_view text = {}) {
    return {target_kind::band, value_type(lo), value_type(hi), text};
  }
  /// "Keep the level v" (PM2.5 23 → 23).
  static constexpr target maintain(quantity<typename I::unit> v, std::string_view text = {}) {
    return {target_kind::maintain, value_type(v), std::nullopt, text};
  }
  /// A target without a number: direction-only, qualitative, external or not set.
  static constexpr target without_number(target_kind k, std::string_view text) {
    return {k, std::nullopt, std::nullopt, text};
  }
};

/// Whether `x` meets target `t`; empty when the target has no number to check against.
///
/// A point target counts as met once reached in the indicator's direction (57 000 元 is met by
/// 57 100 元); a maintain target is met when the value is no worse than the level kept.
/// Example: `is_met(target<urbanisation>::at_least(68.0_pct), indicator_value<urbanisation>{68.2_pct})`.
template <Indicator I>
constexpr std::optional<bool> is_met(const target<I>& t, indicator_value<I> x) noexcept {
  return detail::meets(t.kind, t.value, t.upper, I::desired_direction, x);
}

/// A year and the target the plan sets for it.
///
/// Example: `milestone<per_capita_gdp>{2025, target<per_capita_gdp>::point(9.24_wan_yuan)}`.
template <Indicator I>
struct milestone {
  int year = 0;
  target<I> goal;
};

}  // namespace prosper
