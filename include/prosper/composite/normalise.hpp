#pragma once
// Normalisation: bringing indicators in different units onto one scale before aggregating them
// (OECD/JRC Handbook 2008, step 5 and its table of normalisation methods). The four methods and
// their parameters are COINr's (bluefoxr/COINr, R/normalise.R):
//
// - min–max, n_minmax:  (x − min)/(max − min)·(u − l) + l, here l = 0, u = 100 by default;
// - z-score, n_zscore:  (x − mean)/sd·s + m with the sample sd (divisor n − 1, as R's sd);
// - distance to target, n_dist2targ:  (x − min)/(target − min), capped at 1 when asked, here
//   times `scale` (100) so that it shares min–max's range;
// - goalposts, n_goalposts:  (x − low)/(high − low), truncated to [0, 1], times `scale` (COINr's
//   third goalpost parameter), the method of the SDSN SDG Index.
//
// A lower-is-better indicator is turned around, as COINr does by multiplying it by −1 first:
// (max − x)/(max − min) for min–max, −z for the z-score, (max − x)/(max − target) for the
// distance to target, (high − x)/(high − low) for goalposts.

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "prosper/composite/panel.hpp"

namespace prosper::composite {

/// A normalisation method.
enum class normalisation {
  min_max,             ///< (x − min)/(max − min) onto [lower, upper]
  z_score,             ///< (x − mean)/sd onto mean and sd
  distance_to_target,  ///< (x − min)/(target − min), capped at 1 if asked, × scale
  goalposts,           ///< (x − low)/(high − low) truncated to [0, 1], × scale
};

/// A normalisation method with its parameters.
///
/// Example: `normalisation_spec::goalposts({0, 10}, {30, 60})` scores indicator 0 from 0 at 0
/// to 100 at 30, and indicator 1 from 0 at 10 to 100 at 60.
struct normalisation_spec {
  normalisation method = normalisation::min_max;
  double lower = 0.0;    ///< min–max: the worst region's score
  double upper = 100.0;  ///< min–max: the best region's score
  double mean = 0.0;     ///< z-score: the mean of the scores
  double sd = 1.0;       ///< z-score: the standard deviation of the scores
  std::vector<double> targets;        ///< distance to target: one per indicator
  bool cap = true;                    ///< distance to target: cap scores at 1 (before scaling)
  std::vector<double> goalpost_low;   ///< goalposts: the low goalpost of each indicator
  std::vector<double> goalpost_high;  ///< goalposts: the high goalpost of each indicator
  double scale = 100.0;  ///< distance to target and goalposts: the score at the target or best goalpost

