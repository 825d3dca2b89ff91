#pragma once
// Ratios to a reference and between two indicators of the same plan.
//
// Indicator 20 (居民人均可支配收入与全省平均之比, 0.74 → 0.76) ties Lishui's income to Zhejiang's;
// indicator 33 (居民人均可支配收入与人均GDP之比, 0.611 → 0.617) ties income to per-capita GDP. Both
// are "at least" bounds on a pair ratio, so the growth math is pair_ratio.hpp's; this header adds
// the reference-specific questions (what reference level a ratio implies, how fast the reference
// may grow) and the identity check that a plan's three printed numbers agree with each other.

#include <cmath>
#include <string>

#include "prosper/quantity.hpp"
#include "prosper/detail/checks.hpp"
#include "prosper/ratio/pair_ratio.hpp"

namespace prosper::ratio {

/// The reference level implied by a local level and its ratio to the reference.
///
/// Example: `implied_reference(44400_yuan, 0.74_times)` is 60,000 元 (Zhejiang 2022) and
/// `implied_reference(57000_yuan, 0.76_times)` is 75,000 元 (Zhejiang 2025, as the plan implies).
/// Throws argument_error for a negative level or a ratio ≤ 0.
template <Unit U>
quantity<U> implied_reference(quantity<U> local, quantity<units::times> ratio_to_reference) {
  namespace chk = prosper::detail::checks;
  chk::non_negative("implied_reference", "local level", local.value());
  chk::positive("implied_reference", "ratio", ratio_to_reference.value());
  return quantity<U>(local.value() / ratio_to_reference.value());
}

/// The fastest the reference may grow while the local level, growing at `local_growth`, still
/// reaches the "at least" bound of `c` in `c.years`.
///
/// Example: `max_reference_growth({0.74_times, 0.76_times, bound_side::at_least, 3.0},
/// 8.6836_pct_per_year)` ≈ 7.72 %/yr: Lishui's own income target keeps it on 0.76 of Zhejiang only
/// if Zhejiang's income grows no faster than 7.72 % a year (60,000 → 75,000 元).
/// Throws argument_error unless `c.side` is at_least, and for bad ratios or growth.
inline quantity<units::percent_per_year> max_reference_growth(
    const ratio_constraint& c, quantity<units::percent_per_year> local_growth) {
  if (c.side != bound_side::at_least)
    prosper::detail::checks::invalid(
        "max_reference_growth", "a ratio to a reference is a floor here: use bound_side::at_least");
  return denominator_growth_limit(c, local_growth).rate;
}

/// The slowest the local level may grow, given the reference's growth, to reach the bound.
///
/// Example: `min_local_growth({0.74_times, 0.76_times, bound_side::at_least, 3.0},
/// 6.0_pct_per_year)` ≈ 6.95 %/yr.
/// Throws argument_error unless `c.side` is at_least, and for bad ratios or growth.
inline quantity<units::percent_per_year> min_local_growth(
    const ratio_constraint& c, quantity<units::percent_per_year> reference_growth) {
  if (c.side != bound_side::at_least)
    prosper::detail::checks::invalid(
        "min_local_growth", "a ratio to a reference is a floor here: use bound_side::at_least");
  return numerator_growth_limit(c, reference_growth).rate;
}

/// Whether a stated ratio agrees with the two levels it is the ratio of.
struct ratio_identity_check {
  quantity<units::times> stated;
  quantity<units::times> implied;  ///< numerator ÷ denominator, units converted
  double difference = 0.0;         ///< implied − stated
  bool consistent = false;         ///< |difference| ≤ tolerance
};

/// Checks the identity numerator = ratio × denominator on a plan's printed numbers. Printed
/// numbers are rounded, so the tolerance should cover the rounding: 0.611 is printed to three
/// decimals (±0.0005) and 7.27 万元 to two (±0.07 %, another ±0.0004 on the ratio).
///
/// Example: `check_ratio_identity(44400_yuan, 7.27_wan_yuan, 0.611_times, 0.001)` is consistent
/// (44,400 / 72,700 = 0.6107); so is 57,000 / 92,400 = 0.6169 against 0.617.
/// Throws argument_error for a denominator ≤ 0, a stated ratio ≤ 0 or a negative tolerance.
template <Unit N, Unit D>
requires units::convertible_unit<D, N> ratio_identity_check
check_ratio_identity(quantity<N> numerator, quantity<D> denominator, quantity<units::times> stated,
                     double tolerance) {
  namespace chk = prosper::detail::checks;
  chk::positive("check_ratio_identity", "stated ratio", stated.value());
  chk::non_negative("check_ratio_identity", "tolerance", tolerance);
  const auto implied = pair_ratio(numerator, denominator);
  const double diff = implied.value() - stated.value();
  return {stated, implied, diff, std::abs(diff) <= tolerance};
}

/// The numerator that a ratio and a denominator imply, in the numerator's unit `N`.
///
/// Example: `implied_numerator<units::yuan>(9.24_wan_yuan, 0.617_times)` is 57,010.8 元: the
/// income that 2025's per-capita GDP and ratio imply (the plan prints 57,000).
/// Throws argument_error for a negative denominator or a ratio ≤ 0.
template <Unit N, Unit D>
requires units::convertible_unit<D, N> quantity<N> implied_numerator(quantity<D> denominator,
                                                                     quantity<units::times> ratio) {
  namespace chk = prosper::detail::checks;
  chk::non_negative("implied_numerator", "denominator", denominator.value());
  chk::positive("implied_numerator", "ratio", ratio.value());
  return detail::in_unit<N>(denominator) * ratio.value();
}

}  // namespace prosper::ratio
