#include "prosper/plan/zhejiang.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "prosper/io/plan_json.hpp"
#include "prosper/plan/audit.hpp"

using namespace prosper::plan;
using prosper::target_kind;

namespace {

std::string read_text(const std::string& rel) {
  std::ifstream in(std::string(PROSPER_SOURCE_DIR) + "/" + rel, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The rows of examples/data/zhejiang-plan-2021-2025.csv, each as column → cell: the collected
// targets the embedded plan must equal. '#' lines are comments; quoted cells may hold commas and
// doubled quotes.
std::vector<std::map<std::string, std::string>> collected_targets() {
  std::istringstream in(read_text("examples/data/zhejiang-plan-2021-2025.csv"));
  std::vector<std::vector<std::string>> records;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        cells.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.emplace_back();
      } else {
        cells.back() += c;
      }
    }
    records.push_back(cells);
  }
  REQUIRE(records.size() > 1);
  std::vector<std::map<std::string, std::string>> rows;
  for (std::size_t r = 1; r < records.size(); ++r) {
    REQUIRE(records[r].size() == records[0].size());
    std::map<std::string, std::string> row;
    for (std::size_t c = 0; c < records[0].size(); ++c) row[records[0][c]] = records[r][c];
    rows.push_back(row);
  }
  return rows;
}

const indicator& by_name_en(const plan& p, const std::string& name_en) {
  const auto it = std::find_if(p.indicators.begin(), p.indicators.end(),
                               [&](const indicator& i) { return i.name_en == name_en; });
  REQUIRE(it != p.indicators.end());
  return *it;
}

}  // namespace

TEST_CASE("the embedded Zhejiang plan is its JSON document", "[zhejiang]") {
  const std::string text = read_text("data/zhejiang-plan.json");
  CHECK(prosper::io::dump_plan(zhejiang(), zhejiang_relations()) == text);
  const prosper::io::plan_document doc = prosper::io::parse_plan(text);
  CHECK(doc.relations == zhejiang_relations());
  CHECK(doc.plan.name_zh == zhejiang().name_zh);
  CHECK(doc.plan.regions == zhejiang().regions);
  REQUIRE(doc.plan.indicators.size() == zhejiang().indicators.size());
  for (std::size_t i = 0; i < doc.plan.indicators.size(); ++i) {
    const indicator& a = doc.plan.indicators[i];
    const indicator& b = zhejiang().indicators[i];
    CHECK(a.id == b.id);
    CHECK(a.milestones == b.milestones);
    CHECK(a.unit == b.unit);
    CHECK(a.remarks == b.remarks);
  }
}

TEST_CASE("every target of the Zhejiang plan is a collected one, with its value and source",
          "[zhejiang]") {
  const auto rows = collected_targets();
  CHECK(rows.size() == 12);
  CHECK(zhejiang().indicators.size() == rows.size());
  for (const auto& row : rows) {
    INFO(row.at("plan_item_en"));
    const indicator& i = by_name_en(zhejiang(), row.at("plan_item_en"));
    CHECK(i.name_zh == row.at("plan_item"));
    REQUIRE(i.milestones.size() == 1);
    const auto& m = i.milestones.front();
    CHECK(m.year == std::stoi(row.at("year")));
    if (row.at("value").empty()) {
      CHECK_FALSE(m.value.has_value());
      CHECK(m.kind == target_kind::direction_only);
    } else {
      REQUIRE(m.value.has_value());
      CHECK(*m.value == std::stod(row.at("value")));
    }
    CHECK(i.unit.spelling() == row.at("unit"));
    // The source travels with the target: URL, verbatim phrase, and the wording flag.
    CHECK_THAT(i.remarks, Catch::Contains(row.at("url")));
    CHECK_THAT(i.remarks, Catch::Contains(row.at("phrase")));
    if (row.at("wording_confirmed") == "no")
      CHECK_THAT(i.remarks, Catch::StartsWith("ENGLISH SUMMARY ONLY: the Chinese wording"));
    else
      CHECK_THAT(i.remarks, Catch::Contains("not checked against the plan's own text"));
  }
}

TEST_CASE("the Zhejiang plan's bounds read as the sources word them", "[zhejiang]") {
  const auto kind = [](const std::string& id) {
    const auto& ind = zhejiang().indicators;
    const auto it = std::find_if(ind.begin(), ind.end(), [&](const indicator& i) { return i.id == id; });
    REQUIRE(it != ind.end());
    return it->milestones.back().kind;
  };
  CHECK(kind("income_max_min") == target_kind::at_most);       // 缩小到1.55以内
  CHECK(kind("urban_rural_income") == target_kind::less_than);  // lower than 1.9 times
  CHECK(kind("gdp_max_min") == target_kind::less_than);         // lower than 2.1 times
  CHECK(kind("labour_share") == target_kind::greater_than);     // surpass 50 percent
  CHECK(kind("income") == target_kind::point);                  // reach 75,000 yuan
  // The doc example of zhejiang(): the first row's 2025 target.
  CHECK(zhejiang().indicators.front().id == "income");
  CHECK(*zhejiang().indicators.front().milestones.back().value == 75000.0);
}

TEST_CASE("the Zhejiang plan declares the province and only the city a source names",
          "[zhejiang]") {
  const plan& p = zhejiang();
  CHECK(p.region_zh == "浙江省");
  REQUIRE(p.regions.size() == 2);
  CHECK(find_region(p.regions, "浙江省")->level == region_level::province);
  CHECK(find_region(p.regions, "丽水市")->level == region_level::city);
  CHECK(sub_regions(p.regions, "浙江省") == std::vector<std::string>{"丽水市"});
  CHECK(p.body_targets.empty());
  CHECK(p.target_year == 2025);
}

TEST_CASE("the Zhejiang plan's own audit: max/min bounds that can be met, nothing to compute",
          "[zhejiang]") {
  CHECK(zhejiang_relations().front().id == "maxmin.income_max_min.2025");
  const audit_report r = audit(zhejiang(), zhejiang_relations());
  CHECK(r.summary.relations == 2);
  CHECK(r.summary.not_evaluable == 2);
  CHECK_THAT(r.findings.front().explanation, Catch::Contains("indicator income_max_min (2025)"));
}
