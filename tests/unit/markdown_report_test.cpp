#include "prosper/report/markdown_report.hpp"

#include <catch2/catch.hpp>
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

std::string render(const io::read_result& data, language lang, bool audit = true) {
  report_options o;
  o.lang = lang;
  o.sections.audit = audit;
  return render_markdown_report(
      build_report_model(pl::lishui(), pl::lishui_relations(), data.observations, o));
}

}  // namespace

TEST_CASE("the Markdown report has the sections and a line per indicator", "[markdown_report]") {
  const std::string md = render(load("examples/data/lishui-published.csv"), language::en);
  CHECK(md.rfind("# Lishui Action Plan", 0) == 0);
  for (label l : {label::sec_summary, label::sec_indicators, label::sec_ratios,
                  label::rollup_title, label::sec_audit, label::sec_sources})
    CHECK(md.find("## " + std::string(label_text(l, language::en))) != std::string::npos);
  CHECK(md.find("### " + std::string(label_text(label::schedule_title, language::en))) !=
        std::string::npos);
  CHECK(md.find("<svg") == std::string::npos);
  // One table line per indicator: each starts with "| <id> |".
  for (const auto& ind : pl::lishui().indicators)
    CHECK(md.find("\n| " + ind.id + " | ") != std::string::npos);
  CHECK(md.find(
            "| 2 | Per-capita disposable income of residents | CNY | 2025: 57000 CNY | 8.68%/yr | "
            "44400 (2022), plan milestone | 42042 (2021) |") != std::string::npos);
  // The status cell carries the reason; "no data" stands alone.
  CHECK(md.find("| not assessable: no observation after the base year 2022 |") !=
        std::string::npos);
  CHECK(md.find("| no data |") != std::string::npos);
  CHECK(md.find("no data: ") == std::string::npos);
}

TEST_CASE("Markdown: no NaN or infinity, labels in the chosen language", "[markdown_report]") {
  const auto data = load("tests/data/observations/status_moving_away.csv");
  const std::string zh = render(data, language::zh, false);
  const std::string en = render(data, language::en, false);
  for (const std::string* md : {&zh, &en})
    CHECK_FALSE(std::regex_search(*md, std::regex(R"(\b(nan|inf|infinity)\b)", std::regex::icase)));
  for (int i = 0; i <= static_cast<int>(label::pp); ++i) {
    const auto l = static_cast<label>(i);
    const std::string z(label_text(l, language::zh));
    const std::string e(label_text(l, language::en));
    if (z == e) continue;
    INFO(z << " / " << e);
    CHECK(en.find(z) == std::string::npos);
    if (e.find(' ') != std::string::npos) CHECK(zh.find(e) == std::string::npos);
  }
  CHECK(zh.find("偏离目标") != std::string::npos);
  CHECK(en.find("moving away") != std::string::npos);
}

TEST_CASE("Markdown: table cells and text are escaped", "[markdown_report]") {
  pl::plan p = pl::lishui();
  p.name_en = "A *bold* | plan";
  p.indicators[0].name_en = "GDP | per capita";
  const std::vector<io::observation_record> none;
  report_options o;
  o.lang = language::en;
  o.indicators = {"1"};
  const std::string md = render_markdown_report(build_report_model(p, {}, none, o));
  CHECK(md.rfind("# A \\*bold\\* \\| plan\n", 0) == 0);
  CHECK(md.find("GDP \\| per capita") != std::string::npos);
}

TEST_CASE("Markdown: the ratio panel shows county max/min and the synthetic warning",
          "[markdown_report]") {
  const std::string md =
      render(load("examples/data/illustrative-counties.csv"), language::zh, false);
  CHECK(md.find("> **" + std::string(label_text(label::synthetic_warning, language::zh)) + "**") !=
        std::string::npos);
  CHECK(md.find("| 2021 | 1.486 | 莲都区 | 景宁畲族自治县 | 9 | 推算 | 在界限内 |") !=
        std::string::npos);
}

TEST_CASE("Markdown: the audit's explanations are in the report's language", "[markdown_report]") {
  const auto data = load("examples/data/lishui-published.csv");
  const std::string zh = render(data, language::zh);
  const std::string en = render(data, language::en);
  CHECK(zh.find("| 附表第2行（2022年）→2025年增速8.68359%/年（44400 → 57000），"
                "附表第1行（2022年）→2025年增速8.32096%/年（7.27 → 9.24）；前者应不低于后者："
                "在印刷精度容差±0.0451094 个百分点/年内一致 |") != std::string::npos);
  CHECK(zh.find("consistent within the printing tolerance") == std::string::npos);
  CHECK(en.find("| row 2 (2022) → 2025 grows 8.68359%/年 (44400 → 57000), row 1 (2022) → 2025 "
                "grows 8.32096%/年 (7.27 → 9.24); the first must be at least the second: "
                "consistent within the printing tolerance ±0.0451094 pp/年 |") != std::string::npos);
  CHECK(en.find("印刷精度容差") == std::string::npos);
}

// Issue 14, bounded reports: the Markdown report follows the same limits as the HTML one.
TEST_CASE("the Markdown report summarises past the same limits as the HTML one",
          "[markdown_report]") {
  const auto data = io::load_observations_csv(
      std::string(PROSPER_SOURCE_DIR) + "/examples/data/lishui-published.csv", pl::lishui());
  report_options o;
  o.lang = language::en;
  o.limits.full_rows = 10;
  o.limits.findings = 5;
  o.limits.sources = 1;
  const report_model m =
      build_report_model(pl::lishui(), pl::lishui_relations(), data.observations, o);
  const std::string md = render_markdown_report(m);
  CHECK(md.find("Many rows: a compact table") != std::string::npos);
  CHECK(md.find("| No. | Indicator | Latest | Target | Required from now | Status |") !=
        std::string::npos);
  CHECK(md.find("28 relations that hold are not listed") != std::string::npos);
  CHECK(md.find("- … " + std::to_string(m.data.sources.size() - 1) + " more not listed\n") !=
        std::string::npos);
}
