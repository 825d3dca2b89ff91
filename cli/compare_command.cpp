// prosper compare-methods: every assessment method side by side.

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>

#include "assessment_options.hpp"
#include "exit_status.hpp"
#include "prosper/io/file.hpp"
#include "prosper/report/method_comparison_json.hpp"

namespace prosper::cli {

/// prosper compare-methods --observations FILE [--plan FILE] [--as-of YEAR] [--band-step S]
///                         [--format table|md|csv|json] [--lang zh|en] [--output FILE]
///                         [--skip-bad-rows] [--strict]
/// Every method side by side (report/method_comparison.hpp); the options are assess's, without
/// --method.
void add_compare_methods(CLI::App& app, action& run) {
  struct options {
    std::string plan_file;
    std::string observations_file;
    std::optional<int> as_of;
    std::string lang = "zh";
    std::string format = "table";
    std::string output;
    double band_step = 0.05;
    bool skip_bad_rows = false;
    bool strict = false;
  };
  auto opt = std::make_shared<options>();
  CLI::App* cmd = app.add_subcommand(
      "compare-methods",
      "Assess every indicator by every method side by side: agreement, disagreements and why, "
      "sensitivity to the base year and the band thresholds");
  cmd->add_option("--observations", opt->observations_file,
                  "Observations file, CSV or JSON (docs/data.md)")
      ->required();
  cmd->add_option("--plan", opt->plan_file, plan_option_help);
  cmd->add_option("--as-of", opt->as_of, "Ignore observations after this year (default: the latest)")
      ->check(CLI::Range(1949, 2100));
  cmd->add_option("--band-step", opt->band_step,
                  "Move every non-zero cut-off by this share of itself, up and down")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember({"table", "md", "csv", "json"}))
      ->capture_default_str();
  cmd->add_option("--lang", opt->lang, "Language of names and labels in table/md output")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  cmd->add_option("--output,-o", opt->output, "File to write (default: standard output)");
  cmd->add_flag("--skip-bad-rows", opt->skip_bad_rows,
                "Skip malformed observation rows with a warning each instead of stopping");
  cmd->add_flag("--strict", opt->strict,
                "Fail (exit 3) when an observation is not used, e.g. for a region not assessed");
  cmd->callback([opt, &run] {
    run = [opt] {
      const io::plan_document doc = load(opt->plan_file);
      const auto observations =
          load_observations(opt->observations_file, doc.plan, opt->skip_bad_rows);
      rp::report_options ro;
      ro.as_of = opt->as_of;
      ro.lang = parse_language(opt->lang);
      ro.sections.audit = false;
      ro.sections.ratio_panel = false;
      const rp::report_model model =
          rp::build_report_model(doc.plan, doc.relations, observations, ro);
      account_for_unused(model, opt->strict);
      rp::comparison_options co;
      co.band_step = opt->band_step;
      const std::string text =
          rp::render_comparison(rp::compare_methods(model, co, observations), parse_format(opt->format));
      if (opt->output.empty()) {
        io::write_stdout(text);
      } else {
        io::write_file_atomically(opt->output, text);
      }
      return exit_ok;
    };
  });
}

}  // namespace prosper::cli
