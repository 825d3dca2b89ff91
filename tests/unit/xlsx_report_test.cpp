// report/xlsx_report.hpp: the Excel workbook is written whole or not at all, its formulas name
// the cells of their own row, and its number formats follow each cell's resolved unit. The
// workbook's contents are checked by opening it with openpyxl (tests/cli_output/xlsx_report.py).
#include "prosper/report/xlsx_report.hpp"

#include <catch2/catch.hpp>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cstdlib>
#include <optional>
#include <set>
#include <vector>

#include "prosper/format.hpp"
#include "prosper/io/observations_csv.hpp"
#include "prosper/plan/lishui.hpp"

#include "../support/child_process.hpp"
#include "../support/temp_dir.hpp"

using namespace prosper;
using namespace prosper::report;
namespace fs = std::filesystem;
namespace pl = prosper::plan;
namespace x = prosper::report::detail::xlsx;

namespace {

using prosper::test::contents;
using prosper::test::in_child;
using prosper::test::names_in;
using prosper::test::temp_dir;

const io::read_result& lishui_data() {
  static const io::read_result data = io::load_observations_csv(
      std::string(PROSPER_SOURCE_DIR) + "/examples/data/lishui-2021-2025.csv", pl::lishui());
  return data;
}

report_model lishui_model(language lang) {
  report_options o;
  o.lang = lang;
  return build_report_model(pl::lishui(), pl::lishui_relations(), lishui_data().observations, o);
}


}  // namespace

TEST_CASE("the Lishui report is written as one xlsx file (a zip archive) and nothing else",
          "[xlsx_report]") {
  temp_dir dir;
  const fs::path book = dir.path / "report.xlsx";
  for (language lang : {language::zh, language::en}) {
    write_xlsx_report(lishui_model(lang), book);
    CHECK(contents(book).rfind("PK\x03\x04", 0) == 0);
    CHECK(fs::file_size(book) > 10000);
    CHECK(names_in(dir.path) == std::vector<std::string>{"report.xlsx"});
  }
}

TEST_CASE("a workbook that cannot be written whole leaves the previous file and no temporary file",
          "[xlsx_report]") {
  temp_dir dir;
  const fs::path book = dir.path / "report.xlsx";
  io::write_file_atomically(book, "the previous report");
  // A file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored as the CLI does) makes the library's writes
  // fail part-way, as a full disk would; root is not exempt from it, as it is from permissions.
  const int code = in_child([&] {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{4096, 4096};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) return 10;
    try {
      write_xlsx_report(lishui_model(language::zh), book);
    } catch (const io::output_error& e) {
      const std::string what = e.what();
      return what.rfind(book.string() +
                            ": cannot write: libxlsxwriter: writing the file (File too large): ",
                        0) == 0
                 ? 0
                 : 11;
    }
    return 12;  // no error: the limit did not work
  });
  CHECK(code == 0);
  CHECK(contents(book) == "the previous report");
  CHECK(names_in(dir.path) == std::vector<std::string>{"report.xlsx"});
}

TEST_CASE("a workbook in a missing directory is an output error naming the file and the reason",
          "[xlsx_report]") {
  temp_dir dir;
  const fs::path nowhere = dir.path / "no" / "report.xlsx";
  CHECK_THROWS_MATCHES(
      write_xlsx_report(lishui_model(language::en), nowhere), io::output_error,
      Catch::Message(nowhere.string() + ": cannot write: No such file or directory"));
  CHECK(names_in(dir.path).empty());
  CHECK_THROWS_AS(write_xlsx_report(report_model{}, dir.path / "r.xlsx"), argument_error);
  CHECK(names_in(dir.path).empty());
}

TEST_CASE("the growth and gap formulas name the target, latest and year cells of their own row",
          "[xlsx_report]") {
  // Columns I (target year), K (target value), L (latest year), M (latest value).
  CHECK(x::required_from_now_formula(4) == "=(K5/M5)^(1/(I5-L5))-1");
  CHECK(x::gap_formula(4) == "=K5-M5");
  CHECK(x::cell_ref(0, x::col(x::column::aim)) == "K1");
  CHECK(x::cell_ref(9, 25) == "Z10");
  CHECK(x::cell_ref(9, 26) == "AA10");
  CHECK(x::cell_ref(0, 701) == "ZZ1");
  CHECK(x::cell_ref(0, 702) == "AAA1");
}

TEST_CASE("number formats follow the resolved unit, never Excel's % on percent numbers",
          "[xlsx_report]") {
  using units::runtime_unit;
  // A percent is stored as the number the plan prints (30.4) with the symbol as a literal suffix.
  CHECK(x::number_format(runtime_unit::resolve("%"), 30.4, language::zh) == "0.0##\"%\"");
  CHECK(x::number_format(runtime_unit::resolve("百分比"), 30.4, language::zh) == "0.0##\"%\"");
  CHECK(x::number_format(runtime_unit::resolve("‰"), 5.2, language::en) == "0.0##\"‰\"");
  CHECK(x::number_format(runtime_unit::resolve("%/年"), 8.0, language::zh) == "0.0##\"%/年\"");
  CHECK(x::number_format(runtime_unit::resolve("fraction"), 0.64, language::en) == "0.000");
  CHECK(x::number_format(runtime_unit::resolve("倍"), 1.95, language::zh) == "0.000");
  CHECK(x::number_format(runtime_unit::resolve("元"), 44400.0, language::zh) == "#,##0");
  CHECK(x::number_format(runtime_unit::resolve("万元"), 7.27, language::zh) == "0.0##");
  CHECK(x::number_format(runtime_unit::resolve("个"), 12.0, language::zh) == "#,##0");
}

