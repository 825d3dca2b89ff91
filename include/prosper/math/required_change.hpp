#pragma once
// What a target requires: the compound rate (CAGR) or the linear step per year that takes a base
// to a target, the value a plan "should" show in an intermediate year on either path, how much of
// the plan period has elapsed, and how long a given rate needs to reach the target.
//
// Two layers, one formula each:
// - prosper::math works on raw doubles in the indicator's unit and returns rates as fractions per
//   year (0.0832), because the batch, assessment and report code run on plan records;
// - the typed front in namespace prosper takes quantities or indicator values and returns a
//   `quantity<percent_per_year>` (8.32 %/年) or a change in the indicator's difference unit
//   (percentage points for % indicators), so a rate is never read as 8.32 when it is 0.0832.
//
// SDSN plans with linear steps and Eurostat/StatCan with CAGRs, and SDSN found the two "rather
// similar" (Lafortune et al., SDG Index and Dashboards 2018 methodology, sdsna/2018GlobalIndex,
// §1.5), so both are offered; for a % indicator the linear step is
// in percentage points (58 % → 70 % over 3 years is 4.0 pp/yr, not 6.47 %/yr).

#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "prosper/indicator.hpp"
#include "prosper/math/compounding.hpp"
#include "prosper/detail/checks.hpp"
#include "prosper/math/observation.hpp"
#include "prosper/target.hpp"

namespace prosper {

/// The shape of the path from a base to a target that a plan implicitly promises.
enum class growth_path {
  geometric,  ///< a constant compound rate (the CAGR path)
  linear,     ///< the same absolute step every year
};

}  // namespace prosper

namespace prosper::math::detail_linear {

/// (b − a)/d for finite a, b and d ≠ 0, finite whenever the true quotient is: b − a of two finite
/// doubles can overflow (1e308 − (−1e308)), and then b/d − a/d is the same number in range for
/// any |d| ≥ 2. A quotient that is beyond the double range in exact arithmetic is refused with
/// value_error, naming `what`.
inline double difference_over(std::string_view function, std::string_view what, double a, double b,
                              double d) {
  double r = (b - a) / d;
  if (!std::isfinite(r)) r = b / d - a / d;
  if (!std::isfinite(r))
    prosper::detail::checks::domain(function, std::string(what) + " (" +
                                                   prosper::detail::checks::num(b) + " − " +
                                                   prosper::detail::checks::num(a) + ") / " +
                                                   prosper::detail::checks::num(d) +
                                                   " exceeds the double range");
  return r;
}

}  // namespace prosper::math::detail_linear

