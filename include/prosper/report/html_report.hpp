#pragma once
// The assessment report as one self-contained HTML file: inline CSS, inline SVG charts
// (svg_chart.hpp), no script and no network fetch, so it opens the same from a mail attachment,
// a file share or a browser without internet.
//
// Sections, each optional through `report_sections`: the summary by category (counts per status
// and a stacked bar), every indicator with its target, required growth, latest value and
// colour-coded status (with the reason when it cannot be assessed), an SVG chart per numeric
// indicator (the plan's milestone path, the observations and the projection), the
// ratio-constraint panel, every assessment method side by side (method_comparison.hpp, when
// the report has observations), the consistency audit and the data sources.
//
// Every label comes from `label_text` in the model's language; every string from the plan or
// the data is escaped; every number goes through the model's text helpers, which print "—" for
// an empty value, so "NaN" and "inf" cannot appear.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/error.hpp"
#include "prosper/format.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/report/markup.hpp"
#include "prosper/report/method_comparison.hpp"
#include "prosper/report/report_model.hpp"
#include "prosper/report/evaluation_view.hpp"
#include "prosper/report/rollup_view.hpp"
#include "prosper/report/svg_chart.hpp"

namespace prosper::report {

namespace detail::html {

inline constexpr const char* css =
    "body{font:13px/1.45 -apple-system,'Segoe UI','PingFang SC','Noto Sans CJK SC','WenQuanYi "
    "Micro Hei',"
    "'Microsoft YaHei',sans-serif;color:#1f2328;margin:24px auto;max-width:1240px;padding:0 16px}"
    "h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:2px solid "
    "#d0d7de;padding-bottom:4px}h3{font-size:14px;margin:16px 0 6px}"
    ".meta{color:#57606a;margin:2px 0}.warn{background:#fff8c5;border:1px solid #d4a72c;padding:"
    "8px 12px;margin:10px 0;border-radius:4px;font-weight:600}.note{color:#57606a;font-size:12px}"
    "table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border:1px solid "
    "#d0d7de;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f6f8fa;font-weight:"
    "600}td.n{text-align:right;white-space:nowrap}tr.cat td{background:#eef2f6;font-weight:600}"
    ".b{display:inline-block;padding:1px 6px;border-radius:10px;font-size:12px;white-space:nowrap;"
    "color:#fff}.achieved{background:#1a7f37}.on_track{background:#4c9f50}.moderate_progress{"
    "background:#d4a72c;color:#1f2328}.insufficient_progress{background:#e16f24}.moving_away{"
    "background:#cf222e}.not_assessable{background:#6e7781}.no_data{background:#d0d7de;color:"
    "#1f2328}.holds{background:#1a7f37}.violated{background:#cf222e}.not_evaluable{background:"
    "#6e7781}.within{background:#1a7f37}.outside{background:#cf222e}"
    ".why{display:block;color:#57606a;font-size:11px;margin-top:2px}.src{color:#57606a;font-size:"
    "11px}.bar{display:flex;height:12px;min-width:160px;border-radius:3px;overflow:hidden}"
    ".bar span{display:block;height:100%}.charts{display:grid;grid-template-columns:repeat("
    "auto-fill,minmax(290px,1fr));gap:10px}.card{border:1px solid #d0d7de;border-radius:4px;"
    "padding:6px 8px}.card h3{margin:0 0 4px;font-size:12px}.card .chart{max-width:100%}"
    ".kv td:first-child{width:40%;color:#57606a}footer{margin-top:28px;color:#57606a;font-size:"
    "11px}";

inline std::string text(label l, language lang) { return std::string(label_text(l, lang)); }

inline std::string badge(std::string_view cls, std::string_view content) {
  return "<span class=\"b " + std::string(cls) + "\">" + escape_html(content) + "</span>";
}

inline std::string status_badge(std::size_t bucket, language lang) {
  return badge(status_key(bucket), status_text(bucket, lang));
}

inline std::string cell(const std::string& content, bool number = false) {
  return number ? "<td class=\"n\">" + content + "</td>" : "<td>" + content + "</td>";
}

inline std::string head_row(const std::vector<std::string>& cells) {
  std::string out = "<tr>";
  for (const auto& c : cells) out += "<th>" + escape_html(c) + "</th>";
  return out + "</tr>";
}

inline std::string dated(const std::optional<double>& v, const std::optional<int>& year,
                         bool exact) {
  if (!v) return std::string(empty_text);
  std::string s = exact ? exact_text(v) : value_text(v);
  if (year) s += " <span class=\"src\">(" + std::to_string(*year) + ")</span>";
  return s;
}

inline std::string header(const report_model& m) {
  const language lang = m.options.lang;
  const plan::plan& p = *m.plan;
  std::string out = "<header><h1>" + escape_html(title_text(m)) + "</h1>";
  out += "<p class=\"meta\">" + escape_html(text(label::report_title, lang)) + " · " +
         escape_html(text(label::region, lang)) + ": " +
         escape_html(region_text(p, p.region_zh, lang)) + " · " +
         escape_html(text(label::method, lang)) + ": " +
         escape_html(method_text(m.options.method, lang)) + " · " +
         escape_html(text(label::as_of, lang)) + ": " + std::to_string(m.as_of_year) + " · " +
         escape_html(text(label::observations, lang)) + ": " + std::to_string(m.data.observations) +
         "</p>";
  if (m.data.synthetic)
    out += "<p class=\"warn\">" + escape_html(text(label::synthetic_warning, lang)) + "</p>";
  out += "<p class=\"note\">" + escape_html(text(label::baseline_note, lang)) + " " +
         escape_html(text(label::method_note, lang)) + "</p></header>";
  return out;
}

// A status bucket's colour (`status_colour`) as CSS "#rrggbb".
inline std::string css_colour(std::size_t bucket) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out = "#";
  const std::uint32_t c = status_colour(bucket);
  for (int shift = 20; shift >= 0; shift -= 4) out += digits[(c >> shift) & 0xfu];
  return out;
}

inline std::string stacked_bar(const status_counts& c) {
  std::string out = "<div class=\"bar\">";
  for (std::size_t b = 0; b < status_bucket_count; ++b) {
    if (c.counts[b] == 0 || c.total == 0) continue;
    const double pct = 100.0 * static_cast<double>(c.counts[b]) / static_cast<double>(c.total);
    out +=
        "<span style=\"width:" + format_fixed(pct, 2) + "%;background:" + css_colour(b) + "\"></span>";
  }
  return out + "</div>";
}

inline std::string summary(const report_model& m) {
  const language lang = m.options.lang;
  std::string out = "<section id=\"summary\"><h2>" + escape_html(text(label::sec_summary, lang)) +
                    "</h2><table><tr><th>" + escape_html(text(label::category, lang)) + "</th>";
  for (std::size_t b = 0; b < status_bucket_count; ++b)
    out += "<th>" + status_badge(b, lang) + "</th>";
  out += "<th>" + escape_html(text(label::total, lang)) + "</th><th></th></tr>";
  const auto line = [&](const std::string& name, const status_counts& c, bool bold) {
    std::string row = bold ? "<tr class=\"cat\">" : "<tr>";
    row += "<td>" + escape_html(name) + "</td>";
    for (std::size_t b = 0; b < status_bucket_count; ++b)
      row += cell(c.counts[b] ? std::to_string(c.counts[b]) : "", true);
    row += cell(std::to_string(c.total), true) + "<td>" + stacked_bar(c) + "</td></tr>";
    return row;
  };
  const category_listing listing = listed_categories(m);
  for (const category_summary* c : listing.shown)
    out += line(category_text(*c, lang), c->counts, false);
  if (listing.others > 0)
    out += line(text(label::other_categories, lang) + " (" + std::to_string(listing.others) + ")",
                listing.other_counts, false);
  out += line(text(label::total, lang), m.totals, true);
  out += "</table><p class=\"note\">" + escape_html(text(label::all_indicators_listed, lang)) +
         "</p></section>";
  return out;
}

inline std::string target_cell(const indicator_row& r, language lang) {
  if (!r.target) return std::string(empty_text);
  const plan::indicator& ind = *r.indicator;
  return std::to_string(r.target->year) + ": " +
         escape_html(milestone_text(*r.target, ind.unit, ind.dir, lang));
}

inline std::string baseline_cell(const indicator_row& r, language lang) {
  if (!r.baseline_value) return escape_html(baseline_text(r.baseline, lang));
  return dated(r.baseline_value, r.baseline_year, true) + "<span class=\"why\">" +
         escape_html(baseline_text(r.baseline, lang)) + "</span>";
}

inline std::string status_cell(const indicator_row& r, language lang) {
  std::string out = status_badge(status_bucket(r), lang);
  // "No data" says it all; repeating "no observations" under it only adds noise.
  const std::string why = r.no_data ? std::string() : reason_text(r, lang);
  if (!why.empty()) out += "<span class=\"why\">" + escape_html(why) + "</span>";
  const std::string stability = stability_text(r, lang);
  if (!stability.empty()) out += "<span class=\"why\">" + escape_html(stability) + "</span>";
  return out;
}

// One compact row: id, name, latest, target, required from now, status (report_limits).
inline std::string compact_row(const report_model& m, const indicator_row& r, bool regions) {
  const language lang = m.options.lang;
  const plan::indicator& ind = *r.indicator;
  std::string out = "<tr>" + cell(escape_html(ind.id)) + cell(escape_html(name_text(ind, lang)));
  if (regions) out += cell(escape_html(display_text(m, region_text(*m.plan, r.region, lang))));
  out += cell(dated(r.latest_value, r.latest_year, true), true) + cell(target_cell(r, lang)) +
         cell(escape_html(rate_text(r.required_rate_from_now)), true) +
         cell(status_badge(status_bucket(r), lang)) + "</tr>";
  return out;
}

// Past report_limits::regions: per indicator, the regions' latest values and statuses.
inline std::string region_summaries(const report_model& m) {
  if (m.region_summaries.empty()) return "";
  const language lang = m.options.lang;
  std::string out = "<h3>" + escape_html(text(label::regions_distribution, lang)) + "</h3><table>" +
                    head_row({text(label::id, lang), text(label::indicator, lang),
                              text(label::regions, lang), text(label::lowest, lang),
                              text(label::quartiles, lang), text(label::highest, lang),
                              text(label::status, lang)});
  for (const indicator_regions& s : m.region_summaries) {
    const region_distribution& d = s.latest;
    const plan::indicator& ind = *s.indicator;
    out += "<tr>" + cell(escape_html(ind.id)) + cell(escape_html(name_text(ind, lang))) +
           cell(std::to_string(s.statuses.total), true);
    if (d.count == 0) {
      out += cell(std::string(empty_text)) + cell(std::string(empty_text)) +
             cell(std::string(empty_text));
    } else {
      out += cell(exact_text(d.min) + " <span class=\"src\">" +
                  escape_html(display_text(m, d.lowest)) + "</span>", true) +
             cell(value_text(d.q1) + " · " + value_text(d.median) + " · " + value_text(d.q3), true) +
             cell(exact_text(d.max) + " <span class=\"src\">" +
                  escape_html(display_text(m, d.highest)) + "</span>", true);
    }
    out += "<td>" + stacked_bar(s.statuses) + "</td></tr>";
  }
  return out + "</table>";
}

inline std::string indicators(const report_model& m) {
  const language lang = m.options.lang;
  const plan::plan& p = *m.plan;
  const std::vector<const indicator_row*> rows = listed_rows(m);
  bool several_regions = false;
  for (const indicator_row* r : rows) several_regions = several_regions || r->region != rows.front()->region;
  const bool compact = compact_table(m);
  std::vector<std::string> head = {text(label::id, lang), text(label::indicator, lang)};
  if (several_regions) head.push_back(text(label::region, lang));
  if (compact)
    for (label l : {label::latest, label::target, label::required_from_now, label::status})
      head.push_back(text(l, lang));
  else
    for (label l : {label::target, label::required_growth, label::baseline, label::latest,
                    label::observed_rate, label::required_from_now, label::projected,
                    label::probability, label::gap, label::status})
      head.push_back(text(l, lang));
  std::string out = "<section id=\"indicators\"><h2>" +
                    escape_html(text(label::sec_indicators, lang)) + "</h2>";
  if (!m.region_summaries.empty())
    out += "<p class=\"note\">" + escape_html(text(label::regions_listed_note, lang)) + "</p>";
  if (compact) out += "<p class=\"note\">" + escape_html(text(label::compact_note, lang)) + "</p>";
  out += "<table>" + head_row(head);
  // About 150 bytes a compact row, 700 a full one: reserved once.
  out.reserve(out.size() + rows.size() * (compact ? 160 : 720));
  const std::string* category = nullptr;
  for (const indicator_row* row : rows) {
    const indicator_row& r = *row;
    const plan::indicator& ind = *r.indicator;
    if (!category || *category != ind.category_zh) {
      category = &ind.category_zh;
      const std::string& cat =
          lang == language::en && !ind.category_en.empty() ? ind.category_en : ind.category_zh;
      out += "<tr class=\"cat\"><td colspan=\"" + std::to_string(head.size()) + "\">" +
             escape_html(cat) + "</td></tr>";
    }
    if (compact) {
      out += compact_row(m, r, several_regions);
      continue;
    }
    const std::string unit = unit_text(ind.unit, lang);
    out += "<tr id=\"row-" + escape_html(ind.id) + "\">";
    out += cell(escape_html(ind.id));
    out += cell(escape_html(name_text(ind, lang)) +
                (unit.empty() ? "" : " <span class=\"src\">(" + escape_html(unit) + ")</span>"));
    if (several_regions) out += cell(escape_html(display_text(m, region_text(p, r.region, lang))));
    out += cell(target_cell(r, lang));
    out += cell(escape_html(required_text(r.required, lang)), true);
    out += cell(baseline_cell(r, lang), true);
    std::string latest = dated(r.latest_value, r.latest_year, true);
    if (!r.latest_source.empty()) {
      // Wrapped in place: rebuilding it with `+` would allocate a temporary per `+` on every row.
      latest.insert(0, "<span title=\"" + escape_html(display_text(m, r.latest_source)) + "\">");
      latest += "</span>";
    }
    out += cell(latest, true);
    out += cell(escape_html(rate_text(r.observed_rate)), true);
    out += cell(escape_html(rate_text(r.required_rate_from_now)), true);
    std::string projected = escape_html(value_text(r.projected_value));
    if (r.projection == projection_basis::observed_trend)
      projected +=
          "<span class=\"why\">" + escape_html(text(label::projection_trend, lang)) + "</span>";
    if (r.projected_lower && r.projected_upper)
      projected += "<span class=\"why\">" + escape_html(value_text(r.projected_lower)) + " – " +
                   escape_html(value_text(r.projected_upper)) + "</span>";
    out += cell(projected, true);
    out += cell(escape_html(probability_text(r.probability)), true);
    out += cell(escape_html(value_text(r.gap)), true);
    out += cell(status_cell(r, lang));
    out += "</tr>";
  }
  out += "</table>" + region_summaries(m) + "</section>";
  return out;
}

/// The chart of one row, or "" for an indicator without numbers.
inline std::string chart(const report_model& m, const indicator_row& r) {
  const language lang = m.options.lang;
  const plan::indicator& ind = *r.indicator;
  if (!is_numeric_indicator(ind)) return "";
  chart_spec spec;
  spec.title = ind.id + " " + name_text(ind, lang);
  if (r.region != m.plan->region_zh) spec.title += " · " + r.region;
  spec.unit = unit_text(ind.unit, lang);
  spec.plan_label = text(label::chart_plan, lang);
  spec.observed_label = text(label::chart_observed, lang);
  spec.projection_label = text(label::chart_projection, lang);
  for (const math::milestone& ms : ind.milestones)
    if (is_numeric(ms.kind) && ms.value && std::isfinite(*ms.value))
      spec.plan_path.push_back({static_cast<double>(ms.year), *ms.value});
  for (const math::observation& o : r.series)
    spec.observed.push_back({static_cast<double>(o.year), o.value});
  if (r.projected_value && r.latest_year && r.latest_value && *r.latest_year < r.target_year) {
    spec.projection.push_back({static_cast<double>(*r.latest_year), *r.latest_value});
    spec.projection.push_back({static_cast<double>(r.target_year), *r.projected_value});
    // The fan: from the latest value (certain) to the 80 % interval of the target year's.
    if (r.projected_lower && r.projected_upper) {
      spec.band_lower = {{static_cast<double>(*r.latest_year), *r.latest_value},
                         {static_cast<double>(r.target_year), *r.projected_lower}};
      spec.band_upper = {{static_cast<double>(*r.latest_year), *r.latest_value},
                         {static_cast<double>(r.target_year), *r.projected_upper}};
    }
  }
  std::string out = "<div class=\"card\"><h3>" + escape_html(ind.id) + " " +
                    escape_html(name_text(ind, lang)) + " " + status_badge(status_bucket(r), lang) +
                    "</h3>";
  out += render_svg_chart(spec);
  return out + "</div>";
}

inline std::string charts(const report_model& m) {
  const std::vector<const indicator_row*> rows = listed_rows(m);
  const std::string head =
      "<section id=\"charts\"><h2>" + escape_html(text(label::sec_charts, m.options.lang)) + "</h2>";
  if (!draw_charts(m))
    return head + "<p class=\"note\">" + escape_html(text(label::charts_omitted, m.options.lang)) +
           std::to_string(m.options.limits.charts) + ", " + std::to_string(rows.size()) +
           "</p></section>";
  std::string body;
  for (const indicator_row* r : rows) body += chart(m, *r);
  return head + "<div class=\"charts\">" + body + "</div></section>";
}

inline std::string bound_badge(const std::optional<bool>& within, language lang) {
  if (!within) return std::string(empty_text);
  return *within ? badge("within", text(label::within_bound, lang))
                 : badge("outside", text(label::above_bound, lang));
}

inline std::string kv(label l, const std::string& value_html, language lang) {
  return "<tr><td>" + escape_html(text(l, lang)) + "</td><td>" + value_html + "</td></tr>";
}

inline std::string ratios(const report_model& m) {
  const language lang = m.options.lang;
  const plan::plan& p = *m.plan;
  std::string out =
      "<section id=\"ratios\"><h2>" + escape_html(text(label::sec_ratios, lang)) + "</h2>";
  for (const urban_rural_panel& u : m.ratios.urban_rural) {
    const plan::indicator& ind = *u.ratio_indicator;
    out += "<h3>" + escape_html(ind.id) + " " + escape_html(name_text(ind, lang)) + "</h3>";
    out += "<table class=\"kv\">";
    out += kv(label::plan_bound, escape_html(milestones_text(ind, lang)), lang);
    if (u.implied_base || u.implied_target)
      out += kv(label::implied_by_plan,
                std::to_string(u.base_year) + ": " + value_text(u.implied_base) + " → " +
                    std::to_string(u.target_year) + ": " + value_text(u.implied_target),
                lang);
    out += kv(label::required_ratio_change,
              escape_html(rate_text(u.required_ratio_change) + text(label::per_year, lang)), lang);
    out += kv(label::rural_faster_by,
              escape_html(rate_text(u.rural_faster_by) + text(label::per_year, lang)), lang);
    out += "</table>";
    if (u.observed.empty()) {
      out += "<p class=\"note\">" + escape_html(text(label::no_observed_ratio, lang)) + "</p>";
    } else {
      if (!u.by_year.empty())
        out += "<p class=\"note\">" + escape_html(text(label::regions_listed_note, lang)) + "</p>";
      const bool own_points =
          u.by_year.empty() ||
          std::any_of(u.observed.begin(), u.observed.end(),
                      [&](const urban_rural_point& pt) { return pt.region == p.region_zh; });
      if (own_points)
        out += "<table>" + head_row({text(label::region, lang), text(label::year, lang),
                                     text(label::ratio, lang), text(label::basis, lang),
                                     text(label::status, lang)});
      for (const urban_rural_point& pt : u.observed)
        if (u.by_year.empty() || pt.region == p.region_zh)
          out += "<tr>" + cell(escape_html(display_text(m, region_text(p, pt.region, lang)))) +
               cell(std::to_string(pt.year), true) + cell(value_text(pt.ratio), true) +
               cell(escape_html(text(pt.implied ? label::implied : label::direct, lang))) +
               cell(bound_badge(pt.within_bound, lang)) + "</tr>";
      if (own_points) out += "</table>";
      if (!u.by_year.empty()) {
        out += "<table>" + head_row({text(label::year, lang), text(label::regions, lang),
                                     text(label::lowest, lang), text(label::quartiles, lang),
                                     text(label::highest, lang), text(label::above_bound, lang)});
        for (const urban_rural_year& y : u.by_year) {
          const region_distribution& d = y.ratios;
          out += "<tr>" + cell(std::to_string(y.year), true) + cell(std::to_string(d.count), true) +
                 cell(value_text(d.min) + " <span class=\"src\">" +
                      escape_html(display_text(m, d.lowest)) + "</span>", true) +
                 cell(value_text(d.q1) + " · " + value_text(d.median) + " · " + value_text(d.q3),
                      true) +
                 cell(value_text(d.max) + " <span class=\"src\">" +
                      escape_html(display_text(m, d.highest)) + "</span>", true) +
                 cell(std::to_string(d.outside_bound), true) + "</tr>";
        }
        out += "</table>";
      }
    }
  }
  for (const max_min_panel& mm : m.ratios.max_min) {
    const plan::indicator& ind = *mm.ratio_indicator;
    out += "<h3>" + escape_html(ind.id) + " " + escape_html(name_text(ind, lang)) + "</h3>";
    out += "<p class=\"meta\">" + escape_html(text(label::max_min_bound, lang)) + ": " +
           (ind.milestones.empty()
                ? std::string(empty_text)
                : escape_html(milestone_text(ind.milestones.back(), ind.unit, ind.dir, lang))) +
           "</p>";
    if (mm.points.empty()) {
      out += "<p class=\"note\">" +
             escape_html(text(mm.regions.empty() ? label::no_sub_regions : label::no_regional_data,
                              lang)) +
             "</p>";
      continue;
    }
    out += "<table>" +
           head_row({text(label::year, lang), text(label::ratio, lang), text(label::highest, lang),
                     text(label::lowest, lang), text(label::regions, lang),
                     text(label::basis, lang), text(label::status, lang)});
    for (const max_min_point& pt : mm.points)
      out += "<tr>" + cell(std::to_string(pt.year), true) + cell(value_text(pt.ratio), true) +
             cell(escape_html(display_text(m, region_text(p, pt.highest, lang)))) +
             cell(escape_html(display_text(m, region_text(p, pt.lowest, lang)))) +
             cell(pt.regions ? std::to_string(pt.regions) : std::string(empty_text), true) +
             cell(escape_html(text(pt.direct ? label::direct : label::implied, lang))) +
             cell(bound_badge(pt.within_bound, lang)) + "</tr>";
    out += "</table>";
  }
  for (const reference_ratio_panel& rr : m.ratios.reference) {
    const plan::indicator& ind = *rr.ratio_indicator;
    out += "<h3>" + escape_html(ind.id) + " " + escape_html(name_text(ind, lang)) + "</h3>";
    out += "<p class=\"meta\">" + escape_html(text(label::plan_bound, lang)) + ": " +
           escape_html(milestones_text(ind, lang)) + "</p>";
    if (rr.points.empty()) {
      out += "<p class=\"note\">" + escape_html(text(label::no_reference_data, lang)) + "</p>";
      continue;
    }
    out += "<table>" + head_row({text(label::year, lang), text(label::ratio, lang),
                                 text(label::reference_region, lang), text(label::basis, lang),
                                 text(label::status, lang)});
    for (const reference_ratio_point& pt : rr.points)
      out += "<tr>" + cell(std::to_string(pt.year), true) + cell(value_text(pt.ratio), true) +
             cell(pt.reference.empty()
                      ? std::string(empty_text)
                      : escape_html(display_text(m, region_text(p, pt.reference, lang)))) +
             cell(escape_html(text(pt.direct ? label::direct : label::implied, lang))) +
             cell(bound_badge(pt.within_bound, lang)) + "</tr>";
    out += "</table>";
  }
  return out + "</section>";
}

// Roll-ups by category and the schedule view (rollup_view.hpp), as `prosper assess --view all`
// prints them.
inline std::string rollup(const report_model& m) {
  const language lang = m.options.lang;
  const rollup_tables t = rollup_tables_of(build_rollup(m), m);
  std::string out = "<section id=\"rollup\"><h2>" + escape_html(text(label::rollup_title, lang)) +
                    "</h2><p class=\"meta\">" + escape_html(t.rollup_line) + "</p><table>" +
                    head_row(t.rollup_header);
  for (const auto& row : t.rollup_rows) {
    out += "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) out += cell(escape_html(row[c]), c > 0);
    out += "</tr>";
  }
  out += "</table>";
  if (t.categories_omitted > 0)
    out += "<p class=\"note\">" + std::to_string(t.categories_omitted) + " " +
           escape_html(text(label::more, lang)) + "</p>";
  out += "<h3>" + escape_html(text(label::schedule_title, lang)) + "</h3><p>" +
         escape_html(t.schedule_line) + "</p>";
  if (!t.schedule_rows.empty()) {
    out += "<table>" + head_row(t.schedule_header);
    for (const auto& row : t.schedule_rows) {
      out += "<tr>";
      for (std::size_t c = 0; c < row.size(); ++c)
        out += cell(escape_html(display_text(m, row[c])), c == 1 || c == 2 || c == 3);
      out += "</tr>";
    }
    out += "</table>";
  }
  if (t.schedule_omitted > 0)
    out += "<p class=\"note\">" + std::to_string(t.schedule_omitted) + " " +
           escape_html(text(label::more, lang)) + "</p>";
  return out + "</section>";
}

// The mid-term or final evaluation (evaluation_view.hpp): the counts, the summary per category
// and one row per indicator with its verdict coloured.
inline std::string evaluation(const report_model& m) {
  const evaluation_view v = build_evaluation(m);
  const evaluation_tables t = evaluation_tables_of(v, m);
  std::string out = "<section id=\"evaluation\"><h2>" + escape_html(t.title) + "</h2><p>" +
                    escape_html(t.line) + "</p><p class=\"meta\">" + escape_html(t.note) +
                    "</p><table>" + head_row(t.summary_header);
  for (const auto& row : t.summary_rows) {
    out += "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) out += cell(escape_html(row[c]), c > 0);
    out += "</tr>";
  }
  out += "</table><table>" + head_row(t.header);
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const auto& row = t.rows[i];
    out += "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c)
      out += c == 7 ? cell(badge(status_key(status_bucket_of(v.rows[i].verdict)), row[c]))
                    : cell(escape_html(display_text(m, row[c])), c >= 4 && c != 10);
    out += "</tr>";
  }
  out += "</table>";
  if (t.omitted > 0)
    out += "<p class=\"note\">" + std::to_string(t.omitted) + " " +
           escape_html(text(label::more, m.options.lang)) + "</p>";
  return out + "</section>";
}

