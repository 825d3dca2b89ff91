#pragma once
// The assessment report as Markdown, for terminals, issue trackers and diffs: the same sections
// as the HTML report (html_report.hpp) except the charts, from the same model and with the same
// labels, so the two never disagree on a number.
//
// Tables use `detail::markdown_table` from catalog_table.hpp, which escapes every cell; numbers
// go through the model's text helpers, which print "—" for an empty value.

#include <algorithm>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/error.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/report/catalog_table.hpp"
#include "prosper/report/markup.hpp"
#include "prosper/report/report_model.hpp"
#include "prosper/report/evaluation_view.hpp"
#include "prosper/report/rollup_view.hpp"

namespace prosper::report {

namespace detail::md {

inline std::string text(label l, language lang) { return std::string(label_text(l, lang)); }

// Data outside a table: the one Markdown escaping of markup.hpp, inline (after other text on
// the line, or in a heading).
inline std::string inline_text(std::string_view s) { return escape_markdown(s); }

inline std::string dated(const std::optional<double>& v, const std::optional<int>& year) {
  if (!v) return std::string(empty_text);
  return exact_text(v) + (year ? " (" + std::to_string(*year) + ")" : "");
}

inline std::string status_cell(const indicator_row& r, language lang) {
  std::string s(status_text(status_bucket(r), lang));
  if (!r.no_data && r.why != not_assessable_reason::none) s += ": " + reason_text(r, lang);
  const std::string stability = stability_text(r, lang);
  if (!stability.empty()) s += " (" + stability + ")";
  return s;
}

inline std::string summary(const report_model& m) {
  const language lang = m.options.lang;
  std::vector<std::string> head = {text(label::category, lang)};
  for (std::size_t b = 0; b < status_bucket_count; ++b) head.emplace_back(status_text(b, lang));
  head.push_back(text(label::total, lang));
  std::vector<std::vector<std::string>> rows;
  const auto line = [&](const std::string& name, const status_counts& c) {
    std::vector<std::string> row = {name};
    for (std::size_t b = 0; b < status_bucket_count; ++b)
      row.push_back(std::to_string(c.counts[b]));
    row.push_back(std::to_string(c.total));
    rows.push_back(std::move(row));
  };
  const category_listing listing = listed_categories(m);
  for (const category_summary* c : listing.shown) line(category_text(*c, lang), c->counts);
  if (listing.others > 0)
    line(text(label::other_categories, lang) + " (" + std::to_string(listing.others) + ")",
         listing.other_counts);
  line(text(label::total, lang), m.totals);
  return "## " + text(label::sec_summary, lang) + "\n\n" +
         detail::markdown_table(head, rows, true) +
         "\n" + text(label::all_indicators_listed, lang) + "\n";
}

// Past report_limits::regions: per indicator, the regions' latest values and statuses.
inline std::string region_summaries(const report_model& m) {
  if (m.region_summaries.empty()) return "";
  const language lang = m.options.lang;
  std::vector<std::vector<std::string>> rows;
  for (const indicator_regions& s : m.region_summaries) {
    const region_distribution& d = s.latest;
    std::string statuses;
    for (std::size_t b = 0; b < status_bucket_count; ++b)
      if (s.statuses.counts[b])
        statuses += (statuses.empty() ? "" : ", ") + std::string(status_text(b, lang)) + " " +
                    std::to_string(s.statuses.counts[b]);
    const bool none = d.count == 0;
    rows.push_back(
        {s.indicator->id, name_text(*s.indicator, lang), std::to_string(s.statuses.total),
         none ? std::string(empty_text) : exact_text(d.min) + " (" + display_text(m, d.lowest) + ")",
         none ? std::string(empty_text)
              : value_text(d.q1) + " · " + value_text(d.median) + " · " + value_text(d.q3),
         none ? std::string(empty_text) : exact_text(d.max) + " (" + display_text(m, d.highest) + ")",
         statuses});
  }
  return "\n### " + text(label::regions_distribution, lang) + "\n\n" +
         detail::markdown_table({text(label::id, lang), text(label::indicator, lang),
                                 text(label::regions, lang), text(label::lowest, lang),
                                 text(label::quartiles, lang), text(label::highest, lang),
                                 text(label::status, lang)},
                                rows);
}

inline std::string indicators(const report_model& m) {
  const language lang = m.options.lang;
  const plan::plan& p = *m.plan;
  const std::vector<const indicator_row*> listed = listed_rows(m);
  bool several_regions = false;
  for (const indicator_row* r : listed)
    several_regions = several_regions || r->region != listed.front()->region;
  const bool compact = compact_table(m);
  std::vector<std::string> head = {text(label::id, lang), text(label::indicator, lang)};
  if (several_regions) head.push_back(text(label::region, lang));
  if (compact)
    for (label l : {label::latest, label::target, label::required_from_now, label::status})
      head.push_back(text(l, lang));
  else
    for (label l : {label::unit, label::target, label::required_growth, label::baseline,
                    label::latest, label::observed_rate, label::required_from_now,
                    label::projected, label::probability, label::gap, label::status})
      head.push_back(text(l, lang));
  std::vector<std::vector<std::string>> rows;
  rows.reserve(listed.size());
  for (const indicator_row* row_ptr : listed) {
    const indicator_row& r = *row_ptr;
    const plan::indicator& ind = *r.indicator;
    std::vector<std::string> row = {ind.id, name_text(ind, lang)};
    if (several_regions) row.push_back(display_text(m, region_text(p, r.region, lang)));
    if (compact) {
      row.push_back(dated(r.latest_value, r.latest_year));
      row.push_back(r.target ? std::to_string(r.target->year) + ": " +
                                   milestone_text(*r.target, ind.unit, ind.dir, lang)
                             : std::string(empty_text));
      row.push_back(rate_text(r.required_rate_from_now));
      row.push_back(std::string(status_text(status_bucket(r), lang)));
      rows.push_back(std::move(row));
      continue;
    }
    row.push_back(unit_text(ind.unit, lang));
    row.push_back(r.target ? std::to_string(r.target->year) + ": " +
                                 milestone_text(*r.target, ind.unit, ind.dir, lang)
                           : std::string(empty_text));
    row.push_back(required_text(r.required, lang));
    row.push_back(r.baseline_value ? dated(r.baseline_value, r.baseline_year) + ", " +
                                         std::string(baseline_text(r.baseline, lang))
                                   : std::string(baseline_text(r.baseline, lang)));
    row.push_back(dated(r.latest_value, r.latest_year));
    row.push_back(rate_text(r.observed_rate));
    row.push_back(rate_text(r.required_rate_from_now));
    std::string projected = value_text(r.projected_value);
    if (r.projection == projection_basis::observed_trend)
      projected += " (" + text(label::projection_trend, lang) + ")";
    if (r.projected_lower && r.projected_upper)
      projected += " [" + value_text(r.projected_lower) + " – " + value_text(r.projected_upper) + "]";
    row.push_back(projected);
    row.push_back(probability_text(r.probability));
    row.push_back(value_text(r.gap));
    row.push_back(status_cell(r, lang));
    rows.push_back(std::move(row));
  }
  std::string notes;
  if (!m.region_summaries.empty()) notes += text(label::regions_listed_note, lang) + "\n\n";
  if (compact) notes += text(label::compact_note, lang) + "\n\n";
  return "## " + text(label::sec_indicators, lang) + "\n\n" + notes +
         detail::markdown_table(head, rows) + region_summaries(m);
}

inline std::string bound_text(const std::optional<bool>& within, language lang) {
  if (!within) return std::string(empty_text);
  return text(*within ? label::within_bound : label::above_bound, lang);
}

inline std::string ratios(const report_model& m) {
  const language lang = m.options.lang;
  const plan::plan& p = *m.plan;
  std::string out = "## " + text(label::sec_ratios, lang) + "\n\n";
  for (const urban_rural_panel& u : m.ratios.urban_rural) {
    const plan::indicator& ind = *u.ratio_indicator;
    out += "### " + inline_text(ind.id + " " + name_text(ind, lang)) + "\n\n";
    out += "- " + text(label::plan_bound, lang) + ": " + inline_text(milestones_text(ind, lang)) +
           "\n";
    if (u.implied_base || u.implied_target)
      out += "- " + text(label::implied_by_plan, lang) + ": " + std::to_string(u.base_year) + ": " +
             value_text(u.implied_base) + " → " + std::to_string(u.target_year) + ": " +
             value_text(u.implied_target) + "\n";
    out += "- " + text(label::required_ratio_change, lang) + ": " +
           rate_text(u.required_ratio_change) + text(label::per_year, lang) + "\n";
    out += "- " + text(label::rural_faster_by, lang) + ": " + rate_text(u.rural_faster_by) +
           text(label::per_year, lang) + "\n\n";
    if (u.observed.empty()) {
      out += text(label::no_observed_ratio, lang) + "\n\n";
    } else {
      if (!u.by_year.empty()) out += text(label::regions_listed_note, lang) + "\n\n";
      std::vector<std::vector<std::string>> rows;
      for (const urban_rural_point& pt : u.observed)
        if (u.by_year.empty() || pt.region == p.region_zh)
          rows.push_back({display_text(m, region_text(p, pt.region, lang)), std::to_string(pt.year),
                        value_text(pt.ratio),
                        text(pt.implied ? label::implied : label::direct, lang),
                        bound_text(pt.within_bound, lang)});
      if (!rows.empty())
        out += detail::markdown_table(
                   {text(label::region, lang), text(label::year, lang), text(label::ratio, lang),
                    text(label::basis, lang), text(label::status, lang)},
                   rows) +
               "\n";
      if (!u.by_year.empty()) {
        std::vector<std::vector<std::string>> years;
        for (const urban_rural_year& y : u.by_year) {
          const region_distribution& d = y.ratios;
          years.push_back({std::to_string(y.year), std::to_string(d.count),
                           value_text(d.min) + " (" + display_text(m, d.lowest) + ")",
                           value_text(d.q1) + " · " + value_text(d.median) + " · " +
                               value_text(d.q3),
                           value_text(d.max) + " (" + display_text(m, d.highest) + ")",
                           std::to_string(d.outside_bound)});
        }
        out += detail::markdown_table({text(label::year, lang), text(label::regions, lang),
                                       text(label::lowest, lang), text(label::quartiles, lang),
                                       text(label::highest, lang), text(label::above_bound, lang)},
                                      years) +
               "\n";
      }
    }
  }
  for (const max_min_panel& mm : m.ratios.max_min) {
    const plan::indicator& ind = *mm.ratio_indicator;
    out += "### " + inline_text(ind.id + " " + name_text(ind, lang)) + "\n\n";
    out += "- " + text(label::max_min_bound, lang) + ": " +
           (ind.milestones.empty()
                ? std::string(empty_text)
                : inline_text(milestone_text(ind.milestones.back(), ind.unit, ind.dir, lang))) +
           "\n\n";
    if (mm.points.empty()) {
      out += text(mm.regions.empty() ? label::no_sub_regions : label::no_regional_data, lang) +
             "\n\n";
      continue;
    }
    std::vector<std::vector<std::string>> rows;
    for (const max_min_point& pt : mm.points)
      rows.push_back({std::to_string(pt.year), value_text(pt.ratio),
                      display_text(m, region_text(p, pt.highest, lang)),
                      display_text(m, region_text(p, pt.lowest, lang)),
                      pt.regions ? std::to_string(pt.regions) : std::string(empty_text),
                      text(pt.direct ? label::direct : label::implied, lang),
                      bound_text(pt.within_bound, lang)});
    out += detail::markdown_table(
               {text(label::year, lang), text(label::ratio, lang), text(label::highest, lang),
                text(label::lowest, lang), text(label::regions, lang), text(label::basis, lang),
                text(label::status, lang)},
               rows) +
           "\n";
  }
  for (const reference_ratio_panel& rr : m.ratios.reference) {
    const plan::indicator& ind = *rr.ratio_indicator;
    out += "### " + inline_text(ind.id + " " + name_text(ind, lang)) + "\n\n";
    out += "- " + text(label::plan_bound, lang) + ": " + inline_text(milestones_text(ind, lang)) +
           "\n\n";
    if (rr.points.empty()) {
      out += text(label::no_reference_data, lang) + "\n\n";
      continue;
    }
    std::vector<std::vector<std::string>> rows;
    for (const reference_ratio_point& pt : rr.points)
      rows.push_back({std::to_string(pt.year), value_text(pt.ratio),
                      pt.reference.empty() ? std::string(empty_text)
                                           : display_text(m, region_text(p, pt.reference, lang)),
                      text(pt.direct ? label::direct : label::implied, lang),
                      bound_text(pt.within_bound, lang)});
    out += detail::markdown_table({text(label::year, lang), text(label::ratio, lang),
                                   text(label::reference_region, lang), text(label::basis, lang),
                                   text(label::status, lang)},
                                  rows) +
           "\n";
  }
  return out;
}

// Roll-ups by category and the schedule view (rollup_view.hpp).
inline std::string rollup(const report_model& m) {
  const language lang = m.options.lang;
  const rollup_tables t = rollup_tables_of(build_rollup(m), m);
  std::string out = "## " + text(label::rollup_title, lang) + "\n\n" + inline_text(t.rollup_line) +
                    "\n\n" + detail::markdown_table(t.rollup_header, t.rollup_rows, true) + "\n";
  if (t.categories_omitted > 0)
    out += std::to_string(t.categories_omitted) + " " + text(label::more, lang) + "\n\n";
  out += "### " + text(label::schedule_title, lang) + "\n\n" + inline_text(t.schedule_line) +
         "\n\n";
  if (!t.schedule_rows.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : t.schedule_rows) {
      std::vector<std::string> shown;
      for (const std::string& c : row) shown.push_back(display_text(m, c));
      rows.push_back(std::move(shown));
    }
    out += detail::markdown_table(t.schedule_header, rows) + "\n";
  }
  if (t.schedule_omitted > 0)
    out += std::to_string(t.schedule_omitted) + " " + text(label::more, lang) + "\n\n";
  return out;
}

// The mid-term or final evaluation (evaluation_view.hpp), as `prosper assess --view evaluation
// --format md` prints it.
inline std::string evaluation(const report_model& m) {
  return evaluation_markdown(build_evaluation(m), m) + "\n";
}

inline std::string finding_text(plan::finding_status s, language lang) {
  return std::string(finding_status_text(s, lang));
}

inline std::string audit(const report_model& m) {
  const language lang = m.options.lang;
  const plan::audit_report& a = *m.audit;
  std::string out = "## " + text(label::sec_audit, lang) + "\n\n" +
                    std::to_string(a.summary.relations) + " " + text(label::audit_summary, lang) +
                    ": " + finding_text(plan::finding_status::holds, lang) + " " +
                    std::to_string(a.summary.holds) + ", " +
                    finding_text(plan::finding_status::violated, lang) + " " +
                    std::to_string(a.summary.violated) + ", " +
                    finding_text(plan::finding_status::not_evaluable, lang) + " " +
                    std::to_string(a.summary.not_evaluable) + "\n\n";
  std::vector<std::vector<std::string>> rows;
  // Past report_limits::findings, the relations that hold are counted instead of listed.
  const bool all = a.findings.size() <= m.options.limits.findings;
  for (const plan::finding& f : a.findings) {
    if (!all && (f.status == plan::finding_status::holds || rows.size() >= m.options.limits.findings))
      continue;
    rows.push_back({f.id, finding_text(f.status, lang), f.text_zh, value_text(f.lhs),
                    value_text(f.rhs), value_text(f.tolerance),
                    lang == language::zh ? f.explanation_zh : f.explanation});
  }
  std::string table =
      detail::markdown_table({text(label::audit_relation, lang), text(label::status, lang),
                              text(label::audit_plan_text, lang), text(label::audit_lhs, lang),
                              text(label::audit_rhs, lang), text(label::audit_tolerance, lang),
                              text(label::audit_explanation, lang)},
                             rows);
  if (rows.size() < a.findings.size()) {
    table += "\n" + std::to_string(a.summary.holds) + " " + text(label::holds_not_listed, lang);
    if (a.findings.size() - a.summary.holds > rows.size())
      table += "; … " + std::to_string(a.findings.size() - a.summary.holds - rows.size()) + " " +
               text(label::more, lang);
    table += "\n";
  }
  return out + table;
}

inline std::string sources(const report_model& m) {
  const language lang = m.options.lang;
  std::string out = "## " + text(label::sec_sources, lang) + "\n\n" +
                    text(label::observations, lang) + ": " + std::to_string(m.data.observations) +
                    ", " + text(label::used, lang) + ": " + std::to_string(m.data.used);
  if (!m.data.files.empty()) {
    out += "; " + text(label::files, lang) + ": ";
    for (std::size_t i = 0; i < m.data.files.size(); ++i)
      out += (i ? ", " : "") + inline_text(display_text(m, m.data.files[i]));
  }
  if (!m.data.unused.empty())
    out += "; " + text(label::unused, lang) + ": " + std::to_string(m.data.unused.size());
  out += "\n\n";
  if (m.data.sources.empty() && m.data.used > 0) out += text(label::no_sources, lang) + "\n";
  const std::size_t shown = std::min(m.data.sources.size(), m.options.limits.sources);
  for (std::size_t i = 0; i < shown; ++i)
    out += "- " + escape_markdown(display_text(m, m.data.sources[i]), markdown_context::block_start) +
           "\n";
  if (shown < m.data.sources.size())
    out += "- … " + std::to_string(m.data.sources.size() - shown) + " " + text(label::more, lang) +
           "\n";
  if (!m.data.unused.empty()) {
    out += "\n### " + text(label::unused, lang) + "\n\n";
    for (const std::string& line : unused_lines(m, lang))
      out += "- " + escape_markdown(display_text(m, line), markdown_context::block_start) + "\n";
    if (m.data.unused.size() > max_listed_unused)
      out += "- … " + std::to_string(m.data.unused.size() - max_listed_unused) + " " +
             text(label::more, lang) + "\n";
  }
  return out;
}

}  // namespace detail::md

