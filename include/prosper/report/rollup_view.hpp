#pragma once
// Roll-ups and the schedule view of a report model (report_model.hpp): the numbers and the table
// cells, without any output format, so that the HTML and Markdown reports show them as
// `prosper assess --view rollup|schedule` does (rollup_table.hpp adds JSON and CSV).
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

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "prosper/error.hpp"
#include "prosper/math/assess.hpp"
#include "prosper/math/rollup.hpp"
#include "prosper/report/messages.hpp"
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

// The yearly rates of a growth-rate row from year `from` + 1 to `to` chained into a level,
// Π(1 + gᵧ) with g in the unit's whole (6.5 %/年 → 1.065); empty when a year's rate is missing.
inline std::optional<double> chained_level(const indicator_row& r, int from, int to) {
  const double whole = r.indicator->unit.whole().value_or(1.0);
  double level = 1.0;
  for (int y = from + 1; y <= to; ++y) {
    const auto o = std::find_if(r.series.begin(), r.series.end(),
                                [&](const math::observation& x) { return x.year == y; });
    if (o == r.series.end()) return std::nullopt;
    level *= 1.0 + o->value / whole;
  }
  return level;
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
    const std::optional<double> level = chained_level(r, it.base_year, it.year);
    if (!level) return void(out.why = schedule_gap::missing_rate_year);
    it.value = *level;
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
  std::vector<std::string> h = {std::string(label_text(label::category, lang)),
                                std::string(label_text(label::indicator_count, lang))};
  for (std::size_t b = 0; b < math::rollup_bucket_count; ++b)
    h.emplace_back(status_text(b, lang));
  h.emplace_back(label_text(label::mean_score, lang));
  h.emplace_back(label_text(label::mean_degree, lang));
  h.emplace_back(label_text(label::on_schedule, lang));
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
  rows.push_back(group_cells(v.result.overall, std::string(label_text(label::all_indicators, lang))));
  return rows;
}

inline std::vector<std::string> schedule_header(language lang) {
  std::vector<std::string> h;
  for (label w : {label::id, label::year, label::time_elapsed, label::progress_made, label::against_schedule, label::indicator,
                 label::note})
    h.emplace_back(label_text(w, lang));
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
  std::string out = std::string(label_text(label::against_schedule, lang)) + " (" +
                    std::to_string(m.as_of_year) + "): " +
                    std::string(schedule_text(math::schedule_status::on_schedule, lang)) + " " +
                    schedule_cell(g) + ", " + std::string(label_text(label::of_which_achieved, lang)) + " " +
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
         std::string(label_text(v.declared_weights ? label::weights_declared : label::weights_equal, lang)) +
         "\n";
}

}  // namespace detail::rollups

/// The roll-up and schedule tables as a report shows them: every category up to
/// `report_limits::categories` (then the overall line), and the indicators whose schedule could
/// be judged, up to `report_limits::full_rows`; what is left out is counted.
struct rollup_tables {
  std::vector<std::string> rollup_header;
  std::vector<std::vector<std::string>> rollup_rows;  ///< categories, then the overall line
  std::size_t categories_omitted = 0;
  std::string rollup_line;    ///< method, as-of year, weights
  std::string schedule_line;  ///< "按时序进度 (2024): 达到预期进度 1/4 …"
  std::vector<std::string> schedule_header;
  std::vector<std::vector<std::string>> schedule_rows;  ///< judged indicators only
  std::size_t schedule_omitted = 0;      ///< judged, past the row limit
  std::size_t schedule_not_judged = 0;   ///< no data, no numeric target, outside the period …
};

/// The tables of `v` for model `m`, in the model's language.
///
/// Example: `rollup_tables_of(build_rollup(model), model).rollup_rows.back()[0] == "合计"`.
inline rollup_tables rollup_tables_of(const rollup_view& v, const report_model& m) {
  namespace d = detail::rollups;
  const language lang = m.options.lang;
  rollup_tables t;
  t.rollup_header = d::rollup_header(lang);
  auto rows = d::rollup_rows(v, lang);  // categories, then the overall line
  const std::size_t categories = rows.size() - 1;
  const std::size_t shown = std::min(categories, m.options.limits.categories);
  t.categories_omitted = categories - shown;
  for (std::size_t k = 0; k < shown; ++k) t.rollup_rows.push_back(std::move(rows[k]));
  t.rollup_rows.push_back(std::move(rows.back()));
  t.rollup_line = d::rollup_line(v, m);
  t.schedule_line = d::schedule_line(v, m);
  while (!t.rollup_line.empty() && t.rollup_line.back() == '\n') t.rollup_line.pop_back();
  while (!t.schedule_line.empty() && t.schedule_line.back() == '\n') t.schedule_line.pop_back();
  t.schedule_header = d::schedule_header(lang);
  auto schedule = d::schedule_rows(v, lang);
  for (std::size_t i = 0; i < v.rows.size(); ++i) {
    if (v.rows[i].why != schedule_gap::none) {
      ++t.schedule_not_judged;
    } else if (t.schedule_rows.size() < m.options.limits.full_rows) {
      t.schedule_rows.push_back(std::move(schedule[i]));
    } else {
      ++t.schedule_omitted;
    }
  }
  return t;
}

}  // namespace prosper::report
