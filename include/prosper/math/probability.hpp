#pragma once
// The chance that an indicator meets its target in the target year, when its annual log growth
// is normal with a given mean and standard deviation and independent from year to year (a random
// walk with drift in logs, the usual model behind OECD-style stochastic projections). Over n years
// the log change is then N(n·μ, n·σ²), so the probability has a closed form through std::erfc:
// no simulation, no seed, the same answer every time.
//
// The second half of this header (issue 17) estimates μ and σ from the series on a log, logit or
// linear scale and accounts for their uncertainty with the Student-t predictive distribution
// (forecast_reach); attaches that probability, a predictive interval and a stability check to
// math::assess's verdict (assess_with_uncertainty); and estimates joint events of several
// correlated series by seeded Monte Carlo (joint_probability).

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <exception>
#include <limits>
#include <numbers>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "prosper/direction.hpp"
#include "prosper/indicator.hpp"
#include "prosper/detail/checks.hpp"
#include "prosper/math/assess.hpp"
#include "prosper/math/detail/random.hpp"
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
namespace detail_probability_years {
/// The years from `first` to `last` as the int the estimates report, computed in 64 bits: two
/// int years can be 2³² − 2 apart, and `last − first` in int then overflowed (undefined
/// behaviour). A span beyond INT_MAX years is refused rather than wrapped.
inline int span(const char* function, int first, int last) {
  const std::int64_t years = std::int64_t{last} - first;
  if (years > std::numeric_limits<int>::max())
    prosper::detail::checks::invalid(function, "the observations span " + std::to_string(years) +
                                                   " years, more than an int holds");
  return static_cast<int>(years);
}
}  // namespace detail_probability_years

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
  const int years = detail_probability_years::span(fn, s.front().year, s.back().year);
  const double mean = std::log(s.back().value / s.front().value) / years;
  double ss = 0.0;
  for (std::size_t i = 1; i < s.size(); ++i) {
    const double k = double(s[i].year) - double(s[i - 1].year);
    const double r = std::log(s[i].value / s[i - 1].value) - mean * k;
    ss += r * r / k;
  }
  const int periods = static_cast<int>(s.size()) - 1;
  return {mean, std::sqrt(ss / (periods - 1)), periods, years};
}


// ==== Probability with every verdict (issue 17) ================================================
//
// A series observed for m gaps of k₁ … k_m years (K = Σ kᵢ) is put on a scale where it grows by
// independent yearly steps: ln y for levels, ln(y/(L − y)) for shares of a limit L, y itself for
// rates. On that scale the model is a random walk with drift, each gap's change Δᵢ being
// N(μ·kᵢ, σ²·kᵢ). The estimates are μ̂ = Σ Δᵢ / K (the first-to-last change per year) and
// s² = Σ (Δᵢ − μ̂kᵢ)²/kᵢ / (m − 1), as estimate_log_growth computes on the log scale.
//
// After h more years the value is z_T = z_last + μh + σ·√h·ε, and μ̂ ~ N(μ, σ²/K) is independent
// of the future steps, so z_T − (z_last + μ̂h) ~ N(0, σ²(h + h²/K)): the drift method's forecast
// variance (Hyndman & Athanasopoulos, Forecasting: Principles and Practice, 3rd ed., §5.5). With
// σ replaced by s the pivot
//
//     (z_T − z_last − μ̂h) / (s·√(h + h²/K))  ~  Student t with m − 1 degrees of freedom
//
// exactly, because s² is independent of μ̂ in this normal linear model (the steps Δᵢ/√kᵢ regress
// on √kᵢ with one coefficient). This is the classical prediction interval for a new observation
// of a regression, and it is also the Bayesian posterior predictive under the reference prior
// p(μ, σ) ∝ 1/σ (Gelman et al., Bayesian Data Analysis, 3rd ed., §14.2). A plug-in normal with
// s for σ (probability_of_reaching above) ignores that s itself is uncertain, and that μ̂ is: on
// 2,000 simulated five-observation series (tests/unit/probability_test.cpp) the events it gave
// 1.6 % on average happened 6 % of the time, while the t's probabilities are calibrated.