  /// Min–max onto [lower, upper].
  static normalisation_spec min_max(double lower = 0.0, double upper = 100.0) {
    normalisation_spec s;
    s.lower = lower;
    s.upper = upper;
    return s;
  }
  /// Z-scores with the given mean and standard deviation.
  static normalisation_spec z_score(double mean = 0.0, double sd = 1.0) {
    normalisation_spec s;
    s.method = normalisation::z_score;
    s.mean = mean;
    s.sd = sd;
    return s;
  }
  /// Distance to one target per indicator.
  static normalisation_spec distance_to_target(std::vector<double> targets, bool cap = true,
                                               double scale = 100.0) {
    normalisation_spec s;
    s.method = normalisation::distance_to_target;
    s.targets = std::move(targets);
    s.cap = cap;
    s.scale = scale;
    return s;
  }
  /// Goalposts (low, high) per indicator, in the indicator's unit.
  static normalisation_spec goalposts(std::vector<double> low, std::vector<double> high,
                                      double scale = 100.0) {
    normalisation_spec s;
    s.method = normalisation::goalposts;
    s.goalpost_low = std::move(low);
    s.goalpost_high = std::move(high);
    s.scale = scale;
    return s;
  }
};

/// A stable ASCII name.
///
/// Example: `to_string(normalisation::z_score) == "z_score"`.
constexpr std::string_view to_string(normalisation m) noexcept {
  switch (m) {
    case normalisation::min_max: return "min_max";
    case normalisation::z_score: return "z_score";
    case normalisation::distance_to_target: return "distance_to_target";
    case normalisation::goalposts: return "goalposts";
  }
  return "min_max";
}

namespace detail {

/// Refuses parameters that do not fit the panel.
inline void check_spec(std::string_view fn, const normalisation_spec& s, Eigen::Index cols) {
  const auto n = static_cast<std::size_t>(cols);
  switch (s.method) {
    case normalisation::min_max:
      chk::finite(fn, "min-max lower", s.lower);
      chk::finite(fn, "min-max upper", s.upper);
      if (!(s.upper > s.lower))
        chk::invalid(fn, "min-max needs upper > lower, got [" + chk::num(s.lower) + ", " + chk::num(s.upper) + "]");
      break;
    case normalisation::z_score:
      chk::finite(fn, "z-score mean", s.mean);
      chk::finite(fn, "z-score sd", s.sd);
      if (!(s.sd > 0)) chk::invalid(fn, "the z-score sd must be > 0, got " + chk::num(s.sd));
      break;
    case normalisation::distance_to_target:
      if (s.targets.size() != n)
        chk::invalid(fn, "distance to target needs one target per indicator: " + std::to_string(n) +
                             " indicators, " + std::to_string(s.targets.size()) + " targets");
      for (double t : s.targets) chk::finite(fn, "target", t);
      chk::finite(fn, "scale", s.scale);
      if (!(s.scale > 0)) chk::invalid(fn, "scale must be > 0, got " + chk::num(s.scale));
      break;
    case normalisation::goalposts:
      if (s.goalpost_low.size() != n || s.goalpost_high.size() != n)
        chk::invalid(fn, "goalposts need a low and a high goalpost per indicator: " + std::to_string(n) +
                             " indicators, " + std::to_string(s.goalpost_low.size()) + " low and " +
                             std::to_string(s.goalpost_high.size()) + " high");
      for (std::size_t j = 0; j < n; ++j) {
        chk::finite(fn, "low goalpost", s.goalpost_low[j]);
        chk::finite(fn, "high goalpost", s.goalpost_high[j]);
        if (!(s.goalpost_high[j] > s.goalpost_low[j]))
          chk::invalid(fn, "goalposts of indicator " + std::to_string(j) + " need high > low, got " +
                               chk::num(s.goalpost_low[j]) + " and " + chk::num(s.goalpost_high[j]));
      }
      chk::finite(fn, "scale", s.scale);
      if (!(s.scale > 0)) chk::invalid(fn, "scale must be > 0, got " + chk::num(s.scale));
      break;
  }
}

/// Normalises column j of `p` into column j of `out`; the panel and spec are checked.
inline void normalise_column(std::string_view fn, const panel& p, const normalisation_spec& s,
                             Eigen::Index j, Eigen::MatrixXd& out) {
  const auto x = p.values.col(j);
  const double d = sign_of_indicator(p, j);
  const auto ju = static_cast<std::size_t>(j);
  const Eigen::Index n = x.size();
  double lo = x[0], hi = x[0];
  for (Eigen::Index i = 1; i < n; ++i) {
    lo = std::min(lo, x[i]);
    hi = std::max(hi, x[i]);
  }
  switch (s.method) {
    case normalisation::min_max: {
      if (!(hi > lo))
        chk::domain(fn, "indicator '" + p.indicators[ju] + "' has the same value " + chk::num(lo) +
                            " in every region; min-max divides by its range");
      for (Eigen::Index i = 0; i < n; ++i) {
        const double f = d > 0 ? (x[i] - lo) / (hi - lo) : (hi - x[i]) / (hi - lo);
        out(i, j) = s.lower + f * (s.upper - s.lower);
      }
      break;
    }
    case normalisation::z_score: {
      double mean = 0.0;
      for (Eigen::Index i = 0; i < n; ++i) mean += x[i];
      mean /= static_cast<double>(n);
      double ss = 0.0;
      for (Eigen::Index i = 0; i < n; ++i) ss += (x[i] - mean) * (x[i] - mean);
      const double sd = std::sqrt(ss / static_cast<double>(n - 1));
      if (!(sd > 0))
        chk::domain(fn, "indicator '" + p.indicators[ju] + "' has the same value in every region; "
                            "a z-score divides by its standard deviation");
      for (Eigen::Index i = 0; i < n; ++i) out(i, j) = s.mean + d * (x[i] - mean) / sd * s.sd;
      break;
    }
    case normalisation::distance_to_target: {
      const double t = s.targets[ju];
      const double worst = d > 0 ? lo : hi;
      if (t == worst)
        chk::domain(fn, "the target " + chk::num(t) + " of '" + p.indicators[ju] +
                            "' equals its worst value; the distance to it is undefined");
      for (Eigen::Index i = 0; i < n; ++i) {
        double f = (x[i] - worst) / (t - worst);
        if (s.cap) f = std::min(f, 1.0);
        out(i, j) = s.scale * f;
      }
      break;
    }
    case normalisation::goalposts: {
      const double l = s.goalpost_low[ju], h = s.goalpost_high[ju];
      for (Eigen::Index i = 0; i < n; ++i) {
        const double f = d > 0 ? (x[i] - l) / (h - l) : (h - x[i]) / (h - l);
        out(i, j) = s.scale * std::clamp(f, 0.0, 1.0);
      }
      break;
    }
  }
}

}  // namespace detail

/// Normalises every indicator of a panel: regions × indicators of scores, higher always better.
///
/// Example: values {2, 4, 6} of a higher-is-better indicator give min–max scores {0, 50, 100};
/// of a lower-is-better one {100, 50, 0}; z-scores {−1, 0, 1}; a distance to the target 5,
/// capped, gives {0, 66.67, 100}; goalposts (0, 10) give {20, 40, 60}.
/// Throws std::invalid_argument for a malformed panel or parameters that do not fit it, and
/// std::domain_error for a non-finite parameter, an indicator with no spread (min–max, z-score) or a target equal to
/// the worst value.
inline Eigen::MatrixXd normalise(const panel& p, const normalisation_spec& spec) {
  constexpr const char* fn = "composite::normalise";
  detail::check_panel(fn, p);
  detail::check_spec(fn, spec, p.values.cols());
  Eigen::MatrixXd out(p.values.rows(), p.values.cols());
  for (Eigen::Index j = 0; j < p.values.cols(); ++j) detail::normalise_column(fn, p, spec, j, out);
  return out;
}

}  // namespace prosper::composite
