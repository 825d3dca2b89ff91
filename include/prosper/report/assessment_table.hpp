#pragma once
// The assessments of a report model (report_model.hpp) as a terminal table, Markdown, CSV or
// JSON: what `prosper assess` prints. One line per indicator and region, indicators without data
// included.
//
// CSV and JSON are for machines and carry every number of the row: rates are fractions per year
// (0.0868, not 8.68), values are in the indicator's unit as printed, empty CSV cells and JSON
// nulls stand for "not defined". JSON:
//
//   {"plan": {"name_zh", "name_en", "region_zh", "base_year", "target_year"},
//    "method": "statcan", "as_of": 2021, "summary": {"achieved": 0, …, "no_data": 67, "total": 70},
//    "assessments": [{"indicator", "region", "status", "latest_year", "latest_value",
//                     "required_cagr_from_now", "projected_target_year_value", …}],
//    "data": {"observations": 12, "used": 10, "unused": [{"file", "line", "pointer", "indicator",
//             "region", "year", "reason_code", "reason"}]}}
//
// Every observation given is used or listed in "unused" (issue 14), with why: its region is not
// assessed, no part of this output uses it, it is after the as-of year, or its indicator is not
// selected. The table and Markdown forms list the first 20 after the summary line.
//
// `status` is one of the six progress statuses; a row without any observation has status
// "not_assessable", `no_data` true and `reason_code` "no_data". With three or more observations
// from the base year on, `probability` (of meeting the target in the target year),
// `projected_lower`/`projected_upper` (its 80 % interval) and `status_stable`, `status_worst`,
// `status_best` (the statuses within the 80 % interval of the trend) come from
// math::assess_with_uncertainty; otherwise they are null and `probability_missing` says why.
//
// JSON is built with nlohmann/json, so a program using `assessment_json` links nlohmann_json
// (the CLI and the tests do).

#include <cmath>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/report/catalog_table.hpp"
#include "prosper/report/markup.hpp"
#include "prosper/report/report_model.hpp"

