#pragma once
// Ratios of two quantities that a plan bounds: 城乡居民收入倍差 (urban ÷ rural income, 2.0 →
// ≤1.95), Lishui ÷ Zhejiang income (0.74 → 0.76), income ÷ per-capita GDP (0.611 → 0.617).
//
// A bound on a ratio is a bound on the *difference* of two growth rates. If the numerator grows
// at g_n and the denominator at g_d, the ratio is multiplied each year by q = (1+g_n)/(1+g_d), so
// r(t) = r0·qᵗ. Every question below is that one line solved for a different unknown. The growth
// gap is a factor, not a difference of percentages: at 8 % urban growth, rural income must grow
// 8.915 %, not 8.847 %, to take the ratio from 2.0 to 1.95 in three years.
//
// Rates cross this API as quantity<percent_per_year> and ratios as quantity<times>; inside, the
// math is on plain fractions.

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "prosper/quantity.hpp"
#include "prosper/detail/checks.hpp"
#include "prosper/math/compounding.hpp"

namespace prosper::ratio {

/// Which side of its bound a ratio must stay on.
enum class bound_side {
  at_most,   ///< "≤ bound": urban/rural income ratio ≤ 1.95, max/min ≤ 1.5
  at_least,  ///< "≥ bound": Lishui/Zhejiang income ≥ 0.76 of the provincial average
};

/// A bound on a ratio over a plan period: the ratio starts at `start` and must reach the
/// `side` of `bound` within `years`.
///
/// Example: `ratio_constraint{2.0_times, 1.95_times, bound_side::at_most, 3.0}` (indicator 17).
struct ratio_constraint {
  quantity<units::times> start;
  quantity<units::times> bound;
  bound_side side = bound_side::at_most;
  double years = 0.0;
};

namespace detail {

namespace chk = prosper::detail::checks;

inline void check_constraint(const char* function, const ratio_constraint& c) {
  chk::positive(function, "start ratio", c.start.value());
  chk::positive(function, "bound", c.bound.value());
  chk::positive(function, "years", c.years);
}

inline double pct_to_fraction(const char* function, const char* name,
                              quantity<units::percent_per_year> g) {
  const double f = as_fraction(g);
  chk::growth_fraction(function, name, f);
  return f;
}

/// A quantity expressed in unit `To`, converting only when the units differ (the converting
/// constructor of quantity is deliberately unavailable for the identity case).
template <Unit To, Unit From>
constexpr quantity<To> in_unit(quantity<From> q) noexcept {
  if constexpr (std::same_as<To, From>) {
    return q;
  } else {
    return quantity<To>(q);
  }
}

/// The set of times t ≥ 0 (years after the start) at which r0·qᵗ is on the right side of the
/// bound: an interval [lo, hi], possibly unbounded above, or empty.
struct feasible_interval {
  bool empty = true;
  double lo = 0.0;
  double hi = std::numeric_limits<double>::infinity();
};

inline feasible_interval feasible_times(double r0, double bound, bound_side side, double q) {
  // Write the condition as a·t ≤ c; for "at least" both sides flip sign.
  const double s = side == bound_side::at_most ? 1.0 : -1.0;
  const double a = s * std::log(q);
  const double c = s * std::log(bound / r0);
  feasible_interval out;
  if (a == 0.0) {
    out.empty = c < 0.0;
    return out;
  }
  if (a < 0.0) {
    out.empty = false;
    out.lo = c >= 0.0 ? 0.0 : c / a;
    return out;
  }
  if (c < 0.0) return out;
  out.empty = false;
  out.hi = c / a;
  return out;
}

/// The whole-year tolerance: a crossing computed as 3.0000000001 years is year 3, not year 4.
inline constexpr double year_slack = 1e-9;

}  // namespace detail

/// The ratio of two like quantities, as a multiple (倍). Units of one dimension are converted
/// first, so income in 元 over per-capita GDP in 万元 gives 0.611, not 6110.
///
/// Example: `pair_ratio(57200_yuan, 28600_yuan).value() == 2.0`.
/// Throws argument_error for a non-finite or negative numerator or a denominator ≤ 0.
template <Unit N, Unit D>
requires units::convertible_unit<D, N> quantity<units::times> pair_ratio(quantity<N> numerator,
                                                                         quantity<D> denominator) {
  namespace chk = prosper::detail::checks;
  chk::non_negative("pair_ratio", "numerator", numerator.value());
  const quantity<N> den = detail::in_unit<N>(denominator);
  chk::positive("pair_ratio", "denominator", den.value());
  return quantity<units::times>(numerator / den);
}

/// Which side of a ratio has to grow faster, and by how much.
struct growth_differential {
  enum class faster_side { numerator, denominator, neither };
  /// The denominator when the ratio must fall (urban/rural 2.0 → 1.95), the numerator when it
  /// must rise (Lishui/Zhejiang 0.74 → 0.76), neither when start and end are equal.
  faster_side faster = faster_side::neither;
  /// (1 + g_faster)/(1 + g_slower) per year, ≥ 1: 1.00847 for 2.0 → 1.95 in three years.
  double factor = 1.0;
  /// The same as a rate, (factor − 1): 0.847 %/yr. It is a relative rate, not a gap in
  /// percentage points; use the growth_limit functions for the rate that one side needs.
  [[nodiscard]] quantity<units::percent_per_year> rate() const noexcept {
    return rate_from_fraction(factor - 1.0);
  }
};

/// The growth differential that takes the ratio from `c.start` exactly to `c.bound` in
/// `c.years` (the side does not matter: it is the path that lands on the bound).
///
/// Example: `required_growth_differential({2.0_times, 1.95_times, bound_side::at_most, 3.0})`
/// has `faster == denominator` and `factor ≈ 1.008475`: rural income must outgrow urban income
/// by 0.85 % a year.
/// Throws argument_error for ratios ≤ 0 or years ≤ 0.
inline growth_differential required_growth_differential(const ratio_constraint& c) {
  detail::check_constraint("required_growth_differential", c);
  // The ratio's yearly factor.
  const double q = 1.0 + prosper::detail::growth::rate_unchecked(c.start.value(), c.bound.value(), c.years);
  growth_differential out;
  if (q < 1.0) {
    out.faster = growth_differential::faster_side::denominator;
    out.factor = 1.0 / q;
  } else if (q > 1.0) {
    out.faster = growth_differential::faster_side::numerator;
    out.factor = q;
  }
  return out;
}

/// The yearly rate at which the ratio itself must change to land on the bound on time: the
/// required CAGR of the ratio.
///
/// Example: `required_ratio_change({2.0_times, 1.95_times, bound_side::at_most, 3.0})` ≈
/// −0.840 %/yr.
inline quantity<units::percent_per_year> required_ratio_change(const ratio_constraint& c) {
  detail::check_constraint("required_ratio_change", c);
  return rate_from_fraction(prosper::detail::growth::rate_between(
      "required_ratio_change", "start ratio", c.start.value(), "bound", c.bound.value(), c.years));
}

/// A growth rate that is a floor or a ceiling for one side of a ratio.
struct growth_limit {
  enum class kind { minimum, maximum };
  kind limit = kind::minimum;
  quantity<units::percent_per_year> rate;

