#include "prosper/report/audit_table.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "prosper/plan/cross_audit.hpp"
#include "prosper/plan/lishui.hpp"
#include "prosper/plan/lishui_against_zhejiang.hpp"
#include "prosper/plan/zhejiang.hpp"

using namespace prosper::report;
using prosper::language;
namespace pl = prosper::plan;

namespace {
const pl::audit_report& lishui_audit() {
  static const pl::audit_report r = pl::audit(pl::lishui(), pl::lishui_relations());
  return r;
}
}  // namespace

TEST_CASE("the summary line counts the findings by status", "[audit_table]") {
  CHECK(audit_summary_line(lishui_audit().summary) ==
        "36 relations: 28 hold, 4 violated, 4 not evaluable");
  CHECK(audit_summary_line(lishui_audit().summary, language::zh) ==
        "36项关系：成立28项，不一致4项，无法核查4项");
}

TEST_CASE("the audit JSON has a summary and findings with both sides and the tolerance",
          "[audit_table]") {
  const auto j = nlohmann::json::parse(audit_json(lishui_audit(), pl::lishui()));
  CHECK(j["summary"]["relations"] == 36);
  CHECK(j["summary"]["holds"] == 28);
  CHECK(j["summary"]["violated"] == 4);
  CHECK(j["summary"]["not_evaluable"] == 4);
  const auto& findings = j["findings"];
  REQUIRE(findings.size() == 36);
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

TEST_CASE("the audit JSON carries the explanation in English and in Chinese", "[audit_table]") {
  const auto j = nlohmann::json::parse(audit_json(lishui_audit(), pl::lishui()));
  for (const auto& f : j["findings"]) {
    CHECK(f["explanation"].is_string());
    CHECK(f["explanation_zh"].is_string());
  }
  const auto& order = j["findings"][11];
  REQUIRE(order["id"] == "order.39.2");
  CHECK_THAT(order["explanation"].get<std::string>(),
             Catch::Contains("the first must be at least the second: off by 4.20848 pp/年"));
  CHECK_THAT(order["explanation_zh"].get<std::string>(),
             Catch::Contains("前者应不低于后者：相差4.20848 个百分点/年"));
  // Both languages whatever the language asked for: JSON is for scripts.
  CHECK(render_audit(lishui_audit(), pl::lishui(), output_format::json, language::en) ==
        render_audit(lishui_audit(), pl::lishui(), output_format::json, language::zh));
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
  const std::string text = audit_text(lishui_audit(), language::en);
  CHECK_THAT(text, Catch::StartsWith("Relation "));
  CHECK_THAT(text, Catch::Contains("identity.33.2022"));
  CHECK_THAT(text,
             Catch::Contains("- order.39.2 (violated): 低保标准增幅不低于人均可支配收入增幅"));
  CHECK_THAT(text, Catch::Contains("off by 4.20848 pp/年"));
  CHECK_THAT(text, !Catch::Contains("- identity.33.2022"));  // holds: no explanation block
  CHECK_THAT(text, Catch::EndsWith("36 relations: 28 hold, 4 violated, 4 not evaluable\n"));
}

TEST_CASE("the terminal audit explains in Chinese by default and in English on request",
          "[audit_table]") {
  const std::string zh = audit_text(lishui_audit());
  CHECK(zh == audit_text(lishui_audit(), language::zh));
  CHECK_THAT(zh, Catch::Contains("- order.39.2 (不一致): 低保标准增幅不低于人均可支配收入增幅\n"
                                 "  附表第39行（2022年）→2025年增速4.47511%/年"));
  CHECK_THAT(zh, Catch::Contains("相差4.20848 个百分点/年"));
  CHECK_THAT(zh, !Catch::Contains("off by"));
  const std::string en = audit_text(lishui_audit(), language::en);
  CHECK_THAT(en, Catch::Contains("  row 39 (2022) → 2025 grows 4.47511%/年"));
  CHECK_THAT(en, !Catch::Contains("相差"));
}

TEST_CASE("the Markdown audit has the summary and one row per finding", "[audit_table]") {
  const std::string md = audit_markdown(lishui_audit(), pl::lishui(), language::en);
  CHECK_THAT(md, Catch::StartsWith("# Consistency audit: Lishui Action Plan"));
  CHECK_THAT(md, Catch::Contains("36 relations: 28 hold, 4 violated, 4 not evaluable."));
  CHECK_THAT(md, Catch::Contains("| share.12.2025 | share of a total | violated | 12 |"));
  std::size_t rows = 0;
  for (std::size_t pos = md.find("\n| "); pos != std::string::npos; pos = md.find("\n| ", pos + 1))
    ++rows;
  CHECK(rows == 1 + 36);  // header + findings
}

TEST_CASE("the Chinese audit is Chinese throughout: headers, kinds, statuses, summary",
          "[audit_table]") {
  const std::string md = audit_markdown(lishui_audit(), pl::lishui(), language::zh);
  CHECK_THAT(md, Catch::StartsWith("# 一致性核查：丽水"));
  CHECK_THAT(md, Catch::Contains("| 关系 | 关系类型 | 状态 | 涉及指标 | 规划原文 |"));
  CHECK_THAT(md, Catch::Contains("| share.12.2025 | 占总量比重 | 不一致 | 12 |"));
  const std::string text = audit_text(lishui_audit(), language::zh);
  for (const std::string& out : {md, text})
    for (const char* english : {"holds", "violated", "not evaluable", "not_evaluable",
                                "relations", "tolerance", "explanation", "share_of_total"})
      CHECK_THAT(out, !Catch::Contains(english));
}

TEST_CASE("the Markdown audit explains in the language asked for", "[audit_table]") {
  const std::string zh = audit_markdown(lishui_audit(), pl::lishui(), language::zh);
  const std::string en = audit_markdown(lishui_audit(), pl::lishui(), language::en);
  // ">" is written as an entity: Markdown passes HTML through, so "<" and ">" never appear raw.
  CHECK_THAT(zh, Catch::Contains("| 正文三.11.1（1000 亿元）占正文一.1.1（&gt;2250 亿元）的44.4444%"));
  CHECK_THAT(zh, Catch::Contains("相差5.55556 个百分点，超出印刷精度容差±0.532106 个百分点 |"));
  CHECK_THAT(zh, !Catch::Contains("beyond the printing tolerance"));
  CHECK_THAT(en,
             Catch::Contains("| body 三.11.1 1000 亿元 over body 一.1.1 &gt;2250 亿元 is 44.4444%"));
  CHECK_THAT(en,
             Catch::Contains("off by 5.55556 pp, beyond the printing tolerance ±0.532106 pp |"));
  CHECK_THAT(en, !Catch::Contains("超出印刷精度容差"));
  CHECK(render_audit(lishui_audit(), pl::lishui(), output_format::md, language::en) == en);
  CHECK(render_audit(lishui_audit(), pl::lishui(), output_format::table, language::en) ==
        audit_text(lishui_audit(), language::en));
}

TEST_CASE("the audit has no CSV form", "[audit_table]") {
  CHECK_THROWS_AS(render_audit(lishui_audit(), pl::lishui(), output_format::csv),
                  std::invalid_argument);
  CHECK(render_audit(lishui_audit(), pl::lishui(), output_format::json) ==
        audit_json(lishui_audit(), pl::lishui()));
}

namespace {
const pl::audit_report& against_zhejiang() {
  static const pl::audit_report r = pl::audit_against(
      pl::lishui(), pl::zhejiang(), pl::lishui_against_zhejiang().relations);
  return r;
}
std::string render_against(output_format f, language lang) {
  return render_audit_against(lishui_audit(), against_zhejiang(), pl::lishui(), pl::zhejiang(), f,
                              lang);
}
}  // namespace

TEST_CASE("the audit against another plan is the plan's own audit, then the cross-plan one",
          "[audit_table][cross]") {
  const std::string en = render_against(output_format::table, language::en);
  CHECK_THAT(en, Catch::StartsWith("Relations within the plan\n\n" +
                                   audit_text(lishui_audit(), language::en)));
  CHECK_THAT(en, Catch::Contains("Relations with another plan: " + pl::zhejiang().name_en));
  CHECK_THAT(en, Catch::EndsWith("4 relations: 3 hold, 1 violated, 0 not evaluable\n"));
  CHECK_THAT(en, Catch::Contains("the first is looser by 0.05"));
  const std::string zh = render_against(output_format::table, language::zh);
  CHECK_THAT(zh, Catch::StartsWith("本规划内部的关系"));
  CHECK_THAT(zh, Catch::Contains("与另一规划的关系：" + pl::zhejiang().name_zh));
  CHECK_THAT(zh, Catch::EndsWith("4项关系：成立3项，不一致1项，无法核查0项\n"));
  CHECK(zh.find("界限不宽于") == std::string::npos);  // kinds are in the Markdown only
}

TEST_CASE("the Markdown audit against another plan adds a section for it",
          "[audit_table][cross]") {
  const std::string md = render_against(output_format::md, language::en);
  CHECK_THAT(md, Catch::StartsWith(audit_markdown(lishui_audit(), pl::lishui(), language::en)));
  CHECK_THAT(md, Catch::Contains("\n## Relations with another plan: "));
  CHECK_THAT(md, Catch::Contains("| cross.urban_rural_income.2025 | bound no looser | violated |"));
  const std::string zh = render_against(output_format::md, language::zh);
  CHECK_THAT(zh, Catch::Contains("| cross.urban_rural_income.2025 | 界限不宽于 | 不一致 |"));
}

TEST_CASE("the JSON audit against another plan nests the cross-plan part under \"against\"",
          "[audit_table][cross]") {
  const auto j = nlohmann::json::parse(render_against(output_format::json, language::en));
  const auto own = nlohmann::json::parse(audit_json(lishui_audit(), pl::lishui()));
  CHECK(j["summary"] == own["summary"]);
  CHECK(j["findings"] == own["findings"]);
  const auto& a = j["against"];
  CHECK(a["plan"]["name_zh"] == pl::zhejiang().name_zh);
  CHECK(a["summary"]["relations"] == 4);
  CHECK(a["summary"]["violated"] == 1);
  CHECK(a["findings"][1]["id"] == "cross.urban_rural_income.2025");
  CHECK(a["findings"][1]["kind"] == "bound_no_looser");
  CHECK(a["findings"][1]["status"] == "violated");
  CHECK(a["findings"][1]["lhs"] == 1.95);
  CHECK(a["findings"][1]["rhs"] == 1.9);
  CHECK(a["findings"][1]["indicators"] ==
        nlohmann::json::array({"17", "against:urban_rural_income"}));
  CHECK_THROWS_AS(render_against(output_format::csv, language::en), std::invalid_argument);
}
