#pragma once
// The chance that an indicator meets its target in the target year, when its annual log growth
// is normal with a given mean and standard deviation and independent from year to year (a random
// walk with drift in logs, the usual model behind OECD-style stochastic projections). Over n years
// the log change is then N(n·μ, n·σ²), so the probability has a closed form through std::erfc:
// no simulation, no seed, the same answer every time.

#include <cmath>
#include <span>
#include <string>

#include "prosper/direction.hpp"
#include "prosper/indicator.hpp"
#include "prosper/detail/checks.hpp"
#include "prosper/math/observation.hpp"

namespace prosper::math {

/// The probability that the value after `years` meets `target` (≥ for higher-is-better, ≤ for
/// lower-is-better) when ln(yₜ₊₁/yₜ) ~ N(mean_log_growth, sd_log_growth²) each year. This is the
/// probability of being on the right side of the target in the target year, not of touching the
/// target at some point before it. With sd = 0 the outcome is certain: 1 or 0.
///
/// Example: `math::probability_of_reaching(7.27, 9.24, 3.0, std::log1p(0.0832), 0.02,
/// direction::higher_is_better)` is 0.5: a mean equal to the required log rate is a coin flip.
/// Throws `value_error` for values ≤ 0, sd < 0 or non-finite input, and
/// `argument_error` for years ≤ 0 or a neutral direction.
inline double probability_of_reaching(double current, double target, double years,
                                      double mean_log_growth, double sd_log_growth,
                                      prosper::direction dir) {
  constexpr const char* fn = "math::probability_of_reaching";
  prosper::detail::checks::positive(fn, "current", current);
  prosper::detail::checks::positive(fn, "target", target);
  prosper::detail::checks::period(fn, "years", years);
  prosper::detail::checks::finite(fn, "mean_log_growth", mean_log_growth);
  prosper::detail::checks::finite(fn, "sd_log_growth", sd_log_growth);
  if (sd_log_growth < 0)
    prosper::detail::checks::domain(fn, "sd_log_growth must be ≥ 0, got " + prosper::detail::checks::num(sd_log_growth));
  if (dir == prosper::direction::neutral)
    prosper::detail::checks::invalid(fn, "needs a higher- or lower-is-better indicator, got neutral");
  const double needed = std::log(target / current);  // the log change that just meets the target
  const double drift = years * mean_log_growth;
  const int d = direction_sign(dir);
  if (sd_log_growth == 0) return d * (drift - needed) >= 0 ? 1.0 : 0.0;
  // P(d·S ≥ d·needed) with S ~ N(drift, years·σ²) is ½·erfc(d·(needed − drift)/(σ√(2·years))).
  const double z = d * (needed - drift) / (sd_log_growth * std::sqrt(2.0 * years));
  return 0.5 * std::erfc(z);
}

/// Mean and standard deviation of annual log growth estimated from a series.
struct log_growth_estimate {
  double mean = 0.0;  ///< log growth per year
  double sd = 0.0;    ///< standard deviation of one year's log growth
  int periods = 0;    ///< number of gaps between observations
  int years = 0;      ///< years spanned from the first to the last observation
};

/// Estimates μ and σ of annual log growth from a series, treating a gap of k years as k draws:
/// μ̂ = Σ ln(yᵢ/yᵢ₋₁) / Σ kᵢ (the log CAGR from first to last observation) and
/// σ̂² = Σ (ln(yᵢ/yᵢ₋₁) − μ̂·kᵢ)²/kᵢ / (m − 1) over m gaps. For consecutive years these are the
/// mean and the sample standard deviation of the yearly log growths.
///
/// Example: `math::estimate_log_growth(series).sd` for {2019: 6.0, …, 2023: 7.80} is about 0.032.
/// Throws `argument_error` for fewer than three observations (one gap has no spread) or
/// duplicate years, and `value_error` for values ≤ 0.
inline log_growth_estimate estimate_log_growth(std::span<const observation> series) {
  constexpr const char* fn = "math::estimate_log_growth";
  const auto s = detail::sorted_series(fn, series, 3);
  for (const auto& o : s) prosper::detail::checks::positive(fn, "every value", o.value);
  const int years = s.back().year - s.front().year;
  const double mean = std::log(s.back().value / s.front().value) / years;
  double ss = 0.0;
  for (std::size_t i = 1; i < s.size(); ++i) {
    const double k = s[i].year - s[i - 1].year;
    const double r = std::log(s[i].value / s[i - 1].value) - mean * k;
    ss += r * r / k;
  }
  const int periods = static_cast<int>(s.size()) - 1;
  return {mean, std::sqrt(ss / (periods - 1)), periods, years};
}

}  // namespace prosper::math

namespace prosper {

/// The probability that indicator `I` meets `target` after `years`, given the mean and standard
/// deviation of its annual log growth; the direction comes from the indicator type.
///
/// Example: `probability_of_reaching(current, target, 2.0, est.mean, est.sd)`.
template <Indicator I>
  requires(I::desired_direction != direction::neutral)
double probability_of_reaching(indicator_value<I> current, indicator_value<I> target, double years,
                               double mean_log_growth, double sd_log_growth) {
  return math::probability_of_reaching(current.value(), target.value(), years, mean_log_growth,
                                       sd_log_growth, I::desired_direction);
}

}  // namespace prosper
