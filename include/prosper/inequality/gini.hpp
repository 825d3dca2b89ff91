#pragma once
// Gini coefficients: unweighted, population-weighted with real weights, and from grouped data.
//
// The ungrouped Gini is computed from the gaps between sorted neighbours,
//
//     G = Σₖ (x₍ₖ₊₁₎ − x₍ₖ₎) · Cₖ · (W − Cₖ) / (W · Σ wᵢxᵢ),    Cₖ = weight of the k poorest units,
//
// which is the mean-difference definition Σᵢ Σⱼ wᵢwⱼ|xᵢ − xⱼ| / (2W²μ) rearranged. Every term is
// ≥ 0, so the result is never negative (scikit-bio once returned −0.2 for equal counts), and
// equal values give exactly 0 because every gap is exactly 0. Weights are any reals ≥ 0
// (populations in 万人), not only integers as in DescTools; an integer weight k gives the same
// Gini as repeating the value k times.
//
// Any finite values and weights are accepted, from subnormals to 1e308: the sums are taken on
// values and weights divided by a power of two near their largest element (detail::scaled in
// inequality/detail/common.hpp), which the Gini does not notice, being scale-free in both.

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "prosper/inequality/detail/common.hpp"

namespace prosper::inequality {

/// Whether to apply the finite-sample correction.
enum class gini_correction {
  none,           ///< the population Gini (R ineq's default, PySAL)
  finite_sample,  ///< × n/(n − 1); with weights × 1/(1 − Σw²/W²), Kish's effective n
};

namespace detail {

inline double gini_impl(const char* function, const vector_view& x, const vector_view& w,
                        gini_correction correction) {
  // At the working scale (common.hpp, `scaled`) so that values or weights near 1e308 do not
  // overflow Σ wᵢxᵢ or Σ wᵢ², which made the index NaN.
  const scaled s = checked_scale(function, x, w);
  wide g = 0.0L;
  if (!all_equal(x, w)) {
    const auto order = ascending_order(x);
    const std::size_t n = order.size();
    // W − Cₖ is summed from the top rather than subtracted: a richest unit whose weight is below
    // an ulp of W (weight 1e-300 next to 1) made W − Cₖ exactly 0 and its whole income vanish.
    std::vector<wide> above(n, 0.0L);  // weight of the units after position k
    for (std::size_t k = n - 1; k > 0; --k) above[k - 1] = above[k] + s.w(w, order[k]);
    wide below = 0.0L;  // Cₖ
    for (std::size_t k = 0; k + 1 < n; ++k) {
      below += s.w(w, order[k]);
      const wide gap = s.x(x, order[k + 1]) - s.x(x, order[k]);
      g += gap * below * above[k];
    }
    g /= s.weight * s.total;
  }
  if (correction == gini_correction::finite_sample) {
    wide squares = 0.0L;
    for (Eigen::Index i = 0; i < w.size(); ++i) squares += s.w(w, i) * s.w(w, i);
    const wide concentration = squares / (s.weight * s.weight);
    if (!(concentration < 1.0L))
      chk::domain(function, "the finite-sample correction needs weight on at least two units");
    g /= 1.0L - concentration;
  }
  return std::max(static_cast<double>(g), 0.0);
}

}  // namespace detail

/// The Gini coefficient of non-negative values, each unit counting once.
///
/// Example: `gini(Eigen::VectorXd{{1, 2, 3, 4, 5}})` ≈ 0.2667, or 0.3333 with
/// `gini_correction::finite_sample`; equal values give exactly 0.
/// Throws argument_error for an empty vector, NaN or negative values, and
/// value_error when every value is 0 (the mean is 0, so the Gini is undefined).
inline double gini(const vector_view& x, gini_correction correction = gini_correction::none) {
  detail::chk::non_empty("gini", "values", x);
  return detail::gini_impl("gini", x, Eigen::VectorXd::Ones(x.size()), correction);
}

/// The population-weighted Gini: unit i stands for wᵢ people who all have xᵢ (a county's
/// per-capita income and its population).
///
/// Example: `gini(Eigen::VectorXd{{1, 3}}, Eigen::VectorXd{{2, 1}})` equals
/// `gini(Eigen::VectorXd{{1, 1, 3}})` = 0.2667.
/// Throws argument_error for empty or mismatched vectors, NaN or negative values or
/// weights, or weights that are all 0; value_error when the weighted total is 0.
inline double gini(const vector_view& x, const vector_view& weights,
                   gini_correction correction = gini_correction::none) {
  return detail::gini_impl("gini", x, weights, correction);
}

/// The Gini of grouped data (quintiles, income bands) by the trapezoid rule on the Lorenz
/// points. It assumes everyone in a group has the group's mean, so it ignores inequality inside
/// groups and is a **lower bound** on the Gini of the underlying individuals.
///
/// `population` and `income` are per-group totals or shares in any scale (they are normalised);
/// groups may come in any order and are sorted by per-capita income.
/// Example: quintile income shares {8.1, 11.5, 20.0, 22.8, 37.6} % with five equal population
/// groups give 0.2812.
/// Throws argument_error for empty or mismatched vectors, a group with population ≤ 0 or
/// negative income, and value_error when the total income is 0.
inline double gini_grouped(const vector_view& population, const vector_view& income) {
  constexpr const char* fn = "gini_grouped";
  detail::chk::all_positive(fn, "population", population);
  if (income.size() != population.size())
    detail::chk::invalid(fn, "income has " + std::to_string(income.size()) +
                                 " groups but population has " + std::to_string(population.size()));
  detail::chk::all_non_negative(fn, "income", income);
  if (!(income.maxCoeff() > 0)) detail::chk::domain(fn, "the total income is zero");
  // Totals in the binade of the largest group (exact powers of two, see detail::scaled), so that
  // populations or incomes near 1e308 do not overflow the sums.
  const Eigen::VectorXd pop = detail::scale_down(population);
  const Eigen::VectorXd inc = detail::scale_down(income);
  const double pop_total = pop.sum();
  const double inc_total = inc.sum();
  const Eigen::VectorXd per_capita = inc.cwiseQuotient(pop);
  const auto order = detail::ascending_order(per_capita);
  double area = 0.0;  // Σ (sⱼ + sⱼ₋₁)(uⱼ − uⱼ₋₁)
  double s_prev = 0.0;
  for (const auto j : order) {
    const double s = s_prev + inc[j] / inc_total;
    area += (s + s_prev) * (pop[j] / pop_total);
    s_prev = s;
  }
  // With equal per-capita incomes the Lorenz curve is the diagonal; return 0 exactly then.
  if (per_capita.maxCoeff() == per_capita.minCoeff()) return 0.0;
  return std::max(1.0 - area, 0.0);
}

}  // namespace prosper::inequality
