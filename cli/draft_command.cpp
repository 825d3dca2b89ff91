// prosper draft: the next plan's draft from a finished plan and its observations.

#include <CLI/CLI.hpp>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "assessment_options.hpp"
#include "exit_status.hpp"
#include "prosper/io/file.hpp"
#include "prosper/io/plan_json.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/draft.hpp"
#include "prosper/plan/validate.hpp"
#include "prosper/report/draft_table.hpp"

namespace prosper::cli {

/// prosper draft [--from PLAN] --observations FILE --target-year YEAR [--probability P]
///               [--base-year YEAR] [--lang zh|en] [--skip-bad-rows] --output FILE
/// Writes the draft as plan JSON (atomically) and prints, per indicator, the trend, the drafted
/// target or why there is none, then the audit of the draft.
void add_draft(CLI::App& app, action& run) {
  struct options {
    std::string from;
    std::string observations_file;
    int target_year = 0;
    double probability = 0.8;
    std::optional<int> base_year;
    std::string lang = "zh";
    bool skip_bad_rows = false;
    std::string output;
  };
  auto opt = std::make_shared<options>();
  CLI::App* cmd = app.add_subcommand(
      "draft", "Draft the next plan: per indicator the target its trend meets with a chosen "
               "probability, as plan JSON to edit, audited");
  cmd->add_option("--from", opt->from, "The finished plan, a plan JSON file (default: the embedded Lishui plan)");
  cmd->add_option("--observations", opt->observations_file,
                  "Observations of the plan's region, CSV or JSON (docs/data.md)")
      ->required();
  cmd->add_option("--target-year", opt->target_year, "The new plan's target year")
      ->required()
      ->check(CLI::Range(1950, 2200));
  cmd->add_option("--probability", opt->probability,
                  "Each drafted target is met with this probability under the trend")
      ->check(CLI::Range(0.01, 0.99))
      ->capture_default_str();
  cmd->add_option("--base-year", opt->base_year,
                  "The new plan's base year (default: the finished plan's target year)")
      ->check(CLI::Range(1949, 2200));
  cmd->add_option("--lang", opt->lang, "Language of the printed table")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  cmd->add_flag("--skip-bad-rows", opt->skip_bad_rows,
                "Skip malformed observation rows with a warning each instead of stopping");
  cmd->add_option("--output,-o", opt->output, "Plan JSON file to write")->required();
  cmd->callback([opt, &run] {
    run = [opt] {
      const io::plan_document doc = load(opt->from);
      const auto observations = load_observations(opt->observations_file, doc.plan, opt->skip_bad_rows);
      pl::draft_options o;
      o.target_year = opt->target_year;
      o.probability = opt->probability;
      o.base_year = opt->base_year;
      const int base_year = o.base_year.value_or(doc.plan.target_year);
      if (o.target_year <= base_year)
        throw usage_error("--target-year " + std::to_string(o.target_year) +
                          " must be after the base year " + std::to_string(base_year));
      // Every row is used or reported: the trend is the plan's own region's, so other regions'
      // rows are listed as not used; a row after the base year is refused, not dropped.
      std::map<std::string, std::vector<math::observation>, std::less<>> series;
      std::size_t other_regions = 0;
      for (const io::observation_record& r : observations) {
        if (r.region != doc.plan.region_zh) {
          ++other_regions;
          continue;
        }
        if (r.year > base_year)
          throw usage_error(r.file + ":" + std::to_string(r.line) + ": an observation for " +
                            std::to_string(r.year) + " is after the draft's base year " +
                            std::to_string(base_year) + "; give --base-year " +
                            std::to_string(r.year) + " or leave the row out");
        series[r.indicator].push_back(r);
      }
      if (other_regions > 0)
        std::cerr << "prosper: warning: " << other_regions
                  << " observations of regions other than the plan's own are not used (the "
                     "draft follows the plan's region)\n";
      const pl::draft_result d = pl::draft_plan(doc.plan, doc.relations, series, o);
      pl::validate(d.draft, d.relations);
      const pl::audit_report audit = pl::audit(d.draft, d.relations);
      io::write_file_atomically(opt->output, io::dump_plan(d.draft, d.relations));
      io::write_stdout(rp::render_draft(d, audit, o, parse_language(opt->lang)));
      return exit_ok;
    };
  });
}

}  // namespace prosper::cli
