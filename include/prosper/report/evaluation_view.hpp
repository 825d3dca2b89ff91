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
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/error.hpp"
#include "prosper/math/achievement.hpp"
#include "prosper/math/compounding.hpp"
#include "prosper/math/rollup.hpp"
#include "prosper/report/catalog_table.hpp"
#include "prosper/report/markup.hpp"
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

/// The status bucket whose colour a verdict shares in reports: achieved (0), on schedule as on
/// track (1), lagging and not achieved as insufficient progress (3), not evaluable (5).
///
/// Example: `status_bucket_of(math::evaluation_verdict::not_achieved) == 3`.
constexpr std::size_t status_bucket_of(math::evaluation_verdict v) noexcept {
  switch (v) {
    case math::evaluation_verdict::achieved: return 0;
    case math::evaluation_verdict::on_schedule: return 1;
    case math::evaluation_verdict::not_achieved:
    case math::evaluation_verdict::lagging: return 3;
    case math::evaluation_verdict::not_evaluable: return 5;
  }
  return 5;
}

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

/// The evaluation of a model's rows for the plan's own region, at `stage` (by default the
/// model's `report_options::evaluation`, else the one `evaluation_stage_of` gives for its as-of
/// year). `o` declares weights and band limits
/// as for `build_rollup`.
///
/// Example: for a plan whose point target 150 (2025) of a higher-is-better indicator meets 148
/// in 2025, `build_evaluation(model).rows[0]` is not achieved with a shortfall of 2.
/// Throws `argument_error` for declared weights `build_rollup` refuses.
inline evaluation_view build_evaluation(const report_model& m,
                                        std::optional<math::evaluation_stage> stage = std::nullopt,
                                        const rollup_options& o = {}) {
  namespace d = detail::evaluation;
  const rollup_view schedule = build_rollup(m, o);
  evaluation_view v;
  v.stage = stage ? *stage : m.options.evaluation.value_or(evaluation_stage_of(m));
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

namespace detail::evaluation {

constexpr std::string_view gap_text(evaluation_gap g, language lang) noexcept {
  const bool zh = lang == language::zh;
  switch (g) {
    case evaluation_gap::none: return "";
    case evaluation_gap::no_data: return zh ? "无观测数据" : "no observations";
    case evaluation_gap::no_numeric_target: return zh ? "目标无数值" : "no numeric target";
    case evaluation_gap::no_target_year_value:
      return zh ? "无目标年份数据(所列为最新值)" : "no value for the target year (latest shown)";
    case evaluation_gap::missing_rate_year:
      return zh ? "缺少某年增速,无法计算年均增速" : "a yearly rate is missing: no mean rate";
    case evaluation_gap::no_baseline: return zh ? "缺少基期值" : "no baseline value";
    case evaluation_gap::outside_period:
      return zh ? "最新数据不在规划期内(基期之后)" : "latest value not after the base year";
    case evaluation_gap::not_computable: return zh ? "数值无法计算" : "not computable";
  }
  return "";
}

inline std::string title(const evaluation_view& v, language lang) {
  return std::string(label_text(v.stage == math::evaluation_stage::final
                                    ? label::evaluation_final_title
                                    : label::evaluation_mid_term_title,
                                lang));
}

// How many of a group have a verdict (a final "not achieved" is counted in the lagging bucket).
inline std::size_t count(const math::rollup_group& g, math::evaluation_verdict verdict) {
  switch (verdict) {
    case math::evaluation_verdict::achieved: return g.of(math::schedule_status::achieved);
    case math::evaluation_verdict::on_schedule: return g.of(math::schedule_status::on_schedule);
    case math::evaluation_verdict::not_achieved:
    case math::evaluation_verdict::lagging: return g.of(math::schedule_status::lagging);
    case math::evaluation_verdict::not_evaluable: return g.of(math::schedule_status::not_evaluable);
  }
  return 0;
}

inline std::vector<math::evaluation_verdict> verdicts(math::evaluation_stage stage) {
  using V = math::evaluation_verdict;
  if (stage == math::evaluation_stage::final) return {V::achieved, V::not_achieved, V::not_evaluable};
  return {V::achieved, V::on_schedule, V::lagging, V::not_evaluable};
}

inline std::string fixed1(const std::optional<double>& v) {
  return v ? format_fixed(*v, 1) : std::string(empty_text);
}

}  // namespace detail::evaluation

/// The evaluation as a report shows it: one line of counts, the summary per category (then the
/// whole plan), and one row per indicator up to `report_limits::full_rows`.
struct evaluation_tables {
  std::string title;  ///< 终期评估 or 中期评估
  std::string line;   ///< "终期评估 (2025): 已实现 3, 未实现 2, 无法评估 65"
  std::string note;   ///< how the verdicts are reached
  std::vector<std::string> summary_header;
  std::vector<std::vector<std::string>> summary_rows;  ///< categories, then the whole plan
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::size_t omitted = 0;  ///< rows past the limit
};

/// The tables of `v` for model `m`, in the model's language.
///
/// Example: `evaluation_tables_of(build_evaluation(model), model).summary_rows.back()[0] == "合计"`.
inline evaluation_tables evaluation_tables_of(const evaluation_view& v, const report_model& m) {
  namespace d = detail::evaluation;
  const language lang = m.options.lang;
  evaluation_tables t;
  t.title = d::title(v, lang);
  t.note = std::string(label_text(v.stage == math::evaluation_stage::final
                                      ? label::evaluation_final_note
                                      : label::evaluation_mid_term_note,
                                  lang));
  t.line = t.title + " (" + std::to_string(v.as_of_year) + "):";
  const auto kinds = d::verdicts(v.stage);
  for (std::size_t k = 0; k < kinds.size(); ++k)
    t.line += (k == 0 ? " " : ", ") + std::string(verdict_text(kinds[k], lang)) + " " +
              std::to_string(d::count(v.result.overall, kinds[k]));

  t.summary_header = {std::string(label_text(label::category, lang)),
                      std::string(label_text(label::indicator_count, lang))};
  for (auto k : kinds) t.summary_header.emplace_back(verdict_text(k, lang));
  t.summary_header.emplace_back(label_text(label::mean_degree, lang));
  const auto summary_row = [&](const math::rollup_group& g, std::string name) {
    std::vector<std::string> row = {std::move(name), std::to_string(g.total)};
    for (auto k : kinds) row.push_back(std::to_string(d::count(g, k)));
    row.push_back(d::fixed1(g.mean_degree));
    return row;
  };
  const std::size_t shown = std::min(v.result.categories.size(), m.options.limits.categories);
  for (std::size_t k = 0; k < shown; ++k) {
    const auto& g = v.result.categories[k];
    t.summary_rows.push_back(summary_row(
        g, lang == language::en && !v.category_en[k].empty() ? v.category_en[k] : g.category));
  }
  t.summary_rows.push_back(
      summary_row(v.result.overall, std::string(label_text(label::all_indicators, lang))));

  for (label l : {label::id, label::indicator, label::unit, label::target, label::year,
                  label::evaluation_value, label::evaluation_benchmark, label::evaluation_verdict,
                  label::shortfall, label::degree, label::note})
    t.header.emplace_back(label_text(l, lang));
  for (const evaluation_row& e : v.rows) {
    if (t.rows.size() >= m.options.limits.full_rows) {
      ++t.omitted;
      continue;
    }
    const plan::indicator& ind = *e.row->indicator;
    std::string note(d::gap_text(e.why, lang));
    if (e.why == evaluation_gap::none && e.mean_rate)
      note = lang == language::zh ? "年均增速(几何平均)" : "mean yearly rate (geometric)";
    if (e.probability && v.stage == math::evaluation_stage::mid_term && e.why == evaluation_gap::none)
      note += (note.empty() ? "" : "; ") + std::string(label_text(label::probability, lang)) + " " +
              probability_text(e.probability);
    t.rows.push_back({ind.id, name_text(ind, lang), unit_text(ind.unit, lang),
                      e.row->target ? milestone_text(*e.row->target, ind.unit, ind.dir, lang)
                                    : std::string(empty_text),
                      e.year ? std::to_string(*e.year) : std::string(empty_text),
                      exact_text(e.value), exact_text(e.benchmark),
                      std::string(verdict_text(e.verdict, lang)), value_text(e.shortfall),
                      d::fixed1(e.degree), note});
  }
  return t;
}

/// The evaluation as aligned terminal tables in the model's language: the count line, the
/// summary per category, then one line per indicator.
inline std::string evaluation_text(const evaluation_view& v, const report_model& m) {
  const evaluation_tables t = evaluation_tables_of(v, m);
  std::string out = printable(t.title) + "\n\n" + printable(t.line) + "\n" + printable(t.note) +
                    "\n\n" + detail::text_table(t.summary_header, t.summary_rows) + "\n" +
                    detail::text_table(t.header, t.rows);
  if (t.omitted > 0)
    out += "\n" + std::to_string(t.omitted) + " " +
           std::string(label_text(label::more, m.options.lang)) + "\n";
  return out;
}

/// The evaluation as Markdown: the count line, the summary (the whole plan in bold), the rows.
inline std::string evaluation_markdown(const evaluation_view& v, const report_model& m) {
  const evaluation_tables t = evaluation_tables_of(v, m);
  std::string out = "## " + escape_markdown(t.title) + "\n\n" +
                    escape_markdown(t.line, markdown_context::block_start) + "\n\n" +
                    escape_markdown(t.note, markdown_context::block_start) + "\n\n" +
                    detail::markdown_table(t.summary_header, t.summary_rows, true) + "\n";
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : t.rows) {
    std::vector<std::string> shown;
    for (const std::string& c : row) shown.push_back(display_text(m, c));
    rows.push_back(std::move(shown));
  }
  if (!rows.empty()) out += detail::markdown_table(t.header, rows) + "\n";
  if (t.omitted > 0)
    out += std::to_string(t.omitted) + " " + std::string(label_text(label::more, m.options.lang)) + "\n";
  return out;
}

}  // namespace prosper::report
