#pragma once
// Roll-ups and the schedule view of a report model (rollup_view.hpp) as a terminal table,
// Markdown, CSV or JSON: what `prosper assess --view rollup|schedule|all` prints (assess_view.hpp
// dispatches).
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
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/report/assessment_table.hpp"
#include "prosper/report/catalog_table.hpp"
#include "prosper/report/markup.hpp"
#include "prosper/report/rollup_view.hpp"

namespace prosper::report {

namespace detail::rollups {


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
  return std::string(label_text(label::rollup_title, lang)) + "\n\n" +
         detail::text_table(d::rollup_header(lang), d::rollup_rows(v, lang)) + "\n" +
         d::rollup_line(v, m);
}

/// The roll-up as a Markdown table, the whole plan in bold.
inline std::string rollup_markdown(const rollup_view& v, const report_model& m) {
  namespace d = detail::rollups;
  const language lang = m.options.lang;
  std::string line = d::rollup_line(v, m);
  line.pop_back();  // the line break; escape_markdown would fold it into a space
  return "## " + escape_markdown(label_text(label::rollup_title, lang)) + "\n\n" +
         detail::markdown_table(d::rollup_header(lang), d::rollup_rows(v, lang), true) + "\n" +
         escape_markdown(line, markdown_context::block_start) + "\n";
}

/// The schedule view as an aligned terminal table, then the count on schedule.
inline std::string schedule_text(const rollup_view& v, const report_model& m) {
  namespace d = detail::rollups;
  const language lang = m.options.lang;
  return std::string(label_text(label::schedule_title, lang)) + "\n\n" +
         detail::text_table(d::schedule_header(lang), d::schedule_rows(v, lang)) + "\n" +
         printable(d::schedule_line(v, m)) + "\n";
}

/// The schedule view as a Markdown table, then the count on schedule.
inline std::string schedule_markdown(const rollup_view& v, const report_model& m) {
  namespace d = detail::rollups;
  const language lang = m.options.lang;
  std::string line = d::schedule_line(v, m);
  line.pop_back();
  return "## " + escape_markdown(label_text(label::schedule_title, lang)) + "\n\n" +
         detail::markdown_table(d::schedule_header(lang), d::schedule_rows(v, lang)) + "\n" +
         escape_markdown(line, markdown_context::block_start) + "\n";
}

}  // namespace prosper::report
