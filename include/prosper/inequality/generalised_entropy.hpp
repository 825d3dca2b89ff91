#pragma once
// The generalised entropy family GE(α), for any real α, weighted and unweighted:
//
//     GE(α) = 1/(α(α − 1)) · Σ pᵢ [(xᵢ/μ)^α − 1],     pᵢ = wᵢ/W,  μ = Σ pᵢxᵢ,
//
// with the limits GE(0) = Σ pᵢ ln(μ/xᵢ), the mean log deviation, and GE(1) = Σ pᵢ (xᵢ/μ) ln(xᵢ/μ),
// Theil's T (Shorrocks 1980, "The class of additively decomposable inequality measures",
// Econometrica 48(3); Cowell, Measuring Inequality, 3rd ed. 2011, §3.2.6). GE(2) is half the
// squared coefficient of variation. α = 0 and α = 1 call mld and theil_t of theil.hpp, so the
// family agrees with them exactly.
//
// Each unit contributes pᵢ·φ_α(xᵢ/μ) with φ_α(r) = (r^α − 1 − α(r − 1))/(α(α − 1)): adding
// α(r − 1) changes nothing because Σ pᵢ(rᵢ − 1) = 0, and it makes every term ≥ 0 (a convex
// function minus its tangent at 1), so no negative index comes out of rounding. φ_α is evaluated
// through expm1 in the form that stays accurate as α nears 0 or 1, where the textbook formula
// divides a vanishing difference by a vanishing α(α − 1).
//
// Zeros: for α > 0, 0^α = 0 and a zero income adds pᵢ/α; for α ≤ 0 it makes the index infinite,
// so it is refused (as Stata's ineqdeco and R's IC2 refuse non-positive incomes for α ≤ 0).

#include <algorithm>
#include <cmath>
#include <string>

#include "prosper/inequality/detail/common.hpp"
#include "prosper/inequality/theil.hpp"

namespace prosper::inequality {

namespace detail {

/// φ_α(r) ≥ 0 for r ≥ 0 and α ∉ {0, 1}; r = 0 needs α > 0.
/// In any floating type T: the indices evaluate it in long double (detail::wide), where rᵢ = xᵢ/μ
/// and its powers cannot overflow for double inputs.
template <class T>
T ge_term(T r, T alpha) {
  if (r == T(0)) return T(1) / alpha;  // (0 − 1 + α)/(α(α − 1))
  const T l = std::log(r);
  if (alpha > T(0.5)) {
    // [r·(r^β − 1)/β − (r − 1)]/α with β = α − 1, accurate near α = 1.
    const T beta = alpha - T(1);
    return (r * (std::expm1(beta * l) / beta) - (r - T(1))) / alpha;
  }
  // [(r^α − 1)/α − (r − 1)]/(α − 1), accurate near α = 0.
  return (std::expm1(alpha * l) / alpha - (r - T(1))) / (alpha - T(1));
}

inline double ge_impl(const char* function, const vector_view& x, const vector_view& w,
                      double alpha) {
  chk::finite(function, "alpha", alpha);
  if (alpha == 0.0) return mld_impl(function, x, w);
  if (alpha == 1.0) return theil_t_impl(function, x, w);
  // At the working scale of detail::scaled, so that values or weights near 1e308 cannot
  // overflow the total (GE is scale-free in both).
  const scaled s = checked_scale(function, x, w);
  if (alpha < 0.0)
    for (Eigen::Index i = 0; i < x.size(); ++i)
      if (x[i] == 0 && w[i] > 0)
        chk::domain(function, "values[" + std::to_string(i) + "] is 0 and GE(" + chk::num(alpha) +
                                  ") takes 0 to a negative power; drop zero incomes explicitly or "
                                  "use α > 0");
  if (all_equal(x, w)) return 0.0;
  const wide mean = s.mean();
  wide sum = 0.0L;
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    if (w[i] == 0) continue;
    sum += s.w(w, i) * ge_term<wide>(s.x(x, i) / mean, alpha);
  }
  const double g = static_cast<double>(sum / s.weight);
  if (!std::isfinite(g))
    chk::domain(function, "GE(" + chk::num(alpha) +
                              ") overflows the double range for these values; use a smaller |α|");
  return std::max(g, 0.0);
}

}  // namespace detail

/// The generalised entropy index GE(α) of non-negative values, each unit counting once.
///
/// Example: `generalised_entropy(Eigen::VectorXd{{1, 3}}, 2.0)` = 0.125 (half the squared
/// coefficient of variation ½·(1/2)²); with α = −1 it is 1/6, with α = 0.5 it is
/// 4·(1 − (√0.5 + √1.5)/2) ≈ 0.13630.
/// Throws std::invalid_argument for an empty vector, NaN or negative values; std::domain_error
/// for a non-finite α, when every value is 0, for a zero value when α ≤ 0, or when the index
/// overflows (huge |α| on spread-out values).
inline double generalised_entropy(const vector_view& x, double alpha) {
  detail::chk::non_empty("generalised_entropy", "values", x);
  return detail::ge_impl("generalised_entropy", x, Eigen::VectorXd::Ones(x.size()), alpha);
}

/// The population-weighted GE(α): unit i stands for wᵢ people who all have xᵢ.
///
/// Example: `generalised_entropy(Eigen::VectorXd{{1, 3}}, Eigen::VectorXd{{2, 1}}, 2.0)` equals
/// `generalised_entropy(Eigen::VectorXd{{1, 1, 3}}, 2.0)` = 0.16 (μ = 5/3, CV² = 0.32).
/// Throws as the unweighted form, and std::invalid_argument for mismatched, negative, NaN or
/// all-zero weights.
inline double generalised_entropy(const vector_view& x, const vector_view& weights, double alpha) {
  return detail::ge_impl("generalised_entropy", x, weights, alpha);
}

}  // namespace prosper::inequality
