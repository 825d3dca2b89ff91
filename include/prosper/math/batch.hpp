#pragma once
// The scalar math of prosper over many series at once: required CAGRs, projections and the
// Eurostat/StatCan/SDSN status classification, on Eigen arrays of raw doubles (one element per
// series, e.g. 10⁶ simulated paths or every county × indicator pair).
//
// Each element goes through the same kernels as the scalar functions (`detail::growth::rate_unchecked`,
// `detail_assess::compound_ratio`), so a batch result equals the scalar result bit for bit when
// both see the same run-time inputs; the tests check this over 10⁶ series. (An inlined scalar
// call with a literal exponent may be constant-folded, std::pow(x, 2.0) into x·x, and then differ
// in the last bit.) Like the scalar pure functions, the batch math functions
// throw on bad input, naming the function, the first offending index and its values; the batch
// classification, like `math::assess`, marks such rows `not_assessable` instead.

#include <Eigen/Core>
#include <cmath>
#include <string>
#include <vector>

#include "prosper/math/assess.hpp"
#include "prosper/detail/checks.hpp"
#include "prosper/math/required_change.hpp"

namespace prosper::math::batch {

namespace detail_batch {
inline void check_sizes(const char* function, Eigen::Index a, Eigen::Index b) {
  if (a != b)
    prosper::detail::checks::invalid(function, "arrays must have the same size, got " + std::to_string(a) +
                                        " and " + std::to_string(b));
}
inline std::string at(Eigen::Index i) { return " at index " + std::to_string(i); }
}  // namespace detail_batch

/// Element-wise `math::required_cagr(base[i], target[i], years)`: fractions per year.
///
/// Example: `batch::required_cagr(bases, targets, 3.0)` for every county's income target.
/// Throws `value_error` at the first element with a value ≤ 0 or non-finite (naming its
/// index), `argument_error` for years ≤ 0 or arrays of different sizes.
inline Eigen::ArrayXd required_cagr(const Eigen::ArrayXd& base, const Eigen::ArrayXd& target,
                                    double years) {
  constexpr const char* fn = "math::batch::required_cagr";
  detail_batch::check_sizes(fn, base.size(), target.size());
  prosper::detail::checks::period(fn, "years", years);
  Eigen::ArrayXd out(base.size());
  for (Eigen::Index i = 0; i < base.size(); ++i) {
    if (!(std::isfinite(base[i]) && std::isfinite(target[i]) && base[i] > 0 && target[i] > 0))
      prosper::detail::checks::domain(fn, "base and target must be finite and > 0 for a compound rate" +
                           detail_batch::at(i) + " (base " + prosper::detail::checks::num(base[i]) + ", target " +
                           prosper::detail::checks::num(target[i]) + ")");
    out[i] = prosper::detail::growth::rate_unchecked(base[i], target[i], years);
  }
  return out;
}

/// Element-wise `math::required_cagr(base[i], target[i], years[i])` with a period per series.
///
/// Example: `batch::required_cagr(bases, targets, periods)`.
inline Eigen::ArrayXd required_cagr(const Eigen::ArrayXd& base, const Eigen::ArrayXd& target,
                                    const Eigen::ArrayXd& years) {
  constexpr const char* fn = "math::batch::required_cagr";
  detail_batch::check_sizes(fn, base.size(), target.size());
  detail_batch::check_sizes(fn, base.size(), years.size());
  Eigen::ArrayXd out(base.size());
  for (Eigen::Index i = 0; i < base.size(); ++i) {
    if (!(std::isfinite(years[i]) && years[i] > 0))
      prosper::detail::checks::invalid(fn, "years must be > 0" + detail_batch::at(i) + ", got " +
                                    prosper::detail::checks::num(years[i]));
    if (!(std::isfinite(base[i]) && std::isfinite(target[i]) && base[i] > 0 && target[i] > 0))
      prosper::detail::checks::domain(fn, "base and target must be finite and > 0 for a compound rate" +
                           detail_batch::at(i) + " (base " + prosper::detail::checks::num(base[i]) + ", target " +
                           prosper::detail::checks::num(target[i]) + ")");
    out[i] = prosper::detail::growth::rate_unchecked(base[i], target[i], years[i]);
  }
  return out;
}

/// Element-wise `math::project_at_rate(value[i], rate[i], years)`.
///
/// Example: `batch::project_at_rate(latest, observed_rates, 2.0)`.
/// Throws `value_error` at the first non-finite element or rate ≤ −100 %.
inline Eigen::ArrayXd project_at_rate(const Eigen::ArrayXd& value, const Eigen::ArrayXd& rate,
                                      double years) {
  constexpr const char* fn = "math::batch::project_at_rate";
  detail_batch::check_sizes(fn, value.size(), rate.size());
  prosper::detail::checks::finite(fn, "years", years);
  if (years < 0) prosper::detail::checks::invalid(fn, "years must be ≥ 0, got " + prosper::detail::checks::num(years));
  Eigen::ArrayXd out(value.size());
  for (Eigen::Index i = 0; i < value.size(); ++i) {
    if (!(std::isfinite(value[i]) && std::isfinite(rate[i]) && rate[i] > -1.0))
      prosper::detail::checks::domain(fn, "value must be finite and rate finite and > −100 %" + detail_batch::at(i) +
                           " (value " + prosper::detail::checks::num(value[i]) + ", rate " + prosper::detail::checks::num(rate[i]) + ")");
    out[i] = value[i] * prosper::detail::growth::factor_unchecked(rate[i], years);
  }
  return out;
}

/// Element-wise `math::project_constant_cagr` for two-point series: the CAGR from `base` (in
/// `base_year`) to `current` (in `current_year`), continued to `target_year`.
///
/// Example: `batch::project_constant_cagr(bases, currents, 2022, 2023, 2025)`.
/// Throws `value_error` at the first element with a value ≤ 0 or non-finite, and
/// `argument_error` unless base_year < current_year ≤ target_year.
inline Eigen::ArrayXd project_constant_cagr(const Eigen::ArrayXd& base,
                                            const Eigen::ArrayXd& current, int base_year,
                                            int current_year, int target_year) {
  constexpr const char* fn = "math::batch::project_constant_cagr";
  detail_batch::check_sizes(fn, base.size(), current.size());
  if (!(base_year < current_year && current_year <= target_year))
    prosper::detail::checks::invalid(fn, "needs base year < current year ≤ target year, got " +
                                  std::to_string(base_year) + ", " + std::to_string(current_year) +
                                  ", " + std::to_string(target_year));
  Eigen::ArrayXd out(base.size());
  const double elapsed = current_year - base_year, ahead = target_year - current_year;
  for (Eigen::Index i = 0; i < base.size(); ++i) {
    if (!(std::isfinite(base[i]) && std::isfinite(current[i]) && base[i] > 0 && current[i] > 0))
      prosper::detail::checks::domain(fn, "base and current must be finite and > 0 for a compound rate" +
                           detail_batch::at(i) + " (base " + prosper::detail::checks::num(base[i]) + ", current " +
                           prosper::detail::checks::num(current[i]) + ")");
    const double rate = prosper::detail::growth::rate_unchecked(base[i], current[i], elapsed);
    out[i] = current[i] * prosper::detail::growth::factor_unchecked(rate, ahead);
  }
  return out;
}

/// The result of a batch classification: one status per series and, where the status rests on
/// a ratio, the numbers behind it. Rows without a ratio (achieved, threshold checks, not
/// assessable) hold 0 in the numeric arrays and `false` in `has_ratio`; nothing is NaN.
struct classification {
  std::vector<progress_status> status;
  Eigen::ArrayXd observed_rate;  ///< CAGR (eurostat, statcan) or linear step per year (sdsn)
  Eigen::ArrayXd required_rate;
  Eigen::ArrayXd ratio;
  Eigen::Array<bool, Eigen::Dynamic, 1> has_ratio;
};

/// Classifies many two-point series at once: element i gets the status that
/// `math::assess(goal{target_year, kind, target[i]}, {base_year, base[i]}, /// {{current_year, current[i]}}, dir, options)` gives, for the ratio methods eurostat, statcan and
/// sdsn and the target kinds point, at_least, greater_than, at_most, less_than and maintain.
/// Options honoured: thresholds, zero_replacement and achieved_tolerance.
///
/// Example: `batch::classify(direction::higher_is_better, target_kind::point, bases, currents,
/// targets, 2022, 2023, 2025, preset(assessment_method::statcan))`.
/// Throws `argument_error` for another method or kind, sizes that differ, or years out of
/// order; bad values only make their row `not_assessable`.
inline classification classify(prosper::direction dir, target_kind kind, const Eigen::ArrayXd& base,
                               const Eigen::ArrayXd& current, const Eigen::ArrayXd& target,
                               int base_year, int current_year, int target_year,
                               const assessment_options& options) {
  constexpr const char* fn = "math::batch::classify";
  detail_batch::check_sizes(fn, base.size(), current.size());
  detail_batch::check_sizes(fn, base.size(), target.size());
  const auto m = options.method;
  if (m != assessment_method::eurostat && m != assessment_method::statcan &&
      m != assessment_method::sdsn)
    prosper::detail::checks::invalid(fn, "supports the ratio methods eurostat, statcan and sdsn, got " +
                                  std::string(to_string(m)));
  int bound = 0;  // the direction a bound imposes, 0 for point and maintain
  bool strict = false;
  switch (kind) {
    case target_kind::point:
    case target_kind::maintain: break;
    case target_kind::at_least: bound = 1; break;
    case target_kind::greater_than: bound = 1; strict = true; break;
    case target_kind::at_most: bound = -1; break;
    case target_kind::less_than: bound = -1; strict = true; break;
    default:
      prosper::detail::checks::invalid(fn, "supports point, bound and maintain targets, got " +
                                    std::string(to_string(kind)));
  }
  if (!(base_year < current_year && current_year <= target_year))
    prosper::detail::checks::invalid(fn, "needs base year < current year ≤ target year, got " +
                                  std::to_string(base_year) + ", " + std::to_string(current_year) +
                                  ", " + std::to_string(target_year));
  const Eigen::Index n = base.size();
  classification out{std::vector<progress_status>(static_cast<std::size_t>(n)),
                     Eigen::ArrayXd::Zero(n), Eigen::ArrayXd::Zero(n), Eigen::ArrayXd::Zero(n),
                     Eigen::Array<bool, Eigen::Dynamic, 1>::Constant(n, false)};
  const double elapsed = current_year - base_year, total = target_year - base_year;
  const double tol = options.achieved_tolerance;
  const auto& th = options.thresholds;
  const int ds = direction_sign(dir);
  for (Eigen::Index i = 0; i < n; ++i) {
    auto& st = out.status[static_cast<std::size_t>(i)];
    const double b = base[i], x = current[i], tv = target[i];
    if (!(std::isfinite(b) && std::isfinite(x) && std::isfinite(tv))) {
      st = progress_status::not_assessable;
      continue;
    }
    const int d = bound != 0 ? bound : ds != 0 ? ds : prosper::detail::checks::sign_of(tv - b);
    const bool met = d > 0   ? (strict ? x > tv - tol : x >= tv - tol)
                     : d < 0 ? (strict ? x < tv + tol : x <= tv + tol)
                             : std::abs(x - tv) <= tol;
    if (met) { st = progress_status::achieved; continue; }
    if (d == 0 || d * (tv - b) <= 0) { st = progress_status::moving_away; continue; }
    if (m == assessment_method::sdsn) {
      const double obs = (x - b) / elapsed, req = (tv - b) / total;
      out.observed_rate[i] = obs;
      out.required_rate[i] = req;
      out.ratio[i] = d * obs / std::abs(req);
    } else {
      // Zeros, only with the caller's replacement, signed like the other values (as the scalar).
      const int hint = prosper::detail::checks::sign_of(b) != 0 ? prosper::detail::checks::sign_of(b) : prosper::detail::checks::sign_of(x);
      const auto fix = [&](double v, bool& ok) {
        if (v != 0) return v;
        if (!options.zero_replacement) { ok = false; return v; }
        return (hint < 0 ? -1.0 : 1.0) * std::abs(*options.zero_replacement);
      };
      bool ok = true;
      const double bb = fix(b, ok), xx = fix(x, ok), tt = fix(tv, ok);
      const int s = prosper::detail::checks::sign_of(bb);
      if (!ok || s == 0 || prosper::detail::checks::sign_of(xx) != s || prosper::detail::checks::sign_of(tt) != s) {
        st = progress_status::not_assessable;
        continue;
      }
      const auto r = detail_assess::compound_ratio(bb, xx, tt, elapsed, total, d);
      if (r.required == 0) { st = progress_status::moving_away; continue; }
      out.observed_rate[i] = r.observed;
      out.required_rate[i] = r.required;
      out.ratio[i] = r.ratio;
    }
    if (!std::isfinite(out.ratio[i])) {
      out.observed_rate[i] = out.required_rate[i] = out.ratio[i] = 0.0;
      st = progress_status::not_assessable;
      continue;
    }
    out.has_ratio[i] = true;
    st = detail_assess::band(out.ratio[i], th.on_track, th.moderate, th.insufficient);
  }
  return out;
}

}  // namespace prosper::math::batch
