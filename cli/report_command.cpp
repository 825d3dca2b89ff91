// prosper report: the whole report as one HTML, Markdown or Excel file.

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>

#include "assessment_options.hpp"
#include "exit_status.hpp"
#include "prosper/io/file.hpp"
#include "prosper/report/html_report.hpp"
#include "prosper/report/markdown_report.hpp"
#if PROSPER_HAS_XLSX
#include "prosper/report/xlsx_report.hpp"
#endif

namespace prosper::cli {

/// prosper report [--observations FILE] [--plan FILE] [--lang zh|en] [--format html|md|xlsx]
///                [--method M] [--as-of YEAR] [--evaluation auto|mid-term|final]
///                [--skip-bad-rows] [--strict] --output FILE
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

}  // namespace prosper::cli
