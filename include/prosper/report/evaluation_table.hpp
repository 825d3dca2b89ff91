#pragma once
// The evaluation of a report model (evaluation_view.hpp) as CSV or JSON, for
// `prosper assess --view evaluation --format csv|json` (the table and Markdown forms are in
// evaluation_view.hpp, which the reports use too).
//
// JSON: {"plan": {...}, "method", "as_of", "stage": "final" | "mid_term", "target_year",
//        "categories": [{"category_zh", "category_en", "total", "achieved", "not_achieved",
//                        "on_schedule", "lagging", "not_evaluable", "mean_degree"}],
//        "overall": {… the same without the names},
//        "indicators": [{"indicator", "name_zh", "name_en", "category_zh", "verdict",
//                        "reason_code", "year", "value", "benchmark", "shortfall", "degree",
//                        "probability", "mean_rate", "target_kind", "target_year"}]}
// In a final evaluation "on_schedule" and "lagging" are 0; in a mid-term one "not_achieved" is.
// CSV has the indicators' columns, flattened; numbers at full precision.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "prosper/report/evaluation_view.hpp"
#include "prosper/report/rollup_table.hpp"

namespace prosper::report {

namespace detail::evaluation {

inline nlohmann::ordered_json group_json(const math::rollup_group& g, math::evaluation_stage stage) {
  using V = math::evaluation_verdict;
  const bool final_stage = stage == math::evaluation_stage::final;
  nlohmann::ordered_json out;
  out["total"] = g.total;
  out["achieved"] = count(g, V::achieved);
  out["not_achieved"] = final_stage ? count(g, V::not_achieved) : 0;
  out["on_schedule"] = final_stage ? 0 : count(g, V::on_schedule);
  out["lagging"] = final_stage ? 0 : count(g, V::lagging);
  out["not_evaluable"] = count(g, V::not_evaluable);
  out["mean_degree"] = detail::rollups::number(g.mean_degree);
  return out;
}

}  // namespace detail::evaluation

/// The CSV header of `evaluation_csv`, exactly.
inline constexpr std::string_view evaluation_csv_header =
    "indicator,name_zh,name_en,category_zh,stage,verdict,reason_code,year,value,benchmark,"
    "shortfall,degree,probability,mean_rate,target_kind,target_year,as_of";

/// The evaluation as JSON (layout in the file comment).
///
/// Example: `evaluation_json_value(view, model)["stage"] == "final"` as of the target year.
inline nlohmann::ordered_json evaluation_json_value(const evaluation_view& v, const report_model& m) {
  namespace d = detail::evaluation;
  namespace r = detail::rollups;
  nlohmann::ordered_json out = r::head_json(m);
  out["stage"] = math::to_string(v.stage);
  out["target_year"] = v.target_year;
  nlohmann::ordered_json cats = nlohmann::ordered_json::array();
  for (std::size_t k = 0; k < v.result.categories.size(); ++k) {
    nlohmann::ordered_json c;
    c["category_zh"] = v.result.categories[k].category;
    c["category_en"] = v.category_en[k];
    const nlohmann::ordered_json g = d::group_json(v.result.categories[k], v.stage);
    for (auto it = g.begin(); it != g.end(); ++it) c[it.key()] = *it;
    cats.push_back(std::move(c));
  }
  out["categories"] = std::move(cats);
  out["overall"] = d::group_json(v.result.overall, v.stage);
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const evaluation_row& e : v.rows) {
    const plan::indicator& ind = *e.row->indicator;
    nlohmann::ordered_json it;
    it["indicator"] = ind.id;
    it["name_zh"] = ind.name_zh;
    it["name_en"] = ind.name_en;
    it["category_zh"] = ind.category_zh;
    it["verdict"] = math::to_string(e.verdict);
    it["reason_code"] = to_string(e.why);
    it["year"] = e.year ? nlohmann::ordered_json(*e.year) : nlohmann::ordered_json(nullptr);
    it["value"] = r::number(e.value);
    it["benchmark"] = r::number(e.benchmark);
    it["shortfall"] = r::number(e.shortfall);
    it["degree"] = r::number(e.degree);
    it["probability"] = r::number(e.probability);
    it["mean_rate"] = e.mean_rate;
    it["target_kind"] = e.row->target ? nlohmann::ordered_json(to_string(e.row->target->kind))
                                      : nlohmann::ordered_json(nullptr);
    it["target_year"] = e.row->target_year;
    items.push_back(std::move(it));
  }
  out["indicators"] = std::move(items);
  return out;
}

/// The evaluation as CSV: `evaluation_csv_header`, one line per indicator. Text cells through
/// `csv_text`, so a name cannot start a spreadsheet formula.
inline std::string evaluation_csv(const evaluation_view& v, const report_model& m) {
  namespace r = detail::rollups;
  std::string out(evaluation_csv_header);
  out += "\n";
  for (const evaluation_row& e : v.rows) {
    const plan::indicator& ind = *e.row->indicator;
    out += csv_text(ind.id) + "," + csv_text(ind.name_zh) + "," + csv_text(ind.name_en) + "," +
           csv_text(ind.category_zh) + "," + std::string(math::to_string(v.stage)) + "," +
           std::string(math::to_string(e.verdict)) + "," + std::string(to_string(e.why)) + "," +
           (e.year ? std::to_string(*e.year) : "") + "," + r::csv_num(e.value) + "," +
           r::csv_num(e.benchmark) + "," + r::csv_num(e.shortfall) + "," + r::csv_num(e.degree) +
           "," + r::csv_num(e.probability) + "," + (e.mean_rate ? "true" : "false") + "," +
           (e.row->target ? std::string(to_string(e.row->target->kind)) : "") + "," +
           std::to_string(e.row->target_year) + "," + std::to_string(m.as_of_year) + "\n";
  }
  return out;
}

}  // namespace prosper::report
