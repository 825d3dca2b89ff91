#include "prosper/report/rollup_table.hpp"

#include "prosper/report/assess_view.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "prosper/io/observations_csv.hpp"
#include "prosper/plan/lishui.hpp"

#include "../support/rollup_fixture.hpp"

using namespace prosper;
using namespace prosper::report;
namespace pl = prosper::plan;
using math::schedule_status;

using fixture = prosper::test::rollup_fixture;

TEST_CASE("the four formats carry the roll-up and the schedule", "[rollup_table]") {
  const fixture f;
  const std::string csv = render_view(f.model, assess_view::rollup, output_format::csv);
  CHECK(csv.rfind(std::string(rollup_csv_header) + "\n", 0) == 0);
  CHECK(csv.find("\n甲,Alpha,2,0,1,0,1,0,0,0,") != std::string::npos);
  const std::string sched = render_view(f.model, assess_view::schedule, output_format::csv);
  CHECK(sched.find("\n2,指标2,Indicator 2,甲,lagging,none,2023,2020,2,2025,1.5,1.9,level,false,0.6,0.20000000000000018,") !=
        std::string::npos);
  const auto json = nlohmann::json::parse(render_view(f.model, assess_view::all, output_format::json));
  CHECK(json["rollup"]["overall"]["total"] == 5);
  CHECK(json["schedule"]["summary"]["evaluated"] == 3);
  CHECK(json["assessments"].size() == 5);
  const std::string table = render_view(f.model, assess_view::rollup, output_format::table);
  CHECK(table.find("合计") != std::string::npos);
  CHECK(table.find("1/3 (33.3%)") != std::string::npos);
  const std::string rollup_md = render_view(f.model, assess_view::rollup, output_format::md);
  CHECK(rollup_md.find("| **合计** | **5** |") != std::string::npos);
  CHECK(rollup_md.substr(rollup_md.size() - 4) == "等\n");  // no space folded in at the line end
  const std::string md = render_view(f.model, assess_view::schedule, output_format::md);
  CHECK(md.find("| 2 | 2023 | 60.0% | 20.0% | 滞后 |") != std::string::npos);
  CHECK_THROWS_AS(render_view(f.model, assess_view::all, output_format::csv), prosper::argument_error);
}

TEST_CASE("every data cell is escaped for its format", "[rollup_table]") {
  fixture f;
  f.plan.indicators[0].category_zh = "=cmd|' /C calc'!A0";
  f.plan.indicators[0].name_zh = "a|b*c*";
  f.model = build_report_model(f.plan, {}, f.data, {});
  const std::string csv = render_view(f.model, assess_view::rollup, output_format::csv);
  CHECK(csv.find("\n'=cmd|' /C calc'!A0,Alpha,") != std::string::npos);  // no formula
  const std::string md = render_view(f.model, assess_view::schedule, output_format::md);
  CHECK(md.find("a\\|b\\*c\\*") != std::string::npos);
}

TEST_CASE("the Lishui plan with the shipped data rolls up all 70 rows", "[rollup_table]") {
  const auto data = io::load_observations_csv(
      std::string(PROSPER_SOURCE_DIR) + "/examples/data/lishui-2021-2025.csv", pl::lishui());
  const report_model m = build_report_model(pl::lishui(), pl::lishui_relations(), data.observations);
  const rollup_view v = build_rollup(m);
  CHECK(v.result.overall.total == 70);
  CHECK(v.result.categories.size() == 8);
  std::size_t sum = 0;
  for (const auto& g : v.result.categories) sum += g.total;
  CHECK(sum == 70);
}
