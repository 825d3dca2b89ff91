#pragma once
// The evaluation of a plan (规划评估) from a report model: per indicator of the plan's own region
// a verdict, the value judged, what it was judged against, the shortfall in the indicator's unit
// and the NBS 实现程度, and per category how many indicators were achieved.
//
// Two stages, as plan offices write them (NDRC, 《"十四五"规划〈纲要〉实施中期评估报告》, 2023;
// the 13th FYP's final review, 2021):
// - final (终期评估), once the as-of year reaches the target year: each target is judged on the
//   value of its target year (math::is_met), never on an earlier one; a target whose year has no
//   value is not evaluable, and the latest value is shown beside it. A yearly-growth target
//   (年均增长 g, an indicator in %/年) is judged on the geometric mean of the yearly rates over the
//   period, (Π(1 + gᵧ))^(1/n) − 1, which needs every year's rate.
// - mid-term (中期评估), inside the period: the 按时序进度 verdict of the roll-up (rollup_view.hpp:
//   achieved already, on schedule, lagging), with as benchmark the value due by now on the
//   straight path from the base value, x₀ + e·(S − x₀) for the time elapsed e — or, for a
//   yearly-growth target, the rate g itself against the mean rate achieved since the base year.
// The category summary is `math::rollup` over the verdicts (a final "not achieved" is counted in
// its lagging bucket: in a final evaluation nothing is on schedule).

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/error.hpp"
#include "prosper/math/achievement.hpp"
#include "prosper/math/compounding.hpp"
#include "prosper/math/rollup.hpp"
#include "prosper/report/messages.hpp"
#include "prosper/report/report_model.hpp"
#include "prosper/report/rollup_view.hpp"

