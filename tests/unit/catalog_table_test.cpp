#include "prosper/report/catalog_table.hpp"

#include <cmath>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "prosper/plan/lishui.hpp"

using namespace prosper::report;
using prosper::language;
namespace pl = prosper::plan;

namespace {

// A small RFC 4180 reader for the tests: quoted fields, doubled quotes, commas inside quotes.
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
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
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

const std::vector<std::string>& row_with_id(const std::vector<std::vector<std::string>>& rows,
                                            const std::string& id) {
  for (const auto& r : rows)
    if (!r.empty() && r[0] == id) return r;
  FAIL("no row " << id);
  return rows.front();
}

// Column indices of the CSV, by header name.
enum col {
  id,
  section,
  name_zh,
  name_en,
  category,
  attribute,
  unit,
  direction,
  target_kind,
  base_year,
  base_value,
  target_year,
  target_value,
  target_text,
  required_cagr,
  required_annual_change
};

}  // namespace

TEST_CASE("output formats round-trip through their command-line names", "[catalog_table]") {
  for (output_format f :
       {output_format::table, output_format::md, output_format::csv, output_format::json})
    CHECK(output_format_from_string(to_string(f)) == f);
  CHECK_FALSE(output_format_from_string("xml").has_value());
}

TEST_CASE("the CSV header row is exactly the documented one", "[catalog_table]") {
  const std::string csv = catalog_csv(pl::lishui());
  CHECK_THAT(csv, Catch::StartsWith(
                      "id,section,name_zh,name_en,category,attribute,unit,direction,target_kind,"
                      "base_year,base_value,target_year,target_value,target_text,required_cagr,"
                      "required_annual_change\n"));
}

TEST_CASE("the CSV lists every indicator, then every body target", "[catalog_table]") {
  const auto rows = read_csv(catalog_csv(pl::lishui()));
  REQUIRE(rows.size() == 1 + pl::lishui().indicators.size() + pl::lishui().body_targets.size());
  for (const auto& r : rows) CHECK(r.size() == 16);
  CHECK(rows[1][id] == "1");
  CHECK(rows[pl::lishui().indicators.size()][id] == "67");
  CHECK(rows[pl::lishui().indicators.size() + 1][id] == "一.1.1");
}

TEST_CASE("an indicator's CSV line holds its values as printed and its required growth",
          "[catalog_table]") {
  const auto rows = read_csv(catalog_csv(pl::lishui()));
  const auto& r = row_with_id(rows, "1");
  CHECK(r[section] == "appendix");
  CHECK(r[name_zh] == "人均地区生产总值");
  CHECK(r[category] == "生态富民惠民");
  CHECK(r[attribute] == "评价指标");
  CHECK(r[unit] == "万元");
  CHECK(r[direction] == "higher_is_better");
  CHECK(r[target_kind] == "point");
  CHECK(r[base_year] == "2022");
  CHECK(r[base_value] == "7.27");
  CHECK(r[target_year] == "2025");
  CHECK(r[target_value] == "9.24");
  CHECK(r[target_text] == "9.24");
  // (9.24/7.27)^(1/3) − 1 = 0.0832096…, a fraction; (9.24 − 7.27)/3 = 0.656667 万元 a year.
  CHECK(std::stod(r[required_cagr]) == Approx(0.0832096494).epsilon(1e-5));
  CHECK(std::stod(r[required_annual_change]) == Approx(0.6566666667).epsilon(1e-5));
}

TEST_CASE("CSV numbers read back to exactly the doubles the catalog computed", "[catalog_table]") {
  // Machine-readable outputs carry every digit (issue 15): 0.048088977… is not cut to 0.048089.
  const auto rows = read_csv(catalog_csv(pl::lishui()));
  std::size_t checked = 0;
  for (const catalog_row& c : catalog_rows(pl::lishui(), prosper::language::zh)) {
    const auto& r = row_with_id(rows, c.id);
    if (c.required_cagr && std::isfinite(*c.required_cagr)) {
      CHECK(std::stod(r[required_cagr]) == *c.required_cagr);
      ++checked;
    }
    if (c.required_annual_change && std::isfinite(*c.required_annual_change))
      CHECK(std::stod(r[required_annual_change]) == *c.required_annual_change);
  }
  CHECK(checked > 40);
}