namespace detail_probability {

namespace chk = prosper::detail::checks;

/// P(T ≤ t) for Student's t with `df` ≥ 1 degrees of freedom, by the finite series of
/// Abramowitz & Stegun 26.7.3–26.7.4 for integer df (θ = atan(|t|/√df)): exact up to rounding,
/// with no special functions beyond atan and sqrt.
inline double student_t_cdf(double t, int df) {
  if (std::isinf(t)) return t > 0 ? 1.0 : 0.0;
  const double nu = df;
  const double c2 = nu / (nu + t * t);            // cos²θ
  const double s = std::abs(t) / std::sqrt(nu + t * t);  // sin θ
  double a = 0.0;                                  // A(t|ν) = P(|T| ≤ |t|)
  if (df % 2 == 1) {
    const double theta = std::atan(std::abs(t) / std::sqrt(nu));
    double sum = 0.0;
    if (df > 1) {
      double term = 1.0;
      sum = 1.0;
      for (int k = 1; 2 * k + 1 <= df - 1; ++k) {
        term *= (2.0 * k) / (2.0 * k + 1.0) * c2;
        sum += term;
      }
    }
    a = 2.0 / std::numbers::pi * (theta + s * std::sqrt(c2) * sum);
  } else {
    double term = 1.0, sum = 1.0;
    for (int k = 1; 2 * k <= df - 2; ++k) {
      term *= (2.0 * k - 1.0) / (2.0 * k) * c2;
      sum += term;
    }
    a = s * sum;
  }
  a = std::min(a, 1.0);
  return t >= 0 ? 0.5 + 0.5 * a : 0.5 - 0.5 * a;
}

/// The density of Student's t with `df` ≥ 1 degrees of freedom; Γ((ν+1)/2)/Γ(ν/2) comes from
/// the recursion r(ν + 2) = r(ν)(ν + 1)/ν, so no lgamma (which is not thread-safe) is needed.
inline double student_t_density(double t, int df) {
  double r = df % 2 == 1 ? 1.0 / std::sqrt(std::numbers::pi) : std::sqrt(std::numbers::pi) / 2.0;
  for (int v = df % 2 == 1 ? 1 : 2; v < df; v += 2) r *= (v + 1.0) / v;
  const double nu = df;
  return r / std::sqrt(nu * std::numbers::pi) * std::pow(1.0 + t * t / nu, -(nu + 1.0) / 2.0);
}

/// The p-quantile of Student's t, 0 < p < 1, by Newton's method kept inside a bracket.
inline double student_t_quantile(double p, int df) {
  if (p == 0.5) return 0.0;
  if (p < 0.5) return -student_t_quantile(1.0 - p, df);
  double lo = 0.0, hi = 1.0;
  while (student_t_cdf(hi, df) < p && hi < 1e300) {
    lo = hi;
    hi *= 2.0;
  }
  double t = 0.5 * (lo + hi);
  for (int i = 0; i < 200; ++i) {
    const double f = student_t_cdf(t, df) - p;
    if (f == 0.0) return t;
    if (f < 0) lo = t; else hi = t;
    double next = t - f / student_t_density(t, df);
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (std::abs(next - t) <= 1e-15 * std::max(1.0, std::abs(t))) return next;
    t = next;
  }
  return t;
}

/// student_t_quantile, remembered for the last (p, df) asked on this thread: a batch of series
/// of one length asks for the same quantile a million times.
inline double cached_student_t_quantile(double p, int df) {
  thread_local double last_p = -1.0;
  thread_local int last_df = -1;
  thread_local double last_q = 0.0;
  if (p != last_p || df != last_df) {
    last_q = student_t_quantile(p, df);
    last_p = p;
    last_df = df;
  }
  return last_q;
}

}  // namespace detail_probability

/// The scale on which a series is modelled as growing by independent yearly steps.
enum class growth_scale {
  log,     ///< levels (income, GDP): ln y, so steps are log growth rates
  logit,   ///< shares of a limit L (a % rate, a coverage): ln(y/(L − y)), never crossing 0 or L
  linear,  ///< rates and balances that may be ≤ 0: y itself, steps in the indicator's unit
};

/// A scale and, for logit, the limit of the share (100 for %, 1 for fractions).
///
/// Example: `value_scale::share(100.0)` models a % share in logit space.
struct value_scale {
  growth_scale kind = growth_scale::log;
  double limit = 100.0;  ///< used by the logit scale only

  /// The log scale, for levels.
  static constexpr value_scale level() noexcept { return {growth_scale::log, 100.0}; }
  /// The logit scale for shares of `limit`.
  static constexpr value_scale share(double limit = 100.0) noexcept { return {growth_scale::logit, limit}; }
  /// The linear scale, for rates.
  static constexpr value_scale rate() noexcept { return {growth_scale::linear, 100.0}; }
};

namespace detail_probability {

/// Whether `y` lies inside the scale's domain (y > 0 for log, 0 < y < L for logit).
inline bool in_domain(const value_scale& sc, double y) {
  if (!std::isfinite(y)) return false;
  switch (sc.kind) {
    case growth_scale::log: return y > 0;
    case growth_scale::logit: return y > 0 && y < sc.limit;
    case growth_scale::linear: return true;
  }
  return false;
}

inline std::string domain_text(const value_scale& sc) {
  switch (sc.kind) {
    case growth_scale::log: return "> 0 on the log scale";
    case growth_scale::logit: return "strictly between 0 and " + chk::num(sc.limit) + " on the logit scale";
    case growth_scale::linear: return "finite";
  }
  return "";
}

inline void check_scale(std::string_view fn, const value_scale& sc) {
  if (sc.kind == growth_scale::logit) {
    chk::finite(fn, "scale limit", sc.limit);
    if (!(sc.limit > 0)) chk::invalid(fn, "the logit scale's limit must be > 0, got " + chk::num(sc.limit));
  }
}

/// The value on the scale; the caller has checked the domain.
inline double to_scale(const value_scale& sc, double y) {
  switch (sc.kind) {
    case growth_scale::log: return std::log(y);
    case growth_scale::logit: return std::log(y / (sc.limit - y));
    case growth_scale::linear: return y;
  }
  return y;
}

/// The value in the indicator's unit; ±∞ on the scale maps to the domain's ends.
inline double from_scale(const value_scale& sc, double z) {
  switch (sc.kind) {
    case growth_scale::log: return std::exp(z);
    case growth_scale::logit:
      // exp(−|z|) never overflows.
      if (z >= 0) return sc.limit / (1.0 + std::exp(-z));
      return sc.limit * std::exp(z) / (1.0 + std::exp(z));
    case growth_scale::linear: return z;
  }
  return z;
}

}  // namespace detail_probability

