#pragma once
// The standard error of the sample Gini coefficient by Davidson's analytic estimator (R. Davidson,
// 2009, "Reliable inference for the Gini index", Journal of Econometrics 150(1), 30–40, §3).
//
// Davidson writes the plug-in Gini Ĝ of n values as a sum of IID terms plus a negligible
// remainder. For the values sorted ascending, x₍₁₎ ≤ … ≤ x₍ₙ₎, with mean μ̂,
//
//     Ẑᵢ = −(Ĝ + 1)·x₍ᵢ₎ + ((2i − 1)/n)·x₍ᵢ₎ − (2/n)·Σⱼ≤ᵢ x₍ⱼ₎,
//     Var(Ĝ) ≈ Σᵢ (Ẑᵢ − Z̄)² / (n·μ̂)²,
//
// where Ẑᵢ estimates the influence function of the Gini at x₍ᵢ₎ up to a constant: 2x·F(x) −
// 2∫₀ˣ y dF(y) − (G + 1)x, with F(x₍ᵢ₎) estimated at the midpoint (2i − 1)/(2n). Tied values
// get equal Ẑᵢ whatever their order, so the result does not depend on how ties are sorted.
// Ĝ here is the population Gini (gini_correction::none), the estimator Davidson studies.
//
// The estimator assumes independent draws with equal probability. For population-weighted
// units (counties with their populations), use the bootstrap of bootstrap.hpp, which resamples
// units with their weights.

#include <algorithm>
#include <cmath>

#include "prosper/inequality/detail/common.hpp"
#include "prosper/inequality/gini.hpp"

namespace prosper::inequality {

/// The asymptotic standard error of the sample Gini of `x` by Davidson (2009).
///
/// Example: `gini_standard_error(Eigen::VectorXd{{1, 2, 3}})` = √14/27 ≈ 0.138580 (Ĝ = 2/9;
/// Ẑ = −14/9, −22/9, −24/9); equal values give exactly 0.
/// Throws std::invalid_argument for fewer than two values, NaN or negative values, and
/// std::domain_error when every value is 0.
inline double gini_standard_error(const vector_view& x) {
  constexpr const char* fn = "gini_standard_error";
  detail::chk::non_empty(fn, "values", x);
  if (x.size() < 2)
    detail::chk::invalid(fn, "needs at least two values, got " + std::to_string(x.size()));
  const Eigen::VectorXd ones = Eigen::VectorXd::Ones(x.size());
  // At the working scale of detail::scaled, so that values near 1e308 cannot overflow the
  // sums; the standard error of a scale-free index is itself scale-free.
  const detail::scaled s = detail::checked_scale(fn, x, ones);
  if (detail::all_equal(x, ones)) return 0.0;
  const double g = detail::gini_impl(fn, x, ones, gini_correction::none);
  const auto order = detail::ascending_order(x);
  const double n = static_cast<double>(x.size());
  const double mean = static_cast<double>(s.total) / n;
  Eigen::VectorXd z(x.size());
  double below = 0.0;  // Σⱼ≤ᵢ x₍ⱼ₎
  for (std::size_t k = 0; k < order.size(); ++k) {
    const double v = static_cast<double>(s.x(x, order[k]));  // below 2, never overflowing
    below += v;
    const double i = static_cast<double>(k + 1);
    z[static_cast<Eigen::Index>(k)] = -(g + 1.0) * v + (2.0 * i - 1.0) / n * v - 2.0 / n * below;
  }
  const double zbar = z.mean();
  const double ss = (z.array() - zbar).square().sum();
  return std::sqrt(ss) / (n * mean);
}

}  // namespace prosper::inequality
