#pragma once
// Roll-ups and the schedule view of a report model (report_model.hpp), as a terminal table,
// Markdown, CSV or JSON: what `prosper assess --view rollup|schedule|all` prints.
//
// From each row of the plan's own region (county rows have no targets of their own and are left
// out) this layer makes one `math::rollup_item` and one `math::schedule_item`:
// - status: the row's status under the report's method, "no data" kept apart;
// - score: StatCan's score in [−5, 5] from an assessment with the StatCan preset (the same
//   baseline, data and natural limit as the row), whatever the report's method, so the mean
//   score is always the Open SDG one;
// - degree: the NBS 实现程度 of the latest value against the target-year milestone: positive
//   (x/S) for "≥ S" and for a point or kept level of a higher-is-better indicator, inverse (S/x)
//   for "≤ S" and for a point or kept level of a lower-is-better one, interval for a band when
//   its limits are declared in `rollup_options::interval_limits` (the plan model has no field
//   for them, so a band without declared limits has no degree); none for direction-only,
//   qualitative and external targets or a neutral point target;
// - weight: `rollup_options::weights` by indicator id, or 1 for every indicator when none are
//   declared (the plan model has no weight field: prosper never invents weights);
// - schedule (按时序进度): the latest value up to the as-of year, judged in its own year t
//   against the time elapsed since the baseline (math::schedule_progress). The target side is
//   the milestone's ("≥" higher, "≤" lower, a point the indicator's direction); a band is met
//   inside it and otherwise aimed at its nearer end. An indicator in a growth-rate unit (%/年)
//   is judged on the cumulative growth: its yearly rates from the base year to t are chained,
//   Π(1 + gᵧ), against (1 + g)ⁿ; a missing year makes it not evaluable.
//
// JSON (`--view rollup`):
//   {"plan": {...}, "method", "as_of", "weights": "equal" | "declared",
//    "categories": [{"category_zh", "category_en", "total", "counts": {"achieved", …, "no_data"},
//                    "shares": {…}, "mean_score", "scored", "mean_degree", "with_degree",
//                    "degree_weight", "schedule": {"achieved", "on_schedule", "lagging",
//                    "not_evaluable", "evaluated", "on_schedule_count", "on_schedule_share"}}],
//    "overall": {… the same without the category names}}
// JSON (`--view schedule`):
//   {"plan", "method", "as_of", "summary": {… the overall "schedule" object},
//    "indicators": [{"indicator", "name_zh", "name_en", "category_zh", "status", "reason_code",
//                    "year", "base_year", "base_value", "target_year", "target_value", "value",
//                    "scale", "threshold", "elapsed_share", "progress_share", "degree",
//                    "degree_type", "score", "weight"}]}
// Shares are fractions (0.5, not 50 %); CSV has the same columns as JSON, flattened.

#include <cmath>
#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "prosper/error.hpp"
#include "prosper/math/assess.hpp"
#include "prosper/math/rollup.hpp"
#include "prosper/report/assessment_table.hpp"
#include "prosper/report/catalog_table.hpp"
#include "prosper/report/markup.hpp"
#include "prosper/report/report_model.hpp"