/// The drift and yearly spread of a series on a scale, with what the Student-t forecast needs.
struct drift_estimate {
  value_scale scale{};
  double drift = 0.0;  ///< μ̂: change per year on the scale (log growth, logit units or units)
  double sd = 0.0;     ///< s: standard deviation of one year's change on the scale
  int periods = 0;     ///< m, the number of gaps between observations
  int years = 0;       ///< K, the years from the first to the last observation
  int last_year = 0;   ///< the year of the last observation
  double last = 0.0;   ///< the last observation, on the scale
  /// Degrees of freedom of s: m − 1.
  [[nodiscard]] int df() const noexcept { return periods - 1; }
};

/// Estimates the drift μ̂ = Σ Δᵢ/K and the spread s² = Σ (Δᵢ − μ̂kᵢ)²/kᵢ/(m − 1) of a series on
/// `scale`, where Δᵢ is the change on the scale over a gap of kᵢ years (a gap of k years counts
/// as k yearly steps).
///
/// Example: `math::estimate_drift(series, value_scale::level())` for {2019: 6.0, 2020: 6.2,
/// 2021: 6.9, 2022: 7.27, 2023: 7.80} gives drift 0.065591 and sd 0.031567, the log-growth
/// estimate; on `value_scale::rate()` the drift is 0.45 per year.
/// Throws std::invalid_argument for fewer than three observations, a duplicate year or a logit
/// limit ≤ 0, and std::domain_error for a value outside the scale's domain (≤ 0 for log,
/// outside (0, L) for logit) or a non-finite value or limit.
inline drift_estimate estimate_drift(std::span<const observation> series, value_scale scale) {
  constexpr const char* fn = "math::estimate_drift";
  namespace chk = prosper::detail::checks;
  detail_probability::check_scale(fn, scale);
  const auto s = prosper::detail::sorted_series(fn, series, 3);
  std::vector<double> z(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!detail_probability::in_domain(scale, s[i].value))
      chk::domain(fn, "the value for " + std::to_string(s[i].year) + " must be " +
                          detail_probability::domain_text(scale) + ", got " + chk::num(s[i].value));
    z[i] = detail_probability::to_scale(scale, s[i].value);
  }
  drift_estimate e;
  e.scale = scale;
  e.years = detail_probability_years::span(fn, s.front().year, s.back().year);
  e.periods = static_cast<int>(s.size()) - 1;
  e.last_year = s.back().year;
  e.last = z.back();
  e.drift = (z.back() - z.front()) / e.years;
  double ss = 0.0;
  for (std::size_t i = 1; i < s.size(); ++i) {
    const double k = double(s[i].year) - double(s[i - 1].year);
    const double r = z[i] - z[i - 1] - e.drift * k;
    ss += r * r / k;
  }
  e.sd = std::sqrt(ss / (e.periods - 1));
  return e;
}

namespace detail_probability {
// What forecast_reach and reachable_target both refuse.
inline void check_forecast(const char* fn, const drift_estimate& e, int target_year,
                           prosper::direction dir) {
  namespace chk = prosper::detail::checks;
  if (dir == prosper::direction::neutral)
    chk::invalid(fn, "needs a higher- or lower-is-better indicator, got neutral");
  if (target_year < e.last_year)
    chk::invalid(fn, "the target year " + std::to_string(target_year) +
                         " is before the last observation (" + std::to_string(e.last_year) + ")");
  if (e.periods < 2 || e.years <= 0) chk::invalid(fn, "the estimate needs at least two gaps");
}

// The centre and scale of the target-year predictive on the estimate's scale: the last value
// plus h years of drift, and s·√(h + h²/K), which adds the drift's own uncertainty to h years
// of yearly noise.
inline std::pair<double, double> predictive(const drift_estimate& e, int target_year) {
  const double h = double(target_year) - double(e.last_year);
  return {e.last + e.drift * h, e.sd * std::sqrt(h + h * h / e.years)};
}

}  // namespace detail_probability

