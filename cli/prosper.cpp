// prosper: the command-line tool. A thin layer over the library: the plan comes from the embedded
// Lishui plan or a JSON file (io/plan_json.hpp), the work is done by plan/audit.hpp and the
// output by report/*.hpp. Everything reusable lives in those headers; this file only wires
// options to them.
//
// Each subcommand is one `add_<name>` function that declares its options and sets the action to
// run; adding `assess` or `report` later means writing one more such function and calling it in
// `main`.
//
// Exit codes (cli/exit_status.hpp): 0 success, 2 usage error, 3 the user's input (a plan or
// observation file that cannot be read or is not valid; the message names the file and the
// line or JSON Pointer, e.g. "prosper: plan.json: /indicators/3/unit: expected a string"), 1
// anything else (an output that cannot be written, out of memory, an internal error).
// Everything printed goes through io::write_stdout or io::write_file_atomically, so a full disk
// or a closed pipe is an error with its reason, never a truncated output with exit 0.

#include <CLI/CLI.hpp>
#include <algorithm>
#include <csignal>
#include <exception>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include "exit_status.hpp"
#include "prosper/format.hpp"
#include "prosper/io/detail/text.hpp"
#include "prosper/io/file.hpp"
#include "prosper/io/observations_csv.hpp"
#include "prosper/io/observations_json.hpp"
#include "prosper/io/plan_json.hpp"
#include "prosper/io/weights_json.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/lishui.hpp"
#include "prosper/report/assessment_table.hpp"
#include "prosper/report/audit_table.hpp"
#include "prosper/report/catalog_table.hpp"
#include "prosper/report/html_report.hpp"
#include "prosper/report/markdown_report.hpp"
#include "prosper/report/rollup_table.hpp"
#include "prosper/report/method_comparison_json.hpp"
#include "prosper/report/report_model.hpp"
#if PROSPER_HAS_XLSX
#include "prosper/report/xlsx_report.hpp"
#endif

namespace {

namespace io = prosper::io;
namespace pl = prosper::plan;
namespace rp = prosper::report;

using prosper::cli::exit_ok;
using prosper::cli::exit_usage;

/// The plan a subcommand works on: the embedded Lishui plan, or the file given with --plan.
io::plan_document load(const std::string& file) {
  if (file.empty()) return {pl::lishui(), pl::lishui_relations()};
  return io::load_plan(file);
}

prosper::language parse_language(const std::string& s) {
  return s == "en" ? prosper::language::en : prosper::language::zh;
}

rp::output_format parse_format(const std::string& s) {
  // CLI11 has already checked membership; the fallback is unreachable.
  return rp::output_format_from_string(s).value_or(rp::output_format::table);
}

/// What a parsed command line runs.
using action = std::function<int()>;

/// prosper catalog [--plan FILE] [--format table|md|csv|json] [--lang zh|en]
void add_catalog(CLI::App& app, action& run) {
  struct options {
    std::string plan_file;
    std::string format = "table";
    std::string lang = "zh";
  };
  auto opt = std::make_shared<options>();
  CLI::App* cmd =
      app.add_subcommand("catalog", "List every plan item: appendix indicators, then body targets");
  cmd->add_option("--plan", opt->plan_file, "Plan JSON file (default: the embedded Lishui plan)");
  cmd->add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember({"table", "md", "csv", "json"}))
      ->capture_default_str();
  cmd->add_option("--lang", opt->lang, "Language of names and units in table/md output")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  cmd->callback([opt, &run] {
    run = [opt] {
      const io::plan_document doc = load(opt->plan_file);
      io::write_stdout(rp::render_catalog(doc.plan, parse_format(opt->format),
                                          parse_language(opt->lang)));
      return exit_ok;
    };
  });
}

/// prosper audit [--plan FILE] [--format table|md|json] [--lang zh|en]
void add_audit(CLI::App& app, action& run) {
  struct options {
    std::string plan_file;
    std::string format = "table";
    std::string lang = "zh";
  };
  auto opt = std::make_shared<options>();
  CLI::App* cmd = app.add_subcommand(
      "audit", "Check the relations among the plan's numbers (identities, shares, growth claims)");
  cmd->add_option("--plan", opt->plan_file, "Plan JSON file (default: the embedded Lishui plan)");
  cmd->add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember({"table", "md", "json"}))
      ->capture_default_str();
  cmd->add_option("--lang", opt->lang,
                  "Language of the explanations in table/md output (json has both)")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  cmd->callback([opt, &run] {
    run = [opt] {
      const io::plan_document doc = load(opt->plan_file);
      const pl::audit_report report = pl::audit(doc.plan, doc.relations);
      io::write_stdout(rp::render_audit(report, doc.plan, parse_format(opt->format),
                                        parse_language(opt->lang)));
      return exit_ok;
    };
  });
}

