// prosper catalog, audit and export: the plan itself, no observations.

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "common.hpp"
#include "exit_status.hpp"
#include "prosper/error.hpp"
#include "prosper/io/cross_json.hpp"
#include "prosper/io/file.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/cross_audit.hpp"
#include "prosper/plan/cross_relations.hpp"
#include "prosper/plan/lishui_against_zhejiang.hpp"
#include "prosper/report/audit_table.hpp"
#include "prosper/report/catalog_table.hpp"

namespace prosper::cli {

/// prosper catalog [--plan NAME|FILE] [--format table|md|csv|json] [--lang zh|en]
void add_catalog(CLI::App& app, action& run) {
  struct options {
    std::string plan_file;
    std::string format = "table";
    std::string lang = "zh";
  };
  auto opt = std::make_shared<options>();
  CLI::App* cmd =
      app.add_subcommand("catalog", "List every plan item: appendix indicators, then body targets");
  cmd->add_option("--plan", opt->plan_file, plan_option_help);
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

/// The cross-plan relations built into prosper: the audit against another plan picks the one
/// that joins the two plans (by their names) unless --relations gives a file. Built on first
/// call, so that other commands never build them.
std::vector<const pl::cross_relations*> builtin_cross() { return {&pl::lishui_against_zhejiang()}; }

/// prosper audit [--plan NAME|FILE] [--against NAME|FILE [--relations FILE]]
///               [--format table|md|json] [--lang zh|en]
void add_audit(CLI::App& app, action& run) {
  struct options {
    std::string plan_file;
    std::string against;
    std::string relations_file;
    std::string format = "table";
    std::string lang = "zh";
  };
  auto opt = std::make_shared<options>();
  CLI::App* cmd = app.add_subcommand(
      "audit", "Check the relations among the plan's numbers (identities, shares, growth claims)");
  cmd->add_option("--plan", opt->plan_file, plan_option_help);
  CLI::Option* against = cmd->add_option(
      "--against", opt->against,
      "Also check the plan against another plan (a built-in name or a plan JSON file): the "
      "cross-plan relations that join the two, built in or given with --relations");
  cmd->add_option("--relations", opt->relations_file,
                  "Cross-plan relations JSON file (format prosper-cross-relations) for --against")
      ->needs(against);
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
      if (opt->against.empty()) {
        io::write_stdout(rp::render_audit(report, doc.plan, parse_format(opt->format),
                                          parse_language(opt->lang)));
        return exit_ok;
      }
      const io::plan_document other = load(opt->against, "--against");
      pl::cross_relations cross;
      if (!opt->relations_file.empty()) {
        cross = io::load_cross_relations(opt->relations_file);
        try {
          pl::validate(cross, doc.plan, other.plan);
        } catch (const plan_error& e) {
          throw e.in_file(opt->relations_file);
        }
      } else {
        const std::vector<const pl::cross_relations*> built_in = builtin_cross();
        const auto found =
            std::find_if(built_in.begin(), built_in.end(), [&](const pl::cross_relations* c) {
              return pl::joins(*c, doc.plan, other.plan);
            });
        if (found == built_in.end())
          throw usage_error("--against: no relations between '" + doc.plan.name_zh + "' and '" +
                            other.plan.name_zh +
                            "' are built in; give them with --relations FILE");
        cross = **found;
        pl::validate(cross, doc.plan, other.plan);
      }
      const pl::audit_report against_report =
          pl::audit_against(doc.plan, other.plan, cross.relations);
      io::write_stdout(rp::render_audit_against(report, against_report, doc.plan, other.plan,
                                                parse_format(opt->format),
                                                parse_language(opt->lang)));
      return exit_ok;
    };
  });
}

/// prosper export [--plan NAME|FILE]: the plan as JSON, the starting point for another city's file.
void add_export(CLI::App& app, action& run) {
  auto plan_file = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Write the plan and its explicit relations as plan JSON (to edit for another plan)");
  cmd->add_option("--plan", *plan_file, plan_option_help);
  cmd->callback([plan_file, &run] {
    run = [plan_file] {
      const io::plan_document doc = load(*plan_file);
      io::write_stdout(io::dump_plan(doc.plan, doc.relations));
      return exit_ok;
    };
  });
}


}  // namespace prosper::cli
