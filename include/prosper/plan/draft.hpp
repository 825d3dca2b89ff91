#pragma once
// A draft of the next plan from a finished one and the observations of its region: per indicator
// the trend projection to the new target year and the target that trend meets with a chosen
// probability, written as a plan the office edits, with the finished plan's relations carried
// over where they still apply, so that the audit can run on the draft before anyone publishes it.
//
// The trend is the one the reports' probabilities rest on (math::estimate_drift and the
// Student-t predictive of math::forecast_reach): a random walk with drift on the log scale for
// levels, the logit scale for shares and the linear scale for signed rates. The target
// "reachable with probability p" is math::reachable_target: for a higher-is-better indicator the
// value the predictive exceeds with probability p, written as "≥ target"; for a lower-is-better
// one the value it stays under, "≤ target". A higher p gives a safer, less ambitious target.
//
// What the draft does not do: it drafts no yearly-growth target (年均增长, an indicator in %/年),
// whose level is a policy choice rather than a trend point; no target of a neutral indicator or of
// one with fewer than three observations; and no body-text target. Those rows keep their
// indicator with an unset target ("——") and a reason, for the office to fill in. It does not
// adjust targets to satisfy the relations; it carries the relations over and the audit says
// which hold.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/detail/checks.hpp"
#include "prosper/error.hpp"
#include "prosper/format.hpp"
#include "prosper/math/observation.hpp"
#include "prosper/math/probability.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/plan/relations.hpp"

