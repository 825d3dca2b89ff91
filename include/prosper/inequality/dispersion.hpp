#pragma once
// Dispersion measures that plans and statistical bulletins use besides the Gini: the
// coefficient of variation (the population-weighted one is Williamson's index and the usual
// reading of NBS's "地区经济发展差异系数"), shares of the Lorenz curve, the Palma ratio, S80/S20,
// and the Engel coefficient.
//
// Lorenz shares with weights treat unit i as wᵢ people who all have xᵢ, so the poorest 40 % may
// end inside a unit; that unit is split in proportion, which makes the Lorenz curve piecewise
// linear and every share a continuous function of the population fraction.

#include <algorithm>
#include <cmath>
#include <string>

#include "prosper/inequality/detail/common.hpp"
#include "prosper/quantity.hpp"

namespace prosper::inequality {

/// The coefficient of variation, σ/μ with the population (1/n) standard deviation.
///
/// Example: `coefficient_of_variation(Eigen::VectorXd{{2, 4, 4, 4, 5, 5, 7, 9}})` = 2/5 = 0.4;
/// equal values give exactly 0.
/// Throws argument_error for an empty vector, NaN or negative values, and
/// value_error when the mean is 0 or σ/μ exceeds the double range.
inline double coefficient_of_variation(const vector_view& x, const vector_view& weights);

inline double coefficient_of_variation(const vector_view& x) {
  detail::chk::non_empty("coefficient_of_variation", "values", x);
  return coefficient_of_variation(x, Eigen::VectorXd::Ones(x.size()));
}

/// The population-weighted coefficient of variation (Williamson's index):
/// √(Σ pᵢ (xᵢ − μ)²)/μ with pᵢ = wᵢ/W.
///
/// Example: counties' per-capita GDP with their populations as weights.
/// Throws as the unweighted form, and argument_error for bad weights.
inline double coefficient_of_variation(const vector_view& x, const vector_view& weights) {
  constexpr const char* fn = "coefficient_of_variation";
  // At the working scale of detail::scaled, so that values or weights near 1e308 cannot
  // overflow the mean or the squares; σ/μ does not depend on the scale.
  const detail::scaled s = detail::checked_scale(fn, x, weights);
  if (detail::all_equal(x, weights)) return 0.0;
  const detail::wide mean = s.mean();
  detail::wide variance = 0.0L;
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    const detail::wide d = s.x(x, i) - mean;
    variance += s.w(weights, i) * d * d;
  }
  const double cv = static_cast<double>(std::sqrt(variance / s.weight) / mean);
  if (!std::isfinite(cv))
    detail::chk::domain(fn, "the coefficient of variation exceeds the double range (a value far "
                            "above the mean carries little weight)");
  return cv;
}

namespace detail {

/// The share of the total held by the fraction `p` of the (weighted) population at one end: the
/// poorest when `from_top` is false (the Lorenz curve L(p)), the richest when it is true
/// (1 − L(1 − p)). The richest share is summed from the top rather than taken as 1 − L(1 − p),
/// because that difference cancels: for p = 1e-12 it kept no correct digit. Sums are taken at
/// the working scale of detail::scaled, so that values near 1e308 no longer overflow the total
/// (which made every share 0).
inline wide end_share(const char* fn, const vector_view& x, const vector_view& weights,
                      double p, bool from_top) {
  const scaled s = checked_scale(fn, x, weights);
  const wide target = p * s.weight;
  wide people = 0.0L;
  wide income = 0.0L;
  auto order = ascending_order(x);
  if (from_top) std::reverse(order.begin(), order.end());
  for (const auto i : order) {
    const wide wi = s.w(weights, i);
    if (people + wi >= target) {
      income += (target - people) * s.x(x, i);
      return std::clamp(income / s.total, wide{0}, wide{1});
    }
    people += wi;
    income += wi * s.x(x, i);
  }
  return 1.0L;
}

}  // namespace detail

/// The share of the total held by the poorest fraction `p` of the (weighted) population: the
/// Lorenz curve L(p). Values and weights may lie anywhere in the finite double range.
///
/// Example: `lorenz_share(Eigen::VectorXd{{1, 3}}, Eigen::VectorXd{{1, 1}}, 0.5)` = 0.25, and
/// at p = 0.25 half of the poorer unit's 0.25 share, 0.125.
/// Throws argument_error for p outside [0, 1], bad values or weights, and
/// value_error when the total is 0.
inline double lorenz_share(const vector_view& x, const vector_view& weights, double p) {
  constexpr const char* fn = "lorenz_share";
  detail::chk::finite(fn, "population fraction", p);
  if (p < 0.0 || p > 1.0)
    detail::chk::invalid(fn, "population fraction must lie in [0, 1], got " + detail::chk::num(p));
  return static_cast<double>(detail::end_share(fn, x, weights, p, false));
}