/// prosper export [--plan FILE]: the plan as JSON, the starting point for another city's file.
void add_export(CLI::App& app, action& run) {
  auto plan_file = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Write the plan and its explicit relations as plan JSON (to edit for another plan)");
  cmd->add_option("--plan", *plan_file, "Plan JSON file (default: the embedded Lishui plan)");
  cmd->callback([plan_file, &run] {
    run = [plan_file] {
      const io::plan_document doc = load(*plan_file);
      io::write_stdout(io::dump_plan(doc.plan, doc.relations));
      return exit_ok;
    };
  });
}


// ---- assess and report ---------------------------------------------------------------------

prosper::assessment_method parse_method(const std::string& s) {
  using prosper::assessment_method;
  for (assessment_method m : {assessment_method::eurostat, assessment_method::statcan,
                              assessment_method::sdsn, assessment_method::escap,
                              assessment_method::nbs})
    if (prosper::to_string(m) == s) return m;
  return assessment_method::statcan;  // CLI11 has already checked membership
}

/// Observations from a CSV or JSON file (by extension), read against the plan. Row problems throw
/// prosper::input_error ("file:line: problem", exit 3) unless `skip_bad_rows`, in which case each
/// skipped row is a warning on stderr and the count closes the list.
std::vector<io::observation_record> load_observations(const std::string& file, const pl::plan& plan,
                                               bool skip_bad_rows) {
  if (file.empty()) return {};
  io::read_options options;
  options.skip_bad_rows = skip_bad_rows;
  std::string ext = std::filesystem::path(file).extension().string();
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  io::read_result r = ext == ".json" ? io::load_observations_json(file, plan, options)
                                     : io::load_observations_csv(file, plan, options);
  for (const io::diagnostic& d : r.warnings)
    std::cerr << "prosper: warning: skipped " << d.to_string() << "\n";
  if (skip_bad_rows)
    std::cerr << "prosper: " << r.skipped << (r.skipped == 1 ? " row" : " rows") << " skipped ("
              << r.summary() << ")\n";
  return std::move(r.observations);
}

/// The options `assess` and `report` share.
struct assessment_cli_options {
  std::string plan_file;
  std::string observations_file;
  std::string method = "statcan";
  std::optional<int> as_of;
  std::string lang = "zh";
  bool skip_bad_rows = false;
  bool strict = false;
  std::vector<std::string> regions;     ///< as given; "all" = the plan's region and sub-regions
  std::vector<std::string> indicators;  ///< indicator ids; empty = every indicator
};

/// Every observation is used or reported (issue 14): the ones the command does not consume are
/// listed on stderr with file:line and the reason (the first max_listed_unused of them, then a
/// count), as the output's own summary lists them. With --strict, an unused observation that the
/// options did not ask to leave out (a region not assessed, a value no section uses) is an input
/// error: exit 3, and nothing is written.
void account_for_unused(const rp::report_model& model, bool strict) {
  namespace text = io::detail::text;
  const auto& unused = model.data.unused;
  for (std::size_t i = 0; i < unused.size() && i < rp::max_listed_unused; ++i) {
    const rp::unused_observation& u = unused[i];
    std::cerr << "prosper: warning: " << text::visible(u.location()) << ": not used (indicator "
              << text::shown(u.indicator) << ", " << text::shown(u.region) << ", " << u.year
              << "): " << text::visible(rp::unused_text(u, model, prosper::language::en)) << "\n";
  }
  if (unused.size() > rp::max_listed_unused)
    std::cerr << "prosper: warning: … and " << unused.size() - rp::max_listed_unused
              << " more unused observations (the output lists them all)\n";
  if (!strict) return;
  std::size_t refused = 0;
  const rp::unused_observation* first = nullptr;
  for (const rp::unused_observation& u : unused)
    if (!rp::left_out_by_options(u.why)) {
      ++refused;
      if (!first) first = &u;
    }
  if (first)
    throw prosper::input_error(
        first->file, first->line, first->pointer,
        std::to_string(refused) + (refused == 1 ? " observation is" : " observations are") +
            " not used by this command (--strict); the first: " +
            rp::unused_text(*first, model, prosper::language::en));
}

