#pragma once
// The ratio of the highest to the lowest value across regions (最高最低倍差): indicators 18 and
// 19 ask that the max/min of per-capita GDP and of per-capita income across Lishui's nine
// county-level units stay ≤ 1.5. Zhejiang's plan asks the same of its 11 cities (1.64 → ≤ 1.55).
//
// Two layers, as elsewhere in prosper: Eigen vectors of raw doubles for the math, and a typed
// layer where each region keeps its name and its value keeps its unit, so that a report can say
// "庆元 needs +9.1 %/yr" instead of "element 7 needs 0.091".
//
// max/min looks only at two regions, which is what the plan bounds but not always what a reader
// wants; the population-weighted variants (max/mean, mean/min, and the mean of the richest p of
// the population over that of the poorest p) use everyone.

#include <Eigen/Core>
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <numbers>
#include <limits>
#include <string>
#include <vector>

#include "prosper/inequality/dispersion.hpp"
#include "prosper/quantity.hpp"
#include "prosper/detail/checks.hpp"
#include "prosper/math/compounding_eigen.hpp"
#include "prosper/detail/vector_checks.hpp"
#include "prosper/ratio/pair_ratio.hpp"
#include "prosper/region.hpp"

namespace prosper::ratio {

/// A read-only view of any dense double vector.
using vector_view = prosper::detail::checks::vector_view;

namespace detail {

inline void check_bound(const char* function, double bound) {
  chk::finite(function, "bound", bound);
  if (bound < 1.0)
    chk::invalid(function,
                 "a max/min bound must be ≥ 1 (max/min is never below 1), got " + chk::num(bound));
}

/// a/b for a, b > 0, refusing a quotient beyond the double range: 1e308/1e-10 is ∞, which is no
/// ratio anyone can act on.
inline double finite_ratio(const char* function, const char* what, double a, double b) {
  const double r = a / b;
  if (!std::isfinite(r))
    chk::domain(function, std::string(what) + " = " + chk::num(a) + " / " + chk::num(b) +
                              " exceeds the double range");
  return r;
}

inline std::string region_name(const std::vector<std::string>& names, Eigen::Index i) {
  return names.empty() ? "region " + std::to_string(i) : names[static_cast<std::size_t>(i)];
}

/// The first year all pairwise ratios are within the bound at constant growth, by intersecting
/// each pair's feasible interval (every pair ratio is r0·qᵗ, so each interval is exact).
inline reach_result max_min_reach(const char* function, const vector_view& x,
                                  const vector_view& growth, double bound, int base_year,
                                  const std::vector<std::string>& names) {
  chk::all_positive(function, "values", x);
  if (growth.size() != x.size())
    chk::invalid(function, "growth has " + std::to_string(growth.size()) +
                               " elements but values have " + std::to_string(x.size()));
  for (Eigen::Index i = 0; i < growth.size(); ++i)
    chk::growth_fraction(function, "growth[" + std::to_string(i) + "]", growth[i]);
  check_bound(function, bound);
  double lo = 0.0;
  double hi = std::numeric_limits<double>::infinity();
  std::string lo_pair;
  std::string hi_pair;
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    for (Eigen::Index j = 0; j < x.size(); ++j) {
      if (i == j) continue;
      const double q = (1.0 + growth[i]) / (1.0 + growth[j]);
      const auto f = feasible_times(x[i] / x[j], bound, bound_side::at_most, q);
      const std::string pair = region_name(names, i) + " / " + region_name(names, j);
      if (f.empty) {
        reach_result out;
        out.reason = "unreachable: " + pair + " is " + chk::num(x[i] / x[j]) + " and " +
                     region_name(names, i) + " grows " + chk::percent(growth[i]) +
                     " %/yr against " + chk::percent(growth[j]) + " %/yr for " +
                     region_name(names, j) + ", so that ratio never falls to " + chk::num(bound);
        return out;
      }
      if (f.lo > lo) {
        lo = f.lo;
        lo_pair = pair;
      }
      if (f.hi < hi) {
        hi = f.hi;
        hi_pair = pair;
      }
    }
  }
  if (lo > hi + year_slack) {
    reach_result out;
    out.reason = "unreachable: " + hi_pair + " exceeds the bound after " + chk::num(hi) +
                 " years, before " + lo_pair + " gets within it after " + chk::num(lo) + " years";
    return out;
  }
  return reach_from_interval({false, lo, hi}, base_year, "");
}

}  // namespace detail