inline std::string finding_badge(plan::finding_status s, language lang) {
  switch (s) {
    case plan::finding_status::holds:
      return badge("holds", text(label::audit_holds, lang));
    case plan::finding_status::violated:
      return badge("violated", text(label::audit_violated, lang));
    case plan::finding_status::not_evaluable:
      return badge("not_evaluable", text(label::audit_not_evaluable, lang));
  }
  return "";
}

inline std::string audit(const report_model& m) {
  const language lang = m.options.lang;
  const plan::audit_report& a = *m.audit;
  std::string out = "<section id=\"audit\"><h2>" + escape_html(text(label::sec_audit, lang)) +
                    "</h2><p class=\"meta\">" + std::to_string(a.summary.relations) + " " +
                    escape_html(text(label::audit_summary, lang)) + ": " +
                    finding_badge(plan::finding_status::holds, lang) + " " +
                    std::to_string(a.summary.holds) + " · " +
                    finding_badge(plan::finding_status::violated, lang) + " " +
                    std::to_string(a.summary.violated) + " · " +
                    finding_badge(plan::finding_status::not_evaluable, lang) + " " +
                    std::to_string(a.summary.not_evaluable) + "</p><table>" +
                    head_row({text(label::audit_relation, lang), text(label::status, lang),
                              text(label::audit_plan_text, lang), text(label::audit_lhs, lang),
                              text(label::audit_rhs, lang), text(label::audit_tolerance, lang),
                              text(label::audit_explanation, lang)});
  // Past report_limits::findings, the relations that hold are counted instead of listed.
  const bool all = a.findings.size() <= m.options.limits.findings;
  std::size_t listed = 0;
  for (const plan::finding& f : a.findings) {
    if (!all && (f.status == plan::finding_status::holds || listed >= m.options.limits.findings))
      continue;
    ++listed;
    out += "<tr>" + cell(escape_html(f.id)) + cell(finding_badge(f.status, lang)) +
           cell(escape_html(f.text_zh)) + cell(value_text(f.lhs), true) +
           cell(value_text(f.rhs), true) + cell(value_text(f.tolerance), true) +
           cell("<span class=\"src\">" +
                escape_html(lang == language::zh ? f.explanation_zh : f.explanation) + "</span>") +
           "</tr>";
  }
  out += "</table>";
  if (listed < a.findings.size())
    out += "<p class=\"note\">" + std::to_string(a.summary.holds) + " " +
           escape_html(text(label::holds_not_listed, lang)) +
           (a.findings.size() - a.summary.holds > listed
                ? "; … " + std::to_string(a.findings.size() - a.summary.holds - listed) + " " +
                      escape_html(text(label::more, lang))
                : std::string()) +
           "</p>";
  return out + "</section>";
}