namespace prosper::report {

namespace detail::assessments {

inline nlohmann::ordered_json number(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return nullptr;
  return *v;
}

inline nlohmann::ordered_json year(const std::optional<int>& y) {
  if (!y) return nullptr;
  return *y;
}

// Every digit a double needs to read back exactly: CSV is read by programs.
inline std::string csv_number(const std::optional<double>& v) {
  if (!v || !std::isfinite(*v)) return "";
  return format_number(*v);
}

inline std::string csv_year(const std::optional<int>& y) { return y ? std::to_string(*y) : ""; }

inline bool several_regions(const report_model& m) {
  for (const indicator_row& r : m.rows)
    if (r.region != m.rows.front().region) return true;
  return false;
}

inline std::vector<std::string> table_header(language lang, bool regions) {
  std::vector<std::string> h = {std::string(label_text(label::id, lang))};
  if (regions) h.emplace_back(label_text(label::region, lang));
  for (label l : {label::status, label::latest, label::target, label::required_from_now,
                  label::projected, label::probability, label::indicator})
    h.emplace_back(label_text(l, lang));
  return h;
}

inline std::vector<std::vector<std::string>> table_rows(const report_model& m, bool regions) {
  const language lang = m.options.lang;
  std::vector<std::vector<std::string>> rows;
  rows.reserve(m.rows.size());
  for (const indicator_row& r : m.rows) {
    const plan::indicator& ind = *r.indicator;
    std::vector<std::string> row = {ind.id};
    if (regions) row.push_back(region_text(*m.plan, r.region, lang));
    std::string status(status_text(status_bucket(r), lang));
    if (r.status_stable && !*r.status_stable) status += " (" + stability_text(r, lang) + ")";
    row.push_back(status);
    std::string latest = exact_text(r.latest_value);
    if (r.latest_year) latest += " (" + std::to_string(*r.latest_year) + ")";
    row.push_back(latest);
    row.push_back(r.target ? std::to_string(r.target->year) + ": " +
                                 milestone_text(*r.target, ind.unit, ind.dir, lang)
                           : std::string(empty_text));
    row.push_back(rate_text(r.required_rate_from_now));
    row.push_back(value_text(r.projected_value));
    row.push_back(probability_text(r.probability));
    row.push_back(name_text(ind, lang));
    rows.push_back(std::move(row));
  }
  return rows;
}

inline std::string summary_line(const report_model& m) {
  const language lang = m.options.lang;
  std::string out = std::string(label_text(label::method, lang)) + ": " +
                    std::string(to_string(m.options.method)) + " · " +
                    std::string(label_text(label::as_of, lang)) + ": " +
                    std::to_string(m.as_of_year) + " · ";
  for (std::size_t b = 0; b < status_bucket_count; ++b)
    out += (b ? ", " : "") + std::string(status_text(b, lang)) + " " +
           std::to_string(m.totals.counts[b]);
  out += " · " + std::string(label_text(label::observations, lang)) + " " +
         std::to_string(m.data.observations) + ", " + std::string(label_text(label::used, lang)) +
         " " + std::to_string(m.data.used);
  if (!m.data.unused.empty())
    out += ", " + std::string(label_text(label::unused, lang)) + " " +
           std::to_string(m.data.unused.size());
  return out + "\n";
}

// The unused observations after the summary line, one per line (at most max_listed_unused).
inline std::vector<std::string> unused_list(const report_model& m) {
  std::vector<std::string> out = unused_lines(m, m.options.lang);
  if (m.data.unused.size() > max_listed_unused)
    out.push_back("… " + std::to_string(m.data.unused.size() - max_listed_unused) + " " +
                  std::string(label_text(label::more, m.options.lang)));
  return out;
}

}  // namespace detail::assessments

/// The CSV header row of `assessment_csv`, exactly.
inline constexpr std::string_view assessment_csv_header =
    "indicator,region,name_zh,name_en,category_zh,unit,direction,target_year,target_kind,"
    "target_value,target_text,baseline_year,baseline_value,baseline_source,latest_year,"
    "latest_value,observed_cagr,required_cagr,required_cagr_plan,required_cagr_from_now,"
    "required_change_per_year_from_now,projected_target_year_value,projection_basis,probability,"
    "projected_lower,projected_upper,status_stable,status_worst,status_best,"
    "gap,status,no_data,reason_code,reason,method,as_of";

/// The assessments as JSON (layout in the file comment), as a value to extend or dump.
///
/// Example: `assessment_json_value(model)["assessments"][1]["latest_value"] == 42042`.
inline nlohmann::ordered_json assessment_json_value(const report_model& m) {
  namespace d = detail::assessments;
  using json = nlohmann::ordered_json;
  json out;
  out["plan"] = {{"name_zh", m.plan->name_zh},
                 {"name_en", m.plan->name_en},
                 {"region_zh", m.plan->region_zh},
                 {"base_year", m.plan->base_year},
                 {"target_year", m.plan->target_year}};
  out["method"] = to_string(m.options.method);
  out["as_of"] = m.as_of_year;
  json summary = json::object();
  for (std::size_t b = 0; b < status_bucket_count; ++b)
    summary[std::string(status_key(b))] = m.totals.counts[b];
  summary["total"] = m.totals.total;
  out["summary"] = std::move(summary);
  json items = json::array();
  for (const indicator_row& r : m.rows) {
    const plan::indicator& ind = *r.indicator;
    json item;
    item["indicator"] = ind.id;
    item["region"] = r.region;
    item["name_zh"] = ind.name_zh;
    item["name_en"] = ind.name_en;
    item["category_zh"] = ind.category_zh;
    item["unit"] = std::string(ind.unit.label(language::zh));
    item["direction"] = to_string(ind.dir);
    item["target_year"] = r.target_year;
    item["target_kind"] = r.target ? to_string(r.target->kind) : "not_set";
    item["target_value"] = d::number(r.aim);
    item["target_text"] = r.target ? r.target->printed : "";
    item["status"] = to_string(r.status);
    item["no_data"] = r.no_data;
    item["reason_code"] = to_string(r.why);
    item["reason"] = r.why == not_assessable_reason::none ? "" : reason_text(r, language::en);
    item["basis"] = r.basis;
    item["baseline_year"] = d::year(r.baseline_year);
    item["baseline_value"] = d::number(r.baseline_value);
    item["baseline_source"] = to_string(r.baseline);
    item["latest_year"] = d::year(r.latest_year);
    item["latest_value"] = d::number(r.latest_value);
    item["latest_source"] = r.latest_source;
    item["observed_cagr"] = d::number(r.observed_rate);
    item["required_cagr"] = d::number(r.required_rate);
    item["required_cagr_plan"] = d::number(r.required.cagr);
    item["required_annual_change_plan"] = d::number(r.required.annual_change);
    item["required_cagr_from_now"] = d::number(r.required_rate_from_now);
    item["required_change_per_year_from_now"] = d::number(r.required_step_from_now);
    item["projected_target_year_value"] = d::number(r.projected_value);
    item["projection_basis"] = r.projection == projection_basis::assessment       ? "assessment"
                               : r.projection == projection_basis::observed_trend ? "observed_trend"
                                                                                  : "none";
    item["probability"] = d::number(r.probability);
    item["probability_missing"] = to_string(r.probability_missing);
    item["projected_lower"] = d::number(r.projected_lower);
    item["projected_upper"] = d::number(r.projected_upper);
    item["status_stable"] = r.status_stable ? nlohmann::ordered_json(*r.status_stable) : nullptr;
    item["status_worst"] =
        r.status_worst ? nlohmann::ordered_json(std::string(to_string(*r.status_worst))) : nullptr;
    item["status_best"] =
        r.status_best ? nlohmann::ordered_json(std::string(to_string(*r.status_best))) : nullptr;
    item["gap"] = d::number(r.gap);
    item["gap_share"] = d::number(r.gap_share);
    item["ratio"] = d::number(r.ratio);
    item["warnings"] = r.warnings;
    items.push_back(std::move(item));
  }
  out["assessments"] = std::move(items);
  json unused = json::array();
  for (const unused_observation& u : m.data.unused) {
    json item;
    item["file"] = u.file;
    item["line"] = u.line > 0 ? json(u.line) : json(nullptr);
    item["pointer"] = u.pointer;
    item["indicator"] = u.indicator;
    item["region"] = u.region;
    item["year"] = u.year;
    item["reason_code"] = to_string(u.why);
    item["reason"] = unused_text(u, m, language::en);
    unused.push_back(std::move(item));
  }
  out["data"] = {{"observations", m.data.observations},
                 {"used", m.data.used},
                 {"unused", std::move(unused)}};
  return out;
}

/// The assessments as JSON text, indented by two spaces and ending in a newline. DEL and the C1
/// controls in data (a region or source read from a CSV) are escaped as "\u009b", as the other
/// JSON outputs escape them (`detail::json_controls_escaped`), so that the text is safe to print.
///
/// Example: `nlohmann::json::parse(assessment_json(model))["method"] == "statcan"`.
inline std::string assessment_json(const report_model& m) {
  return detail::json_document(assessment_json_value(m));
}

/// The assessments as CSV: the header `assessment_csv_header`, RFC 4180 quoting, "\n" line ends.
/// A text cell beginning with =, +, -, @, a tab or a carriage return starts with an apostrophe
/// (`csv_text`), so that a spreadsheet never runs it as a formula; numbers are never prefixed.
///
/// Example: the line for Lishui row 2 with the published data starts
/// `2,丽水市,居民人均可支配收入,…`.
inline std::string assessment_csv(const report_model& m) {
  namespace d = detail::assessments;
  std::string out(assessment_csv_header);
  out += "\n";
  const std::string method(to_string(m.options.method));
  const std::string as_of = std::to_string(m.as_of_year);
  for (const indicator_row& r : m.rows) {
    const plan::indicator& ind = *r.indicator;
    const std::vector<std::string> cells = {
        ind.id,
        r.region,
        ind.name_zh,
        ind.name_en,
        ind.category_zh,
        std::string(ind.unit.label(language::zh)),
        std::string(to_string(ind.dir)),
        std::to_string(r.target_year),
        r.target ? std::string(to_string(r.target->kind)) : "not_set",
        d::csv_number(r.aim),
        r.target ? r.target->printed : "",
        d::csv_year(r.baseline_year),
        d::csv_number(r.baseline_value),
        std::string(to_string(r.baseline)),
        d::csv_year(r.latest_year),
        d::csv_number(r.latest_value),
        d::csv_number(r.observed_rate),
        d::csv_number(r.required_rate),
        d::csv_number(r.required.cagr),
        d::csv_number(r.required_rate_from_now),
        d::csv_number(r.required_step_from_now),
        d::csv_number(r.projected_value),
        r.projection == projection_basis::assessment       ? "assessment"
        : r.projection == projection_basis::observed_trend ? "observed_trend"
                                                           : "none",
        d::csv_number(r.probability),
        d::csv_number(r.projected_lower),
        d::csv_number(r.projected_upper),
        r.status_stable ? (*r.status_stable ? "true" : "false") : "",
        r.status_worst ? std::string(to_string(*r.status_worst)) : "",
        r.status_best ? std::string(to_string(*r.status_best)) : "",
        d::csv_number(r.gap),
        std::string(to_string(r.status)),
        r.no_data ? "true" : "false",
        std::string(to_string(r.why)),
        r.why == not_assessable_reason::none ? "" : reason_text(r, language::en),
        method,
        as_of};
    // Text cells (ids, names, region, printed target, reason) through csv_text, which
    // neutralises a formula-like start; numbers, years and ASCII tokens through csv_field.
    constexpr bool text[] = {true,  true,  true,  true,  true,  true,  false, false,
                             false, false, true,  false, false, false, false, false,
                             false, false, false, false, false, false, false, false,
                             false, false, false, false, false, false, false, false,
                             false, true,  false, false};
    static_assert(sizeof text == 36);
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c) out += ',';
      out += text[c] ? csv_text(cells[c]) : csv_field(cells[c]);
    }
    out += "\n";
  }
  return out;
}