/// The ratio of the largest to the smallest value.
///
/// Example: `max_min_ratio(Eigen::VectorXd{{5.2, 6.1, 9.0}})` ≈ 1.731.
/// Throws argument_error for an empty vector or any value that is NaN or ≤ 0, and value_error
/// when the ratio exceeds the double range (1e308 over 1e-10, say).
inline double max_min_ratio(const vector_view& x) {
  detail::chk::all_positive("max_min_ratio", "values", x);
  return detail::finite_ratio("max_min_ratio", "max/min", x.maxCoeff(), x.minCoeff());
}

/// The largest value over the population-weighted mean: how far the leader is above average.
/// Values and weights may lie anywhere in the finite double range: the mean is taken at the
/// working scale of inequality::detail::scaled, so weights near 1e308 no longer make it NaN.
///
/// Example: `max_to_mean(Eigen::VectorXd{{1, 2}}, Eigen::VectorXd{{3, 1}})` = 2/1.25 = 1.6.
/// Throws argument_error for empty or mismatched vectors, values ≤ 0, or bad weights, and
/// value_error when the ratio exceeds the double range (the leader's weight below 1e-308 of
/// the rest).
inline double max_to_mean(const vector_view& x, const vector_view& weights) {
  constexpr const char* fn = "max_to_mean";
  detail::chk::all_positive(fn, "values", x);
  const auto s = inequality::detail::checked_scale(fn, x, weights);
  // max·2⁻ᵉ lies in [1, 2); the scaled mean s.total/s.weight is at most that.
  const double ratio = static_cast<double>(
      std::scalbn(static_cast<inequality::detail::wide>(x.maxCoeff()), -s.value_exponent) *
      s.weight / s.total);
  if (!std::isfinite(ratio))
    detail::chk::domain(fn, "max/mean exceeds the double range (the largest value carries almost "
                            "no weight and every other value is below 1e-308 of it)");
  return ratio;
}

/// The population-weighted mean over the smallest value: how far the laggard is below average.
///
/// Example: `mean_to_min(Eigen::VectorXd{{1, 2}}, Eigen::VectorXd{{3, 1}})` = 1.25.
/// Throws as max_to_mean, and value_error when mean/min exceeds the double range.
inline double mean_to_min(const vector_view& x, const vector_view& weights) {
  constexpr const char* fn = "mean_to_min";
  detail::chk::all_positive(fn, "values", x);
  const auto s = inequality::detail::checked_scale(fn, x, weights);
  using wide = inequality::detail::wide;
  const wide mean = s.mean();  // the mean times 2⁻ᵉ
  const wide low = std::scalbn(static_cast<wide>(x.minCoeff()), -s.value_exponent);
  // A minimum below the normal range at the working scale (only where long double is double):
  // the quotient is then taken in logarithms on the unscaled minimum.
  const double ratio = static_cast<double>(
      low >= std::numeric_limits<wide>::min()
          ? mean / low
          : std::exp(std::log(mean) + s.value_exponent * std::numbers::ln2_v<wide> -
                     std::log(static_cast<wide>(x.minCoeff()))));
  if (!std::isfinite(ratio))
    detail::chk::domain(fn, "mean/min exceeds the double range (the smallest value is " +
                                detail::chk::num(x.minCoeff()) + ")");
  return ratio;
}

/// The mean of the richest fraction `share` of the population over the mean of the poorest
/// `share`, with regions split at the boundary. As `share` shrinks to the smallest region's
/// population it becomes max/min; at 0.2 it is the regional S80/S20. Both shares are summed from
/// their own end, so a tiny `share` (1e-12) gives the ratio of the extreme regions rather than
/// the cancellation residue of 1 − L(1 − share).
///
/// Example: `population_extremes_ratio(Eigen::VectorXd{{1, 2, 4}}, Eigen::VectorXd{{1, 1, 1}},
/// 1.0 / 3)` = 4.
/// Throws argument_error for a share outside (0, 0.5], bad values or weights, and value_error
/// when the ratio exceeds the double range.
inline double population_extremes_ratio(const vector_view& x, const vector_view& weights,
                                        double share) {
  constexpr const char* fn = "population_extremes_ratio";
  detail::chk::all_positive(fn, "values", x);
  detail::chk::finite(fn, "share", share);
  if (!(share > 0.0 && share <= 0.5))
    detail::chk::invalid(fn, "share must lie in (0, 0.5], got " + detail::chk::num(share));
  return inequality::share_ratio(x, weights, share, share);
}