/// The report as Markdown, in the model's language and with the model's sections (charts are
/// HTML only).
///
/// Example:
/// ```
/// auto model = build_report_model(plan::lishui(), plan::lishui_relations(), data.observations);
/// std::cout << render_markdown_report(model);
/// ```
/// Throws `argument_error` for a model without a plan.
inline std::string render_markdown_report(const report_model& m) {
  namespace d = detail::md;
  if (!m.plan)
    throw prosper::argument_error("prosper::report::render_markdown_report: the model has no plan");
  const language lang = m.options.lang;
  const plan::plan& p = *m.plan;
  std::string out =
      "# " + d::inline_text(title_text(m)) + "\n\n" +
      d::text(label::report_title, lang) + " · " + d::text(label::region, lang) + ": " +
      d::inline_text(region_text(p, p.region_zh, lang)) + " · " + d::text(label::method, lang) +
      ": " + std::string(method_text(m.options.method, lang)) + " · " +
      d::text(label::as_of, lang) + ": " + std::to_string(m.as_of_year) + " · " +
      d::text(label::observations, lang) + ": " + std::to_string(m.data.observations) + "\n\n";
  if (m.data.synthetic) out += "> **" + d::text(label::synthetic_warning, lang) + "**\n\n";
  out += d::text(label::baseline_note, lang) + " " + d::text(label::method_note, lang) + "\n\n";
  const report_sections& s = m.options.sections;
  if (s.summary) out += d::summary(m) + "\n";
  if (s.indicators) out += d::indicators(m) + "\n";
  if (s.ratio_panel) out += d::ratios(m);
  if (s.rollup) out += d::rollup(m);
  if (s.evaluation) out += d::evaluation(m);
  if (s.audit && m.audit) out += d::audit(m) + "\n";
  if (s.sources) out += d::sources(m);
  return out;
}

}  // namespace prosper::report