namespace prosper::report {

/// What a roll-up is told besides the model.
struct rollup_options {
  /// Declared weights by indicator id (≥ 0, not all 0). Empty: every indicator weighs 1. When
  /// given, every rolled-up indicator needs one and every id must be the plan's.
  std::map<std::string, double, std::less<>> weights;
  /// Declared limits (lower, upper) where an interval (band) indicator's degree reaches 0.
  std::map<std::string, std::pair<double, double>, std::less<>> interval_limits;
};

/// Why an indicator has no schedule verdict.
enum class schedule_gap {
  none,                 ///< evaluated
  no_data,              ///< no observation
  no_numeric_target,    ///< direction-only, qualitative, external or unset target
  no_baseline,          ///< no baseline to measure progress from
  outside_period,       ///< the latest observation is not after the baseline year
  missing_rate_year,    ///< a growth-rate indicator lacks a yearly rate to chain
  not_computable,       ///< the math refused the numbers (e.g. a level ≤ 0 for a growth rate)
};

/// A stable ASCII name, used in CSV and JSON.
///
/// Example: `to_string(schedule_gap::outside_period) == "outside_period"`.
constexpr std::string_view to_string(schedule_gap g) noexcept {
  switch (g) {
    case schedule_gap::none: return "none";
    case schedule_gap::no_data: return "no_data";
    case schedule_gap::no_numeric_target: return "no_numeric_target";
    case schedule_gap::no_baseline: return "no_baseline";
    case schedule_gap::outside_period: return "outside_period";
    case schedule_gap::missing_rate_year: return "missing_rate_year";
    case schedule_gap::not_computable: return "not_computable";
  }
  return "none";
}

/// One indicator in the roll-up and schedule views.
struct rollup_row {
  const indicator_row* row = nullptr;
  std::optional<double> score;
  std::optional<double> degree;
  std::optional<math::nbs_type> degree_type;
  double weight = 1.0;
  // The schedule view.
  math::schedule_status schedule = math::schedule_status::not_evaluable;
  schedule_gap why = schedule_gap::none;
  std::optional<int> year;  ///< t: the year of the value judged
  std::optional<int> base_year;
  std::optional<double> base_value;    ///< for a growth rate: 1, the chained level's start
  std::optional<double> target_value;  ///< the value aimed at; for a growth rate the rate, a fraction
  std::optional<double> value;         ///< in year t; for a growth rate the chained level Π(1 + gᵧ)
  math::schedule_scale scale = math::schedule_scale::level;
  bool threshold = false;
  std::optional<double> elapsed_share;
  std::optional<double> progress_share;
};

/// The roll-up of a model: one row per indicator of the plan's region, and the groups.
struct rollup_view {
  std::vector<rollup_row> rows;
  math::rollup_result result;
  std::vector<std::string> category_en;  ///< parallel to `result.categories`
  bool declared_weights = false;
};

namespace detail::rollups {

inline std::optional<math::nbs_standard> degree_standard(const indicator_row& r,
                                                         const rollup_options& o) {
  if (!r.target || !r.target->value) return std::nullopt;
  const double s = *r.target->value;
  switch (r.target->kind) {
    case target_kind::at_least:
    case target_kind::greater_than: return math::nbs_standard::positive(s);
    case target_kind::at_most:
    case target_kind::less_than: return math::nbs_standard::inverse(s);
    case target_kind::point:
    case target_kind::maintain:
      if (r.indicator->dir == direction::higher_is_better) return math::nbs_standard::positive(s);
      if (r.indicator->dir == direction::lower_is_better) return math::nbs_standard::inverse(s);
      return std::nullopt;
    case target_kind::band: {
      const auto it = o.interval_limits.find(r.indicator->id);
      if (it == o.interval_limits.end() || !r.target->upper) return std::nullopt;
      return math::nbs_standard::interval(s, *r.target->upper, it->second.first,
                                          it->second.second);
    }
    default: return std::nullopt;
  }
}

// StatCan's score of the row, from an assessment with the StatCan preset.
inline std::optional<double> statcan_score(const indicator_row& r) {
  if (r.no_data || !r.target || !r.baseline_value || !r.baseline_year) return std::nullopt;
  if (r.why == not_assessable_reason::no_numeric_target) return std::nullopt;
  const plan::indicator& ind = *r.indicator;
  assessment_options ao = preset(assessment_method::statcan);
  // As the model assesses: a share that is not lower-is-better is bounded by its whole.
  if (ind.unit.is_share() && ind.dir != direction::lower_is_better)
    ao.natural_limit = ind.unit.whole();
  const math::milestone g{r.target_year, r.target->kind, r.target->value, r.target->upper};
  const assessment a =
      math::assess(g, {*r.baseline_year, *r.baseline_value}, r.series, ind.dir, ao);
  return a.score;
}

inline void fill_schedule(rollup_row& out, const indicator_row& r) {
  const plan::indicator& ind = *r.indicator;
  if (r.no_data) return void(out.why = schedule_gap::no_data);
  if (!r.target || !is_numeric(r.target->kind) || r.target->kind == target_kind::direction_only ||
      !r.aim)
    return void(out.why = schedule_gap::no_numeric_target);
  math::schedule_item it;
  it.target_year = r.target_year;
  it.year = *r.latest_year;
  it.dir = ind.dir;
  const bool growth = ind.unit.kind() == units::unit_kind::growth_rate && ind.unit.whole();
  if (growth) {
    // Yearly rates chained into a level from the plan's base year.
    it.scale = math::schedule_scale::cumulative_growth;
    it.base_year = r.base_year;
    it.base_value = 1.0;
    const double whole = *ind.unit.whole();
    it.target_value = *r.aim / whole;
    if (!(it.year > it.base_year && it.year <= it.target_year))
      return void(out.why = schedule_gap::outside_period);
    double level = 1.0;
    for (int y = it.base_year + 1; y <= it.year; ++y) {
      const auto o = std::find_if(r.series.begin(), r.series.end(),
                                  [&](const math::observation& x) { return x.year == y; });
      if (o == r.series.end()) return void(out.why = schedule_gap::missing_rate_year);
      level *= 1.0 + o->value / whole;
    }
    it.value = level;
  } else {
    if (!r.baseline_value || !r.baseline_year) return void(out.why = schedule_gap::no_baseline);
    it.base_year = *r.baseline_year;
    it.base_value = *r.baseline_value;
    it.value = *r.latest_value;
    it.target_value = *r.aim;
    switch (r.target->kind) {
      case target_kind::at_least:
      case target_kind::greater_than: it.dir = direction::higher_is_better; break;
      case target_kind::at_most:
      case target_kind::less_than: it.dir = direction::lower_is_better; break;
      case target_kind::band: {
        const double lo = *r.target->value, hi = r.target->upper.value_or(lo);
        // Inside the band the aim is the value itself: a threshold met. Outside, the nearer end.
        it.dir = it.value < lo   ? direction::higher_is_better
                 : it.value > hi ? direction::lower_is_better
                                 : direction::neutral;
        break;
      }
      default: break;
    }
    if (!(it.year > it.base_year && it.year <= it.target_year))
      return void(out.why = schedule_gap::outside_period);
  }
  out.year = it.year;
  out.base_year = it.base_year;
  out.base_value = it.base_value;
  out.target_value = it.target_value;
  out.value = it.value;
  out.scale = it.scale;
  try {
    const math::schedule_entry e = math::schedule_progress(it);
    out.schedule = e.status;
    out.threshold = e.threshold;
    out.elapsed_share = e.elapsed_share;
    out.progress_share = e.progress_share;
  } catch (const prosper::error&) {
    out.why = schedule_gap::not_computable;
  }
}

}  // namespace detail::rollups

/// The roll-up and schedule views of a model's rows for the plan's own region.
///
/// Example: `build_rollup(model).result.overall.total` is the number of the plan's indicators
/// selected in the model (70 for the Lishui plan).
/// Throws `argument_error` for a declared weight that is negative or not finite, weights that
/// are all zero, an indicator without a declared weight, or a weight for an id the plan does not
/// have.
inline rollup_view build_rollup(const report_model& m, const rollup_options& o = {}) {
  namespace d = detail::rollups;
  rollup_view v;
  v.declared_weights = !o.weights.empty();
  for (const auto& [id, w] : o.weights) {
    (void)w;
    if (!detail::model::by_id(*m.plan, id))
      throw prosper::argument_error("prosper::report::build_rollup: a weight is declared for '" +
                                    id + "', which is not an indicator of the plan");
  }
  std::vector<math::rollup_item> items;
  for (const indicator_row& r : m.rows) {
    if (!r.plan_region) continue;
    rollup_row x;
    x.row = &r;
    if (v.declared_weights) {
      const auto w = o.weights.find(r.indicator->id);
      if (w == o.weights.end())
        throw prosper::argument_error("prosper::report::build_rollup: no weight is declared for "
                                      "indicator '" + r.indicator->id + "'");
      x.weight = w->second;
    }
    x.score = d::statcan_score(r);
    if (r.latest_value) {
      if (const auto s = d::degree_standard(r, o)) {
        try {
          x.degree = math::nbs_degree(*r.latest_value, *s);
          x.degree_type = s->type;
        } catch (const prosper::error&) {
          x.degree.reset();
        }
      }
    }
    d::fill_schedule(x, r);
    items.push_back({r.indicator->category_zh, r.status, r.no_data, x.score, x.degree, x.weight,
                     x.schedule});
    v.rows.push_back(std::move(x));
  }
  v.result = math::rollup(items);
  for (const auto& g : v.result.categories) {
    std::string en;
    for (const indicator_row& r : m.rows)
      if (r.indicator->category_zh == g.category) {
        en = r.indicator->category_en;
        break;
      }
    v.category_en.push_back(en);
  }
  return v;
}

namespace detail::rollups {

enum class word {
  category, indicators, mean_score, mean_degree, on_schedule, total, id, indicator, year,
  elapsed, made, schedule, note, weights_equal, weights_declared, schedule_summary, of_which,
  rollup_title, schedule_title,
};

constexpr std::string_view text(word w, language lang) noexcept {
  const bool zh = lang == language::zh;
  switch (w) {
    case word::category: return zh ? "类别" : "Category";
    case word::indicators: return zh ? "指标数" : "Indicators";
    case word::mean_score: return zh ? "平均得分(StatCan)" : "Mean score (StatCan)";
    case word::mean_degree: return zh ? "实现程度(加权)" : "Realisation (weighted)";
    case word::on_schedule: return zh ? "达到预期进度" : "On schedule";
    case word::total: return zh ? "合计" : "All indicators";
    case word::id: return zh ? "编号" : "No.";
    case word::indicator: return zh ? "指标" : "Indicator";
    case word::year: return zh ? "年份" : "Year";
    case word::elapsed: return zh ? "时间进度" : "Time elapsed";
    case word::made: return zh ? "目标进度" : "Progress made";
    case word::schedule: return zh ? "按时序进度" : "Against schedule";
    case word::note: return zh ? "说明" : "Note";
    case word::weights_equal: return zh ? "权重:各指标相等" : "weights: equal";
    case word::weights_declared: return zh ? "权重:按声明" : "weights: declared";
    case word::schedule_summary: return zh ? "按时序进度" : "Against schedule";
    case word::of_which: return zh ? "其中已实现" : "of which achieved";
    case word::rollup_title: return zh ? "分类汇总" : "Roll-up by category";
    case word::schedule_title: return zh ? "按时序进度评估" : "Progress against the time elapsed";
  }
  return "";
}

constexpr std::string_view schedule_text(math::schedule_status s, language lang) noexcept {
  const bool zh = lang == language::zh;
  switch (s) {
    case math::schedule_status::achieved: return zh ? "已实现" : "achieved";
    case math::schedule_status::on_schedule: return zh ? "达到预期进度" : "on schedule";
    case math::schedule_status::lagging: return zh ? "滞后" : "lagging";
    case math::schedule_status::not_evaluable: return zh ? "无法评估" : "not evaluable";
  }
  return "";
}

constexpr std::string_view gap_text(schedule_gap g, language lang) noexcept {
  const bool zh = lang == language::zh;
  switch (g) {
    case schedule_gap::none: return "";
    case schedule_gap::no_data: return zh ? "无观测数据" : "no observations";
    case schedule_gap::no_numeric_target: return zh ? "目标无数值" : "no numeric target";
    case schedule_gap::no_baseline: return zh ? "缺少基期值" : "no baseline value";
    case schedule_gap::outside_period:
      return zh ? "最新数据不在规划期内(基期之后)" : "latest value not after the base year";
    case schedule_gap::missing_rate_year:
      return zh ? "缺少某年增速,无法累计" : "a yearly rate is missing, cannot chain";
    case schedule_gap::not_computable: return zh ? "数值无法计算" : "not computable";
  }
  return "";
}

inline std::string fixed(const std::optional<double>& v, int digits) {
  if (!v || !std::isfinite(*v)) return std::string(empty_text);
  std::string s = format_fixed(*v, digits);
  if (s.size() > 1 && s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos)
    s.erase(0, 1);  // "-0.0" → "0.0"
  return s;
}
inline std::string percent(const std::optional<double>& v) {
  if (!v) return std::string(empty_text);
  return fixed(100.0 * *v, 1) + "%";
}

inline std::string count_share(const math::rollup_group& g, std::size_t bucket) {
  const std::size_t n = g.counts[bucket];
  if (n == 0) return "0";
  return std::to_string(n) + " (" + fixed(100.0 * *g.share(bucket), 0) + "%)";
}

inline std::string schedule_cell(const math::rollup_group& g) {
  if (g.schedule_evaluated == 0) return std::string(empty_text);
  return std::to_string(g.on_schedule()) + "/" + std::to_string(g.schedule_evaluated) + " (" +
         percent(g.on_schedule_share()) + ")";
}

inline std::vector<std::string> group_cells(const math::rollup_group& g, const std::string& name) {
  std::vector<std::string> row = {name, std::to_string(g.total)};
  for (std::size_t b = 0; b < math::rollup_bucket_count; ++b) row.push_back(count_share(g, b));
  row.push_back(fixed(g.mean_score, 2));
  row.push_back(fixed(g.mean_degree, 1));
  row.push_back(schedule_cell(g));
  return row;
}

inline std::vector<std::string> rollup_header(language lang) {
  std::vector<std::string> h = {std::string(text(word::category, lang)),
                                std::string(text(word::indicators, lang))};
  for (std::size_t b = 0; b < math::rollup_bucket_count; ++b)
    h.emplace_back(status_text(b, lang));
  h.emplace_back(text(word::mean_score, lang));
  h.emplace_back(text(word::mean_degree, lang));
  h.emplace_back(text(word::on_schedule, lang));
  return h;
}

inline std::vector<std::vector<std::string>> rollup_rows(const rollup_view& v, language lang) {
  std::vector<std::vector<std::string>> rows;
  for (std::size_t k = 0; k < v.result.categories.size(); ++k) {
    const auto& g = v.result.categories[k];
    const std::string& name =
        lang == language::en && !v.category_en[k].empty() ? v.category_en[k] : g.category;
    rows.push_back(group_cells(g, name));
  }
  rows.push_back(group_cells(v.result.overall, std::string(text(word::total, lang))));
  return rows;
}

inline std::vector<std::string> schedule_header(language lang) {
  std::vector<std::string> h;
  for (word w : {word::id, word::year, word::elapsed, word::made, word::schedule, word::indicator,
                 word::note})
    h.emplace_back(text(w, lang));
  return h;
}

inline std::vector<std::vector<std::string>> schedule_rows(const rollup_view& v, language lang) {
  std::vector<std::vector<std::string>> rows;
  for (const rollup_row& x : v.rows) {
    const plan::indicator& ind = *x.row->indicator;
    std::string note(gap_text(x.why, lang));
    if (x.threshold) note = lang == language::zh ? "门槛检查(无需变化或基期已达标)"
                                                 : "threshold (no change required or met at base)";
    if (x.scale == math::schedule_scale::cumulative_growth && x.why == schedule_gap::none)
      note = lang == language::zh ? "按累计增长" : "on the cumulative growth";
    rows.push_back({ind.id, x.year ? std::to_string(*x.year) : std::string(empty_text),
                    percent(x.elapsed_share), percent(x.progress_share),
                    std::string(schedule_text(x.schedule, lang)), name_text(ind, lang), note});
  }
  return rows;
}

inline std::string schedule_line(const rollup_view& v, const report_model& m) {
  const language lang = m.options.lang;
  const auto& g = v.result.overall;
  std::string out = std::string(text(word::schedule_summary, lang)) + " (" +
                    std::to_string(m.as_of_year) + "): " +
                    std::string(schedule_text(math::schedule_status::on_schedule, lang)) + " " +
                    schedule_cell(g) + ", " + std::string(text(word::of_which, lang)) + " " +
                    std::to_string(g.of(math::schedule_status::achieved)) + "; " +
                    std::string(schedule_text(math::schedule_status::lagging, lang)) + " " +
                    std::to_string(g.of(math::schedule_status::lagging)) + "; " +
                    std::string(schedule_text(math::schedule_status::not_evaluable, lang)) + " " +
                    std::to_string(g.of(math::schedule_status::not_evaluable));
  return out + "\n";
}

inline std::string rollup_line(const rollup_view& v, const report_model& m) {
  const language lang = m.options.lang;
  return std::string(label_text(label::method, lang)) + ": " +
         std::string(to_string(m.options.method)) + " · " +
         std::string(label_text(label::as_of, lang)) + ": " + std::to_string(m.as_of_year) +
         " · " +
         std::string(text(v.declared_weights ? word::weights_declared : word::weights_equal, lang)) +
         "\n";
}

inline nlohmann::ordered_json number(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return nullptr;
  return *v;
}

inline nlohmann::ordered_json schedule_json(const math::rollup_group& g) {
  nlohmann::ordered_json s;
  for (auto st : {math::schedule_status::achieved, math::schedule_status::on_schedule,
                  math::schedule_status::lagging, math::schedule_status::not_evaluable})
    s[std::string(math::to_string(st))] = g.of(st);
  s["evaluated"] = g.schedule_evaluated;
  s["on_schedule_count"] = g.on_schedule();
  s["on_schedule_share"] = number(g.on_schedule_share());
  return s;
}

inline nlohmann::ordered_json group_json(const math::rollup_group& g) {
  nlohmann::ordered_json out;
  out["total"] = g.total;
  nlohmann::ordered_json counts, shares;
  for (std::size_t b = 0; b < math::rollup_bucket_count; ++b) {
    counts[std::string(math::rollup_bucket_key(b))] = g.counts[b];
    shares[std::string(math::rollup_bucket_key(b))] = number(g.share(b));
  }
  out["counts"] = std::move(counts);
  out["shares"] = std::move(shares);
  out["mean_score"] = number(g.mean_score);
  out["scored"] = g.scored;
  out["mean_degree"] = number(g.mean_degree);
  out["with_degree"] = g.with_degree;
  out["degree_weight"] = g.degree_weight;
  out["schedule"] = schedule_json(g);
  return out;
}

inline nlohmann::ordered_json head_json(const report_model& m) {
  nlohmann::ordered_json out;
  out["plan"] = {{"name_zh", m.plan->name_zh},
                 {"name_en", m.plan->name_en},
                 {"region_zh", m.plan->region_zh},
                 {"base_year", m.plan->base_year},
                 {"target_year", m.plan->target_year}};
  out["method"] = to_string(m.options.method);
  out["as_of"] = m.as_of_year;
  return out;
}

// JSON text with DEL and the C1 controls escaped, as the other JSON outputs write it.
inline std::string json_text(const nlohmann::ordered_json& j) {
  return report::detail::json_document(j);
}

inline std::string csv_num(const std::optional<double>& v) {
  return v && std::isfinite(*v) ? format_number(*v) : "";
}

}  // namespace detail::rollups

/// The CSV header of `rollup_csv`, exactly.
inline constexpr std::string_view rollup_csv_header =
    "category_zh,category_en,total,achieved,on_track,moderate_progress,insufficient_progress,"
    "moving_away,not_assessable,no_data,share_achieved,share_on_track,share_moderate_progress,"
    "share_insufficient_progress,share_moving_away,share_not_assessable,share_no_data,"
    "mean_score,scored,mean_degree,with_degree,degree_weight,schedule_achieved,"
    "schedule_on_schedule,schedule_lagging,schedule_not_evaluable,schedule_evaluated,"
    "on_schedule_count,on_schedule_share,weights,method,as_of";

/// The CSV header of `schedule_csv`, exactly.
inline constexpr std::string_view schedule_csv_header =
    "indicator,name_zh,name_en,category_zh,status,reason_code,year,base_year,base_value,"
    "target_year,target_value,value,scale,threshold,elapsed_share,progress_share,degree,"
    "degree_type,score,weight,as_of";

/// The roll-up as JSON (layout in the file comment).
///
/// Example: `rollup_json_value(view, model)["overall"]["total"] == 70` for the Lishui plan.
inline nlohmann::ordered_json rollup_json_value(const rollup_view& v, const report_model& m) {
  namespace d = detail::rollups;
  nlohmann::ordered_json out = d::head_json(m);
  out["weights"] = v.declared_weights ? "declared" : "equal";
  nlohmann::ordered_json cats = nlohmann::ordered_json::array();
  for (std::size_t k = 0; k < v.result.categories.size(); ++k) {
    nlohmann::ordered_json c;
    c["category_zh"] = v.result.categories[k].category;
    c["category_en"] = v.category_en[k];
    const nlohmann::ordered_json g = d::group_json(v.result.categories[k]);
    for (auto it = g.begin(); it != g.end(); ++it) c[it.key()] = *it;
    cats.push_back(std::move(c));
  }
  out["categories"] = std::move(cats);
  out["overall"] = d::group_json(v.result.overall);
  return out;
}

/// The schedule view as JSON (layout in the file comment).
///
/// Example: `schedule_json_value(view, model)["summary"]["evaluated"]`.
inline nlohmann::ordered_json schedule_json_value(const rollup_view& v, const report_model& m) {
  namespace d = detail::rollups;
  nlohmann::ordered_json out = d::head_json(m);
  out["summary"] = d::schedule_json(v.result.overall);
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const rollup_row& x : v.rows) {
    const plan::indicator& ind = *x.row->indicator;
    nlohmann::ordered_json it;
    it["indicator"] = ind.id;
    it["name_zh"] = ind.name_zh;
    it["name_en"] = ind.name_en;
    it["category_zh"] = ind.category_zh;
    it["status"] = math::to_string(x.schedule);
    it["reason_code"] = to_string(x.why);
    it["year"] = x.year ? nlohmann::ordered_json(*x.year) : nlohmann::ordered_json(nullptr);
    it["base_year"] =
        x.base_year ? nlohmann::ordered_json(*x.base_year) : nlohmann::ordered_json(nullptr);
    it["base_value"] = d::number(x.base_value);
    it["target_year"] = x.row->target_year;
    it["target_value"] = d::number(x.target_value);
    it["value"] = d::number(x.value);
    it["scale"] = math::to_string(x.scale);
    it["threshold"] = x.threshold;
    it["elapsed_share"] = d::number(x.elapsed_share);
    it["progress_share"] = d::number(x.progress_share);
    it["degree"] = d::number(x.degree);
    it["degree_type"] = x.degree_type ? nlohmann::ordered_json(math::to_string(*x.degree_type))
                                      : nlohmann::ordered_json(nullptr);
    it["score"] = d::number(x.score);
    it["weight"] = x.weight;
    items.push_back(std::move(it));
  }
  out["indicators"] = std::move(items);
  return out;
}