/// The smallest raises that bring max/min down to `bound` when no region may be lowered: every
/// region below max/bound is raised to exactly max/bound, the rest are left alone. It is the
/// least raise for each region separately, so it minimises any total cost that grows with the
/// raises (population-weighted or not).
///
/// Example: `minimum_uplift(Eigen::VectorXd{{6.0, 9.0, 5.0}}, 1.5)` is {0, 0, 1}.
/// Throws argument_error for values ≤ 0 or NaN, an empty vector, or a bound < 1.
inline Eigen::VectorXd minimum_uplift(const vector_view& x, double bound) {
  detail::chk::all_positive("minimum_uplift", "values", x);
  detail::check_bound("minimum_uplift", bound);
  const double floor = x.maxCoeff() / bound;
  return (floor - x.array()).max(0.0).matrix();
}

/// A budget-neutral redistribution across regions.
struct levelling {
  Eigen::VectorXd levels;  ///< the values after the transfer
  double cap = 0.0;        ///< no region ends above this
  double floor = 0.0;  ///< no region ends below this; cap/floor = bound when levelling was needed
  /// Population-weighted amount moved, Σ wᵢ·max(0, levelᵢ − xᵢ), in value × weight units.
  double transfer = 0.0;
};

/// Brings max/min down to `bound` without changing the population-weighted total.
///
/// The rule (one of many; this one is simple to explain and keeps the middle untouched): the
/// top is shaved to a common cap C and the bottom raised to the floor C/bound; regions between
/// the two keep their values; C is the unique level at which what the top gives equals what the
/// bottom receives, Σ wᵢ·(new − old) = 0. Order between regions is preserved. C is found from the
/// piecewise-linear balance by bisection, then solved exactly on its final piece.
///
/// Example: values {4, 6, 10} with equal weights and bound 1.5 give cap 8.4, floor 5.6 and
/// levels {5.6, 6, 8.4}: 1.6 is moved from the top to the bottom, and 8.4/5.6 = 1.5.
/// Throws argument_error for bad values or weights (all zero, mismatched, negative, NaN)
/// or a bound < 1.
inline levelling budget_neutral_levelling(const vector_view& x, const vector_view& weights,
                                          double bound) {
  constexpr const char* fn = "budget_neutral_levelling";
  detail::chk::all_positive(fn, "values", x);
  detail::chk::weights_for(fn, x, weights);
  detail::check_bound(fn, bound);
  levelling out;
  out.levels = x;
  out.cap = x.maxCoeff();
  out.floor = x.minCoeff();
  if (out.cap <= bound * out.floor) return out;
  // balance(C) = Σ wᵢ (clamp(xᵢ, C/b, C) − xᵢ) rises with C: ≤ 0 at C = b·min (only shaving),
  // ≥ 0 at C = max (only raising).
  const auto balance = [&](double c) {
    return weights.dot(((x.array().max(c / bound)).min(c) - x.array()).matrix());
  };
  double lo = bound * x.minCoeff();
  double hi = x.maxCoeff();
  for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; ++i) {
    const double mid = 0.5 * (lo + hi);
    if (balance(mid) < 0.0)
      lo = mid;
    else
      hi = mid;
  }
  double c = 0.5 * (lo + hi);
  // On the final piece the balance is linear in C: Σ_raised wᵢ(C/b − xᵢ) + Σ_capped wᵢ(C − xᵢ) = 0.
  double raised_w = 0.0, raised_wx = 0.0, capped_w = 0.0, capped_wx = 0.0;
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    if (x[i] < c / bound) {
      raised_w += weights[i];
      raised_wx += weights[i] * x[i];
    } else if (x[i] > c) {
      capped_w += weights[i];
      capped_wx += weights[i] * x[i];
    }
  }
  const double denom = raised_w / bound + capped_w;
  if (denom > 0) c = (raised_wx + capped_wx) / denom;
  out.cap = c;
  out.floor = c / bound;
  out.levels = (x.array().max(out.floor)).min(out.cap).matrix();
  out.transfer = weights.dot((out.levels - x).cwiseMax(0.0));
  return out;
}

