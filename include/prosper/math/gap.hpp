#pragma once
// How far an indicator is from its target, in the measures that statistical offices publish:
// - the absolute gap (typed, in the indicator's difference unit) and the shortfall;
// - the gap ratio (target − current)/(target − base) and its complement, the share of the
//   required progress achieved (the 1996 xiaokang 温饱值 → 小康值 scheme, and ESCAP's
//   anticipated gap when `current` is a projection);
// - ESCAP's current-status index CS on a ±10 scale;
// - the NBS 实现程度 (degree of realisation) scores for positive, inverse and interval
//   indicators, capped at 100;
// - OECD's standardised distance (T − X)/σ and SDSN's censored 0–100 normalisation.
//
// A base equal to the target leaves every base-anchored ratio undefined. These functions refuse
// it with `argument_error` rather than return ±∞ or NaN; an assessment treats that case
// as a threshold check instead (see math/assess.hpp, rule 2).

#include <algorithm>
#include <cmath>
#include <string>

#include "prosper/direction.hpp"
#include "prosper/indicator.hpp"
#include "prosper/detail/checks.hpp"

namespace prosper::math {

namespace detail_gap {
inline void check_three(const char* function, double base, double current, double target) {
  prosper::detail::checks::finite(function, "base", base);
  prosper::detail::checks::finite(function, "current", current);
  prosper::detail::checks::finite(function, "target", target);
  if (target == base)
    prosper::detail::checks::invalid(function, "target equals base (" + prosper::detail::checks::num(base) +
                                        "): no change is required, so the ratio is undefined; "
                                        "check the threshold instead");
}
inline int direction_or_fail(const char* function, prosper::direction d) {
  if (d == prosper::direction::neutral)
    prosper::detail::checks::invalid(function, "needs a higher- or lower-is-better indicator, got neutral");
  return direction_sign(d);
}
}  // namespace detail_gap

/// The part of the required change still to go: (target − current)/(target − base). 1 at the
/// base, 0 on the target, negative beyond it, above 1 when the indicator moved away.
///
/// Example: `math::gap_ratio(7.27, 8.98, 9.24)` ≈ 0.13: a projection of 8.98 leaves 13 % of the
/// required progress undone (ESCAP's anticipated gap).
/// Throws `argument_error` when target equals base, `value_error` for NaN/∞.
inline double gap_ratio(double base, double current, double target) {
  detail_gap::check_three("math::gap_ratio", base, current, target);
  return (target - current) / (target - base);
}

/// The share of the required change achieved: (current − base)/(target − base) = 1 − gap ratio.
///
/// Example: `math::progress_share(7.27, 7.80, 9.24)` ≈ 0.269, against 1/3 of the period elapsed.
/// Throws `argument_error` when target equals base, `value_error` for NaN/∞.
inline double progress_share(double base, double current, double target) {
  detail_gap::check_three("math::progress_share", base, current, target);
  return (current - base) / (target - base);
}

/// ESCAP's current-status index: 10 when the current value meets the target, otherwise
/// D·(current − base)/|target − base| with D = +10 for higher-is-better and −10 for
/// lower-is-better indicators (the UNICEF MENARO replication's `CS()`). It is not bounded below:
/// −10 means the indicator moved away by as much as it should have moved towards the target.
///
/// Example: `math::escap_current_status(7.27, 7.80, 9.24, direction::higher_is_better)` ≈ 2.69.
/// Throws `argument_error` for a neutral direction, or when target equals base and the
/// target is not met (the formula would divide by zero).
inline double escap_current_status(double base, double current, double target,
                                   prosper::direction dir) {
  const int d = detail_gap::direction_or_fail("math::escap_current_status", dir);
  prosper::detail::checks::finite("math::escap_current_status", "base", base);
  prosper::detail::checks::finite("math::escap_current_status", "current", current);
  prosper::detail::checks::finite("math::escap_current_status", "target", target);
  if ((d > 0 && current >= target) || (d < 0 && current <= target)) return 10.0;
  if (target == base)
    prosper::detail::checks::invalid("math::escap_current_status",
                          "target equals base (" + prosper::detail::checks::num(base) +
                              ") and is not met: the index is undefined; check the threshold");
  return 10.0 * d * (current - base) / std::abs(target - base);
}

/// NBS 实现程度 of a positive indicator (正指标, more is better): 100·x/S, capped at 100 and
/// floored at 0, in points out of 100.
///
/// Example: `math::nbs_positive_score(7.80, 9.24)` ≈ 84.4.
/// Throws `value_error` unless the standard S is > 0.
inline double nbs_positive_score(double value, double standard) {
  prosper::detail::checks::finite("math::nbs_positive_score", "value", value);
  prosper::detail::checks::positive("math::nbs_positive_score", "standard", standard);
  return std::clamp(100.0 * value / standard, 0.0, 100.0);
}

/// NBS 实现程度 of an inverse indicator (逆指标, less is better, e.g. the Engel coefficient):
/// 100·S/x, capped at 100. A value of 0 meets any positive standard and scores 100.
///
/// Example: `math::nbs_inverse_score(45.0, 40.0)` ≈ 88.9 (Engel 45 % against ≤ 40 %).
/// Throws `value_error` unless S > 0 and x ≥ 0.
inline double nbs_inverse_score(double value, double standard) {
  prosper::detail::checks::finite("math::nbs_inverse_score", "value", value);
  prosper::detail::checks::positive("math::nbs_inverse_score", "standard", standard);
  if (value < 0)
    prosper::detail::checks::domain("math::nbs_inverse_score", "value must be ≥ 0, got " + prosper::detail::checks::num(value));
  if (value <= standard) return 100.0;
  return 100.0 * standard / value;
}

/// NBS 实现程度 of an interval indicator (区间指标, e.g. unemployment in [3, 6] %): 100 inside
/// [lower, upper], falling linearly to 0 at the allowed limits, 0 beyond them (NBS 2008).
///
/// Example: `math::nbs_interval_score(2.0, 3.0, 6.0, 1.0, 8.0) == 50.0`.
/// Throws `argument_error` unless lower_limit ≤ lower ≤ upper ≤ upper_limit.
inline double nbs_interval_score(double value, double lower, double upper, double lower_limit,
                                 double upper_limit) {
  for (double v : {value, lower, upper, lower_limit, upper_limit})
    prosper::detail::checks::finite("math::nbs_interval_score", "every input", v);
  if (!(lower_limit <= lower && lower <= upper && upper <= upper_limit))
    prosper::detail::checks::invalid("math::nbs_interval_score",
                          "needs lower_limit ≤ lower ≤ upper ≤ upper_limit, got " +
                              prosper::detail::checks::num(lower_limit) + ", " + prosper::detail::checks::num(lower) + ", " +
                              prosper::detail::checks::num(upper) + ", " + prosper::detail::checks::num(upper_limit));
  if (value >= lower && value <= upper) return 100.0;
  if (value < lower)
    return value <= lower_limit ? 0.0 : 100.0 * (value - lower_limit) / (lower - lower_limit);
  return value >= upper_limit ? 0.0 : 100.0 * (upper_limit - value) / (upper_limit - upper);
}

/// OECD's standardised distance: how many standard deviations σ (across peer units) the current
/// value still has to travel to the target, oriented by the desired direction and 0 once the
/// target is met. For a neutral indicator it is |target − current|/σ.
///
/// Example: `math::standardised_distance(58.0, 70.0, 8.0, direction::higher_is_better) == 1.5`.
/// Throws `value_error` unless σ > 0.
inline double standardised_distance(double current, double target, double sigma,
                                    prosper::direction dir) {
  prosper::detail::checks::finite("math::standardised_distance", "current", current);
  prosper::detail::checks::finite("math::standardised_distance", "target", target);
  prosper::detail::checks::finite("math::standardised_distance", "sigma", sigma);
  if (!(sigma > 0))
    prosper::detail::checks::domain("math::standardised_distance", "sigma must be > 0, got " + prosper::detail::checks::num(sigma));
  if (dir == prosper::direction::neutral) return std::abs(target - current) / sigma;
  return std::max(0.0, direction_sign(dir) * (target - current)) / sigma;
}

/// SDSN's normalised score 100·(x − worst)/(best − worst), censored to [0, 100]. For a
/// lower-is-better indicator pass the bounds swapped (worst above best); the score still rises
/// with progress.
///
/// Example: with bounds 40 % (worst) and 80 % (best), `math::sdsn_normalise(58.0, 40.0, 80.0) == 45.0`.
/// Throws `argument_error` when worst equals best.
inline double sdsn_normalise(double value, double worst, double best) {
  prosper::detail::checks::finite("math::sdsn_normalise", "value", value);
  prosper::detail::checks::finite("math::sdsn_normalise", "worst", worst);
  prosper::detail::checks::finite("math::sdsn_normalise", "best", best);
  if (worst == best)
    prosper::detail::checks::invalid("math::sdsn_normalise", "worst and best bounds are equal (" +
                                                      prosper::detail::checks::num(worst) + ")");
  return std::clamp(100.0 * (value - worst) / (best - worst), 0.0, 100.0);
}

}  // namespace prosper::math

