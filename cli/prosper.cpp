// prosper: the command-line tool. A thin layer over the library: the plan comes from the embedded
// Lishui plan or a JSON file (io/plan_json.hpp), the work is done by plan/audit.hpp and the
// output by report/*.hpp. Everything reusable lives in those headers; this file only wires
// options to them.
//
// --plan takes a built-in plan's name (lishui, the default, or zhejiang) or a plan file's path;
// `prosper audit --plan A --against B` also checks the relations declared between two plans.
//
// Each subcommand is one `add_<name>` function that declares its options and sets the action to
// run (common.hpp); the groups live in their own translation units (plan_commands.cpp,
// assess_command.cpp, report_command.cpp, compare_command.cpp) so that none includes every
// report header.
//
// Exit codes (cli/exit_status.hpp): 0 success, 2 usage error, 3 the user's input (a plan or
// observation file that cannot be read or is not valid; the message names the file and the
// line or JSON Pointer, e.g. "prosper: plan.json: /indicators/3/unit: expected a string"), 1
// anything else (an output that cannot be written, out of memory, an internal error).
// Everything printed goes through io::write_stdout or io::write_file_atomically, so a full disk
// or a closed pipe is an error with its reason, never a truncated output with exit 0.

#include <CLI/CLI.hpp>
#include <csignal>
#include <iostream>

#include "common.hpp"
#include "exit_status.hpp"

namespace {

using prosper::cli::action;
using prosper::cli::exit_ok;
using prosper::cli::exit_usage;

/// Declares the subcommands, parses the command line and runs the chosen one. Usage errors
/// become their exit code here; exceptions are left to `main`.
int run_command_line(int argc, char** argv) {
  CLI::App app{"prosper: target math for development plans (Lishui and Zhejiang 2021-2025 built in)", "prosper"};
  app.require_subcommand(1);
  action run;
  using namespace prosper::cli;
  add_catalog(app, run);
  add_audit(app, run);
  add_export(app, run);
  add_assess(app, run);
  add_report(app, run);
  add_compare_methods(app, run);
  add_draft(app, run);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help is a "successful" parse error; everything else is a usage error.
    return app.exit(e) == 0 ? exit_ok : exit_usage;
  }
  if (!run) return exit_usage;
  try {
    return run();
  } catch (const prosper::cli::usage_error& e) {
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