/// The yearly growth each region needs for max/min to be ≤ `bound` after `years`, if the
/// leader (the current maximum) grows at `leader_growth`: region i must reach leader_T/bound,
/// so gᵢ = (x_leader·(1 + g)^years / (bound·xᵢ))^(1/years) − 1. Regions already close to the
/// leader may need less than the leader, or even a fall. This assumes no other region overtakes
/// the leader; growing faster than required can make a new leader.
///
/// Example: `required_growth(Eigen::VectorXd{{9.0, 5.0}}, 0.06, 1.5, 3.0)` is
/// {0.06, (9·1.06³/(1.5·5))^(1/3) − 1 = 0.1264}.
/// Throws argument_error for bad values, a growth ≤ −100 %, years ≤ 0 or a bound < 1.
inline Eigen::VectorXd required_growth(const vector_view& x, double leader_growth, double bound,
                                       double years) {
  constexpr const char* fn = "required_growth";
  detail::chk::all_positive(fn, "values", x);
  detail::chk::growth_fraction(fn, "leader growth", leader_growth);
  detail::chk::positive(fn, "years", years);
  detail::check_bound(fn, bound);
  Eigen::Index leader = 0;
  const double top = x.maxCoeff(&leader);
  const double goal = top * prosper::detail::growth::factor_unchecked(leader_growth, years) / bound;
  Eigen::VectorXd g =
      prosper::detail::growth::rates_unchecked(x.array(), Eigen::ArrayXd::Constant(x.size(), goal), years)
          .matrix();
  g[leader] = leader_growth;
  return g;
}

/// The first year max/min is ≤ `bound` if each region keeps growing at `growth[i]` (fractions
/// per year) from `base_year`, or "unreachable" with the pair that prevents it.
///
/// Example: values {9, 5}, growth {0.06, 0.10}, bound 1.5: 1.8·(1.06/1.10)ᵗ ≤ 1.5 from t = 4.92,
/// so base year 2022 gives 2027.
/// Throws argument_error for bad values, mismatched lengths, a growth ≤ −100 % or a
/// bound < 1.
inline reach_result year_max_min_reached(const vector_view& x, const vector_view& growth,
                                         double bound, int base_year) {
  return detail::max_min_reach("year_max_min_reached", x, growth, bound, base_year, {});
}

// ---- Typed layer: regions keep their names, values keep their units. ----

namespace detail {

template <Unit U>
void split(const char* function, const std::vector<region<U>>& regions, Eigen::VectorXd& values,
           Eigen::VectorXd& weights, std::vector<std::string>& names) {
  if (regions.empty()) chk::invalid(function, "no regions given");
  const auto n = static_cast<Eigen::Index>(regions.size());
  values.resize(n);
  weights.resize(n);
  names.clear();
  for (Eigen::Index i = 0; i < n; ++i) {
    const auto& r = regions[static_cast<std::size_t>(i)];
    values[i] = r.value.value();
    weights[i] = r.population.value();
    names.push_back(r.name);
    if (!std::isfinite(values[i]) || !(values[i] > 0))
      chk::invalid(function, "region '" + r.name + "' has value " + chk::num(values[i]) +
                                 "; values must be finite and > 0");
  }
}

}  // namespace detail

/// Max/min with the names of the regions at each end.
struct max_min_summary {
  quantity<units::times> ratio;
  std::string highest;
  std::string lowest;
};

/// The max/min ratio of named regions.
///
/// Example: three regions at 52,000, 61,000 and 78,000 元 give 1.5 with the names of the first
/// and last.
/// Throws argument_error for no regions or a value that is NaN or ≤ 0, naming the region, and
/// value_error when max/min exceeds the double range.
template <Unit U>
max_min_summary max_min(const std::vector<region<U>>& regions) {
  Eigen::VectorXd x, w;
  std::vector<std::string> names;
  detail::split("max_min", regions, x, w, names);
  Eigen::Index hi = 0, lo = 0;
  const double top = x.maxCoeff(&hi);
  const double bottom = x.minCoeff(&lo);
  return {quantity<units::times>(detail::finite_ratio("max_min", "max/min", top, bottom)),
          names[static_cast<std::size_t>(hi)],
          names[static_cast<std::size_t>(lo)]};
}

/// One region's value before and after a change.
template <Unit U>
struct region_change {
  std::string name;
  quantity<U> from;
  quantity<U> to;
  quantity<U> change;  ///< to − from
};

/// The minimum uplift, by region: which laggards must be raised and by how much.
///
/// Example: `minimum_uplift(regions, 1.5_times)`; a region at 48,000 元 with a leader at
/// 78,000 元 must rise by 4,000 元 to 52,000 元.
/// Throws argument_error for bad regions or a bound < 1.
template <Unit U>
std::vector<region_change<U>> minimum_uplift(const std::vector<region<U>>& regions,
                                             quantity<units::times> bound) {
  Eigen::VectorXd x, w;
  std::vector<std::string> names;
  detail::split("minimum_uplift", regions, x, w, names);
  const Eigen::VectorXd up = minimum_uplift(x, bound.value());
  std::vector<region_change<U>> out;
  for (std::size_t i = 0; i < regions.size(); ++i) {
    const auto k = static_cast<Eigen::Index>(i);
    out.push_back({names[i], quantity<U>(x[k]), quantity<U>(x[k] + up[k]), quantity<U>(up[k])});
  }
  return out;
}

