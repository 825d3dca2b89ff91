// prosper: the command-line tool. A thin layer over the library: the plan comes from the embedded
// Lishui plan or a JSON file (io/plan_json.hpp), the work is done by plan/audit.hpp and the
// output by report/*.hpp. Everything reusable lives in those headers; this file only wires
// options to them.
//
// Each subcommand is one `add_<name>` function that declares its options and sets the action to
// run; adding `assess` or `report` later means writing one more such function and calling it in
// `main`.
//
// Exit codes: 0 success, 2 usage error (bad option, missing subcommand), 3 input error (a plan
// file that cannot be read or is malformed; the message names the file, the JSON Pointer and the
// problem, e.g. "prosper: plan.json: /indicators/3/unit: expected a string").

#include <CLI/CLI.hpp>
#include <exception>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include "prosper/format.hpp"
#include "prosper/io/plan_json.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/lishui.hpp"
#include "prosper/plan/lishui_relations.hpp"
#include "prosper/report/audit_table.hpp"
#include "prosper/report/catalog_table.hpp"

namespace {

namespace io = prosper::io;
namespace pl = prosper::plan;
namespace rp = prosper::report;

constexpr int exit_ok = 0;
constexpr int exit_usage = 2;
constexpr int exit_input = 3;

/// A plan file that cannot be used; the message is printed after "prosper: ".
class input_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The plan a subcommand works on: the embedded Lishui plan, or the file given with --plan.
io::plan_document load(const std::string& file) {
  if (file.empty()) return {pl::lishui(), pl::lishui_relations()};
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) throw input_error(file + ": no such file");
  try {
    return io::load_plan(file);
  } catch (const io::plan_json_error& e) {
    throw input_error(file + ": " + e.what());
  } catch (const std::runtime_error& e) {
    throw input_error(file + ": " + e.what());
  }
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
      std::cout << rp::render_catalog(doc.plan, parse_format(opt->format),
                                      parse_language(opt->lang));
      return exit_ok;
    };
  });
}

/// prosper audit [--plan FILE] [--format table|md|json]
void add_audit(CLI::App& app, action& run) {
  struct options {
    std::string plan_file;
    std::string format = "table";
  };
  auto opt = std::make_shared<options>();
  CLI::App* cmd = app.add_subcommand(
      "audit", "Check the relations among the plan's numbers (identities, shares, growth claims)");
  cmd->add_option("--plan", opt->plan_file, "Plan JSON file (default: the embedded Lishui plan)");
  cmd->add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember({"table", "md", "json"}))
      ->capture_default_str();
  cmd->callback([opt, &run] {
    run = [opt] {
      const io::plan_document doc = load(opt->plan_file);
      const pl::audit_report report = pl::audit(doc.plan, doc.relations);
      std::cout << rp::render_audit(report, doc.plan, parse_format(opt->format));
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
      std::cout << io::dump_plan(doc.plan, doc.relations);
      return exit_ok;
    };
  });
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"prosper: target math for development plans (Lishui 2021-2025 built in)", "prosper"};
  app.require_subcommand(1);
  action run;
  add_catalog(app, run);
  add_audit(app, run);
  add_export(app, run);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help is a "successful" parse error; everything else is a usage error.
    return app.exit(e) == 0 ? exit_ok : exit_usage;
  }
  try {
    return run ? run() : exit_usage;
  } catch (const input_error& e) {
    std::cerr << "prosper: " << e.what() << "\n";
    return exit_input;
  } catch (const std::exception& e) {
    std::cerr << "prosper: " << e.what() << "\n";
    return exit_input;
  }
}