TEST_CASE("bounds, missing numbers and words get the right cells", "[catalog_table]") {
  const auto rows = read_csv(catalog_csv(pl::lishui()));
  // ≤2.0 → ≤1.95: the bound's path needs −0.84 % a year, −0.0167 a year.
  const auto& ratio = row_with_id(rows, "17");
  CHECK(ratio[target_kind] == "at_most");
  CHECK(ratio[target_text] == "≤1.95");
  CHECK(std::stod(ratio[required_cagr]) == Approx(-0.00840376).epsilon(1e-6));
  CHECK(std::stod(ratio[required_annual_change]) == Approx(-0.0166666667));
  // "——" in 2022: no base value, so no required growth either.
  const auto& digital = row_with_id(rows, "12");
  CHECK(digital[base_value].empty());
  CHECK(digital[required_cagr].empty());
  CHECK(digital[required_annual_change].empty());
  // Set by the province: no numbers at all, the printed words kept.
  const auto& energy = row_with_id(rows, "30");
  CHECK(energy[target_kind] == "external");
  CHECK(energy[target_value].empty());
  CHECK(energy[target_text] == "根据省定目标");
  // Two thirds, printed in words, keeps its full value.
  CHECK(row_with_id(rows, "59")[base_value] == "66.66666666666667");
  CHECK(row_with_id(rows, "59")[required_cagr] == "0");
}

TEST_CASE("a body target's CSV line has its section, basis and composed target",
          "[catalog_table]") {
  const auto rows = read_csv(catalog_csv(pl::lishui()));
  const auto& r = row_with_id(rows, "三.11.1");
  CHECK(r[section] == "三");
  CHECK(r[name_zh] == "实现数字经济总量1000亿元");
  CHECK(r[attribute] == "level");
  CHECK(r[unit] == "亿元");
  CHECK(r[direction] == "higher_is_better");  // from row 12, which it is the numerator of
  CHECK(r[base_year].empty());
  CHECK(r[target_year] == "2025");
  CHECK(r[target_value] == "1000");
  CHECK(r[target_text] == "1000亿元");
  CHECK(r[required_cagr].empty());
  CHECK(row_with_id(rows, "一.1.3")[target_text] == "≥68%");
  CHECK(row_with_id(rows, "三.8.5")[target_text] == "3—5个");
}

TEST_CASE("CSV fields with commas or quotes are quoted as RFC 4180 asks", "[catalog_table]") {
  const std::string csv = catalog_csv(pl::lishui());
  CHECK_THAT(csv, Catch::Contains(
                      "\"Public satisfaction with their sense of gain, happiness and security\""));
  pl::plan p;
  p.indicators.push_back({"q",
                          "甲",
                          "A \"quoted\" name",
                          "",
                          "",
                          "",
                          prosper::units::runtime_unit::resolve("元"),
                          prosper::direction::higher_is_better,
                          {},
                          "",
                          "",
                          "元"});
  CHECK_THAT(catalog_csv(p), Catch::Contains(",\"A \"\"quoted\"\" name\","));
}

TEST_CASE("English output takes English categories and attribute words", "[catalog_table]") {
  const auto rows = read_csv(catalog_csv(pl::lishui(), language::en));
  const auto& r = row_with_id(rows, "1");
  CHECK(r[category] == "Ecology enriching and benefiting the people");
  CHECK(r[attribute] == "evaluation");
  CHECK(r[unit] == "万元");  // CSV keeps units as printed
}

TEST_CASE("the catalog JSON parses and carries typed values and nulls", "[catalog_table]") {
  const auto j = nlohmann::json::parse(catalog_json(pl::lishui()));
  CHECK(j["plan"]["region_en"] == "Lishui");
  const auto& items = j["items"];
  REQUIRE(items.size() == pl::lishui().indicators.size() + pl::lishui().body_targets.size());
  CHECK(items[0]["id"] == "1");
  CHECK(items[0]["kind"] == "indicator");
  CHECK(items[0]["base_value"] == 7.27);
  CHECK(items[0]["required_cagr"].get<double>() == Approx(0.0832096).epsilon(1e-6));
  CHECK(items[11]["id"] == "12");
  CHECK(items[11]["base_value"].is_null());
  CHECK(items[11]["required_cagr"].is_null());
  CHECK(items.back()["kind"] == "body_target");
  CHECK(items.back()["base_year"].is_null());
}

