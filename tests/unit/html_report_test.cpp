#include "prosper/report/html_report.hpp"

#include <catch2/catch.hpp>
#include <cstddef>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "prosper/io/observations_csv.hpp"
#include "prosper/plan/lishui.hpp"

#include "../support/translated_plan.hpp"

using namespace prosper;
using namespace prosper::report;
namespace pl = prosper::plan;

namespace {

io::read_result load(const std::string& rel) {
  return io::load_observations_csv(std::string(PROSPER_SOURCE_DIR) + "/" + rel, pl::lishui());
}

std::size_t count_of(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++n;
  return n;
}

report_options in(language lang) {
  report_options o;
  o.lang = lang;
  return o;
}

std::string render(const io::read_result& data, const report_options& opt) {
  return render_html_report(
      build_report_model(pl::lishui(), pl::lishui_relations(), data.observations, opt));
}

// Every label the renderer can print; the ones a given report shows are a subset.
std::vector<label> all_labels() {
  std::vector<label> out;
  for (int i = 0; i <= static_cast<int>(label::pp); ++i) out.push_back(static_cast<label>(i));
  return out;
}

}  // namespace

TEST_CASE("one self-contained document: no script, no external resource", "[html_report]") {
  const std::string html = render(load("examples/data/lishui-published.csv"), in(language::zh));
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<html lang=\"zh-CN\">") != std::string::npos);
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("src=\"http") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("</html>") != std::string::npos);
}

TEST_CASE("one SVG chart per numeric indicator", "[html_report]") {
  std::size_t numeric = 0;
  for (const auto& ind : pl::lishui().indicators) numeric += is_numeric_indicator(ind) ? 1 : 0;
  CHECK(numeric == 61);  // 70 rows less 30, 31, 36, 37, 57, 58, 60, 66, 67
  for (const char* file :
       {"examples/data/lishui-published.csv", "tests/data/observations/status_moving_away.csv"}) {
    const std::string html = render(load(file), in(language::en));
    CHECK(count_of(html, "<svg") == numeric);
    CHECK(count_of(html, "</svg>") == numeric);
  }
}

TEST_CASE("no NaN or infinity is ever printed", "[html_report]") {
  for (const char* file :
       {"examples/data/lishui-published.csv", "examples/data/zhejiang-reference.csv",
        "examples/data/illustrative-counties.csv",
        "tests/data/observations/status_not_assessable.csv",
        "tests/data/observations/status_on_track.csv"}) {
    for (language lang : {language::zh, language::en}) {
      const std::string html = render(load(file), in(lang));
      INFO(file);
      // As words: "governance" in a category name is fine.
      CHECK_FALSE(
          std::regex_search(html, std::regex(R"(\b(nan|inf|infinity)\b)", std::regex::icase)));
    }
  }
}

TEST_CASE("labels are all in the chosen language", "[html_report]") {
  const auto data = load("tests/data/observations/status_moving_away.csv");
  // The audit quotes the plan's Chinese wording verbatim in both languages: data, not labels,
  // so the label check reads the report without it.
  report_options zh_opt = in(language::zh), en_opt = in(language::en);
  zh_opt.sections.audit = en_opt.sections.audit = false;
  const std::string zh = render(data, zh_opt);
  const std::string en = render(data, en_opt);
  CHECK(en.find("<html lang=\"en\">") != std::string::npos);
  for (label l : all_labels()) {
    const std::string_view z = label_text(l, language::zh);
    const std::string_view e = label_text(l, language::en);
    if (z == e) continue;
    INFO("label " << static_cast<int>(l) << ": " << z << " / " << e);
    // A Chinese label never appears in the English report.
    CHECK(en.find(std::string(z)) == std::string::npos);
    // An English label of more than one word never appears in the Chinese report (single
    // words such as "Gap" could occur inside data).
    if (e.find(' ') != std::string_view::npos) CHECK(zh.find(std::string(e)) == std::string::npos);
  }
  for (std::size_t b = 0; b < status_bucket_count; ++b) {
    CHECK(en.find(std::string(status_text(b, language::zh))) == std::string::npos);
    if (b != 6)
      CHECK(zh.find(">" + std::string(status_text(b, language::en)) + "<") == std::string::npos);
  }
  // Section headings are there in each language.
  for (label l : {label::sec_summary, label::sec_indicators, label::sec_charts, label::sec_ratios,
                  label::sec_sources}) {
    CHECK(zh.find(std::string(label_text(l, language::zh))) != std::string::npos);
    CHECK(en.find(std::string(label_text(l, language::en))) != std::string::npos);
  }
  // The audit's own labels follow the language too.
  const std::string en_audit = render(data, in(language::en));
  for (label l : {label::sec_audit, label::audit_relation, label::audit_plan_text,
                  label::audit_explanation, label::audit_holds, label::audit_violated}) {
    CHECK(en_audit.find(std::string(label_text(l, language::en))) != std::string::npos);
    CHECK(en_audit.find(">" + std::string(label_text(l, language::zh)) + "<") == std::string::npos);
  }
  // English indicator names and categories, not Chinese ones.
  CHECK(en.find("Per-capita disposable income of residents") != std::string::npos);
  CHECK(en.find("居民人均可支配收入</td>") == std::string::npos);
  CHECK(en.find("Coordinated regional development") != std::string::npos);
  CHECK(en.find("稳步下降") == std::string::npos);
}