namespace prosper {

/// The signed distance from `current` to `target`, target − current, in the difference unit
/// (percentage points for shares).
///
/// Example: `absolute_gap(58.0_pct, 70.0_pct) == 12.0_pp`.
template <Unit U>
constexpr quantity<difference_unit_t<U>> absolute_gap(quantity<U> current, quantity<U> target) noexcept {
  return target - current;
}

/// The same for values of one indicator.
///
/// Example: `absolute_gap(indicator_value<gdp_pc>{7.80_wan_yuan}, indicator_value<gdp_pc>{9.24_wan_yuan})`
/// is 1.44 万元.
template <Indicator I>
constexpr quantity<difference_unit_t<typename I::unit>> absolute_gap(indicator_value<I> current,
                                                                     indicator_value<I> target) noexcept {
  return target - current;
}

/// How far `current` still falls short of `target` in the indicator's desired direction; zero
/// once the target is met. A neutral indicator's shortfall is the absolute distance.
///
/// Example: for PM2.5 (lower is better) at 25 against 23 the shortfall is 2 μg/m³; at 22 it is 0.
template <Indicator I>
constexpr quantity<difference_unit_t<typename I::unit>> shortfall(indicator_value<I> current,
                                                                  indicator_value<I> target) noexcept {
  const auto gap = target - current;
  using D = quantity<difference_unit_t<typename I::unit>>;
  if constexpr (I::desired_direction == direction::higher_is_better) {
    return gap.value() > 0 ? gap : D{};
  } else if constexpr (I::desired_direction == direction::lower_is_better) {
    return gap.value() < 0 ? -gap : D{};
  } else {
    return gap.value() < 0 ? -gap : gap;
  }
}

/// (target − current)/(target − base) for values of one indicator.
///
/// Example: `gap_ratio(base, projected, target)` ≈ 0.13 for GDP per capita 7.27 → 8.98 of 9.24.
template <Indicator I>
double gap_ratio(indicator_value<I> base, indicator_value<I> current, indicator_value<I> target) {
  return math::gap_ratio(base.value(), current.value(), target.value());
}

/// (current − base)/(target − base) for values of one indicator.
///
/// Example: `progress_share(base, current, target)` ≈ 0.269 for GDP per capita 7.27 → 7.80 of 9.24.
template <Indicator I>
double progress_share(indicator_value<I> base, indicator_value<I> current,
                      indicator_value<I> target) {
  return math::progress_share(base.value(), current.value(), target.value());
}

/// ESCAP's current-status index on ±10, oriented by the indicator's direction.
///
/// Example: `escap_current_status(base, current, target)` ≈ 2.69 for GDP per capita 7.27 → 7.80 of 9.24.
template <Indicator I>
  requires(I::desired_direction != direction::neutral)
double escap_current_status(indicator_value<I> base, indicator_value<I> current,
                            indicator_value<I> target) {
  return math::escap_current_status(base.value(), current.value(), target.value(),
                                    I::desired_direction);
}

/// NBS 实现程度 as a percentage: x/S for a higher-is-better indicator, S/x for a lower-is-better
/// one, capped at 100 %.
///
/// Example: `nbs_score(indicator_value<gdp_pc>{7.80_wan_yuan}, indicator_value<gdp_pc>{9.24_wan_yuan})`
/// is 84.4 %.
template <Indicator I>
  requires(I::desired_direction != direction::neutral)
quantity<units::percent> nbs_score(indicator_value<I> current, indicator_value<I> standard) {
  if constexpr (I::desired_direction == direction::higher_is_better)
    return quantity<units::percent>(math::nbs_positive_score(current.value(), standard.value()));
  else
    return quantity<units::percent>(math::nbs_inverse_score(current.value(), standard.value()));
}

/// NBS 实现程度 of an interval indicator, as a percentage.
///
/// Example: `nbs_interval_score(gini, 0.30, 0.40, 0.25, 0.50)` for a Gini "in a reasonable range".
template <Indicator I>
quantity<units::percent> nbs_interval_score(indicator_value<I> current,
                                            quantity<typename I::unit> lower,
                                            quantity<typename I::unit> upper,
                                            quantity<typename I::unit> lower_limit,
                                            quantity<typename I::unit> upper_limit) {
  return quantity<units::percent>(math::nbs_interval_score(
      current.value(), lower.value(), upper.value(), lower_limit.value(), upper_limit.value()));
}

/// OECD's standardised distance for values of one indicator, with σ in the difference unit.
///
/// Example: `standardised_distance(share_58, share_70, 8.0_pp) == 1.5`.
template <Indicator I>
double standardised_distance(indicator_value<I> current, indicator_value<I> target,
                             quantity<difference_unit_t<typename I::unit>> sigma) {
  // σ is a spread of differences; for shares it is in percentage points, so the distance is
  // taken in percentage points too.
  return math::standardised_distance(0.0, (target - current).value(), sigma.value(),
                                     I::desired_direction);
}

}  // namespace prosper