TEST_CASE("JSON strings escape quotes, backslashes and control characters", "[catalog_table]") {
  CHECK(detail::json_string("a\"b\\c\nd") == "\"a\\\"b\\\\c\\nd\"");
  CHECK(detail::json_string(std::string("x\x01y")) == "\"x\\u0001y\"");
  CHECK(detail::json_string("人均") == "\"人均\"");
}

TEST_CASE("wide characters count two columns so Chinese tables line up", "[catalog_table]") {
  CHECK(detail::display_width("abc") == 3);
  CHECK(detail::display_width("人均") == 4);
  CHECK(detail::display_width("≤1.95") == 5);
  CHECK(detail::text_table({"名称", "x"}, {{"人均", "1"}, {"abc", "22"}}) ==
        "名称  x\n"
        "--------\n"
        "人均  1\n"
        "abc   22\n");
}

TEST_CASE("the terminal table shows required growth in percent, names last", "[catalog_table]") {
  const std::string zh = catalog_text(pl::lishui());
  std::istringstream lines(zh);
  std::string header, rule, first;
  std::getline(lines, header);
  std::getline(lines, rule);
  std::getline(lines, first);
  CHECK_THAT(header, Catch::StartsWith("编号"));
  CHECK_THAT(header, Catch::EndsWith("名称"));
  CHECK_THAT(first, Catch::Contains("2022: 7.27"));
  CHECK_THAT(first, Catch::Contains("8.32%"));
  CHECK_THAT(first, Catch::EndsWith("人均地区生产总值"));
  const std::string en = catalog_text(pl::lishui(), language::en);
  CHECK_THAT(en, Catch::Contains("Per-capita GDP"));
  CHECK_THAT(en, Catch::Contains("10k CNY"));
  CHECK_THAT(en, Catch::Contains("2025: 1000 100M CNY"));  // 三.11.1 with its English unit
}

TEST_CASE("the Markdown catalog has a title, a header rule and escaped cells", "[catalog_table]") {
  const std::string md = catalog_markdown(pl::lishui(), language::en);
  CHECK_THAT(md, Catch::StartsWith("# Lishui Action Plan"));
  CHECK_THAT(md, Catch::Contains("| id | unit | base | target | required CAGR |"));
  CHECK_THAT(md, Catch::Contains("|---|---|"));
  pl::plan p;
  p.name_zh = "测试";
  p.indicators.push_back(
      {"1", "a|b", "", "", "", "", prosper::units::runtime_unit(), prosper::direction::neutral, {}, "", "", ""});
  CHECK_THAT(catalog_markdown(p), Catch::Contains("a\\|b"));
}

TEST_CASE("render_catalog dispatches on the format", "[catalog_table]") {
  const pl::plan& p = pl::lishui();
  CHECK(render_catalog(p, output_format::csv) == catalog_csv(p));
  CHECK(render_catalog(p, output_format::json, language::en) == catalog_json(p, language::en));
  CHECK(render_catalog(p, output_format::md) == catalog_markdown(p));
  CHECK(render_catalog(p, output_format::table) == catalog_text(p));
}

// F8 (docs/reliability.md): a subnormal base made the required CAGR ∞, printed "inf%" by the
// text and Markdown catalogs.
TEST_CASE("a subnormal base prints no infinite rate", "[catalog_table]") {
  pl::plan p = pl::lishui();
  p.indicators.front().milestones.front().value = 5e-324;
  for (const auto f : {output_format::table, output_format::md, output_format::csv}) {
    const std::string text = render_catalog(p, f, language::en);
    CHECK(text.find("inf%") == std::string::npos);
    CHECK(text.find(",inf") == std::string::npos);
  }
}

TEST_CASE("a JSON document escapes DEL and the C1 controls that nlohmann leaves raw",
          "[catalog_table]") {
  const nlohmann::json j = {{"region", "甲\u0085乙\x7f"}, {"n", 1}};
  const std::string text = detail::json_document(j);
  CHECK(text.find("\\u0085") != std::string::npos);
  CHECK(text.find("\\u007f") != std::string::npos);
  CHECK(text.find('\x7f') == std::string::npos);
  CHECK(text.find("\u0085") == std::string::npos);
  CHECK(text.back() == '\n');
  CHECK(nlohmann::json::parse(text) == j);  // the escaping changes no value
}