  /// Whether `g` respects the limit.
  ///
  /// Example: for a minimum of 8.915 %/yr, `allows(9.0_pct_per_year)` is true.
  [[nodiscard]] bool allows(quantity<units::percent_per_year> g) const noexcept {
    return limit == kind::minimum ? g >= rate : g <= rate;
  }
};

/// The growth the denominator needs, given the numerator's growth, for the ratio to be on the
/// right side of the bound after `c.years`. For an "at most" bound it is a minimum (rural income
/// must grow at least this fast); for "at least" it is a maximum.
///
/// Example: `denominator_growth_limit({2.0_times, 1.95_times, bound_side::at_most, 3.0},
/// 8.0_pct_per_year)` is a minimum of ≈ 8.915 %/yr: with urban income at +8 %, rural income
/// needs +8.9 %.
/// Throws argument_error for bad ratios, years ≤ 0 or a growth ≤ −100 %/yr.
inline growth_limit denominator_growth_limit(const ratio_constraint& c,
                                             quantity<units::percent_per_year> numerator_growth) {
  detail::check_constraint("denominator_growth_limit", c);
  const double gn =
      detail::pct_to_fraction("denominator_growth_limit", "numerator growth", numerator_growth);
  // r0·((1+gn)/(1+gd))^n = bound  ⇔  1+gd = (1+gn)·(r0/bound)^(1/n).
  const double shift = prosper::detail::growth::rate_unchecked(c.bound.value(), c.start.value(), c.years);
  const double gd = gn + shift * (1.0 + gn);
  return {c.side == bound_side::at_most ? growth_limit::kind::minimum : growth_limit::kind::maximum,
          rate_from_fraction(gd)};
}

/// The growth the numerator may have (at most) or needs (at least), given the denominator's.
///
/// Example: `numerator_growth_limit({0.74_times, 0.76_times, bound_side::at_least, 3.0},
/// 6.0_pct_per_year)` is a minimum of ≈ 6.95 %/yr: if Zhejiang's income grows 6 %, Lishui's
/// must grow 6.95 % to reach 0.76 of it.
/// Throws argument_error for bad ratios, years ≤ 0 or a growth ≤ −100 %/yr.
inline growth_limit numerator_growth_limit(const ratio_constraint& c,
                                           quantity<units::percent_per_year> denominator_growth) {
  detail::check_constraint("numerator_growth_limit", c);
  const double gd =
      detail::pct_to_fraction("numerator_growth_limit", "denominator growth", denominator_growth);
  const double shift = prosper::detail::growth::rate_unchecked(c.start.value(), c.bound.value(), c.years);
  const double gn = gd + shift * (1.0 + gd);
  return {c.side == bound_side::at_most ? growth_limit::kind::maximum : growth_limit::kind::minimum,
          rate_from_fraction(gn)};
}

/// The ratio after `years` of constant growth of its numerator and denominator.
///
/// Example: `projected_ratio(2.0_times, 8.0_pct_per_year, 8.915_pct_per_year, 3.0)` ≈ 1.95.
/// Throws argument_error for a start ≤ 0, a growth ≤ −100 %/yr or negative years.
inline quantity<units::times> projected_ratio(quantity<units::times> start,
                                              quantity<units::percent_per_year> numerator_growth,
                                              quantity<units::percent_per_year> denominator_growth,
                                              double years) {
  namespace chk = prosper::detail::checks;
  chk::positive("projected_ratio", "start", start.value());
  chk::non_negative("projected_ratio", "years", years);
  const double gn =
      detail::pct_to_fraction("projected_ratio", "numerator growth", numerator_growth);
  const double gd =
      detail::pct_to_fraction("projected_ratio", "denominator growth", denominator_growth);
  // The ratio grows at (1 + gn)/(1 + gd) − 1 = (gn − gd)/(1 + gd) a year.
  const double out =
      start.value() * prosper::detail::growth::factor_unchecked((gn - gd) / (1.0 + gd), years);
  if (!std::isfinite(out))
    chk::domain("projected_ratio", "the projected ratio overflows after " + chk::num(years) + " years");
  return quantity<units::times>(out);
}

/// When a constraint is first met at constant growth, or why it never is.
struct reach_result {
  bool reachable = false;
  /// The first whole year in which the constraint holds.
  int year = 0;
  /// The continuous-time crossing, in years after the base year (0 when it already holds).
  double years_needed = 0.0;
  /// The last whole year in which it still holds, when the paths later drift apart again;
  /// empty when it holds for ever once reached.
  std::optional<int> holds_until;
  /// Why it is unreachable, in a sentence; empty when reachable.
  std::string reason;