void add_assessment_options(CLI::App* cmd, assessment_cli_options& o, bool observations_required) {
  auto* obs = cmd->add_option("--observations", o.observations_file,
                              "Observations file, CSV or JSON (docs/data.md)");
  if (observations_required) obs->required();
  cmd->add_option("--plan", o.plan_file, "Plan JSON file (default: the embedded Lishui plan)");
  cmd->add_option("--method", o.method, "Assessment method")
      ->check(CLI::IsMember({"eurostat", "statcan", "sdsn", "escap", "nbs"}))
      ->capture_default_str();
  cmd->add_option("--as-of", o.as_of, "Ignore observations after this year (default: the latest)")
      ->check(CLI::Range(1949, 2100));
  cmd->add_option("--lang", o.lang, "Language of names, units and labels")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  cmd->add_flag("--skip-bad-rows", o.skip_bad_rows,
                "Skip malformed observation rows with a warning each instead of stopping");
  cmd->add_flag("--strict", o.strict,
                "Fail (exit 3) when an observation is not used, e.g. for a region not assessed");
  cmd->add_option("--regions", o.regions,
                  "Regions to assess, comma-separated (default: the plan's own); 'all' adds the "
                  "sub-regions the plan declares (a city's counties)")
      ->delimiter(',');
  cmd->add_option("--indicators", o.indicators,
                  "Indicator ids to include, comma-separated (default: all)")
      ->delimiter(',');
}

/// An option's value the command cannot use (an unknown region or indicator id): exit 2 with
/// the option named, as for a value CLI11 refuses while parsing.
struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// The report options the command line asks for. A region must be one the plan declares or one
/// the observations name, so that a typo fails (exit 2) instead of giving rows of "no data".
rp::report_options model_options(const assessment_cli_options& o, const pl::plan& plan,
                                 const std::vector<io::observation_record>& observations) {
  rp::report_options r;
  r.method = parse_method(o.method);
  r.as_of = o.as_of;
  r.lang = parse_language(o.lang);
  r.indicators = o.indicators;
  std::set<std::string, std::less<>> known;
  for (const pl::declared_region& g : plan.regions) known.insert(g.name_zh);
  for (const io::observation_record& obs : observations) known.insert(obs.region);
  known.insert(plan.region_zh);
  const auto add = [&](const std::string& region) {
    if (std::find(r.regions.begin(), r.regions.end(), region) == r.regions.end())
      r.regions.push_back(region);
  };
  for (const std::string& region : o.regions) {
    if (region == "all") {
      add(plan.region_zh);
      for (const std::string& sub : pl::sub_regions(plan.regions, plan.region_zh)) add(sub);
    } else if (known.count(region)) {
      add(region);
    } else {
      throw usage_error("--regions: unknown region " + io::detail::text::shown(region) +
                        ": neither declared by the plan nor in the observations");
    }
  }
  for (const std::string& id : o.indicators)
    if (std::none_of(plan.indicators.begin(), plan.indicators.end(),
                     [&](const pl::indicator& i) { return i.id == id; }))
      throw usage_error("--indicators: the plan has no indicator " + io::detail::text::shown(id));
  return r;
}

