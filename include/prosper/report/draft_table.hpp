#pragma once
// A draft of the next plan (plan/draft.hpp) as a terminal table for people: per indicator the
// trend it rests on and the drafted target, or why there is none, then the audit of the draft.
// The draft itself is written as plan JSON (io::dump_plan); this is what `prosper draft` prints.

#include <string>
#include <string_view>
#include <vector>

#include "prosper/language.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/draft.hpp"
#include "prosper/report/catalog_table.hpp"
#include "prosper/report/markup.hpp"
#include "prosper/report/messages.hpp"
#include "prosper/report/report_model.hpp"

namespace prosper::report {

/// Why an indicator has no drafted target, in words.
///
/// Example: `draft_gap_text(plan::draft_gap::too_few_observations, language::en)` is
/// "fewer than three observations".
constexpr std::string_view draft_gap_text(plan::draft_gap g, language lang) noexcept {
  const bool zh = lang == language::zh;
  switch (g) {
    case plan::draft_gap::none: return "";
    case plan::draft_gap::too_few_observations: return zh ? "观测少于三个" : "fewer than three observations";
    case plan::draft_gap::neutral_direction: return zh ? "指标无方向" : "no direction to be reached";
    case plan::draft_gap::yearly_growth_target:
      return zh ? "年均增速目标需政策确定" : "a yearly-growth target is a policy choice";
    case plan::draft_gap::not_computable: return zh ? "数值无法计算" : "not computable";
  }
  return "";
}

/// The draft as an aligned table in `lang`, then the audit's counts.
///
/// Example: `render_draft(plan::draft_plan(p, r, series, o), plan::audit(d.draft, d.relations), o,
/// language::en)` starts with "Draft of the next plan".
inline std::string render_draft(const plan::draft_result& d, const plan::audit_report& audit,
                                const plan::draft_options& o, language lang) {
  std::vector<std::string> header;
  for (label l : {label::id, label::indicator, label::unit, label::latest_year, label::latest,
                  label::projected, label::draft_interval, label::draft_target, label::note})
    header.emplace_back(label_text(l, lang));
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < d.rows.size(); ++i) {
    const plan::draft_row& r = d.rows[i];
    const plan::indicator& ind = d.draft.indicators[i];
    std::string note(draft_gap_text(r.why, lang));
    if (r.why == plan::draft_gap::not_computable && !r.reason.empty()) note += ": " + r.reason;
    const math::milestone& goal = ind.milestones.back();
    rows.push_back({ind.id, name_text(ind, lang), unit_text(ind.unit, lang),
                    r.last_year ? std::to_string(*r.last_year) : std::string(empty_text),
                    exact_text(r.last_value), value_text(r.median),
                    r.lower && r.upper ? value_text(r.lower) + "–" + value_text(r.upper)
                                       : std::string(empty_text),
                    goal.value ? goal.printed : std::string(empty_text), note});
  }
  const auto count = [](std::size_t n) { return std::to_string(n); };
  std::string out = printable(label_text(label::draft_title, lang)) + ": " +
                    printable(lang == language::en && !d.draft.name_en.empty() ? d.draft.name_en
                                                                               : d.draft.name_zh) +
                    "\n" + printable(label_text(label::draft_probability, lang)) + ": " +
                    probability_text(o.probability) + "\n\n" + detail::text_table(header, rows) +
                    "\n" + printable(label_text(label::sec_audit, lang)) + ": " +
                    count(audit.summary.relations) + " · " +
                    printable(label_text(label::audit_holds, lang)) + " " + count(audit.summary.holds) +
                    " · " + printable(label_text(label::audit_violated, lang)) + " " +
                    count(audit.summary.violated) + " · " +
                    printable(label_text(label::audit_not_evaluable, lang)) + " " +
                    count(audit.summary.not_evaluable) + "\n";
  if (!d.relations_dropped.empty())
    out += count(d.relations_dropped.size()) + " " +
           printable(label_text(label::draft_relations_dropped, lang)) + "\n";
  return out;
}

}  // namespace prosper::report
