#pragma once
// The consistency audit (plan/audit.hpp) as a terminal table, Markdown or JSON; what
// `prosper audit` prints.
//
// JSON: `{"plan": …, "summary": {"relations", "holds", "violated", "not_evaluable"},
// "findings": [{"id", "kind", "status", "indicators", "body_targets", "text_zh", "lhs", "rhs",
// "tolerance", "gap", "unit", "explanation", "explanation_zh", "note"}]}`, with null for a number
// a finding does not have. `lhs` is what the plan's other numbers imply or restate, `rhs` what it
// is checked against; a relation is violated when `gap` exceeds `tolerance` (the printing
// precision). The JSON carries the explanation in both languages and stable ASCII keys; the table
// and the Markdown are wholly in the language asked for: column names, kinds, statuses, the
// summary line and the explanations (report/messages.hpp).
//
// An audit against another plan (`prosper audit --against`) prints the plan's own audit and
// then the cross-plan one (`render_audit_against`); its JSON adds a member "against" with the
// other plan and the cross-plan summary and findings.

#include <cmath>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "prosper/error.hpp"
#include "prosper/format.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/report/catalog_table.hpp"
#include "prosper/report/markup.hpp"
#include "prosper/report/messages.hpp"

namespace prosper::report {

/// "36 relations: 28 hold, 4 violated, 4 not evaluable", or in Chinese
/// "36项关系：成立28项，不一致4项，无法核查4项".
///
/// Example: `audit_summary_line(audit(lishui(), lishui_relations()).summary)`.
inline std::string audit_summary_line(const plan::audit_summary& s,
                                      language lang = language::en) {
  if (lang == language::zh)
    return std::to_string(s.relations) + "项关系：成立" + std::to_string(s.holds) + "项，不一致" +
           std::to_string(s.violated) + "项，无法核查" + std::to_string(s.not_evaluable) + "项";
  return std::to_string(s.relations) + " relations: " + std::to_string(s.holds) + " hold, " +
         std::to_string(s.violated) + " violated, " + std::to_string(s.not_evaluable) +
         " not evaluable";
}

namespace detail {

inline std::string number_cell(const std::optional<double>& v) {
  return v && std::isfinite(*v) ? derived_number(*v) : "";
}

inline std::string joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : " ") + id;
  return out;
}

/// The finding's explanation in `lang`.
inline const std::string& explanation_in(const plan::finding& f, language lang) {
  return lang == language::zh ? f.explanation_zh : f.explanation;
}

inline std::string json_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + json_string(items[i]);
  return out + "]";
}

}  // namespace detail

/// The audit as an aligned terminal table, then the explanations (in `lang`) of the findings that
/// do not hold, then the summary line.
///
/// Example: `std::cout << audit_text(audit(lishui(), lishui_relations()), language::en);`
inline std::string audit_text(const plan::audit_report& r, language lang = language::zh) {
  std::vector<std::vector<std::string>> rows;
  const auto word = [&](label l) { return std::string(label_text(l, lang)); };
  for (const plan::finding& f : r.findings)
    rows.push_back({f.id, std::string(finding_status_text(f.status, lang)),
                    detail::number_cell(f.lhs), detail::number_cell(f.rhs),
                    detail::number_cell(f.tolerance), detail::number_cell(f.gap),
                    std::string(f.unit.label(lang)), detail::joined(f.indicators)});
  std::string out = detail::text_table(
      {word(label::audit_relation), word(label::status), word(label::audit_lhs),
       word(label::audit_rhs), word(label::audit_tolerance), word(label::gap), word(label::unit),
       word(label::audit_indicators)},
      rows);
  std::string notes;
  for (const plan::finding& f : r.findings)
    if (f.status != plan::finding_status::holds)
      notes += "- " + printable(f.id) + " (" + std::string(finding_status_text(f.status, lang)) +
               "): " + printable(f.text_zh) + "\n  " + printable(detail::explanation_in(f, lang)) +
               "\n";
  if (!notes.empty()) out += "\n" + notes;
  return out + "\n" + audit_summary_line(r.summary, lang) + "\n";
}

namespace detail {

/// The summary line and the findings' table of an audit in Markdown, without a heading.
inline std::string audit_markdown_body(const plan::audit_report& r, language lang) {
  std::vector<std::vector<std::string>> rows;
  const auto word = [&](label l) { return std::string(label_text(l, lang)); };
  for (const plan::finding& f : r.findings)
    rows.push_back({f.id, std::string(relation_kind_text(f.kind, lang)),
                    std::string(finding_status_text(f.status, lang)), detail::joined(f.indicators),
                    f.text_zh, detail::number_cell(f.lhs), detail::number_cell(f.rhs),
                    detail::number_cell(f.tolerance), detail::number_cell(f.gap),
                    std::string(f.unit.label(lang)), detail::explanation_in(f, lang)});
  return audit_summary_line(r.summary, lang) + (lang == language::zh ? "。" : ".") + "\n\n" +
         detail::markdown_table(
             {word(label::audit_relation), word(label::audit_kind), word(label::status),
              word(label::audit_indicators), word(label::audit_plan_text), word(label::audit_lhs),
              word(label::audit_rhs), word(label::audit_tolerance), word(label::gap),
              word(label::unit), word(label::audit_explanation)},
             rows);
}

/// The plan's name in `lang`, the Chinese one when it has no English one.
inline const std::string& plan_name_in(const plan::plan& p, language lang) {
  return lang == language::en && !p.name_en.empty() ? p.name_en : p.name_zh;
}

}  // namespace detail

