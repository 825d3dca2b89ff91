#include "prosper/report/assessment_table.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "prosper/io/observations_csv.hpp"
#include "prosper/plan/lishui.hpp"

using namespace prosper;
using namespace prosper::report;
namespace pl = prosper::plan;

namespace {

io::read_result load(const std::string& rel) {
  return io::load_observations_csv(std::string(PROSPER_SOURCE_DIR) + "/" + rel, pl::lishui());
}

report_model model(const io::read_result& data,
                   assessment_method method = assessment_method::statcan,
                   language lang = language::zh) {
  report_options o;
  o.method = method;
  o.lang = lang;
  o.sections.audit = false;
  o.sections.ratio_panel = false;
  return build_report_model(pl::lishui(), pl::lishui_relations(), data.observations, o);
}

const nlohmann::json& item(const nlohmann::json& j, const std::string& id) {
  for (const auto& a : j["assessments"])
    if (a["indicator"] == id) return a;
  throw std::logic_error("no item " + id);
}

}  // namespace

TEST_CASE("assessment JSON: required fields, method, as-of year, nulls", "[assessment_table]") {
  const auto j =
      nlohmann::json::parse(assessment_json(model(load("examples/data/lishui-published.csv"))));
  CHECK(j["method"] == "statcan");
  CHECK(j["as_of"] == 2021);
  REQUIRE(j["assessments"].size() == 70);
  for (const auto& a : j["assessments"])
    for (const char* key : {"indicator", "region", "status", "latest_year", "latest_value",
                            "required_cagr_from_now", "projected_target_year_value"})
      CHECK(a.contains(key));
  const auto& income = item(j, "2");
  CHECK(income["region"] == "丽水市");
  CHECK(income["status"] == "not_assessable");
  CHECK(income["reason_code"] == "no_observation_after_base");
  CHECK(income["latest_year"] == 2021);
  CHECK(income["latest_value"] == 42042.0);
  CHECK(income["baseline_source"] == "plan_milestone");
  CHECK(income["required_cagr_from_now"].get<double>() == Approx(0.07908).epsilon(1e-3));
  CHECK(income["projected_target_year_value"].is_null());
  const auto& rural = item(j, "3");
  CHECK(rural["projected_target_year_value"].get<double>() == Approx(40973).epsilon(1e-4));
  CHECK(rural["projection_basis"] == "observed_trend");
  const auto& gdp = item(j, "1");
  CHECK(gdp["no_data"] == true);
  CHECK(gdp["reason_code"] == "no_data");
  CHECK(gdp["latest_year"].is_null());
  CHECK(gdp["latest_value"].is_null());
  CHECK(gdp["required_cagr_from_now"].is_null());
  CHECK(gdp["required_cagr_plan"].get<double>() == Approx(0.0832).epsilon(1e-3));
  CHECK(j["summary"]["no_data"] == 67);
  CHECK(j["summary"]["not_assessable"] == 3);
  CHECK(j["summary"]["total"] == 70);
}

TEST_CASE("assessment JSON carries each status of the fixtures", "[assessment_table]") {
  for (const auto& [file, status] :
       {std::pair{"status_achieved.csv", "achieved"}, std::pair{"status_on_track.csv", "on_track"},
        std::pair{"status_moderate.csv", "moderate_progress"},
        std::pair{"status_insufficient.csv", "insufficient_progress"},
        std::pair{"status_moving_away.csv", "moving_away"}}) {
    const auto j = nlohmann::json::parse(
        assessment_json(model(load(std::string("tests/data/observations/") + file))));
    INFO(file);
    CHECK(item(j, "2")["status"] == status);
    CHECK(item(j, "13")["status"] == status);
    CHECK(item(j, "2")["latest_year"].is_number_integer());
    CHECK(item(j, "2")["required_cagr"].is_number());
  }
  const auto escap = nlohmann::json::parse(assessment_json(
      model(load("tests/data/observations/status_on_track.csv"), assessment_method::escap)));
  CHECK(escap["method"] == "escap");
  CHECK(item(escap, "2")["projected_target_year_value"].is_number());
}

TEST_CASE("assessment CSV: the header, one line per row, quoted text", "[assessment_table]") {
  const std::string csv =
      assessment_csv(model(load("tests/data/observations/status_on_track.csv")));
  CHECK(csv.rfind(std::string(assessment_csv_header) + "\n", 0) == 0);
  std::size_t lines = 0;
  for (char c : csv) lines += c == '\n' ? 1 : 0;
  CHECK(lines == 71);
  CHECK(
      csv.find(
          "\n2,丽水市,居民人均可支配收入,Per-capita disposable income of residents,生态富民惠民,元,"
          "higher_is_better,2025,point,57000,57000,2022,44400,plan_milestone,2023,48500,") !=
      std::string::npos);
  CHECK(csv.find(",on_track,false,none,,statcan,2023\n") != std::string::npos);
  CHECK_FALSE(std::regex_search(csv, std::regex(R"(\b(nan|inf)\b)", std::regex::icase)));
  // A name with a comma is quoted.
  CHECK(csv.find("\"Share of households with annual disposable income of 100,000–500,000 yuan "
                 "(three-person household basis)\"") != std::string::npos);
}

TEST_CASE("assessment table and Markdown in the chosen language", "[assessment_table]") {
  const auto data = load("tests/data/observations/status_moderate.csv");
  const std::string zh = assessment_text(model(data));
  const std::string en = assessment_text(model(data, assessment_method::statcan, language::en));
  CHECK(zh.rfind("编号", 0) == 0);
  CHECK(zh.find("需加快") != std::string::npos);
  CHECK(en.rfind("No.", 0) == 0);
  CHECK(en.find("moderate progress") != std::string::npos);
  CHECK(en.find("需加快") == std::string::npos);
  const std::string md =
      render_assessments(model(data, assessment_method::sdsn, language::en), output_format::md);
  CHECK(md.rfind("| No. | Status |", 0) == 0);
  CHECK(md.find("Method: sdsn") != std::string::npos);
  CHECK(render_assessments(model(data), output_format::csv).rfind("indicator,region,", 0) == 0);
  CHECK(render_assessments(model(data), output_format::json).rfind('{', 0) == 0);
}
