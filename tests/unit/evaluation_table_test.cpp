#include "prosper/report/evaluation_table.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "prosper/report/assess_view.hpp"

#include "../support/rollup_fixture.hpp"

using namespace prosper;
using namespace prosper::report;

namespace {

// Indicator 1 of the small plan (point 150, from 100 in 2020) at 148 in 2025: a final
// evaluation finds it not achieved, short by 2.
prosper::test::rollup_fixture final_year() {
  prosper::test::rollup_fixture f;
  io::observation_record o = f.data.front();
  o.year = 2025;
  o.value = 148.0;
  f.data.push_back(o);
  f.model = build_report_model(f.plan, {}, f.data, {});
  return f;
}

}  // namespace

TEST_CASE("the evaluation's CSV has one line per indicator at full precision", "[evaluation_table]") {
  const auto f = final_year();
  const std::string csv = render_view(f.model, assess_view::evaluation, output_format::csv);
  CHECK(csv.rfind(std::string(evaluation_csv_header) + "\n", 0) == 0);
  CHECK(csv.find("\n1,指标1,Indicator 1,甲,final,not_achieved,none,2025,148,150,2,"
                 "98.66666666666667,,false,point,2025,2025\n") != std::string::npos);
  CHECK(csv.find(",not_evaluable,no_target_year_value,2023,1.9,1.5,") != std::string::npos);
}

TEST_CASE("the evaluation's JSON counts verdicts per category and lists every indicator", "[evaluation_table]") {
  const auto f = final_year();
  const auto j = nlohmann::json::parse(render_view(f.model, assess_view::evaluation, output_format::json));
  CHECK(j["stage"] == "final");
  CHECK(j["target_year"] == 2025);
  CHECK(j["overall"]["total"] == 5);
  CHECK(j["overall"]["not_achieved"] == 1);
  CHECK(j["overall"]["on_schedule"] == 0);
  CHECK(j["categories"][0]["category_en"] == "Alpha");
  REQUIRE(j["indicators"].size() == 5);
  CHECK(j["indicators"][0]["shortfall"] == 2.0);
  CHECK(j["indicators"][4]["verdict"] == "not_evaluable");
  CHECK(j["indicators"][4]["reason_code"] == "no_data");
}

TEST_CASE("the evaluation's tables for people use the report's words", "[evaluation_table]") {
  const auto f = final_year();
  const std::string table = render_view(f.model, assess_view::evaluation, output_format::table);
  CHECK(table.find("终期评估 (2025): 已实现 0, 未实现 1, 无法评估 4") != std::string::npos);
  const std::string md = render_view(f.model, assess_view::evaluation, output_format::md);
  CHECK(md.find("## 终期评估") != std::string::npos);
  CHECK(md.find("| 1 | 指标1 | 元 | 150 | 2025 | 148 | 150 | 未实现 | 2 | 98.7 |") != std::string::npos);
}

TEST_CASE("every data cell of the evaluation is escaped for its format", "[evaluation_table]") {
  auto f = final_year();
  f.plan.indicators[0].name_zh = "=cmd|' /C calc'!A0";
  f.plan.indicators[1].name_zh = "a|b*c*";
  f.model = build_report_model(f.plan, {}, f.data, {});
  const std::string csv = render_view(f.model, assess_view::evaluation, output_format::csv);
  CHECK(csv.find(",'=cmd|' /C calc'!A0,") != std::string::npos);
  const std::string md = render_view(f.model, assess_view::evaluation, output_format::md);
  CHECK(md.find("a\\|b\\*c\\*") != std::string::npos);
}