/// The audit as Markdown: the summary, then one table row per finding with the plan's wording
/// and the explanation in `lang`.
///
/// Example: `audit_markdown(audit(p, rels), p)` starts "# Consistency audit: …".
inline std::string audit_markdown(const plan::audit_report& r, const plan::plan& p,
                                  language lang = language::zh) {
  return "# " + std::string(label_text(label::sec_audit, lang)) +
         (lang == language::zh ? "：" : ": ") + escape_markdown(detail::plan_name_in(p, lang)) +
         "\n\n" + detail::audit_markdown_body(r, lang);
}

namespace detail {

/// The members "plan", "summary" and "findings" of an audit's JSON object, each line indented by
/// `indent`, without the braces around them.
inline std::string audit_json_members(const plan::audit_report& r, const plan::plan& p,
                                      const std::string& indent) {
  using detail::json_array;
  using detail::json_number;
  using detail::json_string;
  const plan::audit_summary& s = r.summary;
  std::string out =
      indent + "\"plan\": {\"name_zh\": " + json_string(p.name_zh) +
      ", \"name_en\": " + json_string(p.name_en) +
      "},\n" + indent + "\"summary\": " + "{\"relations\": " + std::to_string(s.relations) +
      ", \"holds\": " + std::to_string(s.holds) + ", \"violated\": " + std::to_string(s.violated) +
      ", \"not_evaluable\": " + std::to_string(s.not_evaluable) + "},\n" + indent +
      "\"findings\": [";
  bool first = true;
  for (const plan::finding& f : r.findings) {
    out += first ? "\n" : ",\n";
    first = false;
    out += indent + "  {\"id\": " + json_string(f.id) + ", \"kind\": " + json_string(to_string(f.kind)) +
           ", \"status\": " + json_string(to_string(f.status)) +
           ", \"indicators\": " + json_array(f.indicators) +
           ", \"body_targets\": " + json_array(f.body_targets) +
           ", \"text_zh\": " + json_string(f.text_zh) + ", \"lhs\": " + json_number(f.lhs) +
           ", \"rhs\": " + json_number(f.rhs) + ", \"tolerance\": " + json_number(f.tolerance) +
           ", \"gap\": " + json_number(f.gap) + ", \"unit\": " + json_string(std::string(f.unit.label(language::zh))) +
           ", \"explanation\": " + json_string(f.explanation) +
           ", \"explanation_zh\": " + json_string(f.explanation_zh) +
           ", \"note\": " + json_string(f.note) + "}";
  }
  return out + "\n" + indent + "]";
}

}  // namespace detail

/// The audit as JSON (layout in the file comment).
///
/// Example: `audit_json(audit(p, rels), p)` has `"findings": [{"id": "identity.33.2022", …`.
inline std::string audit_json(const plan::audit_report& r, const plan::plan& p) {
  return "{\n" + detail::audit_json_members(r, p, "  ") + "\n}\n";
}

/// The audit in the format asked for, explanations in `lang` (JSON has both); CSV is not offered
/// (a finding's explanation is prose).
///
/// Example: `render_audit(audit(p, rels), p, output_format::md, language::en)`.
/// Throws `argument_error` for `output_format::csv`.
inline std::string render_audit(const plan::audit_report& r, const plan::plan& p, output_format f,
                                language lang = language::zh) {
  switch (f) {
    case output_format::table:
      return audit_text(r, lang);
    case output_format::md:
      return audit_markdown(r, p, lang);
    case output_format::json:
      return audit_json(r, p);
    case output_format::csv:
      break;
  }
  throw prosper::argument_error("the audit has no csv format; use table, md or json");
}

/// The audit of `p` against `against`: the plan's own audit (`own`, as `render_audit` prints
/// it), then the cross-plan findings (`cross`, plan/cross_audit.hpp) under a heading naming the
/// other plan. In JSON the cross-plan part is the member "against", an object laid out like the
/// audit itself: `{"plan": …, "summary": …, "findings": […], "against": {"plan": {other plan},
/// "summary": …, "findings": […]}}`.
///
/// Example: `render_audit_against(audit(city, rels), audit_against(city, province, cross), city,
/// province, output_format::table, language::en)` ends with the cross-plan summary line.
/// Throws `argument_error` for `output_format::csv`.
inline std::string render_audit_against(const plan::audit_report& own,
                                        const plan::audit_report& cross, const plan::plan& p,
                                        const plan::plan& against, output_format f,
                                        language lang = language::zh) {
  const bool zh = lang == language::zh;
  const std::string colon = zh ? "：" : ": ";
  const std::string other = detail::plan_name_in(against, lang);
  switch (f) {
    case output_format::table:
      return std::string(cross_label_text(cross_label::own_audit, lang)) + "\n\n" +
             audit_text(own, lang) + "\n" +
             std::string(cross_label_text(cross_label::against, lang)) + colon +
             printable(other) + "\n\n" + audit_text(cross, lang);
    case output_format::md:
      return audit_markdown(own, p, lang) + "\n## " +
             std::string(cross_label_text(cross_label::against, lang)) + colon +
             escape_markdown(other) + "\n\n" + detail::audit_markdown_body(cross, lang);
    case output_format::json:
      return "{\n" + detail::audit_json_members(own, p, "  ") + ",\n  \"against\": {\n" +
             detail::audit_json_members(cross, against, "    ") + "\n  }\n}\n";
    case output_format::csv:
      break;
  }
  throw prosper::argument_error("the audit has no csv format; use table, md or json");
}

}  // namespace prosper::report