/// The scale a series' trend is modelled on when none is given: the logit scale of a share
/// whose values all lie inside (0, natural_limit), the linear scale when a value is ≤ 0 (a
/// growth rate that was negative), the log scale of growth otherwise.
///
/// Example: `scale_for(series, 100.0)` is `value_scale::share(100.0)` for urbanisation rates of
/// 61–64 %; `scale_for(series, std::nullopt)` is `value_scale::level()` for incomes.
inline value_scale scale_for(std::span<const observation> series,
                             std::optional<double> natural_limit) {
  const auto inside = [&](double lim) {
    return std::all_of(series.begin(), series.end(),
                       [&](const observation& o) { return o.value > 0 && o.value < lim; });
  };
  const bool positive = std::all_of(series.begin(), series.end(),
                                    [](const observation& o) { return o.value > 0; });
  if (natural_limit && *natural_limit > 0 && inside(*natural_limit))
    return value_scale::share(*natural_limit);
  return positive ? value_scale::level() : value_scale::rate();
}

/// The Student-t forecast of a series for its target year.
struct reach_forecast {
  double probability = 0.0;  ///< P(the target is met in the target year)
  double median = 0.0;       ///< predictive median of the target-year value, in the unit
  double lower = 0.0;        ///< lower end of the central `level` predictive interval
  double upper = 0.0;        ///< upper end
  double level = 0.8;        ///< the interval's coverage
  double drift = 0.0;        ///< μ̂ on the scale
  double sd = 0.0;           ///< s on the scale
  double spread = 0.0;       ///< s·√(h + h²/K): the predictive scale on the scale
  int df = 0;                ///< degrees of freedom, m − 1
};

/// The probability that a series meets `target` (≥ for higher-is-better, ≤ for lower-is-better)
/// in `target_year`, from a drift estimate, with the Student-t predictive above, and the central
/// `level` predictive interval of the target-year value.
///
/// Example: for the five-year GDP series of `estimate_drift` (log scale) and 9.24 in 2025,
/// `forecast_reach(e, 9.24, 2025, direction::higher_is_better)` has probability 0.2673 and
/// the 80 % interval 8.132 – 9.726 around the median 8.893.
/// Throws std::invalid_argument for a target year before the last observation or a neutral
/// direction, and std::domain_error for a level outside (0, 1), a target outside the scale's
/// domain (a share target of 100 % on a logit scale of 100 can never be met by the model) or a
/// forecast that overflows the double range.
inline reach_forecast forecast_reach(const drift_estimate& e, double target, int target_year,
                                     prosper::direction dir, double level = 0.8) {
  constexpr const char* fn = "math::forecast_reach";
  namespace chk = prosper::detail::checks;
  namespace dp = detail_probability;
  chk::open_unit_interval(fn, "level", level);
  dp::check_forecast(fn, e, target_year, dir);
  if (!dp::in_domain(e.scale, target))
    chk::domain(fn, "the target must be " + dp::domain_text(e.scale) + ", got " + chk::num(target));
  const auto [centre, spread] = dp::predictive(e, target_year);
  const double needed = dp::to_scale(e.scale, target);
  const int d = direction_sign(dir);
  reach_forecast f;
  f.level = level;
  f.drift = e.drift;
  f.sd = e.sd;
  f.spread = spread;
  f.df = e.df();
  if (spread > 0) {
    // P(d·(z_T − needed) ≥ 0) = F_t(d·(centre − needed)/spread), by the symmetry of t.
    f.probability = dp::student_t_cdf(d * (centre - needed) / spread, f.df);
  } else {
    f.probability = d * (centre - needed) >= 0 ? 1.0 : 0.0;
  }
  const double q = dp::cached_student_t_quantile(0.5 + 0.5 * level, f.df);
  f.median = dp::from_scale(e.scale, centre);
  f.lower = dp::from_scale(e.scale, centre - q * spread);
  f.upper = dp::from_scale(e.scale, centre + q * spread);
  if (!std::isfinite(f.median) || !std::isfinite(f.lower) || !std::isfinite(f.upper))
    chk::domain(fn, "the forecast for " + std::to_string(target_year) +
                        " overflows the double range on this scale");
  return f;
}

