#pragma once
// What every subcommand of the prosper CLI shares: the plan it works on, the option parsers and
// the `action` a parsed command line runs. Each group of subcommands is its own translation unit
// (plan_commands.cpp, assess_command.cpp, report_command.cpp, compare_command.cpp), so that each
// includes only the report headers it needs: one TU with all of them needed 2.1 GB to compile.

#include <CLI/CLI.hpp>
#include <functional>
#include <stdexcept>
#include <string>

#include "prosper/io/plan_json.hpp"
#include "prosper/language.hpp"
#include "prosper/plan/lishui.hpp"
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

/// The plan a subcommand works on: the embedded Lishui plan, or the file given with --plan.
inline io::plan_document load(const std::string& file) {
  if (file.empty()) return {pl::lishui(), pl::lishui_relations()};
  return io::load_plan(file);
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