inline std::string sources(const report_model& m) {
  const language lang = m.options.lang;
  std::string out = "<section id=\"sources\"><h2>" + escape_html(text(label::sec_sources, lang)) +
                    "</h2><p class=\"meta\">" + escape_html(text(label::observations, lang)) +
                    ": " + std::to_string(m.data.observations) + ", " +
                    escape_html(text(label::used, lang)) + ": " + std::to_string(m.data.used);
  if (!m.data.files.empty()) {
    out += " · " + escape_html(text(label::files, lang)) + ": ";
    for (std::size_t i = 0; i < m.data.files.size(); ++i)
      out += (i ? ", " : "") + escape_html(display_text(m, m.data.files[i]));
  }
  if (!m.data.unused.empty())
    out += " · " + escape_html(text(label::unused, lang)) + ": " +
           std::to_string(m.data.unused.size());
  out += "</p>";
  if (m.data.sources.empty()) {
    if (m.data.used > 0)
      out += "<p class=\"note\">" + escape_html(text(label::no_sources, lang)) + "</p>";
  } else {
    out += "<ul class=\"src\">";
    const std::size_t shown = std::min(m.data.sources.size(), m.options.limits.sources);
    for (std::size_t i = 0; i < shown; ++i)
      out += "<li>" + escape_html(display_text(m, m.data.sources[i])) + "</li>";
    if (shown < m.data.sources.size())
      out += "<li>… " + std::to_string(m.data.sources.size() - shown) + " " +
             escape_html(text(label::more, lang)) + "</li>";
    out += "</ul>";
  }
  if (!m.data.unused.empty()) {
    out += "<h3>" + escape_html(text(label::unused, lang)) + "</h3><ul class=\"src\" id=\"unused\">";
    for (const std::string& line : unused_lines(m, lang))
      out += "<li>" + escape_html(display_text(m, line)) + "</li>";
    if (m.data.unused.size() > max_listed_unused)
      out += "<li>… " + std::to_string(m.data.unused.size() - max_listed_unused) + " " +
             escape_html(text(label::more, lang)) + "</li>";
    out += "</ul>";
  }
  return out + "</section>";
}

