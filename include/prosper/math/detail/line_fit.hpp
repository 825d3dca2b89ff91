#pragma once
// The weighted least-squares line behind prosper/math/trend.hpp, without Eigen, so that the
// scalar assessment (prosper/math/assess.hpp) can project along a trend without pulling
// <Eigen/Core> into every report and CLI translation unit. trend.hpp is the public face: it adds
// the Eigen-array entry and documents the series functions.

#include <cmath>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "prosper/detail/checks.hpp"
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
  std::ptrdiff_t observations = 0;

  /// The fitted transformed value in `year`.
  ///
  /// Example: `fit.at(2025)`; `std::exp(fit.at(2025))` for a log-linear fit.
  [[nodiscard]] double at(double year) const noexcept {
    return level + slope * (year - centre_year);
  }
};

}  // namespace prosper::math

namespace prosper::math::detail_trend {

// Weighted least squares of y on t, centred on the weighted mean year so that the sums stay well
// conditioned for years near 2025.
inline trend_fit fit_weighted(const char* function, std::span<const double> t,
                              std::span<const double> y, std::span<const double> w) {
  if (t.size() != y.size() || t.size() != w.size())
    prosper::detail::checks::invalid(function, "years, values and weights must have the same size");
  if (t.size() < 2)
    prosper::detail::checks::invalid(function, "needs at least 2 observations, got " + std::to_string(t.size()));
  double w_sum = 0.0, wt = 0.0, wy = 0.0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!std::isfinite(t[i]) || !std::isfinite(y[i]) || !std::isfinite(w[i]))
      prosper::detail::checks::domain(function, "years, values and weights must be finite");
    if (w[i] < 0) prosper::detail::checks::invalid(function, "weights must be ≥ 0, got " + prosper::detail::checks::num(w[i]));
    w_sum += w[i];
    wt += w[i] * t[i];
    wy += w[i] * y[i];
  }
  if (!(w_sum > 0)) prosper::detail::checks::invalid(function, "weights must not all be zero");
  const double t_bar = wt / w_sum, y_bar = wy / w_sum;
  double sxx = 0.0, sxy = 0.0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const double dt = t[i] - t_bar;
    sxx += w[i] * dt * dt;
    sxy += w[i] * dt * (y[i] - y_bar);
  }
  if (!(sxx > 0)) prosper::detail::checks::invalid(function, "all weighted observations fall in one year");
  return {t_bar, y_bar, sxy / sxx, static_cast<std::ptrdiff_t>(t.size())};
}

struct columns {
  std::vector<double> years, values, weights;
};

// Sorted, validated columns of a series with the requested weights.
inline columns prepare(const char* function, std::span<const observation> series,
                       trend_weights w, int target_year) {
  const auto s = detail::sorted_series(function, series, 2);
  columns c;
  for (const auto& o : s) {
    c.years.push_back(o.year);
    c.values.push_back(o.value);
  }
  c.weights.assign(s.size(), 1.0);
  if (w == trend_weights::escap) {
    if (target_year <= s.back().year)
      prosper::detail::checks::invalid(function, "ESCAP weights need a target year after the last "
                                      "observation (" + std::to_string(s.back().year) +
                                      "), got " + std::to_string(target_year));
    const double t = target_year, t_min = s.front().year;
    for (std::size_t i = 0; i < s.size(); ++i) c.weights[i] = (t - t_min) / (t - c.years[i]);
  }
  return c;
}

inline trend_fit log_linear(const char* function, std::span<const observation> series,
                            trend_weights w, int target_year) {
  auto c = prepare(function, series, w, target_year);
  for (double& v : c.values) {
    prosper::detail::checks::positive(function, "every value", v);
    v = std::log(v);
  }
  return fit_weighted(function, c.years, c.values, c.weights);
}

inline trend_fit logit_linear(const char* function, std::span<const observation> series,
                              double scale, trend_weights w, int target_year) {
  auto c = prepare(function, series, w, target_year);
  for (double& v : c.values) v = logit(v, scale);
  return fit_weighted(function, c.years, c.values, c.weights);
}

}  // namespace prosper::math::detail_trend
