#pragma once
// Least-squares trends over a whole observed series, for projections that should not hinge on
// two end points: the log-linear trend (ln y = a + b·t, the "least-squares growth rate" of
// statistical yearbooks) and the same fit in logit space for bounded shares. Both can weight
// recent years more, with ESCAP's time weights wᵢ = (T − t_min)/(T − tᵢ).
//
// The fit is a weighted simple regression on Eigen arrays of raw doubles, centred on the weighted
// mean year so that the normal equations stay well conditioned for years near 2025.

#include <Eigen/Core>
#include <cmath>
#include <span>
#include <string>

#include "prosper/math/detail/checks.hpp"
#include "prosper/math/observation.hpp"
#include "prosper/math/projection.hpp"

namespace prosper::math {

/// How the observations of a trend are weighted.
enum class trend_weights {
  equal,  ///< ordinary least squares
  escap,  ///< ESCAP's time weights (T − t_min)/(T − tᵢ) for a projection to year T
};

/// A fitted straight line in a transformed space (log or logit of the value):
/// transformed(t) = level + slope·(t − centre_year).
struct trend_fit {
  double centre_year = 0.0;  ///< the weighted mean year the line is centred on
  double level = 0.0;        ///< the fitted transformed value at `centre_year`
  double slope = 0.0;        ///< change of the transformed value per year
  Eigen::Index observations = 0;

  /// The fitted transformed value in `year`.
  ///
  /// Example: `fit.at(2025)`; `std::exp(fit.at(2025))` for a log-linear fit.
  [[nodiscard]] double at(double year) const noexcept {
    return level + slope * (year - centre_year);
  }
};

/// The weighted least-squares line through (years, transformed values).
///
/// Example: `math::fit_line(years, values.log(), Eigen::ArrayXd::Ones(n))`.
/// Throws `std::invalid_argument` for mismatched sizes, fewer than two points, all points in one
/// year, or a negative weight; `std::domain_error` for non-finite input.
inline trend_fit fit_line(const Eigen::ArrayXd& years, const Eigen::ArrayXd& values,
                          const Eigen::ArrayXd& weights) {
  if (years.size() != values.size() || years.size() != weights.size())
    detail::fail_argument("math::fit_line", "years, values and weights must have the same size");
  if (years.size() < 2)
    detail::fail_argument("math::fit_line", "needs at least 2 observations, got " +
                                                std::to_string(years.size()));
  if (!years.isFinite().all() || !values.isFinite().all() || !weights.isFinite().all())
    detail::fail("math::fit_line", "years, values and weights must be finite");
  if ((weights < 0).any() || !(weights.sum() > 0))
    detail::fail_argument("math::fit_line", "weights must be ≥ 0 and not all zero");
  const double w_sum = weights.sum();
  const double t_bar = (weights * years).sum() / w_sum;
  const double y_bar = (weights * values).sum() / w_sum;
  const Eigen::ArrayXd dt = years - t_bar;
  const double sxx = (weights * dt.square()).sum();
  if (!(sxx > 0))
    detail::fail_argument("math::fit_line", "all weighted observations fall in one year");
  const double sxy = (weights * dt * (values - y_bar)).sum();
  return {t_bar, y_bar, sxy / sxx, years.size()};
}

namespace detail_trend {
struct arrays {
  Eigen::ArrayXd years, values, weights;
};

// Sorted, validated arrays of a series with the requested weights.
inline arrays prepare(const char* function, std::span<const observation> series,
                      trend_weights w, int target_year) {
  const auto s = detail::sorted_series(function, series, 2);
  const auto n = static_cast<Eigen::Index>(s.size());
  arrays a{Eigen::ArrayXd(n), Eigen::ArrayXd(n), Eigen::ArrayXd::Ones(n)};
  for (Eigen::Index i = 0; i < n; ++i) {
    a.years[i] = s[static_cast<std::size_t>(i)].year;
    a.values[i] = s[static_cast<std::size_t>(i)].value;
  }
  if (w == trend_weights::escap) {
    if (target_year <= s.back().year)
      detail::fail_argument(function, "ESCAP weights need a target year after the last "
                                      "observation (" + std::to_string(s.back().year) +
                                      "), got " + std::to_string(target_year));
    const double t = target_year;
    a.weights = (t - a.years.minCoeff()) / (t - a.years);
  }
  return a;
}
}  // namespace detail_trend

/// The least-squares line through ln(value) against the year: the trend growth is e^slope − 1.
/// With `trend_weights::escap`, `target_year` is the year the weights look towards.
///
/// Example: `math::fit_log_linear(series).slope` is the trend's log growth per year.
/// Throws `std::domain_error` for values ≤ 0, `std::invalid_argument` for fewer than two
/// observations or duplicate years.
inline trend_fit fit_log_linear(std::span<const observation> series,
                                trend_weights w = trend_weights::equal, int target_year = 0) {
  auto a = detail_trend::prepare("math::fit_log_linear", series, w, target_year);
  for (Eigen::Index i = 0; i < a.values.size(); ++i)
    detail::check_positive("math::fit_log_linear", "every value", a.values[i]);
  return fit_line(a.years, a.values.log(), a.weights);
}

/// The least-squares growth rate of a series (fraction per year): e^b − 1 for the log-linear fit.
///
/// Example: for {2019: 6.0, 2020: 6.2, 2021: 6.9, 2022: 7.27, 2023: 7.80} it is about 7.08 %.
inline double trend_cagr(std::span<const observation> series) {
  return std::expm1(fit_log_linear(series).slope);
}

/// The value in `target_year` on the log-linear trend of the series.
///
/// Example: `math::project_log_linear(series, 2025)`.
inline double project_log_linear(std::span<const observation> series, int target_year,
                                 trend_weights w = trend_weights::equal) {
  return std::exp(fit_log_linear(series, w, target_year).at(target_year));
}

/// The least-squares line through the log-odds ln(y/(1 − y)), y = value/scale, against the year.
/// This is the UNICEF replication's `reg()`/`wreg()` for bounded indicators, except that the
/// weighted version fits both the level and the slope with the weights (the replication takes
/// the level from the unweighted fit).
///
/// Example: `math::fit_logit_linear(shares, 100.0)`.
/// Throws `std::domain_error` unless every value lies strictly inside (0, scale).
inline trend_fit fit_logit_linear(std::span<const observation> series, double scale = 100.0,
                                  trend_weights w = trend_weights::equal, int target_year = 0) {
  auto a = detail_trend::prepare("math::fit_logit_linear", series, w, target_year);
  Eigen::ArrayXd l(a.values.size());
  for (Eigen::Index i = 0; i < a.values.size(); ++i) l[i] = logit(a.values[i], scale);
  return fit_line(a.years, l, a.weights);
}

/// The value in `target_year` on the logit-space trend of a bounded share; always inside
/// (0, scale), so a projected percentage never exceeds 100 %.
///
/// Example: `math::project_logit_trend(shares, 2025, 100.0, trend_weights::escap)`.
inline double project_logit_trend(std::span<const observation> series, int target_year,
                                  double scale = 100.0, trend_weights w = trend_weights::equal) {
  return inverse_logit(fit_logit_linear(series, scale, w, target_year).at(target_year), scale);
}

}  // namespace prosper::math
