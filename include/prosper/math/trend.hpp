#pragma once
// Least-squares trends over a whole observed series, for projections that should not hinge on
// two end points: the log-linear trend (ln y = a + b·t, the "least-squares growth rate" of
// statistical yearbooks) and the same fit in logit space for bounded shares. Both can weight
// recent years more, with ESCAP's time weights wᵢ = (T − t_min)/(T − tᵢ).
//
// `fit_line` takes Eigen arrays of raw doubles, for callers who already hold their data that way;
// the series functions take (year, value) observations. All share one weighted regression,
// centred on the weighted mean year (detail/line_fit.hpp, which the scalar assessment uses
// without Eigen).

#include <Eigen/Core>
#include <cmath>
#include <span>
#include <string>

#include "prosper/detail/checks.hpp"
#include "prosper/math/detail/line_fit.hpp"
#include "prosper/math/observation.hpp"
#include "prosper/math/projection.hpp"

namespace prosper::math {

/// The weighted least-squares line through (years, values); transform the values first (log,
/// logit) for a growth trend.
///
/// Example: `math::fit_line(years, values.log(), Eigen::ArrayXd::Ones(n)).slope`.
/// Throws `argument_error` for mismatched sizes, fewer than two points, all points in one
/// year, or a negative weight; `value_error` for non-finite input.
inline trend_fit fit_line(const Eigen::ArrayXd& years, const Eigen::ArrayXd& values,
                          const Eigen::ArrayXd& weights) {
  const auto span_of = [](const Eigen::ArrayXd& a) {
    return std::span<const double>(a.data(), static_cast<std::size_t>(a.size()));
  };
  return detail_trend::fit_weighted("math::fit_line", span_of(years), span_of(values),
                                    span_of(weights));
}

/// The least-squares line through ln(value) against the year: the trend growth is e^slope − 1.
/// With `trend_weights::escap`, `target_year` is the year the weights look towards.
///
/// Example: `math::fit_log_linear(series).slope` is the trend's log growth per year.
/// Throws `value_error` for values ≤ 0, `argument_error` for fewer than two
/// observations or duplicate years.
inline trend_fit fit_log_linear(std::span<const observation> series,
                                trend_weights w = trend_weights::equal, int target_year = 0) {
  return detail_trend::log_linear("math::fit_log_linear", series, w, target_year);
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
/// Throws `value_error` unless every value lies strictly inside (0, scale).
inline trend_fit fit_logit_linear(std::span<const observation> series, double scale = 100.0,
                                  trend_weights w = trend_weights::equal, int target_year = 0) {
  return detail_trend::logit_linear("math::fit_logit_linear", series, scale, w, target_year);
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