/// The roll-up as CSV: `rollup_csv_header`, one line per category, then the whole plan with
/// empty category cells. Text cells through `csv_text`.
inline std::string rollup_csv(const rollup_view& v, const report_model& m) {
  namespace d = detail::rollups;
  std::string out(rollup_csv_header);
  out += "\n";
  const auto line = [&](const math::rollup_group& g, const std::string& zh, const std::string& en) {
    std::string s = csv_text(zh) + "," + csv_text(en) + "," + std::to_string(g.total);
    for (std::size_t b = 0; b < math::rollup_bucket_count; ++b)
      s += "," + std::to_string(g.counts[b]);
    for (std::size_t b = 0; b < math::rollup_bucket_count; ++b) s += "," + d::csv_num(g.share(b));
    s += "," + d::csv_num(g.mean_score) + "," + std::to_string(g.scored) + "," +
         d::csv_num(g.mean_degree) + "," + std::to_string(g.with_degree) + "," +
         format_number(g.degree_weight);
    for (auto st : {math::schedule_status::achieved, math::schedule_status::on_schedule,
                    math::schedule_status::lagging, math::schedule_status::not_evaluable})
      s += "," + std::to_string(g.of(st));
    s += "," + std::to_string(g.schedule_evaluated) + "," + std::to_string(g.on_schedule()) + "," +
         d::csv_num(g.on_schedule_share()) + "," +
         (v.declared_weights ? "declared" : "equal") + "," +
         csv_field(to_string(m.options.method)) + "," + std::to_string(m.as_of_year);
    return s + "\n";
  };
  for (std::size_t k = 0; k < v.result.categories.size(); ++k)
    out += line(v.result.categories[k], v.result.categories[k].category, v.category_en[k]);
  out += line(v.result.overall, "", "");
  return out;
}

