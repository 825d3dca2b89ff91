#pragma once
// "What does this indicator's target require?" for any row of a plan, in one call:
// `prosper::plan::required_change(indicator)` gives the compound annual rate and the constant
// annual change (percentage points a year for % indicators) from the base milestone to the
// target milestone, or says why there is none. It reads only the row's kinds, values, unit and
// direction; there are no special cases per indicator id.
//
// How each printed form is read:
// - a point ("9.24") is the value to reach;
// - a bound ("≥68", "≤1.95", ">95", "3.5以内") is treated as its value: the figures are the least
//   change that satisfies it. When the base already satisfies the bound they are headroom, not a
//   requirement, and `already_met` says so;
// - a kept level ("保持", PM2.5 23 → 23) is its value, or the base when it prints none; the
//   change is then 0, `maintain` is set, and no division by the zero change ever happens;
// - a band ("[lo, hi]") asks for the least change that lands in it: 0 when the base is already
//   inside (`already_met`), otherwise the change to the nearer end. Its midpoint is not used,
//   because a plan that prints a range does not ask for its middle;
// - a base milestone printed as a bound ("≥64" in 2022) is read as its value, with a note;
// - direction-only ("稳步下降"), qualitative, external ("根据省定目标") and unset ("——")
//   milestones carry no number, so nothing is required numerically; `reason` says which.
// A compound rate needs positive base and target values; for others only the linear change is
// given, and `reason` explains the missing rate.

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "prosper/math/required_change.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/target_kind.hpp"