namespace prosper::math {

/// The compound annual growth rate, as a fraction per year, that takes `base` to `target` in
/// `years`.
///
/// Example: `math::required_cagr(7.27, 9.24, 3.0)` ≈ 0.0832 (GDP per capita, Lishui 2022 → 2025).
/// Throws `value_error` when base or target is ≤ 0 or not finite, or target / base is not
/// finite (a subnormal base), and `argument_error` when years ≤ 0.
inline double required_cagr(double base, double target, double years) {
  return detail::growth::rate_between("math::required_cagr", "base", base, "target", target, years);
}

/// The same between two milestones; the period is the difference of their years.
///
/// Example: `math::required_cagr({2022, 44400.0}, {2025, 57000.0})` ≈ 0.0868.
inline double required_cagr(observation from, observation to) {
  detail::growth::check_levels("math::required_cagr", "base", from.value, "target", to.value);
  return detail::growth::rate_between("math::required_cagr", "base", from.value, "target",
                                      to.value, detail::years_between("math::required_cagr", from, to));
}

/// The compound rate now needed from the latest value to the target (re-planning: "from 2023's
/// value, what rate is now needed?"). The same formula as `required_cagr`; the name says why it
/// is asked, and the error says that the target year has passed when no years are left.
///
/// Example: `math::required_cagr_from_now(7.80, 9.24, 2.0)` ≈ 0.0884.
inline double required_cagr_from_now(double current, double target, double years_left) {
  constexpr std::string_view fn = "math::required_cagr_from_now";
  detail::growth::check_levels(fn, "current", current, "target", target);
  prosper::detail::checks::finite(fn, "years_left", years_left);
  if (!(years_left > 0))
    prosper::detail::checks::domain(fn, "no years are left before the target year (years_left " +
                                            prosper::detail::checks::num(years_left) + ")");
  return detail::growth::rate_between(fn, "current", current, "target", target, years_left);
}

/// The constant absolute step per year, in the indicator's unit, that takes `base` to `target`
/// in `years`. Any signs are allowed: a linear path needs no logarithm.
///
/// Example: `math::required_linear_step(58.0, 70.0, 3.0) == 4.0` (percentage points a year).
/// Throws `value_error` for non-finite values, a step beyond the double range (1e308 over
/// 1e-10 years), and years ≤ 0.
inline double required_linear_step(double base, double target, double years) {
  prosper::detail::checks::finite("math::required_linear_step", "base", base);
  prosper::detail::checks::finite("math::required_linear_step", "target", target);
  prosper::detail::checks::period("math::required_linear_step", "years", years);
  return detail_linear::difference_over("math::required_linear_step", "the step", base, target,
                                        years);
}

/// The same between two milestones.
///
/// Example: `math::required_linear_step({2022, 58.0}, {2025, 70.0}) == 4.0`.
inline double required_linear_step(observation from, observation to) {
  return required_linear_step(from.value, to.value,
                              detail::years_between("math::required_linear_step", from, to));
}

/// The share of the plan period elapsed in `year`: (year − base year) / (target year − base
/// year). This is ESCAP's "expected progress to date" line. It is not clamped, so a year before
/// the base gives a negative share and one after the target a share above 1.
///
/// Example: `math::elapsed_share(2022, 2025, 2023)` is 1/3.
inline double elapsed_share(int base_year, int target_year, double year) {
  prosper::detail::checks::finite("math::elapsed_share", "year", year);
  const double span = detail::years_between("math::elapsed_share", {base_year, 0.0}, {target_year, 0.0});
  return (year - base_year) / span;
}

/// The value the plan's path passes through in `year`, on the geometric (constant CAGR) or the
/// linear path from `base` to `target`. Years outside the plan period extend the same path.
///
/// Example: GDP per capita 7.27 (2022) → 9.24 (2025) gives 7.875 in 2023 on the geometric path
/// and 7.927 on the linear one: `math::expected_on_path(growth_path::linear, {2022, 7.27},
/// {2025, 9.24}, 2023)`.
/// Throws `value_error` for a geometric path through a value ≤ 0, and for a year so far outside
/// the plan period that the path leaves the double range.
inline double expected_on_path(growth_path path, observation base, observation target,
                               double year) {
  constexpr std::string_view fn = "math::expected_on_path";
  prosper::detail::checks::finite(fn, "base", base.value);
  prosper::detail::checks::finite(fn, "target", target.value);
  const double share = elapsed_share(base.year, target.year, year);
  double out = 0.0;
  if (path == growth_path::linear) {
    out = base.value + (target.value - base.value) * share;
    // target − base overflows for levels of opposite sign near 1e308; the weighted form cannot
    // overflow inside the plan period.
    if (!std::isfinite(out)) out = base.value * (1.0 - share) + target.value * share;
  } else {
    detail::growth::check_levels(fn, "base", base.value, "target", target.value);
    out = detail::growth::along_geometric(base.value, target.value, share);
  }
  if (!std::isfinite(out))
    prosper::detail::checks::domain(fn, "the path in " + prosper::detail::checks::num(year) +
                                            " leaves the double range");
  return out;
}

/// Years a constant compound `rate` (fraction per year) needs to take `current` to `target`;
/// empty when that rate never gets there (a zero rate, or one pointing away from the target).
///
/// Example: `math::years_to_reach(7.27, 9.24, 0.0832)` ≈ 3.0.
/// Throws `value_error` for values ≤ 0 or a rate ≤ −100 %.
inline std::optional<double> years_to_reach(double current, double target, double rate) {
  detail::growth::check_levels("math::years_to_reach", "current", current, "target", target);
  prosper::detail::checks::growth_fraction("math::years_to_reach", "rate", rate);
  if (target == current) return 0.0;
  if (rate == 0) return std::nullopt;
  const double t = detail::growth::years_unchecked(current, target, rate);
  if (!(t > 0)) return std::nullopt;
  return t;
}

/// Years a constant absolute `step` per year needs to take `current` to `target`; empty when the
/// step is zero or points away from the target.
///
/// Example: `math::years_to_reach_linear(58.0, 70.0, 4.0) == 3.0`.
inline std::optional<double> years_to_reach_linear(double current, double target, double step) {
  prosper::detail::checks::finite("math::years_to_reach_linear", "current", current);
  prosper::detail::checks::finite("math::years_to_reach_linear", "target", target);
  prosper::detail::checks::finite("math::years_to_reach_linear", "step", step);
  if (target == current) return 0.0;
  if (step == 0) return std::nullopt;
  const double t = detail_linear::difference_over("math::years_to_reach_linear", "the years",
                                                  current, target, step);
  if (!(t > 0)) return std::nullopt;
  return t;
}

}  // namespace prosper::math