TEST_CASE("statuses are colour-coded and not-assessable rows give the reason", "[html_report]") {
  const std::string html =
      render(load("tests/data/observations/status_not_assessable.csv"), in(language::en));
  CHECK(html.find("class=\"b not_assessable\"") != std::string::npos);
  CHECK(html.find("class=\"b no_data\"") != std::string::npos);
  CHECK(html.find("no observation after the base year 2022") != std::string::npos);
  CHECK(html.find("the target has no number") != std::string::npos);
  const std::string moving =
      render(load("tests/data/observations/status_moving_away.csv"), in(language::zh));
  CHECK(moving.find("class=\"b moving_away\">偏离目标</span>") != std::string::npos);
}

TEST_CASE("data and titles are escaped", "[html_report]") {
  pl::plan p = pl::lishui();
  p.name_zh = "<script>alert(1)</script> & \"plan\"";
  p.indicators[0].name_zh = "GDP <b>bold</b>";
  const auto data = io::read_observations_csv(
      "indicator,region,year,value,source\n1,丽水市,2023,7.8,\"<img src=x onerror=alert(2)>\"\n",
      "x<y>.csv", p);
  const auto m = build_report_model(p, {}, data.observations, in(language::zh));
  const std::string html = render_html_report(m);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;plan&quot;") !=
        std::string::npos);
  CHECK(html.find("<b>bold</b>") == std::string::npos);
  CHECK(html.find("GDP &lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("x&lt;y&gt;.csv") != std::string::npos);
}

TEST_CASE("sections can be left out, and the synthetic warning shows", "[html_report]") {
  report_options opt = in(language::en);
  opt.sections.charts = false;
  opt.sections.audit = false;
  opt.indicators = {"2", "19"};
  const std::string html = render(load("examples/data/illustrative-counties.csv"), opt);
  CHECK(html.find("<svg") == std::string::npos);
  CHECK(html.find("id=\"audit\"") == std::string::npos);
  CHECK(html.find("id=\"ratios\"") != std::string::npos);
  CHECK(html.find(std::string(label_text(label::synthetic_warning, language::en))) !=
        std::string::npos);
  // The illustrative counties give max/min 55000/38000 in 2022, within the 1.5 bound.
  CHECK(html.find("1.447") != std::string::npos);
  CHECK(html.find("Jingning She Autonomous County") != std::string::npos);  // declared name_en
}

TEST_CASE("the published-data report shows latest values and baselines", "[html_report]") {
  const std::string html = render(load("examples/data/lishui-published.csv"), in(language::zh));
  CHECK(html.find("42042") != std::string::npos);
  CHECK(html.find("规划基期值") != std::string::npos);
  CHECK(html.find("基期(2022年)之后无观测值") != std::string::npos);
  CHECK(html.find("China Daily") != std::string::npos);  // the source list
  CHECK(html.find("36 项关系") != std::string::npos);
}

TEST_CASE("the audit's explanations are in the report's language", "[html_report]") {
  const auto data = load("examples/data/lishui-published.csv");
  const std::string zh = render(data, in(language::zh));
  const std::string en = render(data, in(language::en));
  CHECK(zh.find("附表第39行（2022年）→2025年增速4.47511%/年（11400 → 13000）") != std::string::npos);
  CHECK(zh.find("前者应不低于后者：相差4.20848 个百分点/年") != std::string::npos);
  CHECK(zh.find("正文一.3.2“居民人均可支配收入达到5.7万元”即57000 元") != std::string::npos);
  CHECK(zh.find("the first must be at least the second") == std::string::npos);
  CHECK(zh.find("consistent within the printing tolerance") == std::string::npos);
  // Escaped like any data: "≥16%" has no markup, "&quot;" quotes the English cells.
  CHECK(en.find("row 39 (2022) → 2025 grows 4.47511%/年 (11400 → 13000)") != std::string::npos);
  CHECK(en.find("body 一.3.2 &quot;居民人均可支配收入达到5.7万元&quot; reads 57000 元") !=
        std::string::npos);
  CHECK(en.find("前者应不低于后者") == std::string::npos);
  CHECK(en.find("印刷精度容差") == std::string::npos);
}

// Issue 14, bounded reports: past each documented limit (report_limits) the HTML summarises
// instead of listing. The limits are lowered here so that the Lishui plan crosses them.
TEST_CASE("past the row limits the table is compact and no chart is drawn", "[html_report]") {
  const auto data = load("examples/data/lishui-published.csv");
  report_options o = in(language::en);
  const std::string full = render(data, o);
  CHECK(count_of(full, "<svg") > 50);
  CHECK(full.find("Many rows: a compact table") == std::string::npos);
  o.limits.full_rows = 10;
  o.limits.charts = 10;
  const std::string small = render(data, o);
  CHECK(small.find("Many rows: a compact table") != std::string::npos);
  CHECK(count_of(small, "<svg") == 0);
  CHECK(small.find("no per-indicator chart. Limit and rows: 10, 70") != std::string::npos);
  // Every indicator is still listed, with its status.
  for (const auto& ind : pl::lishui().indicators)
    CHECK(small.find("<td>" + ind.id + "</td>") != std::string::npos);
  CHECK(small.size() < full.size() / 3);
}

TEST_CASE("past the category, finding and source limits the rest is counted", "[html_report]") {
  const auto data = load("examples/data/lishui-published.csv");
  report_options o = in(language::en);
  o.limits.categories = 3;
  o.limits.findings = 5;
  o.limits.sources = 1;
  o.limits.text_bytes = 12;
  const report_model m = build_report_model(pl::lishui(), pl::lishui_relations(), data.observations, o);
  REQUIRE(m.categories.size() > 3);
  REQUIRE(m.data.sources.size() > 1);
  const std::string html = render_html_report(m);
  CHECK(html.find("Other categories (" + std::to_string(m.categories.size() - 2) + ")") !=
        std::string::npos);
  CHECK(html.find("28 relations that hold are not listed") != std::string::npos);
  CHECK(html.find("<li>… " + std::to_string(m.data.sources.size() - 1) + " more not listed</li>") !=
        std::string::npos);
  CHECK(html.find(" bytes)</li>") != std::string::npos);
}

TEST_CASE("past the region limit the regions collapse into a distribution with the extremes named",
          "[html_report]") {
  const auto data = load("tests/data/observations/status_county_maxmin.csv");
  report_options o = in(language::en);
  o.regions = {"丽水市", "莲都区", "庆元县", "青田县"};
  o.limits.regions = 2;
  const report_model m = build_report_model(pl::lishui(), pl::lishui_relations(), data.observations, o);
  REQUIRE_FALSE(m.region_summaries.empty());
  const indicator_regions* income = nullptr;
  for (const auto& s : m.region_summaries)
    if (s.indicator->id == "2") income = &s;
  REQUIRE(income != nullptr);
  CHECK(income->statuses.total == 4);
  CHECK(income->latest.count == 3);
  CHECK(income->latest.lowest == "庆元县");
  CHECK(income->latest.highest == "莲都区");
  CHECK(income->latest.median == 47000);
  CHECK(listed_rows(m).size() == 70);  // the plan's own region only
  const std::string html = render_html_report(m);
  CHECK(html.find("Across the regions") != std::string::npos);
  CHECK(html.find("40000 <span class=\"src\">庆元县</span>") != std::string::npos);
}

TEST_CASE("with observations the report compares every method side by side", "[html_report]") {
  const auto data = load("examples/data/lishui-2021-2025.csv");
  const std::string html = render(data, in(language::en));
  REQUIRE_THAT(html, Catch::Contains("<section id=\"methods\"><h2>Method comparison</h2>"));
  CHECK_THAT(html, Catch::Contains("all methods agree 80% (4/5)"));  // row 20 from 浙江省 too
  CHECK_THAT(html, Catch::Contains("<th>StatCan</th><th>Eurostat</th><th>SDSN</th><th>ESCAP</th>"
                                   "<th>NBS</th>"));
  // Indicator 24: ESCAP's projection says moderate progress, the rate methods insufficient.
  CHECK_THAT(html, Catch::Contains("<li>24 Urbanisation rate of the resident population: statcan "
                                   "insufficient_progress"));
  CHECK_THAT(html, Catch::Contains("unsd_progress_chart"));
  // The section comes after the ratio panel and before the audit.
  CHECK(html.find("id=\"ratios\"") < html.find("id=\"methods\""));
  CHECK(html.find("id=\"methods\"") < html.find("id=\"audit\""));
}

TEST_CASE("without observations, or when left out, there is no method comparison",
          "[html_report]") {
  CHECK_THAT(render_html_report(build_report_model(pl::lishui(), pl::lishui_relations(), {})),
             !Catch::Contains("id=\"methods\""));
  const auto data = load("examples/data/lishui-2021-2025.csv");
  report_options o;
  o.sections.method_comparison = false;
  CHECK_THAT(render(data, o), !Catch::Contains("id=\"methods\""));
}

TEST_CASE("a plan with every name translated gets every ratio panel, in English throughout",
          "[html_report]") {
  // The panels come from the relations and declared regions, not from names.
  const auto [p, relations] = prosper::test::translated_lishui();
  const auto data = io::read_observations_csv(
      "indicator,region,year,value\n"
      "X2,Lishui,2023,47000\nX3,Lishui,2023,31000\nX24,Lishui,2023,65\n"
      "X2,Liandu,2023,60000\nX2,Qingyuan,2023,40000\nX2,Zhejiang,2023,63830\n",
      "inline.csv", p);
  const std::string html =
      render_html_report(build_report_model(p, relations, data.observations, in(language::en)));
  const auto from = html.find("<section id=\"ratios\">");
  REQUIRE(from != std::string::npos);
  const std::string ratios = html.substr(from, html.find("</section>", from) - from);
  for (const char* heading : {"<h3>X17 Urban/rural income ratio</h3>",
                              "<h3>X18 Ratio of the highest to the lowest county per-capita GDP",
                              "<h3>X19 Ratio of the highest to the lowest county per-capita",
                              "<h3>X20 "})
    CHECK(count_of(ratios, heading) == 1);
  CHECK(count_of(ratios, "Zhejiang") >= 1);  // the reference region of row X20's ratio
  CHECK(count_of(ratios, "Liandu") >= 1);    // the highest county of row X19's max/min
  CHECK(count_of(ratios, "No sub-region values") == 1);  // X18: no county GDP per capita
}

TEST_CASE("the report rolls the statuses up by category and judges progress against the time "
          "elapsed",
          "[html_report]") {
  const std::string html = render(load("examples/data/lishui-2021-2025.csv"), in(language::en));
  const auto from = html.find("<section id=\"rollup\"><h2>Roll-up by category</h2>");
  REQUIRE(from != std::string::npos);
  const std::string section = html.substr(from, html.find("</section>", from) - from);
  CHECK_THAT(section, Catch::Contains("<h3>Progress against the time elapsed</h3>"));
  CHECK_THAT(section, Catch::Contains("<td>All indicators</td>"));
  // Rows 1, 2 and 24 lag, as `prosper assess --view schedule` says (docs/methods.md §8.7).
  for (const char* id : {"<tr><td>1</td>", "<tr><td>2</td>", "<tr><td>24</td>"})
    CHECK_THAT(section, Catch::Contains(id));
  report_options without = in(language::en);
  without.sections.rollup = false;
  CHECK_THAT(render(load("examples/data/lishui-2021-2025.csv"), without),
             !Catch::Contains("id=\"rollup\""));
}