/// The schedule view as CSV: `schedule_csv_header`, one line per indicator.
inline std::string schedule_csv(const rollup_view& v, const report_model& m) {
  namespace d = detail::rollups;
  std::string out(schedule_csv_header);
  out += "\n";
  for (const rollup_row& x : v.rows) {
    const plan::indicator& ind = *x.row->indicator;
    out += csv_text(ind.id) + "," + csv_text(ind.name_zh) + "," + csv_text(ind.name_en) + "," +
           csv_text(ind.category_zh) + "," + std::string(math::to_string(x.schedule)) + "," +
           std::string(to_string(x.why)) + "," + (x.year ? std::to_string(*x.year) : "") + "," +
           (x.base_year ? std::to_string(*x.base_year) : "") + "," + d::csv_num(x.base_value) +
           "," + std::to_string(x.row->target_year) + "," + d::csv_num(x.target_value) + "," +
           d::csv_num(x.value) + "," + std::string(math::to_string(x.scale)) + "," +
           (x.threshold ? "true" : "false") + "," + d::csv_num(x.elapsed_share) + "," +
           d::csv_num(x.progress_share) + "," + d::csv_num(x.degree) + "," +
           (x.degree_type ? std::string(math::to_string(*x.degree_type)) : "") + "," +
           d::csv_num(x.score) + "," + format_number(x.weight) + "," +
           std::to_string(m.as_of_year) + "\n";
  }
  return out;
}

