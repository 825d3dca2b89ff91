#pragma once
// Where an indicator will be in the target year if it keeps going as it has: observed growth
// (with StatCan's base-year fallback), projection at a constant compound rate, linear
// extrapolation, ESCAP's time-weighted geometric extrapolation, and extrapolation in logit space
// for bounded shares so that a projected percentage never leaves (0, 100).
//
// Least-squares trends over a whole series live in trend.hpp (they need Eigen); this header is
// the two-point and weighted-geometric family, which needs none.

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>
#include <vector>

#include "prosper/detail/checks.hpp"
#include "prosper/math/observation.hpp"
#include "prosper/math/required_change.hpp"

namespace prosper::math {

/// Which observation stands in for the base year when the series has no value for it.
enum class base_year_rule {
  next_available,  ///< the base year or the first year after it (StatCan / Open SDG)
  nearest,         ///< the closest year either side, the later one on a tie (Eurostat, SDSN ±1)
};

/// The observation used as the base: the one in `base_year`, or its stand-in under `rule`.
/// `max_distance` limits how far from `base_year` a stand-in may lie.
///
/// Example: with observations for 2021 and 2023, `select_base(series, 2022)` is the 2023 one and
/// `select_base(series, 2022, base_year_rule::nearest)` the 2023 one too (a tie goes later).
/// Throws `argument_error` when no observation qualifies, or for duplicate years.
inline observation select_base(std::span<const observation> series, int base_year,
                               base_year_rule rule = base_year_rule::next_available,
                               int max_distance = 1000) {
  const auto s = detail::sorted_series("math::select_base", series, 1);
  const observation* best = nullptr;
  for (const auto& o : s) {
    // In 64 bits: two int years can be 2³² − 2 apart, which no int holds.
    const std::int64_t distance = std::abs(std::int64_t{o.year} - base_year);
    if (distance > max_distance) continue;
    if (rule == base_year_rule::next_available) {
      if (o.year >= base_year) { best = &o; break; }
    } else if (!best || distance <= std::abs(std::int64_t{best->year} - base_year)) {
      best = &o;
    }
  }
  if (!best)
    prosper::detail::checks::invalid("math::select_base",
                          "no observation within " + std::to_string(max_distance) +
                              " years of the base year " + std::to_string(base_year));
  return *best;
}

/// The compound annual growth rate (fraction per year) observed between two observations.
///
/// Example: `math::observed_cagr({2022, 7.27}, {2023, 7.80})` ≈ 0.0729.
/// Throws `value_error` for values ≤ 0 or a ratio that is not finite (a subnormal base),
/// and `argument_error` unless `to` is later.
inline double observed_cagr(observation from, observation to) {
  constexpr std::string_view fn = "math::observed_cagr";
  if (!(to.year > from.year))
    prosper::detail::checks::invalid(fn, "the latest year " + std::to_string(to.year) +
                                             " must be after the base year " +
                                             std::to_string(from.year));
  return prosper::detail::growth::rate_between(fn, "base value", from.value, "latest value",
                                               to.value,
                                               prosper::detail::years_between(fn, from, to));
}

/// An observed growth rate with the two observations it was computed from, so a report can say
/// which years were used when the base year had to be substituted.
struct observed_growth {
  double rate = 0.0;  ///< compound (fraction per year) or linear (unit per year), as asked
  observation from;   ///< the base observation actually used
  observation to;     ///< the latest observation
};

/// The compound annual growth rate from the base year (or its stand-in) to the latest year of
/// `series`. Observations after a target year should be dropped by the caller first (EUSTAT
/// evaluates up to the target year).
///
/// Example: for {2021: 7.0, 2023: 7.80, 2024: 8.3} and base year 2022, StatCan's rule uses 2023
/// as the base: `math::observed_cagr(series, 2022).from.year == 2023`.
/// Throws `argument_error` for fewer than two usable observations or duplicate years, and
/// `value_error` for values ≤ 0 or non-finite.
inline observed_growth observed_cagr(std::span<const observation> series, int base_year,
                                     base_year_rule rule = base_year_rule::next_available) {
  const auto s = detail::sorted_series("math::observed_cagr", series, 2);
  const observation from = select_base(s, base_year, rule);
  const observation to = s.back();
  if (to.year <= from.year)
    prosper::detail::checks::invalid("math::observed_cagr",
                          "fewer than two observations from the base year " +
                              std::to_string(base_year) + " on (only " +
                              std::to_string(from.year) + ")");
  return {observed_cagr(from, to), from, to};
}

/// The value after `years` at the constant compound `rate` (fraction per year).
///
/// Example: `math::project_at_rate(7.80, 0.0729, 2.0)` ≈ 8.98.
/// Throws `value_error` for non-finite input, a rate ≤ −100 %, negative years or an overflow.
inline double project_at_rate(double value, double rate, double years) {
  constexpr std::string_view fn = "math::project_at_rate";
  prosper::detail::checks::finite(fn, "value", value);
  const double out = value * prosper::detail::growth::factor_of(fn, rate, years);
  if (!std::isfinite(out))
    prosper::detail::checks::domain(fn, "the projected value overflows (value " +
                                            prosper::detail::checks::num(value) + ")");
  return out;
}

namespace detail_projection {
inline void check_not_before(const char* function, int latest_year, int target_year) {
  if (target_year < latest_year)
    prosper::detail::checks::invalid(function, "the target year " + std::to_string(target_year) +
                                        " is before the latest observation (" +
                                        std::to_string(latest_year) +
                                        "); drop later observations to evaluate up to it");
}
}  // namespace detail_projection

/// The value in `target_year` if the growth observed from the base year to the latest year goes
/// on at the same compound rate.
///
/// Example: GDP per capita 7.27 (2022), 7.80 (2023) projects to 8.98 in 2025:
/// `math::project_constant_cagr(series, 2022, 2025)`.
inline double project_constant_cagr(std::span<const observation> series, int base_year,
                                    int target_year,
                                    base_year_rule rule = base_year_rule::next_available) {
  const auto g = observed_cagr(series, base_year, rule);
  detail_projection::check_not_before("math::project_constant_cagr", g.to.year, target_year);
  return project_at_rate(g.to.value, g.rate, double(target_year) - double(g.to.year));
}

/// The value in `target_year` if the average absolute change per year observed from the base
/// year to the latest year goes on. Any signs are allowed.
///
/// Example: {2022: 58, 2023: 61} projects to 67 in 2025.
inline double project_linear(std::span<const observation> series, int base_year, int target_year,
                             base_year_rule rule = base_year_rule::next_available) {
  const auto s = detail::sorted_series("math::project_linear", series, 2);
  const observation from = select_base(s, base_year, rule);
  const observation to = s.back();
  if (to.year <= from.year)
    prosper::detail::checks::invalid("math::project_linear",
                          "fewer than two observations from the base year " +
                              std::to_string(base_year) + " on");
  detail_projection::check_not_before("math::project_linear", to.year, target_year);
  // Year differences in double: INT_MAX − INT_MIN overflows int (undefined behaviour).
  const double step = (to.value - from.value) / (double(to.year) - double(from.year));
  return to.value + step * (double(target_year) - double(to.year));
}

/// ESCAP's time-weighted geometric extrapolation (Bidarbakht Nia 2017, SD/WP/04): recent growth
/// counts more. Each period (t₍ᵢ₋₁₎, tᵢ] gets the weight wᵢ = (T − t_min)/(T − tᵢ); the
/// projection continues the weighted mean log-growth per year from the latest value:
///
///   ĝ = Σ wᵢ·ln(yᵢ/yᵢ₋₁) / Σ wᵢ·(tᵢ − tᵢ₋₁),   ŷ_T = y_n · exp(ĝ · (T − t_n)).
///
/// Two deliberate differences from the UNICEF replication's `wgm()`: the weight sum runs over the
/// growth periods (the replication also counts the first observation, which shrinks every
/// projection), and a multi-year gap counts for its length, so equal weights give exactly the
/// CAGR between the first and the last observation.
///
/// Example: {2022: 7.27, 2023: 7.80} gives 8.98 in 2025, the same as the constant CAGR.
/// Throws `value_error` for values ≤ 0, `argument_error` for fewer than two
/// observations, duplicate years or a target year before the latest observation.
inline double project_weighted_geometric(std::span<const observation> series, int target_year) {
  const auto s = detail::sorted_series("math::project_weighted_geometric", series, 2);
  for (const auto& o : s)
    prosper::detail::checks::positive("math::project_weighted_geometric", "every value", o.value);
  detail_projection::check_not_before("math::project_weighted_geometric", s.back().year,
                                      target_year);
  if (target_year == s.back().year) return s.back().value;
  // Year differences in double, so that years far apart cannot overflow int.
  const double target = target_year;
  const double span_years = target - s.front().year;
  double weighted_log = 0.0, weighted_years = 0.0;
  for (std::size_t i = 1; i < s.size(); ++i) {
    const double w = span_years / (target - s[i].year);
    weighted_log += w * std::log(s[i].value / s[i - 1].value);
    weighted_years += w * (double(s[i].year) - double(s[i - 1].year));
  }
  return s.back().value * std::exp(weighted_log / weighted_years * (target - s.back().year));
}

/// The log-odds of a bounded share: ln(y/(1 − y)) with y = value/scale.
///
/// Example: `math::logit(50.0, 100.0) == 0.0`.
/// Throws `value_error` unless 0 < value < scale: at the bounds the log-odds are infinite.
inline double logit(double value, double scale = 100.0) {
  prosper::detail::checks::finite("math::logit", "value", value);
  prosper::detail::checks::finite("math::logit", "scale", scale);
  if (!(scale > 0)) prosper::detail::checks::domain("math::logit", "scale must be > 0, got " + prosper::detail::checks::num(scale));
  if (!(value > 0 && value < scale))
    prosper::detail::checks::domain("math::logit", "value must lie strictly between 0 and " + prosper::detail::checks::num(scale) +
                                    ", got " + prosper::detail::checks::num(value));
  const double y = value / scale;
  return std::log(y / (1.0 - y));
}

/// The share whose log-odds are `log_odds`, on the scale `scale`; the inverse of `logit`.
///
/// Example: `math::inverse_logit(0.0, 100.0) == 50.0`.
inline double inverse_logit(double log_odds, double scale = 100.0) {
  prosper::detail::checks::finite("math::inverse_logit", "scale", scale);
  if (std::isnan(log_odds)) prosper::detail::checks::domain("math::inverse_logit", "log_odds must not be nan");
  // Written with exp(−|L|) so that neither branch overflows.
  if (log_odds >= 0) return scale / (1.0 + std::exp(-log_odds));
  const double e = std::exp(log_odds);
  return scale * e / (1.0 + e);
}

/// Extrapolation of a bounded share in logit space: the log-odds change per year between
/// `from` and `to` continues to `target_year`. Because the inverse logit maps every real number
/// into (0, scale), the projection never exceeds 100 % however fast the share has grown.
///
/// Example: 58 % (2022) → 70 % (2025) continued to 2031 gives 86.9 %, where a constant CAGR
/// would give 102.0 %: `math::project_logit({2022, 58.0}, {2025, 70.0}, 2031)`.
/// Throws `value_error` unless every value lies strictly inside (0, scale).
inline double project_logit(observation from, observation to, int target_year,
                            double scale = 100.0) {
  if (to.year <= from.year)
    prosper::detail::checks::invalid("math::project_logit", "the latest year " + std::to_string(to.year) +
                                                     " must be after the base year " +
                                                     std::to_string(from.year));
  detail_projection::check_not_before("math::project_logit", to.year, target_year);
  const double l0 = logit(from.value, scale), l1 = logit(to.value, scale);
  // Year differences in double, so that years far apart cannot overflow int.
  return inverse_logit(l1 + (l1 - l0) / (double(to.year) - double(from.year)) *
                                (double(target_year) - double(to.year)),
                       scale);
}

/// The same over a series: from the base year (or its stand-in) to the latest observation.
///
/// Example: `math::project_logit(series, 2022, 2025, 100.0)`.
inline double project_logit(std::span<const observation> series, int base_year, int target_year,
                            double scale = 100.0,
                            base_year_rule rule = base_year_rule::next_available) {
  const auto s = detail::sorted_series("math::project_logit", series, 2);
  return project_logit(select_base(s, base_year, rule), s.back(), target_year, scale);
}

}  // namespace prosper::math

namespace prosper {

/// The compound annual growth observed between two values of one indicator, as %/年.
///
/// Example: `observed_cagr(indicator_value<gdp_pc>{7.27_wan_yuan}, 2022,
///                         indicator_value<gdp_pc>{7.80_wan_yuan}, 2023)` is 7.29 %/年.
template <Indicator I>
quantity<units::percent_per_year> observed_cagr(indicator_value<I> from, int from_year,
                                                indicator_value<I> to, int to_year) {
  return rate_from_fraction(math::observed_cagr({from_year, from.value()}, {to_year, to.value()}));
}

/// A value of one indicator after `years` at a constant compound rate.
///
/// Example: `project_at_rate(indicator_value<gdp_pc>{7.80_wan_yuan}, quantity<units::percent_per_year>{7.29}, 2.0)`
/// is about 8.98 万元.
template <Indicator I>
indicator_value<I> project_at_rate(indicator_value<I> value, quantity<units::percent_per_year> rate,
                                   double years) {
  return indicator_value<I>(quantity<typename I::unit>(
      math::project_at_rate(value.value(), as_fraction(rate), years)));
}

}  // namespace prosper