  /// Whether the constraint holds by `target_year`.
  ///
  /// Example: `year_bound_reached(c, 2022, 7.0_pct_per_year, 8.0_pct_per_year).by(2025)`.
  [[nodiscard]] bool by(int target_year) const noexcept { return reachable && year <= target_year; }
};

namespace detail {

/// Turns a feasible time interval into whole years after `base_year`.
inline reach_result reach_from_interval(const feasible_interval& f, int base_year,
                                        std::string reason_if_empty) {
  reach_result out;
  if (f.empty) {
    out.reason = std::move(reason_if_empty);
    return out;
  }
  const double first = std::ceil(f.lo - year_slack);
  if (std::isfinite(f.hi) && first > std::floor(f.hi + year_slack)) {
    out.reason = "the constraint holds only between " + chk::num(f.lo) + " and " + chk::num(f.hi) +
                 " years after " + std::to_string(base_year) + ", which contains no whole year";
    return out;
  }
  out.reachable = true;
  out.years_needed = f.lo;
  out.year = base_year + static_cast<int>(first);
  if (std::isfinite(f.hi))
    out.holds_until = base_year + static_cast<int>(std::floor(f.hi + year_slack));
  return out;
}

}  // namespace detail

/// The first year in which the ratio is on the right side of its bound if the numerator and
/// denominator keep growing at constant rates from `base_year`, or "unreachable" with the reason.
///
/// Example: `year_bound_reached({2.0_times, 1.95_times, bound_side::at_most, 3.0}, 2022,
/// 7.0_pct_per_year, 8.0_pct_per_year)` reaches 1.95 in 2025 (2.0·(1.07/1.08)ᵗ ≤ 1.95 from
/// t = 2.72). With equal growth it is unreachable: "the ratio stays at 2".
/// Throws argument_error for bad ratios or growth ≤ −100 %/yr; `c.years` is not used.
inline reach_result year_bound_reached(const ratio_constraint& c, int base_year,
                                       quantity<units::percent_per_year> numerator_growth,
                                       quantity<units::percent_per_year> denominator_growth) {
  constexpr const char* fn = "year_bound_reached";
  namespace chk = prosper::detail::checks;
  chk::positive(fn, "start ratio", c.start.value());
  chk::positive(fn, "bound", c.bound.value());
  const double gn = detail::pct_to_fraction(fn, "numerator growth", numerator_growth);
  const double gd = detail::pct_to_fraction(fn, "denominator growth", denominator_growth);
  const double q = (1.0 + gn) / (1.0 + gd);
  const auto f = detail::feasible_times(c.start.value(), c.bound.value(), c.side, q);
  std::string why;
  if (f.empty) {
    const bool falls = c.side == bound_side::at_most;
    // At constant growth a ratio moving towards its bound always gets there, so an empty set
    // means the ratio stands still or moves away.
    const std::string trend = q == 1.0 ? "stays at " + chk::num(c.start.value())
                                       : std::string("moves away from the bound");
    why = std::string("unreachable: the numerator grows ") + chk::num(numerator_growth.value()) +
          " %/yr and the denominator " + chk::num(denominator_growth.value()) +
          " %/yr, so the ratio " + trend + " and never becomes " + (falls ? "≤ " : "≥ ") +
          chk::num(c.bound.value()) + "; the " + (falls ? "denominator" : "numerator") +
          " must grow faster";
  }
  return detail::reach_from_interval(f, base_year, why);
}

/// One year of a ratio path checked against its bound.
struct year_check {
  int year = 0;
  quantity<units::times> ratio;
  quantity<units::times> bound;
  bool satisfied = false;
};

/// A ratio path checked year by year.
struct path_check {
  bool satisfied = true;
  std::vector<year_check> years;