/// prosper assess --observations FILE [--plan FILE] [--method M] [--as-of YEAR]
///                [--view assessments|rollup|schedule|all] [--format table|md|csv|json]
///                [--weights FILE] [--lang zh|en] [--skip-bad-rows] [--strict]
/// --view rollup: status counts and shares, mean StatCan score and NBS 实现程度 per category
/// and for the plan; --view schedule: 按时序进度 in the as-of year (report/rollup_table.hpp).
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
                  "schedule view (按时序进度 in the as-of year), or all three (not with csv)")
      ->check(CLI::IsMember({"assessments", "rollup", "schedule", "all"}))
      ->capture_default_str();
  cmd->add_option("--weights", opt->weights_file,
                  "Declared indicator weights for the roll-up's means: a JSON object "
                  "{\"id\": weight, ...} with every indicator of the plan (default: equal)");
  cmd->callback([opt, &run] {
    if (opt->view == "all" && opt->format == "csv")
      throw CLI::ValidationError("--view all",
                                 "has no CSV form (a CSV file holds one table): choose --view "
                                 "assessments, rollup or schedule with --format csv");
    if (!opt->weights_file.empty() && opt->view == "assessments")
      throw CLI::ValidationError("--weights", "applies to --view rollup, schedule or all");
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

/// prosper report [--observations FILE] [--plan FILE] [--lang zh|en] [--format html|md|xlsx]
///                [--method M] [--as-of YEAR] [--skip-bad-rows] [--strict] --output FILE
/// --format xlsx is there when the CLI was built with libxlsxwriter (PROSPER_HAS_XLSX); otherwise
/// it is a usage error (exit 2) that says so.
void add_report(CLI::App& app, action& run) {
  struct options : assessment_cli_options {
    std::string format = "html";
    std::string output;
  };
  auto opt = std::make_shared<options>();
  CLI::App* cmd = app.add_subcommand(
      "report",
      "Write the assessment report: one self-contained HTML file, Markdown or an Excel workbook");
  add_assessment_options(cmd, *opt, false);
  cmd->add_option("--format", opt->format, "Report format (xlsx: an Excel workbook)")
      ->check(CLI::IsMember({"html", "md", "xlsx"}))
      ->capture_default_str();
  cmd->add_option("--output,-o", opt->output, "File to write")->required();
  cmd->callback([opt, &run] {
#if !PROSPER_HAS_XLSX
    if (opt->format == "xlsx")
      throw CLI::ValidationError("--format xlsx",
                                 "this prosper was built without libxlsxwriter; install it and "
                                 "zlib (Debian: libxlsxwriter-dev zlib1g-dev) and rebuild for "
                                 "Excel output");
#endif
    run = [opt] {
      const io::plan_document doc = load(opt->plan_file);
      const auto observations =
          load_observations(opt->observations_file, doc.plan, opt->skip_bad_rows);
      const rp::report_model model =
          rp::build_report_model(doc.plan, doc.relations, observations,
                                 model_options(*opt, doc.plan, observations));
      account_for_unused(model, opt->strict);
      if (opt->format == "xlsx") {
#if PROSPER_HAS_XLSX
        rp::write_xlsx_report(model, opt->output);
#endif
      } else {
        const std::string text = opt->format == "md" ? rp::render_markdown_report(model)
                                                     : rp::render_html_report(model);
        io::write_file_atomically(opt->output, text);
      }
      std::error_code ec;
      const auto where = std::filesystem::absolute(opt->output, ec);
      io::write_stdout("prosper: report written to " + (ec ? opt->output : where.string()) + "\n");
      return exit_ok;
    };
  });
}

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
  cmd->add_option("--plan", opt->plan_file, "Plan JSON file (default: the embedded Lishui plan)");
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

/// Declares the subcommands, parses the command line and runs the chosen one. Usage errors
/// become their exit code here; exceptions are left to `main`.
int run_command_line(int argc, char** argv) {
  CLI::App app{"prosper: target math for development plans (Lishui 2021-2025 built in)", "prosper"};
  app.require_subcommand(1);
  action run;
  add_catalog(app, run);
  add_audit(app, run);
  add_export(app, run);
  add_assess(app, run);
  add_report(app, run);
  add_compare_methods(app, run);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help is a "successful" parse error; everything else is a usage error.
    return app.exit(e) == 0 ? exit_ok : exit_usage;
  }
  if (!run) return exit_usage;
  try {
    return run();
  } catch (const usage_error& e) {
    std::cerr << "prosper: " << e.what() << "\n";
    return exit_usage;
  }
}

}  // namespace

int main(int argc, char** argv) {
  // A file-size limit (ulimit -f) would otherwise kill the process with SIGXFSZ in the middle of
  // a write, leaving the temporary file behind; ignored, the write fails with EFBIG, which is
  // reported like a full disk ("File too large", exit 1) and the previous file is kept.
  std::signal(SIGXFSZ, SIG_IGN);
  prosper::cli::install_memory_safety();
  return prosper::cli::run_guarded([&] { return run_command_line(argc, argv); });
}
