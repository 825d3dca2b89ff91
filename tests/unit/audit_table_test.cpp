#include "prosper/report/audit_table.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "prosper/plan/lishui.hpp"
#include "prosper/plan/lishui_relations.hpp"

using namespace prosper::report;
namespace pl = prosper::plan;

namespace {
const pl::audit_report& lishui_audit() {
  static const pl::audit_report r = pl::audit(pl::lishui(), pl::lishui_relations());
  return r;
}
}  // namespace

TEST_CASE("the summary line counts the findings by status", "[audit_table]") {
  CHECK(audit_summary_line(lishui_audit().summary) ==
        "34 relations: 28 hold, 4 violated, 2 not evaluable");
}

TEST_CASE("the audit JSON has a summary and findings with both sides and the tolerance",
          "[audit_table]") {
  const auto j = nlohmann::json::parse(audit_json(lishui_audit(), pl::lishui()));
  CHECK(j["summary"]["relations"] == 34);
  CHECK(j["summary"]["holds"] == 28);
  CHECK(j["summary"]["violated"] == 4);
  CHECK(j["summary"]["not_evaluable"] == 2);
  const auto& findings = j["findings"];
  REQUIRE(findings.size() == 34);
  for (const auto& f : findings) {
    for (const char* key :
         {"id", "kind", "status", "indicators", "text_zh", "lhs", "rhs", "tolerance"})
      CHECK(f.contains(key));
  }
  const auto& first = findings[0];
  CHECK(first["id"] == "identity.33.2022");
  CHECK(first["kind"] == "ratio_identity");
  CHECK(first["status"] == "holds");
  CHECK(first["indicators"] == nlohmann::json::array({"33", "2", "1"}));
  CHECK(first["text_zh"] == "居民人均可支配收入与人均GDP之比");
  CHECK(first["lhs"].get<double>() == Approx(0.610729));  // 44400 / 72700, six digits
  CHECK(first["rhs"] == 0.611);
  CHECK(first["tolerance"].get<double>() == Approx(0.000927205).epsilon(1e-5));
}

TEST_CASE("a finding without a number has null in the audit JSON", "[audit_table]") {
  const auto j = nlohmann::json::parse(audit_json(lishui_audit(), pl::lishui()));
  const auto& external = j["findings"][2];
  CHECK(external["id"] == "external.20.2022");
  CHECK(external["status"] == "not_evaluable");
  CHECK(external["lhs"].is_null());
  CHECK(external["tolerance"].is_null());
  CHECK(external["rhs"] == 0.74);
}

TEST_CASE("the terminal audit lists every finding and explains those that do not hold",
          "[audit_table]") {
  const std::string text = audit_text(lishui_audit());
  CHECK_THAT(text, Catch::StartsWith("id "));
  CHECK_THAT(text, Catch::Contains("identity.33.2022"));
  CHECK_THAT(text,
             Catch::Contains("- order.39.2 (violated): 低保标准增幅不低于人均可支配收入增幅"));
  CHECK_THAT(text, Catch::Contains("off by 4.20848 pp/年"));
  CHECK_THAT(text, !Catch::Contains("- identity.33.2022"));  // holds: no explanation block
  CHECK_THAT(text, Catch::EndsWith("34 relations: 28 hold, 4 violated, 2 not evaluable\n"));
}

TEST_CASE("the Markdown audit has the summary and one row per finding", "[audit_table]") {
  const std::string md = audit_markdown(lishui_audit(), pl::lishui());
  CHECK_THAT(md, Catch::StartsWith("# Consistency audit: Lishui Action Plan"));
  CHECK_THAT(md, Catch::Contains("34 relations: 28 hold, 4 violated, 2 not evaluable."));
  CHECK_THAT(md, Catch::Contains("| share.12.2025 | share_of_total | violated | 12 |"));
  std::size_t rows = 0;
  for (std::size_t pos = md.find("\n| "); pos != std::string::npos; pos = md.find("\n| ", pos + 1))
    ++rows;
  CHECK(rows == 1 + 34);  // header + findings
}

TEST_CASE("the audit has no CSV form", "[audit_table]") {
  CHECK_THROWS_AS(render_audit(lishui_audit(), pl::lishui(), output_format::csv),
                  std::invalid_argument);
  CHECK(render_audit(lishui_audit(), pl::lishui(), output_format::json) ==
        audit_json(lishui_audit(), pl::lishui()));
}
