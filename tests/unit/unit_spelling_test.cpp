// The spelling of a unit in a plan must not matter: "%", "％" and "百分比" resolve to one unit, and
// every output computed from the plan (catalog, audit, assessments, reports) is byte for byte the
// same. Only the plan's own JSON, which keeps the spelling for a faithful round trip, differs.

#include <catch2/catch.hpp>

#include <string>

#include "prosper/io/observations_csv.hpp"
#include "prosper/io/plan_json.hpp"
#include "prosper/plan/audit.hpp"
#include "prosper/plan/lishui.hpp"
#include "prosper/report/assessment_table.hpp"
#include "prosper/report/audit_table.hpp"
#include "prosper/report/catalog_table.hpp"
#include "prosper/report/html_report.hpp"
#include "prosper/report/markdown_report.hpp"

namespace io = prosper::io;
namespace pl = prosper::plan;
namespace rp = prosper::report;
using prosper::language;

namespace {

// The Lishui plan's JSON with every unit spelled "%" respelled.
io::plan_document respelled(const std::string& percent) {
  auto j = io::to_json(pl::lishui(), pl::lishui_relations());
  int changed = 0;
  for (auto* list : {&j["indicators"], &j["body_targets"]})
    for (auto& item : *list)
      if (item["unit"] == "%") {
        item["unit"] = percent;
        ++changed;
      }
  CHECK(changed > 40);
  return io::from_json(j);
}

// Everything prosper prints about a plan, in both languages and every format.
std::string outputs(const io::plan_document& doc) {
  const auto obs = io::load_observations_csv(
      std::string(PROSPER_SOURCE_DIR) + "/examples/data/lishui-published.csv", doc.plan);
  std::string all;
  for (language lang : {language::zh, language::en}) {
    for (auto f : {rp::output_format::table, rp::output_format::md, rp::output_format::csv,
                   rp::output_format::json})
      all += rp::render_catalog(doc.plan, f, lang);
    const auto audit = pl::audit(doc.plan, doc.relations);
    for (auto f : {rp::output_format::table, rp::output_format::md, rp::output_format::json})
      all += rp::render_audit(audit, doc.plan, f, lang);
    rp::report_options options;
    options.lang = lang;
    const auto model = rp::build_report_model(doc.plan, doc.relations, obs.observations, options);
    for (auto f : {rp::output_format::table, rp::output_format::md, rp::output_format::csv,
                   rp::output_format::json})
      all += rp::render_assessments(model, f);
    all += rp::render_markdown_report(model);
    all += rp::render_html_report(model);
  }
  return all;
}

}  // namespace

TEST_CASE("a plan that spells percent %, ％ or 百分比 gives byte-identical outputs",
          "[units][plan]") {
  const std::string reference = outputs({pl::lishui(), pl::lishui_relations()});
  CHECK(reference.size() > 100000);
  for (const char* spelling : {"％", "百分比", "percent"}) {
    INFO(spelling);
    const io::plan_document doc = respelled(spelling);
    CHECK(outputs(doc) == reference);
    // The plan's own JSON keeps the spelling it was given.
    CHECK(io::dump_plan(doc.plan, doc.relations).find(std::string("\"unit\": \"") + spelling) !=
          std::string::npos);
  }
}