// Every method side by side (method_comparison.hpp): the agreement rates, each listed row's
// verdicts, and the disagreements and verdicts that move with the base year or the cut-offs. At
// most `report_limits::full_rows` rows and lines of each list are shown; the rest are counted.
inline std::string method_comparison_section(const report_model& m) {
  namespace c = detail::comparison;
  const language lang = m.options.lang;
  comparison_options co;
  co.listed_rows_only = true;
  const method_comparison cmp = compare_methods(m, co);
  const std::size_t limit = m.options.limits.full_rows;
  std::string out = "<section id=\"methods\"><h2>" + escape_html(c::w(label::cmp_title, lang)) +
                    "</h2><p class=\"meta\">" + escape_html(c::summary_line(cmp)) + "</p>";
  // Pairwise agreement.
  out += "<table>" + head_row(c::pair_header(lang));
  for (const auto& row : c::pair_rows(cmp)) {
    out += "<tr><th>" + escape_html(row.front()) + "</th>";
    for (std::size_t k = 1; k < row.size(); ++k) out += cell(escape_html(row[k]), true);
    out += "</tr>";
  }
  out += "</table>";
  // The verdicts of the rows with data.
  std::vector<std::string> header = {text(label::id, lang), text(label::indicator, lang)};
  for (assessment_method x : compared_methods) header.emplace_back(method_short_name(x));
  header.push_back(c::w(label::cmp_agree, lang));
  header.push_back(c::w(label::cmp_base_year, lang));
  header.push_back(c::w(label::cmp_thresholds, lang));
  out += "<table>" + head_row(header);
  std::size_t shown = 0, hidden = 0;
  std::vector<std::string> disagreements, base_years, bands;
  const bool regions = c::several_regions(cmp);
  for (const comparison_row& r : cmp.rows) {
    if (r.row->no_data) continue;
    if (r.agree && !*r.agree)
      disagreements.push_back(c::row_label(cmp, r, regions, lang) + ": " + r.disagreement);
    if (std::find(r.base_year_sensitive.begin(), r.base_year_sensitive.end(), true) !=
        r.base_year_sensitive.end())
      base_years.push_back(c::base_year_line(cmp, r, regions, lang));
    if (std::find(r.threshold_sensitive.begin(), r.threshold_sensitive.end(), true) !=
        r.threshold_sensitive.end())
      bands.push_back(c::threshold_line(cmp, r, regions, lang));
    if (shown >= limit) {
      ++hidden;
      continue;
    }
    ++shown;
    const plan::indicator& ind = *r.row->indicator;
    std::string name = name_text(ind, lang);
    if (regions) name += " · " + region_text(*m.plan, r.row->region, lang);
    out += "<tr>" + cell(escape_html(ind.id)) + cell(escape_html(display_text(m, name)));
    for (const method_verdict& v : r.verdicts)
      out += cell(status_badge(v.no_data ? status_bucket_count - 1
                                         : static_cast<std::size_t>(v.status),
                               lang));
    out += cell(escape_html(r.agree ? c::w(*r.agree ? label::cmp_yes : label::cmp_no, lang)
                                    : std::string(empty_text))) +
           cell(escape_html(c::sensitive_cell(r.base_year_sensitive, !r.base_years.empty(), lang))) +
           cell(escape_html(c::sensitive_cell(r.threshold_sensitive, r.thresholds_tried, lang))) +
           "</tr>";
  }
  out += "</table>";
  if (hidden > 0)
    out += "<p class=\"note\">… " + std::to_string(hidden) + " " +
           escape_html(c::w(label::cmp_more, lang)) + "</p>";
  const auto list = [&](label title, const std::vector<std::string>& lines, label when_empty) {
    out += "<h3>" + escape_html(c::w(title, lang)) + "</h3>";
    if (lines.empty()) {
      out += "<p class=\"note\">" + escape_html(c::w(when_empty, lang)) + "</p>";
      return;
    }
    out += "<ul>";
    for (std::size_t i = 0; i < lines.size() && i < limit; ++i)
      out += "<li>" + escape_html(display_text(m, lines[i])) + "</li>";
    out += "</ul>";
    if (lines.size() > limit)
      out += "<p class=\"note\">… " + std::to_string(lines.size() - limit) + " " +
             escape_html(c::w(label::cmp_more, lang)) + "</p>";
  };
  list(label::cmp_disagreements, disagreements, label::cmp_none_differ);
  list(label::cmp_changes_with_base, base_years, label::cmp_stable);
  list(label::cmp_changes_with_bands, bands, label::cmp_stable);
  out += "<p class=\"note\">" + escape_html(c::w(label::cmp_not_compared, lang)) + ": " +
         escape_html(c::not_compared_line(cmp)) + "</p></section>";
  return out;
}

}  // namespace detail::html