/// A budget-neutral levelling of named regions.
template <Unit U>
struct levelling_plan {
  std::vector<region_change<U>> changes;
  quantity<U> cap;
  quantity<U> floor;
  /// The amount moved per person of the whole population (total moved ÷ total population);
  /// multiply by the population for the total.
  quantity<U> transfer_per_person;
};

/// budget_neutral_levelling on named regions weighted by their populations.
///
/// Example: `budget_neutral_levelling(regions, 1.5_times).cap`.
/// Throws argument_error for bad regions, all-zero populations or a bound < 1.
template <Unit U>
levelling_plan<U> budget_neutral_levelling(const std::vector<region<U>>& regions,
                                           quantity<units::times> bound) {
  Eigen::VectorXd x, w;
  std::vector<std::string> names;
  detail::split("budget_neutral_levelling", regions, x, w, names);
  const auto l = budget_neutral_levelling(x, w, bound.value());
  levelling_plan<U> out{
      {}, quantity<U>(l.cap), quantity<U>(l.floor), quantity<U>(l.transfer / w.sum())};
  for (std::size_t i = 0; i < regions.size(); ++i) {
    const auto k = static_cast<Eigen::Index>(i);
    out.changes.push_back(
        {names[i], quantity<U>(x[k]), quantity<U>(l.levels[k]), quantity<U>(l.levels[k] - x[k])});
  }
  return out;
}

/// The growth a named region needs, and whether it is the leader whose growth was given.
struct region_growth {
  std::string name;
  quantity<units::percent_per_year> required;
  bool leader = false;
};

/// required_growth on named regions, with rates in %/yr.
///
/// Example: `required_growth(regions, 6.0_pct_per_year, 1.5_times, 3.0)`.
/// Throws as the raw form, naming the region with a bad value.
template <Unit U>
std::vector<region_growth> required_growth(const std::vector<region<U>>& regions,
                                           quantity<units::percent_per_year> leader_growth,
                                           quantity<units::times> bound, double years) {
  Eigen::VectorXd x, w;
  std::vector<std::string> names;
  detail::split("required_growth", regions, x, w, names);
  const Eigen::VectorXd g = required_growth(x, as_fraction(leader_growth), bound.value(), years);
  Eigen::Index leader = 0;
  x.maxCoeff(&leader);
  std::vector<region_growth> out;
  for (std::size_t i = 0; i < regions.size(); ++i) {
    const auto k = static_cast<Eigen::Index>(i);
    out.push_back({names[i], rate_from_fraction(g[k]), k == leader});
  }
  return out;
}

/// year_max_min_reached on named regions with growth in %/yr; an unreachable result names the
/// pair of regions that never get within the bound.
///
/// Example: `year_max_min_reached(regions, growth, 1.5_times, 2022).reason` may read
/// "unreachable: 莲都区 / 庆元县 is 1.62 and 莲都区 grows 7 %/yr against 6 %/yr for 庆元县, …".
/// Throws argument_error for bad regions, mismatched lengths or a bound < 1.
template <Unit U>
reach_result year_max_min_reached(const std::vector<region<U>>& regions,
                                  const std::vector<quantity<units::percent_per_year>>& growth,
                                  quantity<units::times> bound, int base_year) {
  Eigen::VectorXd x, w;
  std::vector<std::string> names;
  detail::split("year_max_min_reached", regions, x, w, names);
  Eigen::VectorXd g(static_cast<Eigen::Index>(growth.size()));
  for (std::size_t i = 0; i < growth.size(); ++i)
    g[static_cast<Eigen::Index>(i)] = as_fraction(growth[i]);
  return detail::max_min_reach("year_max_min_reached", x, g, bound.value(), base_year, names);
}

/// population_extremes_ratio on named regions weighted by their populations.
///
/// Example: `population_extremes_ratio(regions, 20.0_pct)` is the regional S80/S20.
/// Throws as the raw form, and for all-zero populations.
template <Unit U>
quantity<units::times> population_extremes_ratio(const std::vector<region<U>>& regions,
                                                 quantity<units::percent> share) {
  Eigen::VectorXd x, w;
  std::vector<std::string> names;
  detail::split("population_extremes_ratio", regions, x, w, names);
  return quantity<units::times>(population_extremes_ratio(x, w, as_fraction(share)));
}

}  // namespace prosper::ratio
