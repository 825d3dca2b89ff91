#pragma once
// The checked bridge from a runtime plan row to the typed world: `plan::typed<I>(row)` checks
// that the row's resolved unit converts into indicator `I`'s unit and that its direction is
// `I`'s, then gives the row's milestones as `milestone<I>`s, converting the numbers exactly and
// refusing the target kinds `I`'s direction rules out (a floor "≥" on a lower-is-better
// indicator, a cap "≤" on a higher-is-better one), the same rules the typed factories enforce at
// compile time. A user's calculator can thus type any plan's rows, and the built-in Lishui rows
// (plan/lishui_indicators.hpp) are made this way, so they cannot disagree with the catalog.
//
// The typed targets keep the plan's wording as a std::string_view into the row: the row (the
// plan) must outlive them. The embedded plans live for the whole program.

#include <string>
#include <vector>

#include "prosper/detail/checks.hpp"
#include "prosper/indicator.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/target.hpp"
#include "prosper/units/runtime_unit.hpp"

namespace prosper::plan {

namespace detail::typed {

// "indicator 9 (规上工业亩均税收)", for messages.
inline std::string row_name(const indicator& row) {
  return "indicator " + row.id + " (" + row.name_zh + ")";
}

}  // namespace detail::typed

/// The milestones of `row` as typed milestones of `I`.
///
/// Example: `plan::typed<lishui::per_capita_gdp>(lishui().indicators[0])[1].goal.value->value()`
/// is 9.24 (万元).
/// Throws `argument_error` naming the row and `I` when the units do not convert, the directions
/// differ, or a milestone's kind contradicts `I`'s direction.
template <Indicator I>
std::vector<milestone<I>> typed(const indicator& row) {
  namespace chk = prosper::detail::checks;
  constexpr const char* fn = "plan::typed";
  using U = typename I::unit;
  const units::runtime_unit want = units::runtime_unit::of<U>();
  if (!units::convertible(row.unit, want))
    chk::invalid(fn, detail::typed::row_name(row) + " is in " +
                         std::string(row.unit.symbol(language::zh)) + " (" +
                         std::string(row.unit.name()) + "), which does not convert into " +
                         std::string(U::name) + ", the unit of the typed indicator");
  if (row.dir != I::desired_direction)
    chk::invalid(fn, detail::typed::row_name(row) + " is " + std::string(to_string(row.dir)) +
                         " but the typed indicator is " +
                         std::string(to_string(I::desired_direction)));
  const auto value_of = [&](double v) {
    return indicator_value<I>(quantity<U>(units::convert(v, row.unit, want)));
  };
  std::vector<milestone<I>> out;
  out.reserve(row.milestones.size());
  for (const math::milestone& m : row.milestones) {
    const bool floor = m.kind == target_kind::at_least || m.kind == target_kind::greater_than;
    const bool cap = m.kind == target_kind::at_most || m.kind == target_kind::less_than;
    if ((floor && I::desired_direction == direction::lower_is_better) ||
        (cap && I::desired_direction == direction::higher_is_better))
      chk::invalid(fn, detail::typed::row_name(row) + ": the " + std::to_string(m.year) +
                           " milestone \"" + m.printed + "\" is a " +
                           std::string(to_string(m.kind)) + " target on a " +
                           std::string(to_string(I::desired_direction)) + " indicator");
    target<I> t{m.kind, std::nullopt, std::nullopt, m.printed};
    if (m.value) t.value = value_of(*m.value);
    if (m.upper) t.upper = value_of(*m.upper);
    out.push_back({m.year, t});
  }
  return out;
}

}  // namespace prosper::plan