/// The report as one self-contained HTML document (UTF-8), in the model's language and with the
/// model's sections.
///
/// Example:
/// ```
/// auto model = build_report_model(plan::lishui(), plan::lishui_relations(), data.observations);
/// std::ofstream("report.html") << render_html_report(model);
/// ```
/// Throws `argument_error` for a model without a plan.
inline std::string render_html_report(const report_model& m) {
  namespace h = detail::html;
  if (!m.plan)
    throw prosper::argument_error("prosper::report::render_html_report: the model has no plan");
  const language lang = m.options.lang;
  const plan::plan& p = *m.plan;
  std::string out;
  // About 4 KB per indicator with its chart, 160 bytes without; reserved once.
  out.reserve(8192 + (draw_charts(m) ? 4096 : 160) * listed_rows(m).size());
  out += "<!DOCTYPE html>\n<html lang=\"";
  out += lang == language::zh ? "zh-CN" : "en";
  out +=
      "\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  out += escape_html(title_text(m));
  out += "</title>\n<style>";
  out += h::css;
  out += svg_chart_css;
  out += "</style>\n</head>\n<body>\n";
  out += h::header(m);
  const report_sections& s = m.options.sections;
  if (s.summary) out += "\n" + h::summary(m);
  if (s.indicators) out += "\n" + h::indicators(m);
  if (s.charts) out += "\n" + h::charts(m);
  if (s.ratio_panel) out += "\n" + h::ratios(m);
  if (s.rollup) out += "\n" + h::rollup(m);
  if (s.evaluation) out += "\n" + h::evaluation(m);
  if (s.method_comparison && m.data.observations > 0)
    out += "\n" + h::method_comparison_section(m);
  if (s.audit && m.audit) out += "\n" + h::audit(m);
  if (s.sources) out += "\n" + h::sources(m);
  out += "\n<footer>" + escape_html(h::text(label::generated_by, lang)) + " · " +
         escape_html(display_text(m, p.source)) + "</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace prosper::report
