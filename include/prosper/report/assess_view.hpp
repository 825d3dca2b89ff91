#pragma once
// What `prosper assess --view` prints: the per-indicator assessments (assessment_table.hpp), the
// roll-up and the schedule view (rollup_table.hpp), the evaluation (evaluation_table.hpp), or the
// first three together, in a terminal table, Markdown, CSV or JSON.

#include <optional>
#include <string>
#include <string_view>

#include "prosper/error.hpp"
#include "prosper/report/assessment_table.hpp"
#include "prosper/report/evaluation_table.hpp"
#include "prosper/report/rollup_table.hpp"

namespace prosper::report {

/// What `prosper assess --view` shows.
enum class assess_view { assessments, rollup, schedule, evaluation, all };

/// A stable ASCII name, as the CLI spells it.
///
/// Example: `to_string(assess_view::rollup) == "rollup"`.
constexpr std::string_view to_string(assess_view v) noexcept {
  switch (v) {
    case assess_view::assessments: return "assessments";
    case assess_view::rollup: return "rollup";
    case assess_view::schedule: return "schedule";
    case assess_view::evaluation: return "evaluation";
    case assess_view::all: return "all";
  }
  return "assessments";
}

/// The view named `s`, or empty.
///
/// Example: `assess_view_from_string("all") == assess_view::all`.
constexpr std::optional<assess_view> assess_view_from_string(std::string_view s) noexcept {
  for (auto v : {assess_view::assessments, assess_view::rollup, assess_view::schedule,
                 assess_view::evaluation, assess_view::all})
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
  if (view == assess_view::evaluation) {
    const evaluation_view e = build_evaluation(m, std::nullopt, o);
    switch (f) {
      case output_format::csv: return evaluation_csv(e, m);
      case output_format::json: return detail::rollups::json_text(evaluation_json_value(e, m));
      case output_format::md: return evaluation_markdown(e, m);
      case output_format::table: return evaluation_text(e, m);
    }
  }
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