/// The roll-up as an aligned terminal table in the model's language: one line per category, the
/// whole plan last; counts with their share of the category; then method, year and weights.
inline std::string rollup_text(const rollup_view& v, const report_model& m) {
  namespace d = detail::rollups;
  const language lang = m.options.lang;
  return std::string(d::text(d::word::rollup_title, lang)) + "\n\n" +
         detail::text_table(d::rollup_header(lang), d::rollup_rows(v, lang)) + "\n" +
         d::rollup_line(v, m);
}

/// The roll-up as a Markdown table, the whole plan in bold.
inline std::string rollup_markdown(const rollup_view& v, const report_model& m) {
  namespace d = detail::rollups;
  const language lang = m.options.lang;
  std::string line = d::rollup_line(v, m);
  line.pop_back();  // the line break; escape_markdown would fold it into a space
  return "## " + escape_markdown(d::text(d::word::rollup_title, lang)) + "\n\n" +
         detail::markdown_table(d::rollup_header(lang), d::rollup_rows(v, lang), true) + "\n" +
         escape_markdown(line, markdown_context::block_start) + "\n";
}

/// The schedule view as an aligned terminal table, then the count on schedule.
inline std::string schedule_text(const rollup_view& v, const report_model& m) {
  namespace d = detail::rollups;
  const language lang = m.options.lang;
  return std::string(d::text(d::word::schedule_title, lang)) + "\n\n" +
         detail::text_table(d::schedule_header(lang), d::schedule_rows(v, lang)) + "\n" +
         printable(d::schedule_line(v, m)) + "\n";
}