/// The target a series meets in `target_year` with probability `probability` under the same
/// Student-t predictive as `forecast_reach`: for a higher-is-better indicator the value z with
/// P(z_T ≥ z) = p, centre − t⁻¹(p)·spread on the scale; for a lower-is-better one P(z_T ≤ z) =
/// p, centre + t⁻¹(p)·spread. It is the inverse of `forecast_reach`'s probability, the number
/// a planner drafting the next plan's target "reachable with 80 % probability" asks for.
///
/// Example: for the five-year GDP series of `estimate_drift` (log scale),
/// `reachable_target(e, 2025, direction::higher_is_better, 0.8)` is 8.430, and
/// `forecast_reach(e, 8.430, 2025, direction::higher_is_better).probability` is 0.8 again.
/// Throws std::invalid_argument for a target year before the last observation, a neutral
/// direction or an estimate with fewer than two gaps, and std::domain_error for a probability
/// outside (0, 1) or a value that overflows the double range.
inline double reachable_target(const drift_estimate& e, int target_year, prosper::direction dir,
                               double probability) {
  constexpr const char* fn = "math::reachable_target";
  namespace chk = prosper::detail::checks;
  namespace dp = detail_probability;
  chk::open_unit_interval(fn, "probability", probability);
  dp::check_forecast(fn, e, target_year, dir);
  const auto [centre, spread] = dp::predictive(e, target_year);
  const double q = dp::student_t_quantile(probability, e.df());
  const double z = dp::from_scale(e.scale, centre - direction_sign(dir) * q * spread);
  if (!std::isfinite(z))
    chk::domain(fn, "the target for " + std::to_string(target_year) +
                        " overflows the double range on this scale");
  return z;
}

/// The same from the observations: estimate_drift on `scale`, then the forecast.
///
/// Example: `math::forecast_reach(series, 9.24, 2025, direction::higher_is_better)` for
/// {2019: 6.0, …, 2023: 7.80} is 0.2673 (the plug-in normal of probability_of_reaching says
/// 0.1959 for the same μ̂ and s).
/// Throws as estimate_drift and the forecast above.
inline reach_forecast forecast_reach(std::span<const observation> series, double target,
                                     int target_year, prosper::direction dir,
                                     value_scale scale = value_scale::level(), double level = 0.8) {
  return forecast_reach(estimate_drift(series, scale), target, target_year, dir, level);
}

/// An assessment with its uncertainty: the verdict of math::assess, the probability of meeting
/// the target, the predictive interval of the target-year value, and whether the status label
/// could flip within the interval of the trend it rests on.
struct uncertain_verdict {
  assessment verdict;     ///< math::assess's result, unchanged
  value_scale scale{};    ///< the scale of the model
  double level = 0.8;     ///< coverage of the intervals
  int df = 0;             ///< degrees of freedom (gaps − 1); 0 when no spread could be estimated
  std::optional<double> probability;       ///< P(the target is met in the target year)
  std::optional<double> projected_median;  ///< predictive median of the target-year value
  std::optional<double> projected_lower;   ///< and its central `level` interval
  std::optional<double> projected_upper;
  std::optional<double> drift;        ///< μ̂ on the scale, per year
  std::optional<double> drift_lower;  ///< the `level` confidence interval of the drift
  std::optional<double> drift_upper;
  /// The least and most favourable statuses within the drift's interval (`verdict.status` when
  /// the verdict rests on the latest value rather than a trend, or cannot be re-evaluated).
  progress_status worst = progress_status::not_assessable;
  progress_status best = progress_status::not_assessable;
  bool stable = false;  ///< worst == best == verdict.status
  std::vector<std::string> notes;  ///< what could not be computed, and why
};

namespace detail_probability {

/// Ranks statuses from worst to best; achieved counts as the best.
inline int status_rank(progress_status s) {
  switch (s) {
    case progress_status::moving_away: return 0;
    case progress_status::insufficient_progress: return 1;
    case progress_status::moderate_progress: return 2;
    case progress_status::on_track: return 3;
    case progress_status::achieved: return 4;
    case progress_status::not_assessable: return -1;
  }
  return -1;
}

/// P(a ≤ Y ≤ b) on the scale with Y's pivot t(df): a, b on the scale, possibly ±∞.
inline double interval_probability(double a, double b, double centre, double spread, int df) {
  if (spread > 0)
    return std::max(0.0, student_t_cdf((b - centre) / spread, df) -
                             student_t_cdf((a - centre) / spread, df));
  return centre >= a && centre <= b ? 1.0 : 0.0;
}

/// A bound in the indicator's unit put on the scale: a bound outside the domain becomes ±∞ (a
/// lower bound ≤ 0 on the log scale constrains nothing; an upper bound ≥ L on the logit scale
/// neither).
inline double bound_on_scale(const value_scale& sc, double v) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  if (sc.kind == growth_scale::linear) return v;
  if (v <= 0) return -inf;
  if (sc.kind == growth_scale::logit && v >= sc.limit) return inf;
  return to_scale(sc, v);
}

}  // namespace detail_probability