namespace prosper::report {

/// Why an indicator has no evaluation verdict.
enum class evaluation_gap {
  none,                  ///< evaluated
  no_data,               ///< no observation
  no_numeric_target,     ///< direction-only, qualitative, external or unset target
  no_target_year_value,  ///< final: no value for the target year (the latest is shown)
  missing_rate_year,     ///< a yearly-growth indicator lacks a year's rate in the period
  no_baseline,           ///< mid-term: no baseline to measure progress from
  outside_period,        ///< mid-term: the latest value is not after the base year
  not_computable,        ///< the math refused the numbers
};

/// A stable ASCII name, used in CSV and JSON.
///
/// Example: `to_string(evaluation_gap::no_target_year_value) == "no_target_year_value"`.
constexpr std::string_view to_string(evaluation_gap g) noexcept {
  switch (g) {
    case evaluation_gap::none: return "none";
    case evaluation_gap::no_data: return "no_data";
    case evaluation_gap::no_numeric_target: return "no_numeric_target";
    case evaluation_gap::no_target_year_value: return "no_target_year_value";
    case evaluation_gap::missing_rate_year: return "missing_rate_year";
    case evaluation_gap::no_baseline: return "no_baseline";
    case evaluation_gap::outside_period: return "outside_period";
    case evaluation_gap::not_computable: return "not_computable";
  }
  return "none";
}

/// One indicator in an evaluation. Values are in the indicator's unit (a yearly-growth indicator's
/// in its %/年, as the plan prints them).
struct evaluation_row {
  const indicator_row* row = nullptr;
  math::evaluation_verdict verdict = math::evaluation_verdict::not_evaluable;
  evaluation_gap why = evaluation_gap::none;
  std::optional<int> year;            ///< the year of the value judged (or of the latest value)
  std::optional<double> value;        ///< the value judged (or the latest value when none is)
  std::optional<double> benchmark;    ///< final: the target; mid-term: the value due by now
  std::optional<double> shortfall;    ///< ≥ 0; 0 when achieved or on schedule
  std::optional<double> degree;       ///< NBS 实现程度 of the value against the target, 0–100
  std::optional<double> probability;  ///< mid-term: of meeting the target in its year, 0–1
  bool mean_rate = false;             ///< the value is a mean yearly rate over several years
};

/// The evaluation of a model.
struct evaluation_view {
  math::evaluation_stage stage = math::evaluation_stage::mid_term;
  int as_of_year = 0;
  int target_year = 0;  ///< the latest target year of the plan's rows
  std::vector<evaluation_row> rows;
  math::rollup_result result;            ///< per category and overall, over the verdicts
  std::vector<std::string> category_en;  ///< parallel to `result.categories`
};

/// The stage an evaluation as of the model's year takes: final once the as-of year reaches the
/// latest target year of the plan's own rows, mid-term before.
///
/// Example: a model of the Lishui plan (targets for 2025) as of 2023 gives `mid_term`.
inline math::evaluation_stage evaluation_stage_of(const report_model& m) {
  int last = 0;
  for (const indicator_row& r : m.rows)
    if (r.plan_region) last = std::max(last, r.target_year);
  return last > 0 && m.as_of_year >= last ? math::evaluation_stage::final
                                          : math::evaluation_stage::mid_term;
}

namespace detail::evaluation {

inline evaluation_gap from_schedule(schedule_gap g) {
  switch (g) {
    case schedule_gap::none: return evaluation_gap::none;
    case schedule_gap::no_data: return evaluation_gap::no_data;
    case schedule_gap::no_numeric_target: return evaluation_gap::no_numeric_target;
    case schedule_gap::no_baseline: return evaluation_gap::no_baseline;
    case schedule_gap::outside_period: return evaluation_gap::outside_period;
    case schedule_gap::missing_rate_year: return evaluation_gap::missing_rate_year;
    case schedule_gap::not_computable: return evaluation_gap::not_computable;
  }
  return evaluation_gap::not_computable;
}

inline math::evaluation_verdict from_schedule(math::schedule_status s) {
  switch (s) {
    case math::schedule_status::achieved: return math::evaluation_verdict::achieved;
    case math::schedule_status::on_schedule: return math::evaluation_verdict::on_schedule;
    case math::schedule_status::lagging: return math::evaluation_verdict::lagging;
    case math::schedule_status::not_evaluable: return math::evaluation_verdict::not_evaluable;
  }
  return math::evaluation_verdict::not_evaluable;
}

// The milestone a row is judged against, with a kept level's number filled in from the aim.
inline std::optional<math::milestone> goal_of(const indicator_row& r) {
  if (!r.target || !is_numeric(r.target->kind)) return std::nullopt;
  math::milestone g = *r.target;
  if (!g.value) g.value = r.aim;
  if (!g.value) return std::nullopt;
  return g;
}

inline bool yearly_growth(const plan::indicator& ind) {
  return ind.unit.kind() == units::unit_kind::growth_rate && ind.unit.whole().has_value();
}

inline void judge_degree(evaluation_row& e, const indicator_row& r, const rollup_options& o) {
  if (!e.value) return;
  if (const auto s = detail::rollups::degree_standard(r, o)) {
    try {
      e.degree = math::nbs_degree(*e.value, *s);
    } catch (const prosper::error&) {
      e.degree.reset();
    }
  }
}

// Final: the target-year value (or the period's mean yearly rate) against the target.
inline void judge_final(evaluation_row& e, const indicator_row& r, const rollup_options& o) {
  const plan::indicator& ind = *r.indicator;
  if (r.no_data) return void(e.why = evaluation_gap::no_data);
  const auto goal = goal_of(r);
  if (!goal) return void(e.why = evaluation_gap::no_numeric_target);
  e.benchmark = goal->value;
  e.year = r.latest_year;
  e.value = r.latest_value;
  if (yearly_growth(ind)) {
    const int years = r.target_year - r.base_year;
    const std::optional<double> level =
        detail::rollups::chained_level(r, r.base_year, r.target_year);
    if (years <= 0 || !level) return void(e.why = evaluation_gap::missing_rate_year);
    try {
      e.value = math::compound_rate(*level, double(years)) * *ind.unit.whole();
    } catch (const prosper::error&) {
      return void(e.why = evaluation_gap::not_computable);
    }
    e.year = r.target_year;
    e.mean_rate = true;
  } else {
    const auto at = std::find_if(r.series.begin(), r.series.end(), [&](const math::observation& x) {
      return x.year == r.target_year;
    });
    if (at == r.series.end()) return void(e.why = evaluation_gap::no_target_year_value);
    e.year = at->year;
    e.value = at->value;
  }
  try {
    e.shortfall = math::shortfall(*goal, *e.value, ind.dir);
  } catch (const prosper::error&) {
    return void(e.why = evaluation_gap::not_computable);
  }
  e.verdict = *e.shortfall == 0.0 && *math::is_met(*goal, *e.value, ind.dir)
                  ? math::evaluation_verdict::achieved
                  : math::evaluation_verdict::not_achieved;
  judge_degree(e, r, o);
}

// Mid-term: the schedule verdict, with the value due by now as the benchmark.
inline void judge_mid_term(evaluation_row& e, const rollup_row& x, const indicator_row& r,
                           const rollup_options& o) {
  e.verdict = from_schedule(x.schedule);
  e.why = from_schedule(x.why);
  e.year = r.latest_year;
  e.value = r.latest_value;
  e.probability = r.probability;
  if (e.why != evaluation_gap::none) return;
  const plan::indicator& ind = *r.indicator;
  e.year = x.year;
  if (x.scale == math::schedule_scale::cumulative_growth) {
    // The mean yearly rate since the base year against the rate asked for, both in %/年.
    const double whole = *ind.unit.whole();
    e.value = math::compound_rate(*x.value, double(*x.year - *x.base_year)) * whole;
    e.benchmark = *x.target_value * whole;
    e.mean_rate = true;
  } else if (x.threshold) {
    e.value = x.value;
    e.benchmark = x.target_value;
  } else {
    e.value = x.value;
    e.benchmark = *x.base_value + *x.elapsed_share * (*x.target_value - *x.base_value);
  }
  e.shortfall = e.verdict == math::evaluation_verdict::lagging
                    ? std::abs(*e.benchmark - *e.value)
                    : 0.0;
  judge_degree(e, r, o);
}

}  // namespace detail::evaluation

/// The evaluation of a model's rows for the plan's own region, at `stage` (by default the one
/// `evaluation_stage_of` gives for the model's as-of year). `o` declares weights and band limits
/// as for `build_rollup`.
///
/// Example: for a plan whose income target "≥57000" (2025) meets 55 800 元 in 2025,
/// `build_evaluation(model).rows[0]` is not achieved with a shortfall of 1200.
/// Throws `argument_error` for declared weights `build_rollup` refuses.
inline evaluation_view build_evaluation(const report_model& m,
                                        std::optional<math::evaluation_stage> stage = std::nullopt,
                                        const rollup_options& o = {}) {
  namespace d = detail::evaluation;
  const rollup_view schedule = build_rollup(m, o);
  evaluation_view v;
  v.stage = stage.value_or(evaluation_stage_of(m));
  v.as_of_year = m.as_of_year;
  std::vector<math::rollup_item> items;
  for (const rollup_row& x : schedule.rows) {
    const indicator_row& r = *x.row;
    v.target_year = std::max(v.target_year, r.target_year);
    evaluation_row e;
    e.row = &r;
    if (v.stage == math::evaluation_stage::final)
      d::judge_final(e, r, o);
    else
      d::judge_mid_term(e, x, r, o);
    if (e.why != evaluation_gap::none) {
      e.verdict = math::evaluation_verdict::not_evaluable;
      e.shortfall.reset();
      e.degree.reset();
    }
    math::schedule_status counted = math::schedule_status::not_evaluable;
    switch (e.verdict) {
      case math::evaluation_verdict::achieved: counted = math::schedule_status::achieved; break;
      case math::evaluation_verdict::on_schedule: counted = math::schedule_status::on_schedule; break;
      case math::evaluation_verdict::not_achieved:
      case math::evaluation_verdict::lagging: counted = math::schedule_status::lagging; break;
      case math::evaluation_verdict::not_evaluable: break;
    }
    items.push_back({r.indicator->category_zh, r.status, r.no_data, std::nullopt, e.degree,
                     x.weight, counted});
    v.rows.push_back(e);
  }
  v.result = math::rollup(items);
  v.category_en = schedule.category_en;
  return v;
}

}  // namespace prosper::report
