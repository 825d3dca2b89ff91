// prosper assess: the assessments, roll-ups and the schedule view on the terminal or as files.

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>

#include "assessment_options.hpp"
#include "exit_status.hpp"
#include "prosper/io/file.hpp"
#include "prosper/io/weights_json.hpp"
#include "prosper/report/assessment_table.hpp"
#include "prosper/report/assess_view.hpp"

namespace prosper::cli {

/// prosper assess --observations FILE [--plan FILE] [--method M] [--as-of YEAR]
///                [--view assessments|rollup|schedule|evaluation|all] [--format table|md|csv|json]
///                [--evaluation auto|mid-term|final]
///                [--weights FILE] [--lang zh|en] [--skip-bad-rows] [--strict]
/// --view rollup: status counts and shares, mean StatCan score and NBS 实现程度 per category
/// and for the plan; --view schedule: 按时序进度 in the as-of year (report/rollup_table.hpp);
/// --view evaluation: the mid-term or final evaluation (report/evaluation_view.hpp).
void add_assess(CLI::App& app, action& run) {
  struct options : assessment_cli_options {
    std::string format = "table";
    std::string view = "assessments";
    std::string weights_file;
  };
  auto opt = std::make_shared<options>();
  CLI::App* cmd = app.add_subcommand(
      "assess", "Assess progress of every indicator towards its target from observations");
  add_assessment_options(cmd, *opt, true);
  cmd->add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember({"table", "md", "csv", "json"}))
      ->capture_default_str();
  cmd->add_option("--view", opt->view,
                  "What to show: the per-indicator assessments, the roll-up by category, the "
                  "schedule view (按时序进度 in the as-of year), the mid-term or final evaluation, "
                  "or the first three (all; not with csv)")
      ->check(CLI::IsMember({"assessments", "rollup", "schedule", "evaluation", "all"}))
      ->capture_default_str();
  cmd->add_option("--weights", opt->weights_file,
                  "Declared indicator weights for the roll-up's means: a JSON object "
                  "{\"id\": weight, ...} with every indicator of the plan (default: equal)");
  cmd->callback([opt, cmd, &run] {
    if (opt->view == "all" && opt->format == "csv")
      throw CLI::ValidationError("--view all",
                                 "has no CSV form (a CSV file holds one table): choose --view "
                                 "assessments, rollup or schedule with --format csv");
    if (cmd->count("--evaluation") > 0 && opt->view != "evaluation")
      throw CLI::ValidationError("--evaluation", "applies to --view evaluation (and to prosper report)");
    if (!opt->weights_file.empty() && opt->view == "assessments")
      throw CLI::ValidationError("--weights", "applies to --view rollup, schedule, evaluation or all");
    run = [opt] {
      const io::plan_document doc = load(opt->plan_file);
      rp::rollup_options rollup;
      if (!opt->weights_file.empty())
        rollup.weights = io::load_weights_json(opt->weights_file, doc.plan);
      const auto observations =
          load_observations(opt->observations_file, doc.plan, opt->skip_bad_rows);
      rp::report_options ro = model_options(*opt, doc.plan, observations);
      // The assessments alone: the audit and the ratio panel are not printed, so not computed.
      ro.sections.audit = false;
      ro.sections.ratio_panel = false;
      const rp::report_model model =
          rp::build_report_model(doc.plan, doc.relations, observations, ro);
      account_for_unused(model, opt->strict);
      const rp::assess_view view =
          rp::assess_view_from_string(opt->view).value_or(rp::assess_view::assessments);
      io::write_stdout(rp::render_view(model, view, parse_format(opt->format), rollup));
      return exit_ok;
    };
  });
}

}  // namespace prosper::cli