/// The Lorenz share with every unit weighing 1.
///
/// Example: `lorenz_share(Eigen::VectorXd{{1, 2, 3, 4}}, 0.5)` = 0.3.
inline double lorenz_share(const vector_view& x, double p) {
  detail::chk::non_empty("lorenz_share", "values", x);
  return lorenz_share(x, Eigen::VectorXd::Ones(x.size()), p);
}

/// The income share of the richest `top` fraction of the population divided by that of the
/// poorest `bottom` fraction. Palma is (0.1, 0.4); S80/S20 is (0.2, 0.2).
///
/// Example: `share_ratio(Eigen::VectorXd{{1, 2, 3, 4, 10}}, Eigen::VectorXd::Ones(5), 0.2, 0.2)`
/// = 10/1 = 10.
/// Throws argument_error for fractions outside (0, 1] or summing above 1, bad values or
/// weights; value_error when the poorest `bottom` hold nothing, or so little that the ratio
/// exceeds the double range.
inline double share_ratio(const vector_view& x, const vector_view& weights, double top,
                          double bottom) {
  constexpr const char* fn = "share_ratio";
  detail::chk::finite(fn, "top", top);
  detail::chk::finite(fn, "bottom", bottom);
  if (!(top > 0 && bottom > 0 && top + bottom <= 1.0 + 1e-12))
    detail::chk::invalid(fn, "top and bottom must be > 0 and sum to at most 1, got " +
                                 detail::chk::num(top) + " and " + detail::chk::num(bottom));
  // Both shares and their quotient in long double: the poorest 1e-12 of the population can hold
  // a share below the normal doubles (4e-321), where a double share keeps only a few digits.
  const detail::wide low = detail::end_share(fn, x, weights, bottom, false);
  if (!(low > 0))
    detail::chk::domain(fn, "the poorest " + detail::chk::percent(bottom) +
                                " % hold nothing, so the ratio is infinite");
  const double ratio = static_cast<double>(detail::end_share(fn, x, weights, top, true) / low);
  if (!std::isfinite(ratio))
    detail::chk::domain(fn, "the poorest " + detail::chk::percent(bottom) + " % hold " +
                                detail::chk::num(static_cast<double>(low)) +
                                " of the total, so the ratio exceeds the double range");
  return ratio;
}

/// The Palma ratio: the share of the richest 10 % over that of the poorest 40 %.
///
/// Example: `palma(Eigen::VectorXd::LinSpaced(10, 1, 10), Eigen::VectorXd::Ones(10))` =
/// 10/(1+2+3+4) = 1.0.
/// Throws as share_ratio.
inline double palma(const vector_view& x, const vector_view& weights) {
  return share_ratio(x, weights, 0.1, 0.4);
}

/// The Palma ratio with every unit weighing 1.
///
/// Example: `palma(Eigen::VectorXd::LinSpaced(10, 1, 10))` = 1.0.
inline double palma(const vector_view& x) {
  detail::chk::non_empty("palma", "values", x);
  return palma(x, Eigen::VectorXd::Ones(x.size()));
}

/// The Engel coefficient: food spending as a share of total consumption spending.
///
/// Example: `engel_coefficient(9000_yuan, 31380_yuan)` ≈ 28.68 %.
/// Throws argument_error for a total ≤ 0, a negative food spending, or food above total.
template <Unit U, Unit V>
requires units::convertible_unit<V, U> quantity<units::percent> engel_coefficient(
    quantity<U> food, quantity<V> total) {
  constexpr const char* fn = "engel_coefficient";
  detail::chk::non_negative(fn, "food spending", food.value());
  quantity<U> t;
  if constexpr (std::same_as<U, V>)
    t = total;
  else
    t = quantity<U>(total);
  detail::chk::positive(fn, "total spending", t.value());
  if (food > t)
    detail::chk::invalid(fn, "food spending " + detail::chk::num(food.value()) +
                                 " exceeds total spending " + detail::chk::num(t.value()));
  return from_fraction<units::percent>(food / t);
}

}  // namespace prosper::inequality