/// The assessments as an aligned terminal table in the model's language, then a summary line.
///
/// Example: `std::cout << assessment_text(model);`
inline std::string assessment_text(const report_model& m) {
  namespace d = detail::assessments;
  const bool regions = d::several_regions(m);
  std::string out =
      detail::text_table(d::table_header(m.options.lang, regions), d::table_rows(m, regions)) +
      "\n" + d::summary_line(m);
  const std::vector<std::string> unused = d::unused_list(m);
  if (!unused.empty()) {
    out += std::string(label_text(label::unused, m.options.lang)) + ":\n";
    for (const std::string& line : unused) out += "  " + printable(line) + "\n";
  }
  return out;
}

/// The assessments as a Markdown table in the model's language, then a summary line.
///
/// Example: `assessment_markdown(model)` starts with "| 编号 | 状态 |" for a Chinese model.
inline std::string assessment_markdown(const report_model& m) {
  namespace d = detail::assessments;
  const bool regions = d::several_regions(m);
  std::string out = detail::markdown_table(d::table_header(m.options.lang, regions),
                                           d::table_rows(m, regions)) +
                    "\n" + d::summary_line(m);
  const std::vector<std::string> unused = d::unused_list(m);
  if (!unused.empty()) {
    out += "\n" + std::string(label_text(label::unused, m.options.lang)) + ":\n\n";
    for (const std::string& line : unused)
      out += "- " + escape_markdown(line, markdown_context::block_start) + "\n";
  }
  return out;
}

/// The assessments in any of the four formats.
///
/// Example: `render_assessments(model, output_format::json)`.
inline std::string render_assessments(const report_model& m, output_format f) {
  switch (f) {
    case output_format::table:
      return assessment_text(m);
    case output_format::md:
      return assessment_markdown(m);
    case output_format::csv:
      return assessment_csv(m);
    case output_format::json:
      return assessment_json(m);
  }
  return assessment_text(m);
}

}  // namespace prosper::report
