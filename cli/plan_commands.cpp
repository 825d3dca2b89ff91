// prosper catalog, audit and export: the plan itself, no observations.

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "common.hpp"
#include "exit_status.hpp"
#include "prosper/io/file.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/report/audit_table.hpp"
#include "prosper/report/catalog_table.hpp"

namespace prosper::cli {

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


}  // namespace prosper::cli
