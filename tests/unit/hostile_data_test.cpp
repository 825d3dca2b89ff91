// Outputs are safe for whatever opens them (issue 14, bullet 4): a plan and observations whose
// texts carry HTML, Markdown, spreadsheet formulas and control characters are rendered in every
// format, and each output is checked the way its reader would see it.
#include <algorithm>
#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/io/observations_csv.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/lishui.hpp"
#include "prosper/report/assessment_table.hpp"
#include "prosper/report/audit_table.hpp"
#include "prosper/report/catalog_table.hpp"
#include "prosper/report/html_report.hpp"
#include "prosper/report/markdown_report.hpp"

namespace pl = prosper::plan;
namespace io = prosper::io;
using namespace prosper::report;
using prosper::language;

namespace {

const std::string script = "<script>alert(1)</script>";

// The Lishui plan with hostile texts in the places a plan file controls.
pl::plan hostile_plan() {
  pl::plan p = pl::lishui();
  p.name_en = "Plan *bold* [x](javascript:alert(1)) " + script;
  p.name_zh = "规划" + script;
  p.indicators[0].name_zh = script;
  p.indicators[0].name_en = "=HYPERLINK(\"http://evil\",\"click\")";
  p.indicators[1].name_zh = "@SUM(A1:A9)\x1B[2J";
  p.indicators[1].name_en = "+cmd|' /C calc'!A0";
  p.indicators[2].name_zh = "-2+3\xC2\x9B" "31m";
  p.indicators[2].category_zh = "\tcategory\x07";
  p.indicators[2].category_en = "# heading\n- list";
  p.indicators[3].name_en = "a|b|c ~~strike~~ `code` _em_";
  p.indicators[0].milestones.back().printed = "<img src=x onerror=alert(1)>";
  return p;
}

std::vector<io::observation_record> hostile_observations(const pl::plan& p) {
  const std::string csv =
      "indicator,region,year,value,source\n"
      "1,丽水市,2021,6.8,\"=cmd|' /C calc'!A0\"\n"
      "1,丽水市,2023,7.9,\"<script>alert(2)</script>\x1B]0;title\x07\"\n"
      "1,丽水市,2024,8.3,\"\xC2\x9B" "2J NUL-free C1\"\n"
      "2,丽水市,2023,47000,\"# not a heading\"\n"
      "2,丽水市,2024,50000,\"1. not a list\"\n";
  return io::read_observations_csv(csv, "hostile.csv", p).observations;
}

// Any raw control character: C0 other than the line break, DEL, or C1 (UTF-8 C2 80–C2 9F).
bool has_raw_control(std::string_view s, bool allow_tab_cr = false) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n') continue;
    if (allow_tab_cr && (c == '\t' || c == '\r')) continue;
    if (c < 0x20 || c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(s[i + 1]) <= 0x9F)
      return true;
  }
  return false;
}

// RFC 4180 records as a spreadsheet reads them.
std::vector<std::vector<std::string>> parse_csv(std::string_view text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false, was_quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = was_quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
      was_quoted = false;
    } else if (c == '\n') {
      rows.back().push_back(field);
      field.clear();
      was_quoted = false;
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  (void)was_quoted;
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(field);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

bool is_number(const std::string& s) {
  if (s.empty()) return false;
  std::size_t used = 0;
  try {
    (void)std::stod(s, &used);
  } catch (...) {
    return false;
  }
  return used == s.size();
}

// No cell a spreadsheet would evaluate: text cells never start with = + - @ tab CR; a cell that
// starts with '-' is a number.
void check_csv(const std::string& csv, std::size_t columns) {
  const auto rows = parse_csv(csv);
  REQUIRE(rows.size() > 1);
  for (const auto& row : rows) {
    REQUIRE(row.size() == columns);
    for (const auto& cell : row) {
      INFO(cell);
      if (is_number(cell)) continue;
      CHECK_FALSE(csv_formula_like(cell));
    }
  }
  CHECK_FALSE(has_raw_control(csv, true));
}

}  // namespace

TEST_CASE("the catalog in every format carries hostile plan texts safely", "[hostile]") {
  const pl::plan p = hostile_plan();
  const std::string table = render_catalog(p, output_format::table, language::zh);
  CHECK_FALSE(has_raw_control(table));
  CHECK(table.find("\\x1B[2J") != std::string::npos);

  const std::string md = render_catalog(p, output_format::md, language::zh);
  CHECK_FALSE(has_raw_control(md));
  CHECK(md.find("<script") == std::string::npos);
  CHECK(md.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(md.find("<img") == std::string::npos);

  const std::string csv = render_catalog(p, output_format::csv, language::en);
  check_csv(csv, 16);
  CHECK(csv.find("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"") != std::string::npos);
  CHECK(csv.find(",'@SUM(A1:A9)\\x1B[2J,") != std::string::npos);
  CHECK(csv.find(",'-2+3\\x9B31m,") != std::string::npos);
  // Negative numbers stay numbers: the required annual change of a falling indicator.
  CHECK(csv.find(",-") != std::string::npos);
}

TEST_CASE("the audit in every format carries hostile plan texts safely", "[hostile]") {
  const pl::plan p = hostile_plan();
  const pl::audit_report a = pl::audit(p, pl::lishui_relations());
  for (const language lang : {language::zh, language::en}) {
    const std::string table = render_audit(a, p, output_format::table, lang);
    CHECK_FALSE(has_raw_control(table));
    const std::string md = render_audit(a, p, output_format::md, lang);
    CHECK_FALSE(has_raw_control(md));
    CHECK(md.find("<script") == std::string::npos);
    CHECK(md.find("[x](javascript") == std::string::npos);
  }
}

TEST_CASE("assessments and reports carry hostile plan and observation texts safely",
          "[hostile]") {
  const pl::plan p = hostile_plan();
  const auto obs = hostile_observations(p);
  REQUIRE(obs.size() == 5);
  for (const language lang : {language::zh, language::en}) {
    report_options o;
    o.lang = lang;
    const report_model m = build_report_model(p, pl::lishui_relations(), obs, o);

    const std::string table = render_assessments(m, output_format::table);
    CHECK_FALSE(has_raw_control(table));

    const std::string csv = render_assessments(m, output_format::csv);
    check_csv(csv, 1 + static_cast<std::size_t>(std::count(assessment_csv_header.begin(),
                                                           assessment_csv_header.end(), ',')));

    const std::string amd = render_assessments(m, output_format::md);
    CHECK_FALSE(has_raw_control(amd));
    CHECK(amd.find("<script") == std::string::npos);

    const std::string md = render_markdown_report(m);
    CHECK_FALSE(has_raw_control(md));
    CHECK(md.find("<script") == std::string::npos);
    CHECK(md.find("<img") == std::string::npos);
    // The sources list: a source that reads like a heading or a list item stays a list item.
    CHECK(md.find("\n- \\# not a heading\n") != std::string::npos);
    CHECK(md.find("\n- 1\\. not a list\n") != std::string::npos);
    CHECK(md.find("\n- &lt;script&gt;alert(2)&lt;/script&gt;\\\\x1B\\]0;title\\\\x07\n") !=
          std::string::npos);

    const std::string html = render_html_report(m);
    CHECK_FALSE(has_raw_control(html));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(2)&lt;/script&gt;\\x1B]0;title\\x07") !=
          std::string::npos);
  }
}