/// The schedule view as a Markdown table, then the count on schedule.
inline std::string schedule_markdown(const rollup_view& v, const report_model& m) {
  namespace d = detail::rollups;
  const language lang = m.options.lang;
  std::string line = d::schedule_line(v, m);
  line.pop_back();
  return "## " + escape_markdown(d::text(d::word::schedule_title, lang)) + "\n\n" +
         detail::markdown_table(d::schedule_header(lang), d::schedule_rows(v, lang)) + "\n" +
         escape_markdown(line, markdown_context::block_start) + "\n";
}

/// What `prosper assess --view` shows.
enum class assess_view { assessments, rollup, schedule, all };

/// A stable ASCII name, as the CLI spells it.
///
/// Example: `to_string(assess_view::rollup) == "rollup"`.
constexpr std::string_view to_string(assess_view v) noexcept {
  switch (v) {
    case assess_view::assessments: return "assessments";
    case assess_view::rollup: return "rollup";
    case assess_view::schedule: return "schedule";
    case assess_view::all: return "all";
  }
  return "assessments";
}

/// The view named `s`, or empty.
///
/// Example: `assess_view_from_string("all") == assess_view::all`.
constexpr std::optional<assess_view> assess_view_from_string(std::string_view s) noexcept {
  for (auto v : {assess_view::assessments, assess_view::rollup, assess_view::schedule,
                 assess_view::all})
    if (to_string(v) == s) return v;
  return std::nullopt;
}