  /// The years in which the bound was broken, in order.
  ///
  /// Example: `{2023, 2024}` when the ratio rose above its glide path in those years.
  [[nodiscard]] std::vector<int> violating_years() const {
    std::vector<int> out;
    for (const auto& y : years)
      if (!y.satisfied) out.push_back(y.year);
    return out;
  }
};

/// The geometric glide path of a bound from `start` to `end` over `years` whole years: the
/// yearly bounds a ratio must respect to be "on track" (years + 1 values, first = start).
///
/// Example: `bound_glide_path(2.0_times, 1.95_times, 3)` is {2.0, 1.9832, 1.9665, 1.95}.
/// Throws argument_error for ratios ≤ 0 or years < 1.
inline std::vector<quantity<units::times>> bound_glide_path(quantity<units::times> start,
                                                            quantity<units::times> end, int years) {
  namespace chk = prosper::detail::checks;
  chk::positive("bound_glide_path", "start", start.value());
  chk::positive("bound_glide_path", "end", end.value());
  if (years < 1)
    chk::invalid("bound_glide_path", "years must be ≥ 1, got " + std::to_string(years));
  std::vector<quantity<units::times>> out;
  out.reserve(static_cast<std::size_t>(years) + 1);
  for (int t = 0; t <= years; ++t)
    out.emplace_back(t == years ? end.value()
                                : prosper::detail::growth::along_geometric(
                                      start.value(), end.value(), double(t) / years));
  return out;
}

/// Whether a pair of yearly paths keeps their ratio on the right side of a per-year bound.
/// `numerator[i]`, `denominator[i]` and `bounds[i]` belong to year `first_year + i`.
///
/// Example: urban {57200, 61100} and rural {28600, 31000} 元 against bounds {2.0, 1.9832}
/// give ratios {2.0, 1.971}: satisfied in both years.
/// Throws argument_error for empty or mismatched paths, a denominator ≤ 0 or a bound ≤ 0.
template <Unit N, Unit D>
requires units::convertible_unit<D, N> path_check satisfied_every_year(
    const std::vector<quantity<N>>& numerator, const std::vector<quantity<D>>& denominator,
    const std::vector<quantity<units::times>>& bounds, bound_side side, int first_year) {
  constexpr const char* fn = "satisfied_every_year";
  namespace chk = prosper::detail::checks;
  if (numerator.empty()) chk::invalid(fn, "the paths are empty");
  if (numerator.size() != denominator.size() || numerator.size() != bounds.size())
    chk::invalid(fn, "mismatched lengths: numerator " + std::to_string(numerator.size()) +
                         ", denominator " + std::to_string(denominator.size()) + ", bounds " +
                         std::to_string(bounds.size()));
  path_check out;
  out.years.reserve(numerator.size());
  for (std::size_t i = 0; i < numerator.size(); ++i) {
    const int year = first_year + static_cast<int>(i);
    chk::positive(fn, "bound in " + std::to_string(year), bounds[i].value());
    chk::non_negative(fn, "numerator in " + std::to_string(year), numerator[i].value());
    const double den = detail::in_unit<N>(denominator[i]).value();
    chk::positive(fn, "denominator in " + std::to_string(year), den);
    const quantity<units::times> r(numerator[i].value() / den);
    const bool ok = side == bound_side::at_most ? r <= bounds[i] : r >= bounds[i];
    out.years.push_back({year, r, bounds[i], ok});
    out.satisfied = out.satisfied && ok;
  }
  return out;
}

/// The same check against one bound for every year.
///
/// Example: `satisfied_every_year(urban, rural, 1.95_times, bound_side::at_most, 2022)`.
template <Unit N, Unit D>
requires units::convertible_unit<D, N> path_check satisfied_every_year(
    const std::vector<quantity<N>>& numerator, const std::vector<quantity<D>>& denominator,
    quantity<units::times> bound, bound_side side, int first_year) {
  const std::vector<quantity<units::times>> bounds(numerator.size(), bound);
  return satisfied_every_year<N, D>(numerator, denominator, bounds, side, first_year);
}

}  // namespace prosper::ratio
