#pragma once
// The growth a target requires, typed: the base and the target must be the same indicator or the
// same unit, and the answer is a %/年 quantity, never a bare double that could be read as 8.32
// or 0.0832.

#include <string>

#include "prosper/indicator.hpp"
#include "prosper/math/compounding.hpp"

namespace prosper {

/// The compound annual growth rate that takes `base` to `target` in `years`.
///
/// Example: `required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0)` is 8.32 %/年 (to two decimals).
/// Throws `std::domain_error` naming the bad input when base or target ≤ 0, or years ≤ 0.
template <Unit U>
quantity<units::percent_per_year> required_cagr(quantity<U> base, quantity<U> target,
                                                double years) {
  if (!(base.value() > 0) || !(target.value() > 0))
    detail::fail("required_cagr", "base and target must be > 0 for a compound rate (base " +
                                      std::to_string(base.value()) + ", target " +
                                      std::to_string(target.value()) + ")");
  return quantity<units::percent_per_year>(
      100.0 * implied_rate(target / base, years, compounding::compounded));
}

/// The same for two values of one indicator.
///
/// Example: `required_cagr(indicator_value<income>{44400_yuan}, indicator_value<income>{57000_yuan}, 3.0)`.
template <Indicator I>
quantity<units::percent_per_year> required_cagr(indicator_value<I> base, indicator_value<I> target,
                                                double years) {
  return required_cagr(base.as_quantity(), target.as_quantity(), years);
}

}  // namespace prosper
