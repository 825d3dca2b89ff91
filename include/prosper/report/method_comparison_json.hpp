#pragma once
// The method comparison as JSON, and the comparison in any output format. Apart from
// method_comparison.hpp because it needs nlohmann/json, which the umbrella header and the HTML
// report do not (the same split as assessment_table.hpp's JSON).

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

#include "prosper/report/catalog_table.hpp"
#include "prosper/report/method_comparison.hpp"

namespace prosper::report {

/// The comparison as JSON, as a value to extend or dump:
///
///   {"plan": {…}, "as_of": 2023, "methods": ["statcan", …], "band_step": 0.05,
///    "agreement": {"overall": {"agree", "compared", "rate"},
///                  "pairs": [{"a", "b", "agree", "compared", "rate"}, …]},
///    "sensitivity": {"base_year": {"statcan": rows, …}, "thresholds": {…}},
///    "not_compared": [{"method", "reason"}],
///    "indicators": [{"indicator", "region", "name_zh", "name_en", "no_data", "agree",
///                    "majority", "disagreement",
///                    "verdicts": {"statcan": {"status", "measure", "measure_name",
///                                             "explanation"}, …},
///                    "base_years": [{"year", "value", "origin", "default",
///                                    "verdicts": {"statcan": status, …}}],
///                    "thresholds": {"stricter": {…}, "looser": {…}},
///                    "base_year_sensitive": [methods], "threshold_sensitive": [methods],
///                    "oecd_distance", "oecd_sigma", "oecd_note"}],
///    "data": {"observations", "used", "unused"}}
///
/// Rates are fractions (0.75); an empty value is null.
///
/// Example: `comparison_json_value(cmp)["agreement"]["overall"]["rate"]`.
inline nlohmann::ordered_json comparison_json_value(const method_comparison& c) {
  using json = nlohmann::ordered_json;
  constexpr std::size_t n = compared_method_count;
  const report_model& m = *c.model;
  const auto number = [](const std::optional<double>& v) -> json {
    if (!v || !std::isfinite(*v)) return nullptr;
    return *v;
  };
  const auto count = [&](const agreement_count& a) {
    return json{{"agree", a.agree}, {"compared", a.compared}, {"rate", number(a.rate())}};
  };
  const auto by_method = [&](const std::array<progress_status, n>& s) {
    json o = json::object();
    for (std::size_t k = 0; k < n; ++k)
      o[std::string(to_string(compared_methods[k]))] = to_string(s[k]);
    return o;
  };
  const auto which = [&](const std::array<bool, n>& s) {
    json a = json::array();
    for (std::size_t k = 0; k < n; ++k)
      if (s[k]) a.push_back(to_string(compared_methods[k]));
    return a;
  };
  json out;
  out["plan"] = {{"name_zh", m.plan->name_zh},
                 {"name_en", m.plan->name_en},
                 {"region_zh", m.plan->region_zh},
                 {"base_year", m.plan->base_year},
                 {"target_year", m.plan->target_year}};
  out["as_of"] = m.as_of_year;
  json methods = json::array();
  for (assessment_method x : compared_methods) methods.push_back(to_string(x));
  out["methods"] = std::move(methods);
  out["band_step"] = c.options.band_step;
  json pairs = json::array();
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      json p = count(c.pairs[i][j]);
      p["a"] = to_string(compared_methods[i]);
      p["b"] = to_string(compared_methods[j]);
      pairs.push_back(std::move(p));
    }
  out["agreement"] = {{"overall", count(c.overall)}, {"pairs", std::move(pairs)}};
  json base = json::object(), bands = json::object();
  for (std::size_t k = 0; k < n; ++k) {
    base[std::string(to_string(compared_methods[k]))] = c.base_year_changes[k];
    bands[std::string(to_string(compared_methods[k]))] = c.threshold_changes[k];
  }
  out["sensitivity"] = {{"base_year", std::move(base)}, {"thresholds", std::move(bands)}};
  json skipped = json::array();
  for (const method_not_compared& x : c.not_compared)
    skipped.push_back({{"method", x.name}, {"reason", x.reason}});
  out["not_compared"] = std::move(skipped);
  json items = json::array();
  for (const comparison_row& r : c.rows) {
    const plan::indicator& ind = *r.row->indicator;
    json item;
    item["indicator"] = ind.id;
    item["region"] = r.row->region;
    item["name_zh"] = ind.name_zh;
    item["name_en"] = ind.name_en;
    item["no_data"] = r.row->no_data;
    item["agree"] = r.agree ? json(*r.agree) : json(nullptr);
    item["majority"] = r.majority ? json(to_string(*r.majority)) : json(nullptr);
    item["disagreement"] = r.disagreement;
    json verdicts = json::object();
    for (const method_verdict& v : r.verdicts)
      verdicts[std::string(to_string(v.method))] = {
          {"status", v.no_data ? std::string("no_data") : std::string(to_string(v.status))},
          {"measure", number(v.measure)},
          {"measure_name", v.measure_name},
          {"explanation", v.explanation}};
    item["verdicts"] = std::move(verdicts);
    json years = json::array();
    for (const base_year_verdicts& b : r.base_years)
      years.push_back({{"year", b.year},
                       {"value", b.value},
                       {"origin", to_string(b.origin)},
                       {"default", b.is_default},
                       {"verdicts", by_method(b.status)}});
    item["base_years"] = std::move(years);
    item["thresholds"] = r.thresholds_tried
                             ? json{{"stricter", by_method(r.stricter)},
                                    {"looser", by_method(r.looser)}}
                             : json(nullptr);
    item["base_year_sensitive"] = which(r.base_year_sensitive);
    item["threshold_sensitive"] = which(r.threshold_sensitive);
    item["oecd_distance"] = number(r.oecd_distance);
    item["oecd_sigma"] = number(r.oecd_sigma);
    item["oecd_note"] = r.oecd_note;
    items.push_back(std::move(item));
  }
  out["indicators"] = std::move(items);
  json unused = json::array();
  for (const unused_observation& u : m.data.unused)
    unused.push_back({{"file", u.file},
                      {"line", u.line > 0 ? json(u.line) : json(nullptr)},
                      {"pointer", u.pointer},
                      {"indicator", u.indicator},
                      {"region", u.region},
                      {"year", u.year},
                      {"reason_code", to_string(u.why)},
                      {"reason", unused_text(u, m, language::en)}});
  out["data"] = {{"observations", m.data.observations},
                 {"used", m.data.used},
                 {"unused", std::move(unused)}};
  return out;
}

/// The comparison as JSON text, indented by two spaces and ending in a newline.
///
/// Example: `nlohmann::json::parse(comparison_json(cmp))["methods"][0] == "statcan"`.
inline std::string comparison_json(const method_comparison& c) {
  return detail::json_document(comparison_json_value(c));
}

/// The comparison in any of the four formats.
///
/// Example: `render_comparison(cmp, output_format::csv)`.
inline std::string render_comparison(const method_comparison& c, output_format f) {
  switch (f) {
    case output_format::table: return comparison_text(c);
    case output_format::md: return comparison_markdown(c);
    case output_format::csv: return comparison_csv(c);
    case output_format::json: return comparison_json(c);
  }
  return comparison_text(c);
}

}  // namespace prosper::report
