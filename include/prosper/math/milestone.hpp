#pragma once
// A milestone at run time: what a plan asks of an indicator in one year, with the number in the
// indicator's unit and the plan's own wording. It is the one milestone type of the runtime
// layers: plans hold it (plan::indicator::milestones), the assessment reads it (math::assess),
// JSON loads and saves it. Its typed twin is `milestone<I>` (target.hpp), and
// `plan::typed<I>` converts one into the other with the unit and direction checked.

#include <optional>
#include <string>
#include <utility>

#include "prosper/target.hpp"
#include "prosper/target_kind.hpp"

namespace prosper::math {

/// One milestone: a year and what the plan asks for in it.
///
/// Example: `math::milestone{2025, target_kind::at_most, 1.95, std::nullopt, "≤1.95"}`.
struct milestone {
  int year = 0;
  target_kind kind = target_kind::not_set;
  std::optional<double> value;  ///< the point, bound or kept level, or a band's lower end
  std::optional<double> upper;  ///< a band's upper end; empty otherwise
  std::string printed;          ///< the cell as printed in the plan ("≤1.95", "稳步下降", "——")

  milestone() = default;
  // A constructor rather than aggregate initialisation, so that `{2025, target_kind::point,
  // 9.24}` compiles without -Wmissing-field-initializers noise for the parts left out.
  milestone(int year_, target_kind kind_, std::optional<double> value_ = std::nullopt,
            std::optional<double> upper_ = std::nullopt, std::string printed_ = {})
      : year(year_),
        kind(kind_),
        value(value_),
        upper(upper_),
        printed(std::move(printed_)) {}

  friend bool operator==(const milestone&, const milestone&) = default;
};

/// The runtime form of a typed milestone: the numbers in `I`'s unit, the wording copied.
///
/// Example: `math::to_runtime(milestone<gdp_pc>{2025, target<gdp_pc>::point(9.24_wan_yuan, "9.24")})`
/// is `{2025, target_kind::point, 9.24, std::nullopt, "9.24"}`.
template <Indicator I>
milestone to_runtime(const prosper::milestone<I>& m) {
  milestone out{m.year, m.goal.kind, std::nullopt, std::nullopt, std::string(m.goal.wording_zh)};
  if (m.goal.value) out.value = m.goal.value->value();
  if (m.goal.upper) out.upper = m.goal.upper->value();
  return out;
}

}  // namespace prosper::math