TEST_CASE("status fills are the HTML report's status colours, with readable text",
          "[xlsx_report]") {
  CHECK(status_colour(0) == 0x1a7f37);
  CHECK(status_colour(4) == 0xcf222e);
  CHECK(status_colour(6) == 0xd0d7de);
  CHECK(status_text_is_dark(6));
  CHECK(status_text_is_dark(static_cast<std::size_t>(progress_status::moderate_progress)));
  CHECK_FALSE(status_text_is_dark(0));
  const x::style s = x::status_style(static_cast<std::size_t>(progress_status::moving_away));
  CHECK(s.fill == 0xcf222eu);
  CHECK(s.white_text);
  CHECK(x::finding_bucket(plan::finding_status::violated) ==
        static_cast<std::size_t>(progress_status::moving_away));
}

// libxlsxwriter 1.1.4 writes numbers with "%.16g", which loses the 17th digit of a double such as
// 0.1 + 0.2; the workbook's sheet parts are patched with the shortest exact text afterwards.
TEST_CASE("a number that needs 17 digits is stored with all of them", "[xlsx_report]") {
  const double seventeen = 0.1 + 0.2;  // 0.30000000000000004
  CHECK_FALSE(x::sixteen_digits_exact(seventeen));
  CHECK(x::sixteen_digits_exact(0.048088977114514166));  // "%.16g" gives 0.04808897711451417
  CHECK(x::sixteen_digits_exact(7.27));
  CHECK(x::patch_sheet("<c r=\"A1\" s=\"1\"><v>0.3</v></c><c r=\"B1\"><v>2</v></c>",
                       {{"A1", seventeen}}) ==
        "<c r=\"A1\" s=\"1\"><v>0.30000000000000004</v></c><c r=\"B1\"><v>2</v></c>");
  // A formula's cached result is patched too; a text cell is left alone.
  CHECK(x::patch_sheet("<c r=\"P2\"><f>K2-M2</f><v>1.4492</v></c><c r=\"Q2\" t=\"s\"><v>7</v></c>",
                       {{"P2", 1.4492000000000003}}) ==
        "<c r=\"P2\"><f>K2-M2</f><v>1.4492000000000003</v></c><c r=\"Q2\" t=\"s\"><v>7</v></c>");
}

TEST_CASE("every number cell of the Lishui workbook reads back to the model's double",
          "[xlsx_report]") {
  temp_dir dir;
  const fs::path book = dir.path / "report.xlsx";
  const report_model model = lishui_model(language::en);
  write_xlsx_report(model, book);
  // The Indicators sheet is the second sheet; its gaps are formulas with cached results.
  std::string indicators;
  for (const x::zip::member& m : x::zip::read(contents(book)))
    if (m.name == "xl/worksheets/sheet2.xml") indicators = x::zip::inflate_member(m);
  REQUIRE_FALSE(indicators.empty());
  // The numbers as a reader parses them (strtod, as openpyxl's float() does).
  std::set<double> stored;
  for (std::size_t at = indicators.find("<v>"); at != std::string::npos;
       at = indicators.find("<v>", at + 3))
    stored.insert(std::strtod(indicators.c_str() + at + 3, nullptr));
  std::size_t seventeen_digit_values = 0;
  for (const indicator_row& r : model.rows)
    for (const std::optional<double>& v : {r.gap, r.required_rate_from_now, r.observed_rate}) {
      if (!v) continue;
      INFO("row " << r.indicator->id << " value " << format_number(*v));
      CHECK(stored.count(*v) == 1);
      if (!x::sixteen_digits_exact(*v)) ++seventeen_digit_values;
    }
  // Row 1's gap, 9.24 − 7.7908 = 1.4492000000000003, is one of them.
  CHECK(seventeen_digit_values > 0);
  CHECK(names_in(dir.path) == std::vector<std::string>{"report.xlsx"});
}

TEST_CASE("a text longer than an Excel cell holds is cut, not refused", "[xlsx_report]") {
  temp_dir dir;
  report_model model = lishui_model(language::zh);
  model.options.title = std::string(20000, 'x') + std::string(20000, 'y');  // 40,000 characters
  write_xlsx_report(model, dir.path / "long.xlsx");
  CHECK(names_in(dir.path) == std::vector<std::string>{"long.xlsx"});
}

TEST_CASE("a workbook abandoned on a libxlsxwriter error is freed and names the target",
          "[xlsx_report]") {
  temp_dir dir;
  const std::string file = (dir.path / "b.xlsx").string();
  x::book b(file, "target.xlsx");
  // Excel forbids [ ] : * ? / \ in sheet names; the library says so, and the book is freed by its
  // destructor without writing anything.
  CHECK_THROWS_WITH(b.sheet("a[b]"),
                    Catch::Matchers::StartsWith("target.xlsx: cannot write: libxlsxwriter: "
                                                "sheet name 'a[b]': "));
  CHECK_THROWS_AS(b.sheet("a[b]"), io::output_error);
}
