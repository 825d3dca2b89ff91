#pragma once
// What every subcommand of the prosper CLI shares: the plan it works on, the option parsers and
// the `action` a parsed command line runs. Each group of subcommands is its own translation unit
// (plan_commands.cpp, assess_command.cpp, report_command.cpp, compare_command.cpp), so that each
// includes only the report headers it needs: one TU with all of them needed 2.1 GB to compile.

#include <CLI/CLI.hpp>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/io/plan_json.hpp"
#include "prosper/language.hpp"
#include "prosper/plan/lishui.hpp"
#include "prosper/plan/zhejiang.hpp"
#include "prosper/report/catalog_table.hpp"

namespace prosper::cli {

namespace io = prosper::io;
namespace pl = prosper::plan;
namespace rp = prosper::report;

/// What a parsed command line runs.
using action = std::function<int()>;

/// An option's value the command cannot use (an unknown region or indicator id): exit 2 with
/// the option named, as for a value CLI11 refuses while parsing.
struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// A plan built into prosper, by the name `--plan` takes.
struct builtin_plan {
  std::string_view name;
  const pl::plan& (*plan)();
  const std::vector<pl::relation>& (*relations)();
};

/// The built-in plans; the first is the default of every --plan.
inline constexpr builtin_plan builtin_plans[] = {
    {"lishui", pl::lishui, pl::lishui_relations},
    {"zhejiang", pl::zhejiang, pl::zhejiang_relations},
};

/// What every --plan option says about its value.
inline constexpr const char* plan_option_help =
    "Plan: a built-in name (lishui, zhejiang) or a plan JSON file (default: lishui)";

/// The plan a subcommand works on: the first built-in plan when `plan` is empty, the built-in
/// plan of that name, or the plan file at that path. A value with neither a '/' nor a '.' is a
/// name: an unknown one is a usage error naming `option`, since it is more likely a misspelt name
/// than a file (a file of that name is read as ./NAME).
inline io::plan_document load(const std::string& plan, std::string_view option = "--plan") {
  if (plan.empty()) return {builtin_plans[0].plan(), builtin_plans[0].relations()};
  for (const builtin_plan& b : builtin_plans)
    if (b.name == plan) return {b.plan(), b.relations()};
  if (plan.find_first_of("/.") == std::string::npos) {
    std::string names;
    for (const builtin_plan& b : builtin_plans) names += (names.empty() ? "" : ", ") + std::string(b.name);
    throw usage_error(std::string(option) + ": '" + plan + "' is not a built-in plan (" + names +
                      "); a plan file's path needs a '/' or an extension, e.g. ./" + plan);
  }
  return io::load_plan(plan);
}

inline prosper::language parse_language(const std::string& s) {
  return s == "en" ? prosper::language::en : prosper::language::zh;
}

inline rp::output_format parse_format(const std::string& s) {
  // CLI11 has already checked membership; the fallback is unreachable.
  return rp::output_format_from_string(s).value_or(rp::output_format::table);
}


/// The subcommands, each declared with its options; the chosen one sets `run`.
void add_catalog(CLI::App& app, action& run);
void add_audit(CLI::App& app, action& run);
void add_export(CLI::App& app, action& run);
void add_assess(CLI::App& app, action& run);
void add_report(CLI::App& app, action& run);
void add_compare_methods(CLI::App& app, action& run);
void add_draft(CLI::App& app, action& run);

}  // namespace prosper::cli