namespace prosper::plan {

/// What one indicator's target requires between two of its milestones.
struct required_change_result {
  std::string indicator_id;
  int base_year = 0;
  int target_year = 0;
  prosper::target_kind base_kind = prosper::target_kind::not_set;
  prosper::target_kind goal_kind = prosper::target_kind::not_set;
  std::optional<double> base_value;    ///< the base value used, in the indicator's unit
  std::optional<double> target_value;  ///< the value aimed at, in the indicator's unit
  std::optional<double> cagr;          ///< required compound annual growth, a fraction per year
  std::optional<double> annual_change; ///< required constant change per year, in `change_unit`
  units::runtime_unit change_unit;     ///< the indicator's difference unit: pp for shares, else its unit
  bool maintain = false;     ///< the target keeps a level
  bool already_met = false;  ///< the base already satisfies a bound or band: the figures are headroom
  std::string reason;        ///< why `cagr` or `annual_change` is empty; empty when both are given
  std::vector<std::string> notes;  ///< how the printed milestones were read
};

namespace detail_required_change {

inline const math::milestone* find_year(const indicator& ind, int year) {
  for (const auto& m : ind.milestones)
    if (m.year == year) return &m;
  return nullptr;
}

inline std::string cell(const math::milestone& m) {
  return std::to_string(m.year) + " (" + (m.printed.empty() ? std::string(to_string(m.kind)) : m.printed) + ")";
}

inline bool is_bound(target_kind k) {
  return k == target_kind::at_least || k == target_kind::greater_than ||
         k == target_kind::at_most || k == target_kind::less_than;
}

inline std::string no_number_reason(const char* which, const math::milestone& m) {
  switch (m.kind) {
    case target_kind::direction_only:
      return std::string("the ") + which + " milestone " + cell(m) +
             " gives a direction only, no number to reach";
    case target_kind::qualitative:
      return std::string("the ") + which + " milestone " + cell(m) + " is qualitative";
    case target_kind::external:
      return std::string("the ") + which + " milestone " + cell(m) +
             " is set by a higher authority and has no number yet";
    case target_kind::not_set:
      return std::string("the ") + which + " milestone " + cell(m) + " prints no value";
    default: return std::string("the ") + which + " milestone " + cell(m) + " has no value";
  }
}

}  // namespace detail_required_change

/// The change indicator `ind` needs from its milestone in `base_year` to the one in
/// `target_year`.
///
/// Example: for 常住人口城镇化率 (≥64 % in 2022, ≥68 % in 2025)
/// `required_change(row, 2022, 2025)` gives cagr ≈ 0.0204 and annual_change ≈ 1.33 "pp".
/// Never throws for plan data: what cannot be computed is left empty and explained in `reason`.
inline required_change_result required_change(const indicator& ind, int base_year, int target_year) {
  namespace d = detail_required_change;
  required_change_result r;
  r.indicator_id = ind.id;
  r.base_year = base_year;
  r.target_year = target_year;
  r.change_unit = ind.unit.difference_unit();
  const math::milestone* b = d::find_year(ind, base_year);
  const math::milestone* t = d::find_year(ind, target_year);
  if (!b || !t) {
    r.reason = "no milestone for " + std::to_string(!b ? base_year : target_year);
    return r;
  }
  r.base_kind = b->kind;
  r.goal_kind = t->kind;
  if (target_year <= base_year) {
    r.reason = "the target year " + std::to_string(target_year) + " must be after the base year " +
               std::to_string(base_year);
    return r;
  }
  r.maintain = t->kind == target_kind::maintain;

  // The base: a number, possibly printed as a bound.
  if (!is_numeric(b->kind) || !b->value || b->kind == target_kind::band) {
    r.reason = b->kind == target_kind::band
                   ? "the base milestone " + d::cell(*b) + " is a range, not a starting level"
                   : d::no_number_reason("base", *b);
    return r;
  }
  const double base = *b->value;
  if (!std::isfinite(base)) {
    r.reason = "the base value is not finite";
    return r;
  }
  r.base_value = base;
  if (d::is_bound(b->kind))
    r.notes.push_back("the base " + d::cell(*b) + " is printed as a bound; its value is used");

  // The value aimed at. A kept level without a number keeps the base; every other kind needs
  // its number.
  if (t->kind != target_kind::maintain && !t->value) {
    r.reason = d::no_number_reason("target", *t);
    return r;
  }
  double aim = 0.0;
  switch (t->kind) {
    case target_kind::point: aim = t->value.value_or(base); break;
    case target_kind::maintain:
      aim = t->value.value_or(base);
      r.notes.push_back("the target keeps a level");
      break;
    case target_kind::at_least:
    case target_kind::greater_than:
    case target_kind::at_most:
    case target_kind::less_than: {
      aim = *t->value;
      const bool up = t->kind == target_kind::at_least || t->kind == target_kind::greater_than;
      r.already_met = up ? base >= aim : base <= aim;
      r.notes.push_back("the bound " + d::cell(*t) + " is treated as its value");
      if (r.already_met && base != aim)
        r.notes.push_back("the base already satisfies the bound: the figures are headroom, not a requirement");
      break;
    }
    case target_kind::band: {
      const double lo = *t->value, hi = t->upper.value_or(lo);
      aim = std::clamp(base, std::min(lo, hi), std::max(lo, hi));
      r.already_met = aim == base;
      r.notes.push_back(r.already_met ? "the base lies inside the band: no change is required"
                                      : "the nearer end of the band is the target");
      break;
    }
    default:
      r.reason = d::no_number_reason("target", *t);
      return r;
  }
  if (!std::isfinite(aim)) {
    r.reason = "the target value is not finite";
    return r;
  }
  r.target_value = aim;

  const double years = double(target_year) - double(base_year);
  r.annual_change = (aim - base) / years * ind.unit.difference_factor();
  if (base > 0 && aim > 0) {
    // A subnormal base passes the test above but gives no finite target / base: say so instead
    // of reporting a rate of ∞.
    try {
      r.cagr = math::required_cagr(base, aim, years);
    } catch (const prosper::error& e) {
      r.reason = std::string("no compound rate: ") + e.what();
    }
  } else {
    r.reason = "no compound rate: base " + prosper::detail::checks::num(base) + " and target " +
               prosper::detail::checks::num(aim) + " must both be > 0";
  }
  return r;
}

/// The change from the indicator's first milestone to its last (2022 → 2025 for Lishui).
///
/// Example: `required_change(lishui().indicators[0])` (人均地区生产总值 7.27 → 9.24 万元) gives
/// cagr ≈ 0.0832 and annual_change ≈ 0.657 万元.
inline required_change_result required_change(const indicator& ind) {
  if (ind.milestones.size() < 2) {
    required_change_result r;
    r.indicator_id = ind.id;
    r.change_unit = ind.unit.difference_unit();
    r.reason = "the indicator has " + std::to_string(ind.milestones.size()) +
               " milestone(s); a change needs a base and a target";
    return r;
  }
  const auto [first, last] = std::minmax_element(
      ind.milestones.begin(), ind.milestones.end(),
      [](const math::milestone& a, const math::milestone& b) { return a.year < b.year; });
  return required_change(ind, first->year, last->year);
}

}  // namespace prosper::plan
