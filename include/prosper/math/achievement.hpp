#pragma once
// Whether a value meets a milestone, and by how much it falls short: the two numbers a final
// evaluation (终期评估) reports for each indicator besides its degree of realisation. The NDRC's
// evaluations of the Five-Year Plans count an indicator "completed" (完成) when its final value
// meets the target as printed, and give the distance otherwise (e.g. the 13th FYP's final review,
// 《"十三五"规划纲要实施总结评估报告》, 2021); `math::nbs_degree` (rollup.hpp) gives the degree.

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

#include "prosper/detail/checks.hpp"
#include "prosper/detail/meets.hpp"
#include "prosper/direction.hpp"
#include "prosper/math/milestone.hpp"

namespace prosper::math {

/// Which evaluation a plan office writes: inside the period it judges progress against the time
/// elapsed (中期评估), once the target year is reached it judges the target itself (终期评估).
///
/// Example: `evaluation_stage::final` for an evaluation as of 2025 of a plan that ends in 2025.
enum class evaluation_stage {
  mid_term,  ///< inside the period: achieved already, on schedule or lagging
  final,     ///< the target year reached: achieved or not achieved
};

/// A stable ASCII name, used in CSV, JSON and the CLI.
///
/// Example: `to_string(evaluation_stage::mid_term) == "mid_term"`.
constexpr std::string_view to_string(evaluation_stage s) noexcept {
  return s == evaluation_stage::final ? "final" : "mid_term";
}

/// The verdict of an evaluation on one indicator.
///
/// Example: `evaluation_verdict::not_achieved` for a final income of 55 800 元 against "≥57000".
enum class evaluation_verdict {
  achieved,       ///< the target is met (final: in the target year; mid-term: already)
  not_achieved,   ///< final only: the target-year value misses the target
  on_schedule,    ///< mid-term only: progress made ≥ time elapsed
  lagging,        ///< mid-term only: progress made < time elapsed
  not_evaluable,  ///< no value to judge, or no number to judge it against
};

/// A stable ASCII name, used in CSV and JSON.
///
/// Example: `to_string(evaluation_verdict::not_achieved) == "not_achieved"`.
constexpr std::string_view to_string(evaluation_verdict v) noexcept {
  switch (v) {
    case evaluation_verdict::achieved: return "achieved";
    case evaluation_verdict::not_achieved: return "not_achieved";
    case evaluation_verdict::on_schedule: return "on_schedule";
    case evaluation_verdict::lagging: return "lagging";
    case evaluation_verdict::not_evaluable: return "not_evaluable";
  }
  return "not_evaluable";
}

/// Whether `x` (in the indicator's unit) meets milestone `m` of an indicator moving in direction
/// `d`; empty for a milestone without a number (direction-only, qualitative, external, not set).
/// The rule is the typed `is_met`'s (target.hpp): a point counts as met once reached in the
/// indicator's direction, a bound as printed (">95" is not met by 95).
///
/// Example: `is_met({2025, target_kind::at_most, 1.95}, 1.97, direction::lower_is_better)` is
/// false.
constexpr std::optional<bool> is_met(const milestone& m, double x, direction d) noexcept {
  return prosper::detail::meets(m.kind, m.value, m.upper, d, x);
}

/// How far `x` falls short of milestone `m`, in the indicator's unit and ≥ 0: the distance to the
/// bound, point or kept level on the side that would meet it (to the nearer end of a band; for a
/// point target of a neutral indicator, |x − S|); 0 when `x` meets it; empty for a milestone
/// without a number. A strict bound missed by exactly its value falls short by 0: the distance
/// to the set of values that meet it.
///
/// Example: `shortfall({2025, target_kind::at_least, 57000}, 55800, direction::higher_is_better)`
/// is 1200.
/// Throws `value_error` for a value or target that is not finite.
inline std::optional<double> shortfall(const milestone& m, double x, direction d) {
  namespace chk = prosper::detail::checks;
  const std::optional<bool> met = is_met(m, x, d);
  if (!met) return std::nullopt;
  chk::finite("math::shortfall", "value", x);
  chk::finite("math::shortfall", "target", *m.value);
  if (*met) return 0.0;
  const double s = *m.value;
  switch (m.kind) {
    case target_kind::at_least:
    case target_kind::greater_than: return std::max(0.0, s - x);
    case target_kind::at_most:
    case target_kind::less_than: return std::max(0.0, x - s);
    case target_kind::band: return x < s ? s - x : x - m.upper.value_or(s);
    default:
      if (d == direction::higher_is_better) return s - x;
      if (d == direction::lower_is_better) return x - s;
      return std::abs(x - s);
  }
}

}  // namespace prosper::math