/// Assesses progress as math::assess does, and adds what the verdict is worth: the probability
/// that the target is met in the target year, the `level` predictive interval of the value then,
/// and whether the status could flip inside the `level` interval of the trend.
///
/// The model is the random walk with drift above, fitted to the observations the assessment uses
/// (the base and the later ones up to the target year), on `scale`; by default a logit scale when
/// `options.natural_limit` is set and every value lies inside it, else the log scale when every
/// value is positive, else the linear scale. The status is a function of the trend: it is
/// re-evaluated by math::assess on the series tilted about the base so that its drift on the scale
/// is at either end of μ̂ ± t·s/√K; the statuses of every drift in between lie between those two,
/// since each method's status rises with the trend. A verdict that rests on the latest value
/// (achieved, or a threshold check) does not depend on a trend and is stable by definition.
///
/// Example: GDP per capita 7.27 (2022) → 9.24 (2025) with 7.60 in 2023 and 7.80 in 2024 is
/// `insufficient_progress` under StatCan (R = 0.43); the 80 % interval of the log drift,
/// 0.0068 – 0.0635, reaches `moderate_progress`, so the label is not stable; the probability of
/// reaching 9.24 is 0.038, and the 2025 value's median 8.08.
/// Never throws for bad data (the verdict says not_assessable, or `notes` says what is missing);
/// throws std::domain_error for a level outside (0, 1), std::invalid_argument for a logit
/// limit ≤ 0, and argument_error for options outside their domain (validate_options).
inline uncertain_verdict assess_with_uncertainty(prosper::direction dir, const milestone& g,
                                                 observation base,
                                                 std::span<const observation> series,
                                                 const assessment_options& options,
                                                 std::optional<value_scale> scale = std::nullopt,
                                                 double level = 0.8) {
  constexpr const char* fn = "math::assess_with_uncertainty";
  namespace chk = prosper::detail::checks;
  namespace dp = detail_probability;
  chk::open_unit_interval(fn, "level", level);
  if (scale) dp::check_scale(fn, *scale);
  prosper::validate_options(fn, options);
  uncertain_verdict out;
  out.level = level;
  out.verdict = assess(g, base, series, dir, options);
  out.worst = out.best = out.verdict.status;
  if (out.verdict.status == progress_status::not_assessable) {
    out.notes.push_back("no verdict, so no uncertainty: " + out.verdict.reason);
    return out;
  }
  // The observations the assessment used: the base, then those after it up to the target year.
  std::vector<observation> points{base};
  for (const auto& o : series)
    if (o.year > base.year && o.year <= g.year) points.push_back(o);
  std::stable_sort(points.begin(), points.end(),
                   [](const observation& a, const observation& b) { return a.year < b.year; });
  if (points.size() < 3) {
    out.notes.push_back("the spread of the yearly steps needs at least three observations from the "
                        "base year on, got " + std::to_string(points.size()));
    return out;
  }
  const value_scale sc = scale ? *scale : scale_for(points, options.natural_limit);
  out.scale = sc;
  drift_estimate e;
  try {
    e = estimate_drift(points, sc);
  } catch (const std::exception& ex) {
    out.notes.push_back(std::string("no model of the trend: ") + ex.what());
    return out;
  }
  out.df = e.df();
  const double q = dp::cached_student_t_quantile(0.5 + 0.5 * level, e.df());
  const double half = q * e.sd / std::sqrt(static_cast<double>(e.years));
  out.drift = e.drift;
  out.drift_lower = e.drift - half;
  out.drift_upper = e.drift + half;

  // The target-year value.
  const double h = double(g.year) - double(e.last_year);
  const double centre = e.last + e.drift * h;
  const double spread = e.sd * std::sqrt(h + h * h / e.years);
  const double lo_v = dp::from_scale(sc, centre - q * spread);
  const double mid_v = dp::from_scale(sc, centre);
  const double hi_v = dp::from_scale(sc, centre + q * spread);
  if (std::isfinite(lo_v) && std::isfinite(mid_v) && std::isfinite(hi_v)) {
    out.projected_median = mid_v;
    out.projected_lower = lo_v;
    out.projected_upper = hi_v;
  } else {
    out.notes.push_back("the projected value overflows the double range");
  }

  // The probability of being inside the target's admissible set [a, b] in the target year.
  constexpr double inf = std::numeric_limits<double>::infinity();
  const double tol = options.achieved_tolerance;
  std::optional<std::pair<double, double>> admissible;
  if (g.value) {
    const double v = *g.value;
    switch (g.kind) {
      case target_kind::at_least:
      case target_kind::greater_than: admissible = std::pair{v - tol, inf}; break;
      case target_kind::at_most:
      case target_kind::less_than: admissible = std::pair{-inf, v + tol}; break;
      case target_kind::band:
        if (g.upper) admissible = std::pair{v - tol, *g.upper + tol};
        break;
      case target_kind::point:
      case target_kind::maintain: {
        int s = direction_sign(dir);
        if (s == 0) s = chk::sign_of(v - base.value);
        admissible = s > 0 ? std::pair{v - tol, inf}
                     : s < 0 ? std::pair{-inf, v + tol}
                             : std::pair{v - tol, v + tol};
        break;
      }
      default: break;
    }
  }
  if (!admissible) {
    out.notes.push_back("the " + std::string(to_string(g.kind)) +
                        " target has no number to meet, so no probability");
  } else {
    const double za = admissible->first == -inf ? -inf : dp::bound_on_scale(sc, admissible->first);
    const double zb = admissible->second == inf ? inf : dp::bound_on_scale(sc, admissible->second);
    if (!(za < zb))
      out.notes.push_back("the target lies at or beyond the bound of the " +
                          std::string(sc.kind == growth_scale::logit ? "logit" : "log") +
                          " scale, which the model never reaches");
    else
      out.probability = dp::interval_probability(za, zb, centre, spread, e.df());
  }

  // Whether the status could flip inside the drift's interval.
  const bool rests_on_value = out.verdict.status == progress_status::achieved ||
                              out.verdict.basis.rfind("threshold check", 0) == 0;
  if (rests_on_value) {
    out.stable = true;
    out.notes.push_back("the status rests on the latest value, not on a trend");
    return out;
  }
  int worst = dp::status_rank(out.verdict.status), best = worst;
  progress_status worst_s = out.verdict.status, best_s = out.verdict.status;
  for (const double mu : {*out.drift_lower, *out.drift_upper}) {
    std::vector<observation> tilted;
    for (std::size_t i = 1; i < points.size(); ++i) {
      const double z = dp::to_scale(sc, points[i].value) + (mu - e.drift) * (double(points[i].year) - double(base.year));
      tilted.push_back({points[i].year, dp::from_scale(sc, z)});
    }
    auto s = assess(g, base, tilted, dir, options).status;
    // A trend that would already have met the target is on track: the latest value itself does
    // not meet it, so "achieved" is not on offer.
    if (s == progress_status::achieved) s = progress_status::on_track;
    const int r = dp::status_rank(s);
    if (r < 0) {
      out.notes.push_back("the status at a drift of " + chk::num(mu) + " could not be evaluated");
      return out;
    }
    if (r < worst) { worst = r; worst_s = s; }
    if (r > best) { best = r; best_s = s; }
  }
  out.worst = worst_s;
  out.best = best_s;
  out.stable = worst_s == out.verdict.status && best_s == out.verdict.status;
  return out;
}