namespace prosper {

/// The compound annual growth rate that takes `base` to `target` in `years`.
///
/// Example: `required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0)` is 8.32 %/年 (to two decimals).
/// Throws `value_error` naming the bad input when base or target ≤ 0, and
/// `argument_error` when years ≤ 0.
template <Unit U>
quantity<units::percent_per_year> required_cagr(quantity<U> base, quantity<U> target,
                                                double years) {
  return rate_from_fraction(math::required_cagr(base.value(), target.value(), years));
}

/// The same for two values of one indicator.
///
/// Example: `required_cagr(indicator_value<income>{44400_yuan}, indicator_value<income>{57000_yuan}, 3.0)`
/// is 8.68 %/年.
template <Indicator I>
quantity<units::percent_per_year> required_cagr(indicator_value<I> base, indicator_value<I> target,
                                                double years) {
  return required_cagr(base.as_quantity(), target.as_quantity(), years);
}

/// The same with the period as a typed duration.
///
/// Example: `required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0_years)` is 8.32 %/年.
template <Unit U>
quantity<units::percent_per_year> required_cagr(quantity<U> base, quantity<U> target,
                                                quantity<units::year> years) {
  return required_cagr(base, target, years.value());
}

/// The compound rate now needed from the latest value to the target (re-planning).
///
/// Example: `required_cagr_from_now(7.80_wan_yuan, 9.24_wan_yuan, 2.0)` is 8.84 %/年.
template <Unit U>
quantity<units::percent_per_year> required_cagr_from_now(quantity<U> current, quantity<U> target,
                                                         double years_left) {
  return rate_from_fraction(
      math::required_cagr_from_now(current.value(), target.value(), years_left));
}

/// The same for two values of one indicator.
///
/// Example: `required_cagr_from_now(indicator_value<gdp_pc>{7.80_wan_yuan}, target_value, 2.0)`.
template <Indicator I>
quantity<units::percent_per_year> required_cagr_from_now(indicator_value<I> current,
                                                         indicator_value<I> target,
                                                         double years_left) {
  return required_cagr_from_now(current.as_quantity(), target.as_quantity(), years_left);
}

namespace detail {
template <Indicator I>
double milestone_value(const char* function, const milestone<I>& m) {
  if (!m.goal.value || !is_numeric(m.goal.kind) || m.goal.kind == target_kind::band)
    checks::invalid(function, "the " + std::string(to_string(m.goal.kind)) + " milestone of " +
                                std::to_string(m.year) + " has no single value");
  return m.goal.value->value();
}
}  // namespace detail

/// The compound annual growth rate between two typed milestones; a bound or a kept level counts
/// as its value.
///
/// Example: `required_cagr(milestone<gdp_pc>{2022, target<gdp_pc>::point(7.27_wan_yuan)},
///                         milestone<gdp_pc>{2025, target<gdp_pc>::point(9.24_wan_yuan)})` is 8.32 %/年.
/// Throws `argument_error` for a milestone without a single value (band, direction only,
/// qualitative, external, not set) or years out of order, `value_error` for values ≤ 0.
template <Indicator I>
quantity<units::percent_per_year> required_cagr(const milestone<I>& from, const milestone<I>& to) {
  return rate_from_fraction(
      math::required_cagr({from.year, detail::milestone_value("required_cagr", from)},
                          {to.year, detail::milestone_value("required_cagr", to)}));
}

/// The constant step per year that takes `base` to `target` in `years`, in the difference unit:
/// percentage points a year for shares, the unit itself otherwise.
///
/// Example: `required_linear_step(58.0_pct, 70.0_pct, 3.0) == 4.0_pp` (per year).
template <Unit U>
quantity<difference_unit_t<U>> required_linear_step(quantity<U> base, quantity<U> target,
                                                    double years) {
  return quantity<difference_unit_t<U>>(
      math::required_linear_step(base.value(), target.value(), years) * difference_factor<U>);
}

/// The same with the period as a typed duration.
///
/// Example: `required_linear_step(58.0_pct, 70.0_pct, 3.0_years) == 4.0_pp`.
template <Unit U>
quantity<difference_unit_t<U>> required_linear_step(quantity<U> base, quantity<U> target,
                                                    quantity<units::year> years) {
  return required_linear_step(base, target, years.value());
}

/// The same for two values of one indicator.
///
/// Example: `required_linear_step(indicator_value<middle_income_share>{58.0_pct}, …{70.0_pct}, 3.0)`
/// is 4.0 pp a year.
template <Indicator I>
quantity<difference_unit_t<typename I::unit>> required_linear_step(indicator_value<I> base,
                                                                   indicator_value<I> target,
                                                                   double years) {
  return required_linear_step(base.as_quantity(), target.as_quantity(), years);
}

/// The constant step per year between two typed milestones, in the difference unit.
///
/// Example: 58 % (2022) to 70 % (2025) is 4.0 pp a year.
template <Indicator I>
quantity<difference_unit_t<typename I::unit>> required_linear_step(const milestone<I>& from,
                                                                   const milestone<I>& to) {
  if (to.year <= from.year)
    prosper::detail::checks::invalid("required_linear_step", "the target year " + std::to_string(to.year) +
                                                      " must be after the base year " +
                                                      std::to_string(from.year));
  return required_linear_step(
      indicator_value<I>(quantity<typename I::unit>(detail::milestone_value("required_linear_step", from))),
      indicator_value<I>(quantity<typename I::unit>(detail::milestone_value("required_linear_step", to))),
      double(to.year) - double(from.year));  // in double: years far apart overflow int
}

/// The value on the geometric or linear path from `base` to `target` in `year`, in the order
/// of `math::expected_on_path`.
///
/// Example: `expected_on_path(growth_path::geometric, {2022, 7.27_wan_yuan}, {2025, 9.24_wan_yuan},
/// 2023)` is 7.875 万元.
template <Unit U>
quantity<U> expected_on_path(growth_path path, dated<quantity<U>> base, dated<quantity<U>> target,
                             double year) {
  return quantity<U>(math::expected_on_path(path, {base.first, base.second.value()},
                                            {target.first, target.second.value()}, year));
}

/// The same for values of one indicator.
///
/// Example: `expected_on_path(growth_path::linear, dated_value<share>{2022, …}, dated_value<share>{2025, …}, 2024)`.
template <Indicator I>
indicator_value<I> expected_on_path(growth_path path, dated_value<std::type_identity_t<I>> base,
                                    dated_value<std::type_identity_t<I>> target, double year) {
  return indicator_value<I>(expected_on_path(path, dated<quantity<typename I::unit>>{base.first, base.second.as_quantity()},
                                             dated<quantity<typename I::unit>>{target.first, target.second.as_quantity()}, year));
}

/// Years a constant compound `rate` needs to take `current` to `target`; empty when never.
///
/// Example: `years_to_reach(7.80_wan_yuan, 9.24_wan_yuan, quantity<units::percent_per_year>{7.29})`
/// is about 2.4 years.
template <Unit U>
std::optional<quantity<units::year>> years_to_reach(quantity<U> current, quantity<U> target,
                                                    quantity<units::percent_per_year> rate) {
  const auto t = math::years_to_reach(current.value(), target.value(), as_fraction(rate));
  if (!t) return std::nullopt;
  return quantity<units::year>(*t);
}

}  // namespace prosper