/// A view of the model in a format. `all` is the assessments, the roll-up and the schedule in
/// sequence (table, md) or as one JSON object (the assessments' JSON with "rollup" and
/// "schedule" added); CSV holds one table, so `all` with CSV is refused.
///
/// Example: `render_view(model, assess_view::rollup, output_format::csv)`.
/// Throws `argument_error` for `all` with CSV, and what `build_rollup` throws.
inline std::string render_view(const report_model& m, assess_view view, output_format f,
                               const rollup_options& o = {}) {
  if (view == assess_view::assessments) return render_assessments(m, f);
  if (view == assess_view::all && f == output_format::csv)
    throw prosper::argument_error(
        "--view all has no CSV form: a CSV file holds one table; choose --view assessments, "
        "rollup or schedule");
  const rollup_view v = build_rollup(m, o);
  switch (f) {
    case output_format::csv: return view == assess_view::rollup ? rollup_csv(v, m) : schedule_csv(v, m);
    case output_format::json: {
      if (view == assess_view::rollup) return detail::rollups::json_text(rollup_json_value(v, m));
      if (view == assess_view::schedule) return detail::rollups::json_text(schedule_json_value(v, m));
      nlohmann::ordered_json all = assessment_json_value(m);
      all["rollup"] = rollup_json_value(v, m);
      all["schedule"] = schedule_json_value(v, m);
      return detail::rollups::json_text(all);
    }
    case output_format::md:
      if (view == assess_view::rollup) return rollup_markdown(v, m);
      if (view == assess_view::schedule) return schedule_markdown(v, m);
      return assessment_markdown(m) + "\n" + rollup_markdown(v, m) + "\n" + schedule_markdown(v, m);
    case output_format::table:
      if (view == assess_view::rollup) return rollup_text(v, m);
      if (view == assess_view::schedule) return schedule_text(v, m);
      return assessment_text(m) + "\n" + rollup_text(v, m) + "\n" + schedule_text(v, m);
  }
  return rollup_text(v, m);
}

}  // namespace prosper::report