/// The seed of prosper's Monte Carlo functions when none is given.
inline constexpr std::uint64_t default_seed = prosper::detail::rng::default_seed;

/// One condition of a joint event: `series` meets `target` (≥ for higher-is-better, ≤ for
/// lower-is-better) in the target year, modelled on `scale`.
struct joint_condition {
  std::vector<observation> series;
  double target = 0.0;
  prosper::direction dir = prosper::direction::higher_is_better;
  value_scale scale = value_scale::level();
};

/// The Monte Carlo estimate of a joint event and what it rests on.
struct joint_forecast {
  double probability = 0.0;     ///< P(every condition is met), by simulation
  double standard_error = 0.0;  ///< of `probability`: √(p(1 − p)/draws)
  std::vector<double> each;     ///< each condition alone, from the same draws
  std::vector<double> each_closed_form;  ///< each alone by the Student-t closed form
  double if_independent = 0.0;  ///< the product of the closed forms: the answer without correlation
  std::vector<double> correlation;  ///< p × p, row-major: of the standardised yearly steps
  int df = 0;                   ///< degrees of freedom (gaps − 1)
  int draws = 0;
  std::uint64_t seed = 0;
};

/// The probability that several series all meet their targets in `target_year`, such as "income
/// reaches 9.24 万元 and the urban/rural ratio is at most 1.95", by seeded Monte Carlo.
///
/// Every series must have observations in the same years. Each is modelled as above on its own
/// scale; their yearly steps are correlated with the correlation R of the standardised residuals
/// eᵢⱼ = (Δᵢⱼ − μ̂ⱼkᵢ)/√kᵢ. A draw is z_T = z_last + μ̂h + s·√(h + h²/K)·T with T multivariate
/// Student t: T = Z/√(W/ν), Z ~ N(0, R), W ~ χ²_ν, ν = m − 1. Each T_j is then exactly t_ν, so
/// each condition's simulated frequency converges to its closed form; R is held at its estimate
/// (the one approximation, exact when the correlation is known). Draws come from
/// std::mt19937_64 through prosper's own transforms, so a seed gives the same answer on every
/// compiler.
///
/// Example: urban income {2019: 5.2, 2020: 5.5, 2021: 6.0, 2022: 6.3, 2023: 6.8} reaching 8.0
/// and the urban/rural ratio {2.10, 2.05, 2.02, 1.98, 1.96} at most 1.95 in 2025 (illustrative
/// values): 100000 draws from the default seed give P(both) = 0.1789, against 0.2040 if the two
/// were independent, because the ratio rose in the years income rose fastest (correlation 0.75).
/// Throws std::invalid_argument for no conditions, series with different years, fewer than three
/// observations, a neutral direction, a target year before the last observation, or draws < 1;
/// std::domain_error for a value or target outside its scale's domain.
inline joint_forecast joint_probability(std::span<const joint_condition> conditions,
                                        int target_year, int draws = 100000,
                                        std::uint64_t seed = default_seed) {
  constexpr const char* fn = "math::joint_probability";
  namespace chk = prosper::detail::checks;
  namespace dp = detail_probability;
  if (conditions.empty()) chk::invalid(fn, "needs at least one condition");
  if (draws < 1) chk::invalid(fn, "draws must be ≥ 1, got " + std::to_string(draws));
  const std::size_t p = conditions.size();
  std::vector<drift_estimate> est;
  std::vector<std::vector<observation>> sorted;
  for (std::size_t j = 0; j < p; ++j) {
    const auto& c = conditions[j];
    est.push_back(estimate_drift(c.series, c.scale));
    sorted.push_back(prosper::detail::sorted_series(fn, c.series, 3));
    if (j > 0) {
      bool same = sorted[j].size() == sorted[0].size();
      for (std::size_t i = 0; same && i < sorted[j].size(); ++i)
        same = sorted[j][i].year == sorted[0][i].year;
      if (!same)
        chk::invalid(fn, "condition " + std::to_string(j) +
                             "'s series is not observed in the same years as condition 0's");
    }
  }
  joint_forecast out;
  out.draws = draws;
  out.seed = seed;
  out.df = est[0].df();
  // Closed forms, which also check the targets, directions and the year.
  std::vector<double> needed(p), centre(p), spread(p);
  std::vector<int> sign(p);
  out.if_independent = 1.0;
  for (std::size_t j = 0; j < p; ++j) {
    const auto f = forecast_reach(est[j], conditions[j].target, target_year, conditions[j].dir);
    out.each_closed_form.push_back(f.probability);
    out.if_independent *= f.probability;
    const double h = double(target_year) - double(est[j].last_year);
    centre[j] = est[j].last + est[j].drift * h;
    spread[j] = f.spread;
    needed[j] = dp::to_scale(conditions[j].scale, conditions[j].target);
    sign[j] = direction_sign(conditions[j].dir);
  }
  // The correlation of the standardised residuals, and its (semi-definite) Cholesky factor.
  const std::size_t m = sorted[0].size() - 1;
  std::vector<double> e(m * p);
  for (std::size_t j = 0; j < p; ++j)
    for (std::size_t i = 0; i < m; ++i) {
      const auto& a = sorted[j][i];
      const auto& b = sorted[j][i + 1];
      const double k = double(b.year) - double(a.year);
      const double step = dp::to_scale(conditions[j].scale, b.value) -
                          dp::to_scale(conditions[j].scale, a.value);
      e[i * p + j] = (step - est[j].drift * k) / std::sqrt(k);
    }
  out.correlation.assign(p * p, 0.0);
  for (std::size_t j = 0; j < p; ++j)
    for (std::size_t l = 0; l < p; ++l) {
      if (j == l) {
        out.correlation[j * p + l] = 1.0;
        continue;
      }
      double sjl = 0.0, sjj = 0.0, sll = 0.0;
      for (std::size_t i = 0; i < m; ++i) {
        sjl += e[i * p + j] * e[i * p + l];
        sjj += e[i * p + j] * e[i * p + j];
        sll += e[i * p + l] * e[i * p + l];
      }
      out.correlation[j * p + l] = sjj > 0 && sll > 0 ? std::clamp(sjl / std::sqrt(sjj * sll), -1.0, 1.0) : 0.0;
    }
  std::vector<double> chol(p * p, 0.0);
  for (std::size_t j = 0; j < p; ++j) {
    double d = out.correlation[j * p + j];
    for (std::size_t k = 0; k < j; ++k) d -= chol[j * p + k] * chol[j * p + k];
    const double ljj = d > 1e-12 ? std::sqrt(d) : 0.0;
    chol[j * p + j] = ljj;
    for (std::size_t i = j + 1; i < p; ++i) {
      double v = out.correlation[i * p + j];
      for (std::size_t k = 0; k < j; ++k) v -= chol[i * p + k] * chol[j * p + k];
      chol[i * p + j] = ljj > 0 ? v / ljj : 0.0;
    }
  }
  // The draws.
  prosper::detail::rng::stream rs(seed);
  const double nu = out.df;
  std::vector<double> z(p);
  std::vector<long long> met(p, 0);
  long long all = 0;
  for (int n = 0; n < draws; ++n) {
    const double scale_t = 1.0 / std::sqrt(rs.chi_square(nu) / nu);
    for (std::size_t k = 0; k < p; ++k) z[k] = rs.normal();
    bool every = true;
    for (std::size_t j = 0; j < p; ++j) {
      double t = 0.0;
      for (std::size_t k = 0; k <= j; ++k) t += chol[j * p + k] * z[k];
      const double value = centre[j] + spread[j] * scale_t * t;
      const bool ok = sign[j] * (value - needed[j]) >= 0;
      met[j] += ok ? 1 : 0;
      every = every && ok;
    }
    all += every ? 1 : 0;
  }
  const double nd = draws;
  out.probability = static_cast<double>(all) / nd;
  out.standard_error = std::sqrt(out.probability * (1.0 - out.probability) / nd);
  for (std::size_t j = 0; j < p; ++j) out.each.push_back(static_cast<double>(met[j]) / nd);
  return out;
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
