#pragma once
// The Atkinson index A(ε), ε ≥ 0, weighted and unweighted (Atkinson 1970, "On the measurement of
// inequality", Journal of Economic Theory 2(3)):
//
//     A(ε) = 1 − (Σ pᵢ (xᵢ/μ)^(1−ε))^(1/(1−ε))    for ε ≠ 1,
//     A(1) = 1 − exp(Σ pᵢ ln(xᵢ/μ)) = 1 − (geometric mean)/μ,
//
// the share of mean income a society averse to inequality by ε would give up for equality.
// A(1) = 1 − e^(−MLD), and A(ε) = 1 − (ε(ε − 1)·GE(1 − ε) + 1)^(1/(1−ε)) otherwise (Cowell,
// Measuring Inequality, 3rd ed. 2011, §3.2.6), which the tests use as a cross-check.
//
// The power mean is computed as exp(M) with M = ln(Σ pᵢ rᵢ^γ)/γ, γ = 1 − ε: through log1p and
// expm1 when |γ| ≤ 1, so that M stays accurate as ε nears 1, and as a log-sum-exp otherwise, so
// that a large ε on small incomes does not overflow (R's ineq computes the powers directly).
// A = −expm1(M).
//
// Zeros: for ε < 1 a zero income counts as 0^(1−ε) = 0. For ε ≥ 1 the equally distributed
// equivalent income of any distribution with a zero is 0, so A = 1 exactly: the limit, and a
// finite number, unlike the MLD, which is infinite there.

#include <algorithm>
#include <cmath>
#include <limits>

#include "prosper/inequality/detail/common.hpp"

namespace prosper::inequality {

namespace detail {

inline double atkinson_impl(const char* function, const vector_view& x, const vector_view& w,
                            double epsilon) {
  chk::finite(function, "epsilon", epsilon);
  if (epsilon < 0)
    chk::invalid(function, "epsilon (the inequality aversion) must be ≥ 0, got " + chk::num(epsilon));
  // At the working scale of detail::scaled, so that values or weights near 1e308 cannot
  // overflow the total; the index is a ratio of means and does not see the scale.
  const scaled sc = checked_scale(function, x, w);
  if (epsilon == 0.0 || all_equal(x, w)) return 0.0;
  const double weight = static_cast<double>(sc.weight);
  const auto log_r = [&](Eigen::Index i) { return static_cast<double>(sc.log_relative(x, i)); };  // ln(xᵢ/μ)
  // Weights in double: one below 1e-308 of the largest becomes 0 here. Its unit's term is
  // pᵢ·rᵢ^γ with pᵢ < 1e-308 and γ = 1 − ε < 1 (ε = 0 returned above), at most pᵢ^(1−γ) times
  // its income share to the power γ, and so far below the result's last digit.
  const auto wt = [&](Eigen::Index i) { return static_cast<double>(sc.w(w, i)); };
  if (epsilon >= 1.0)
    for (Eigen::Index i = 0; i < x.size(); ++i)
      if (x[i] == 0 && w[i] > 0) return 1.0;
  const double gamma = 1.0 - epsilon;
  double m = 0.0;  // ln(power mean / μ)
  if (epsilon == 1.0) {
    for (Eigen::Index i = 0; i < x.size(); ++i)
      if (w[i] > 0) m += wt(i) * log_r(i);
    m /= weight;
  } else {
    double largest = -std::numeric_limits<double>::infinity();
    for (Eigen::Index i = 0; i < x.size(); ++i)
      if (w[i] > 0 && x[i] > 0) largest = std::max(largest, gamma * log_r(i));
    const double smallest_gamma_l = [&] {
      double s = std::numeric_limits<double>::infinity();
      for (Eigen::Index i = 0; i < x.size(); ++i)
        if (w[i] > 0 && x[i] > 0) s = std::min(s, gamma * log_r(i));
      return s;
    }();
    if (std::abs(gamma) <= 1.0 && largest <= 700.0 && smallest_gamma_l >= -700.0) {
      double s = 0.0;  // Σ pᵢ (rᵢ^γ − 1); a zero income (γ > 0 here) adds −pᵢ
      for (Eigen::Index i = 0; i < x.size(); ++i) {
        if (w[i] == 0) continue;
        s += wt(i) * (x[i] > 0 ? std::expm1(gamma * log_r(i)) : -1.0);
      }
      m = std::log1p(s / weight) / gamma;
    } else {
      double s = 0.0;  // Σ pᵢ exp(γ ln rᵢ − largest)
      for (Eigen::Index i = 0; i < x.size(); ++i)
        if (w[i] > 0 && x[i] > 0) s += wt(i) * std::exp(gamma * log_r(i) - largest);
      m = (largest + std::log(s / weight)) / gamma;
    }
  }
  return std::clamp(-std::expm1(m), 0.0, 1.0);
}

}  // namespace detail

/// The Atkinson index with inequality aversion ε ≥ 0, each unit counting once.
///
/// Example: for `Eigen::VectorXd{{1, 3}}` (mean 2), A(0.5) = 1 − (1 + √3/2)/2 ≈ 0.066987,
/// A(1) = 1 − √3/2 ≈ 0.133975 and A(2) = 1 − 1.5/2 = 0.25 (the harmonic mean is 1.5).
/// Throws std::invalid_argument for an empty vector, NaN or negative values, or ε < 0;
/// std::domain_error for a non-finite ε or when every value is 0.
inline double atkinson(const vector_view& x, double epsilon) {
  detail::chk::non_empty("atkinson", "values", x);
  return detail::atkinson_impl("atkinson", x, Eigen::VectorXd::Ones(x.size()), epsilon);
}

/// The population-weighted Atkinson index: unit i stands for wᵢ people who all have xᵢ.
///
/// Example: `atkinson(Eigen::VectorXd{{1, 3}}, Eigen::VectorXd{{2, 1}}, 2.0)` equals
/// `atkinson(Eigen::VectorXd{{1, 1, 3}}, 2.0)` = 1 − (9/7)/(5/3) = 8/35 ≈ 0.228571.
/// Throws as the unweighted form, and std::invalid_argument for mismatched, negative, NaN or
/// all-zero weights.
inline double atkinson(const vector_view& x, const vector_view& weights, double epsilon) {
  return detail::atkinson_impl("atkinson", x, weights, epsilon);
}

}  // namespace prosper::inequality