namespace prosper::plan {

/// What a draft is asked for.
///
/// Example: `draft_options o; o.target_year = 2030; o.probability = 0.8;`.
struct draft_options {
  int target_year = 0;       ///< the new plan's target year; after every observation used
  double probability = 0.8;  ///< each drafted target is met with this probability, in (0, 1)
  /// The new plan's base year; empty means the finished plan's target year (the new plan starts
  /// where the old one ended).
  std::optional<int> base_year;
};

/// Why an indicator got no drafted target.
enum class draft_gap {
  none,                  ///< drafted
  too_few_observations,  ///< the trend's spread needs three observations
  neutral_direction,     ///< no side of the projection is "reachable"
  yearly_growth_target,  ///< a 年均增长 target is a policy choice, not a trend point
  not_computable,        ///< the math refused the numbers (see `draft_row::reason`)
};

/// A stable ASCII name, used in JSON and CSV.
///
/// Example: `to_string(draft_gap::too_few_observations) == "too_few_observations"`.
constexpr std::string_view to_string(draft_gap g) noexcept {
  switch (g) {
    case draft_gap::none: return "none";
    case draft_gap::too_few_observations: return "too_few_observations";
    case draft_gap::neutral_direction: return "neutral_direction";
    case draft_gap::yearly_growth_target: return "yearly_growth_target";
    case draft_gap::not_computable: return "not_computable";
  }
  return "none";
}

/// One indicator of a draft: the numbers its target rests on.
struct draft_row {
  std::string indicator;
  draft_gap why = draft_gap::none;
  std::string reason;                ///< the math layer's message when not computable
  std::size_t observations = 0;      ///< observations the trend was estimated from
  std::optional<int> last_year;      ///< the latest observation
  std::optional<double> last_value;
  std::optional<double> median;      ///< predictive median in the target year
  std::optional<double> lower;       ///< central 80 % predictive interval
  std::optional<double> upper;
  std::optional<double> target;      ///< met with `draft_options::probability`
};

/// A draft plan with its relations and the numbers behind it.
struct draft_result {
  plan draft;
  std::vector<relation> relations;        ///< the finished plan's, re-dated, where they apply
  std::vector<std::string> relations_dropped;  ///< ids of the relations that no longer apply
  std::vector<draft_row> rows;            ///< one per indicator, in the plan's order
};

namespace detail::draft {

// The bound as a plan prints it: at least four significant digits in fixed notation, without
// trailing zeros ("≥69665", "≤1.865"); the milestone's value keeps full precision.
inline std::string printed(target_kind k, double v) {
  const int magnitude = v == 0.0 ? 0 : static_cast<int>(std::floor(std::log10(std::abs(v))));
  std::string text = format_fixed(v, std::clamp(3 - magnitude, 0, 12));
  if (text.find('.') != std::string::npos) {
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
  }
  return std::string(bound_sign(k)) + text;
}

inline const math::milestone* milestone_in(const indicator& ind, int year) {
  for (const auto& m : ind.milestones)
    if (m.year == year) return &m;
  return nullptr;
}

}  // namespace detail::draft

/// Drafts the next plan from `finished`, its `relations` and `series` (observations of the
/// plan's own region by indicator id, any order). Every indicator of `finished` is in the draft,
/// in the same order and category, with a base-year milestone (the observed value when the base
/// year was observed, else unset) and a target-year milestone (the drafted bound, else unset).
/// A relation is carried over when each of its operands is an indicator milestone of the
/// finished plan's base or target year whose new milestone has a number; its years become the
/// new ones.
///
/// Example: for an income observed at 100, 108, 117, 126, 136 and 147 元 in 2020–2025,
/// `draft_plan(p, {}, series, o)` with `o.target_year = 2030` drafts "≥" the value its trend
/// exceeds in 2030 with probability 0.8.
/// Throws `argument_error` for a probability outside (0, 1), a target year not after the base
/// year, or an observation after the base year (a draft starts from what was observed up to its
/// base year; a later observation is refused rather than silently ignored).
inline draft_result draft_plan(const plan& finished, const std::vector<relation>& relations,
                               const std::map<std::string, std::vector<math::observation>, std::less<>>& series,
                               const draft_options& options) {
  namespace chk = prosper::detail::checks;
  constexpr const char* fn = "plan::draft_plan";
  chk::open_unit_interval(fn, "probability", options.probability);
  const int base_year = options.base_year.value_or(finished.target_year);
  if (options.target_year <= base_year)
    chk::invalid(fn, "the target year " + std::to_string(options.target_year) +
                         " must be after the base year " + std::to_string(base_year));
  for (const auto& [id, obs] : series)
    for (const math::observation& o : obs)
      if (o.year > base_year)
        chk::invalid(fn, "indicator " + id + " has an observation for " + std::to_string(o.year) +
                             ", after the draft's base year " + std::to_string(base_year) +
                             ": give --base-year or leave it out");

  draft_result out;
  plan& d = out.draft;
  d.name_zh = finished.name_zh + "(草案 " + std::to_string(base_year) + "–" +
              std::to_string(options.target_year) + ")";
  if (!finished.name_en.empty())
    d.name_en = finished.name_en + " (draft " + std::to_string(base_year) + "–" +
                std::to_string(options.target_year) + ")";
  d.region_zh = finished.region_zh;
  d.region_en = finished.region_en;
  d.base_year = base_year;
  d.target_year = options.target_year;
  d.source = "prosper draft from " + finished.name_zh;
  d.regions = finished.regions;

  for (const indicator& ind : finished.indicators) {
    draft_row row;
    row.indicator = ind.id;
    indicator next = ind;
    next.milestones.clear();
    next.note_zh.clear();
    std::vector<math::observation> obs;
    if (const auto it = series.find(ind.id); it != series.end()) obs = it->second;
    std::sort(obs.begin(), obs.end(),
              [](const math::observation& a, const math::observation& b) { return a.year < b.year; });
    row.observations = obs.size();
    if (!obs.empty()) {
      row.last_year = obs.back().year;
      row.last_value = obs.back().value;
    }
    math::milestone base{base_year, target_kind::not_set, std::nullopt, std::nullopt, "——"};
    if (!obs.empty() && obs.back().year == base_year)
      base = {base_year, target_kind::point, obs.back().value, std::nullopt, format_number(obs.back().value)};
    math::milestone goal{options.target_year, target_kind::not_set, std::nullopt, std::nullopt, "——"};

    const bool yearly_growth = ind.unit.kind() == units::unit_kind::growth_rate;
    if (yearly_growth) {
      row.why = draft_gap::yearly_growth_target;
    } else if (ind.dir == direction::neutral) {
      row.why = draft_gap::neutral_direction;
    } else if (obs.size() < 3) {
      row.why = draft_gap::too_few_observations;
    } else {
      try {
        const std::optional<double> limit =
            ind.unit.is_share() && ind.dir != direction::lower_is_better ? ind.unit.whole()
                                                                         : std::nullopt;
        const math::drift_estimate e = math::estimate_drift(obs, math::scale_for(obs, limit));
        const double t = math::reachable_target(e, options.target_year, ind.dir, options.probability);
        const math::reach_forecast f = math::forecast_reach(e, t, options.target_year, ind.dir);
        row.target = t;
        row.median = f.median;
        row.lower = f.lower;
        row.upper = f.upper;
        const target_kind k =
            ind.dir == direction::higher_is_better ? target_kind::at_least : target_kind::at_most;
        goal = {options.target_year, k, t, std::nullopt, detail::draft::printed(k, t)};
      } catch (const std::exception& ex) {
        row.why = draft_gap::not_computable;
        row.reason = ex.what();
      }
    }
    next.milestones = {base, goal};
    d.indicators.push_back(std::move(next));
    out.rows.push_back(std::move(row));
  }

  // Relations: re-dated where every operand is a milestone of the old base or target year whose
  // new milestone has a number.
  // 0 for a year that is neither (no milestone has year 0).
  const auto new_year = [&](int y) {
    return y == finished.target_year ? options.target_year : y == finished.base_year ? base_year : 0;
  };
  for (const relation& r : relations) {
    relation next = r;
    bool applies = true;
    for (operand& o : next.operands) {
      const int y = o.body.empty() ? new_year(o.year) : 0;
      const auto ind = std::find_if(d.indicators.begin(), d.indicators.end(),
                                    [&](const indicator& i) { return i.id == o.indicator; });
      const math::milestone* m =
          y != 0 && ind != d.indicators.end() ? detail::draft::milestone_in(*ind, y) : nullptr;
      if (!m || !m->value) {
        applies = false;
        break;
      }
      o.year = y;
    }
    if (!applies) {
      out.relations_dropped.push_back(r.id);
      continue;
    }
    next.id = r.id + ".draft";
    next.note = "carried over from the finished plan's relation " + r.id + " by prosper draft";
    out.relations.push_back(std::move(next));
  }
  return out;
}

}  // namespace prosper::plan
