#include "prosper/report/method_comparison_json.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "prosper/io/observations_csv.hpp"
#include "prosper/plan/lishui.hpp"

using namespace prosper;
using namespace prosper::report;
namespace pl = prosper::plan;

// A small plan, base 2020, target 2025, whose verdicts are computed by hand below:
//
// A  higher is better, 100 → ≥ 200, observed 130 in 2022 (baseline: the plan's milestone).
//    CAGR 1.3^(1/2) − 1 = 14.02 % against 2^(1/5) − 1 = 14.87 %: R = 0.9427, moderate
//    (StatCan, Eurostat); linear steps 15 against 20 a year: 0.75, moderate (SDSN); realisation
//    50 → 65 gains 7.5 points a year against 10 needed: 0.75, moderate (NBS); ESCAP projects
//    130 · 1.3^1.5 = 192.69 in 2025, CS = 10 · 92.69/100 = 9.27 > 9: on track.
// B  lower is better, 50 → ≤ 40, observed 50 (2020), 52 (2021), 47 (2023).
//    CAGR (47/50)^(1/3) − 1 = −2.04 % against 0.8^(1/5) − 1 = −4.36 %: R = 0.4677, insufficient;
//    steps −1 against −2 a year: 0.5 exactly, moderate (the band is closed below); NBS inverse
//    realisation 80 → 85.11 gains 1.70 a year against 4: 0.426, insufficient; ESCAP weights
//    5/4 and 5/2: ĝ = (1.25 ln(52/50) + 2.5 ln(47/52))/6.25 = −0.03259, 47 e^(2ĝ) = 44.03,
//    CS = 10 · 5.97/10 = 5.97: moderate.
//    From 2021 instead: R = ((47/52)^(1/2) − 1)/|(40/52)^(1/4) − 1| = 0.776, moderate (StatCan,
//    Eurostat); NBS 76.92 → 85.11, 4.09 a year against 5.77: 0.709, moderate; SDSN 2.5/3 = 0.83
//    and ESCAP CS 7.93 stay moderate.
// C  higher is better, "steady increase" (direction only) from 10, observed 10.2 in 2022:
//    growth 1.02^(1/2) − 1 = 0.995 %/yr: moderate under StatCan's 1.5 %/0.5 % and Eurostat's
//    1 %/0 %; the others have no no-target mode and use StatCan's rates: moderate. With the
//    cut-offs 5 % looser, Eurostat's 1 % becomes 0.95 %: on track.
// D  no observation. E  a qualitative target.
namespace {

pl::indicator indicator(std::string id, direction dir, std::vector<math::milestone> milestones) {
  pl::indicator ind;
  ind.id = id;
  ind.name_zh = "指标" + id;
  ind.name_en = "Indicator " + id;
  ind.category_zh = "类";
  ind.category_en = "Category";
  ind.unit = units::runtime_unit::resolve("元");
  ind.unit_printed = "元";
  ind.dir = dir;
  ind.milestones = std::move(milestones);
  return ind;
}

const pl::plan& small_plan() {
  static const pl::plan p = [] {
    pl::plan q;
    q.name_zh = "测试规划";
    q.name_en = "Test plan";
    q.region_zh = "甲市";
    q.region_en = "Jia";
    q.base_year = 2020;
    q.target_year = 2025;
    q.indicators.push_back(indicator("A", direction::higher_is_better,
                                     {{2020, target_kind::point, 100.0},
                                      {2025, target_kind::at_least, 200.0}}));
    q.indicators.push_back(indicator("B", direction::lower_is_better,
                                     {{2020, target_kind::point, 50.0},
                                      {2025, target_kind::at_most, 40.0}}));
    q.indicators.push_back(indicator("C", direction::higher_is_better,
                                     {{2020, target_kind::point, 10.0},
                                      {2025, target_kind::direction_only}}));
    q.indicators.push_back(indicator("D", direction::higher_is_better,
                                     {{2020, target_kind::point, 1.0},
                                      {2025, target_kind::point, 2.0}}));
    q.indicators.push_back(indicator("E", direction::higher_is_better,
                                     {{2025, target_kind::qualitative}}));
    return q;
  }();
  return p;
}

io::observation_record obs(std::string id, int year, double value, std::string region = "甲市") {
  io::observation_record o;
  o.indicator = std::move(id);
  o.region = std::move(region);
  o.year = year;
  o.value = value;
  o.original_value = value;
  return o;
}

const std::vector<io::observation_record>& small_data() {
  static const std::vector<io::observation_record> data = {
      obs("A", 2022, 130.0), obs("B", 2020, 50.0), obs("B", 2021, 52.0),
      obs("B", 2023, 47.0),  obs("C", 2022, 10.2), obs("E", 2022, 1.0)};
  return data;
}

report_model small_model(report_options o = {}) {
  o.sections.audit = false;
  o.sections.ratio_panel = false;
  return build_report_model(small_plan(), {}, small_data(), o);
}

constexpr std::size_t statcan = 0, eurostat = 1, sdsn = 2, escap = 3, nbs = 4;

const comparison_row& row(const method_comparison& c, const std::string& id) {
  for (const auto& r : c.rows)
    if (r.row->indicator->id == id) return r;
  throw std::logic_error("no row " + id);
}

}  // namespace

TEST_CASE("the methods are compared in a fixed order", "[method_comparison]") {
  CHECK(compared_methods[statcan] == assessment_method::statcan);
  CHECK(compared_methods[eurostat] == assessment_method::eurostat);
  CHECK(compared_methods[sdsn] == assessment_method::sdsn);
  CHECK(compared_methods[escap] == assessment_method::escap);
  CHECK(compared_methods[nbs] == assessment_method::nbs);
  CHECK(method_short_name(assessment_method::nbs) == "NBS");
  CHECK(method_short_name(assessment_method::statcan) == "StatCan");
}

TEST_CASE("ESCAP says on track where the rate-based methods say moderate progress",
          "[method_comparison]") {
  const auto model = small_model();
  const auto c = compare_methods(model);
  const auto& a = row(c, "A");
  CHECK(a.verdicts[statcan].status == progress_status::moderate_progress);
  CHECK(a.verdicts[statcan].measure == Approx(0.94268).epsilon(1e-4));
  CHECK(a.verdicts[eurostat].status == progress_status::moderate_progress);
  CHECK(a.verdicts[sdsn].status == progress_status::moderate_progress);
  CHECK(a.verdicts[sdsn].measure == Approx(0.75));
  CHECK(a.verdicts[nbs].status == progress_status::moderate_progress);
  CHECK(a.verdicts[nbs].measure == Approx(0.75));
  CHECK(a.verdicts[escap].status == progress_status::on_track);
  CHECK(a.verdicts[escap].measure == Approx(9.2690).epsilon(1e-4));
  CHECK(a.assessed == 5);
  CHECK(a.agree == false);
  CHECK(a.majority == progress_status::moderate_progress);
}

TEST_CASE("the reason for a disagreement names each method's number and cut-off",
          "[method_comparison]") {
  const auto model = small_model();
  const auto c = compare_methods(model);
  const std::string& why = row(c, "A").disagreement;
  CHECK_THAT(why, Catch::Contains("escap on_track: current-status index of the value projected "
                                  "to 2025 (192.7) CS 9.27 (> 9)"));
  CHECK_THAT(why, Catch::Contains("statcan moderate_progress: ratio of observed to required "
                                  "compound growth 14.02% / 14.87% = 0.943 (< 0.95, ≥ 0.6)"));
  CHECK_THAT(why, Catch::Contains("sdsn moderate_progress: ratio of observed to required linear "
                                  "change per year 0.75 (< 1, ≥ 0.5)"));
  CHECK(row(c, "C").disagreement.empty());
}

TEST_CASE("a lower-is-better target: the linear step ratio sits exactly on SDSN's 50 % cut-off",
          "[method_comparison]") {
  const auto model = small_model();
  const auto c = compare_methods(model);
  const auto& b = row(c, "B");
  CHECK(b.verdicts[statcan].status == progress_status::insufficient_progress);
  CHECK(b.verdicts[statcan].measure == Approx(0.46770).epsilon(1e-4));
  CHECK(b.verdicts[eurostat].status == progress_status::insufficient_progress);
  CHECK(b.verdicts[sdsn].status == progress_status::moderate_progress);
  CHECK(b.verdicts[sdsn].measure == Approx(0.5));
  CHECK(b.verdicts[nbs].status == progress_status::insufficient_progress);
  CHECK(b.verdicts[nbs].measure == Approx(0.42553).epsilon(1e-4));
  CHECK(b.verdicts[escap].status == progress_status::moderate_progress);
  CHECK(b.verdicts[escap].measure == Approx(5.9661).epsilon(1e-4));
  CHECK(b.agree == false);
  CHECK(b.majority == progress_status::insufficient_progress);
}

TEST_CASE("a direction-only target is judged by its growth, and every method agrees",
          "[method_comparison]") {
  const auto model = small_model();
  const auto c = compare_methods(model);
  const auto& r = row(c, "C");
  for (const auto& v : r.verdicts) CHECK(v.status == progress_status::moderate_progress);
  CHECK(r.verdicts[statcan].measure_name == "observed_cagr");
  CHECK(r.verdicts[statcan].measure == Approx(0.0099505).epsilon(1e-4));
  CHECK(r.agree == true);
}

TEST_CASE("rows without data or without a number take no part in the agreement",
          "[method_comparison]") {
  const auto model = small_model();
  const auto c = compare_methods(model);
  const auto& d = row(c, "D");
  for (const auto& v : d.verdicts) CHECK(v.no_data);
  CHECK_FALSE(d.agree);
  const auto& e = row(c, "E");
  for (const auto& v : e.verdicts) {
    CHECK(v.status == progress_status::not_assessable);
    CHECK_FALSE(v.assessed());
  }
  CHECK(e.assessed == 0);
  CHECK_FALSE(e.agree);
  CHECK(e.base_years.empty());
  CHECK_FALSE(e.thresholds_tried);
}

TEST_CASE("the agreement rates count the rows both methods could assess", "[method_comparison]") {
  const auto model = small_model();
  const auto c = compare_methods(model);
  CHECK(c.overall.compared == 3);  // A, B and C
  CHECK(c.overall.agree == 1);     // C
  CHECK(c.overall.rate() == Approx(1.0 / 3.0));
  CHECK(c.pairs[statcan][eurostat].agree == 3);
  CHECK(c.pairs[statcan][eurostat].compared == 3);
  CHECK(c.pairs[statcan][sdsn].agree == 2);    // not B
  CHECK(c.pairs[statcan][escap].agree == 1);   // only C
  CHECK(c.pairs[sdsn][escap].agree == 2);      // not A
  CHECK(c.pairs[statcan][nbs].agree == 3);
  CHECK(c.pairs[escap][sdsn].agree == c.pairs[sdsn][escap].agree);
  CHECK_FALSE(agreement_count{}.rate());
  CHECK(agreement_count{3, 4}.rate() == 0.75);
}

TEST_CASE("a method's verdict is the status `assess` gives with that method", "[method_comparison]") {
  const auto c = compare_methods(small_model());
  for (std::size_t k = 0; k < compared_method_count; ++k) {
    report_options o;
    o.method = compared_methods[k];
    const auto model = small_model(o);
    for (std::size_t i = 0; i < model.rows.size(); ++i) {
      INFO(to_string(compared_methods[k]) << " row " << model.rows[i].indicator->id);
      CHECK(c.rows[i].verdicts[k].status == model.rows[i].status);
    }
  }
}

TEST_CASE("another base year in the data changes StatCan's and NBS's verdicts on B",
          "[method_comparison]") {
  const auto model = small_model();
  const auto c = compare_methods(model);
  const auto& b = row(c, "B");
  REQUIRE(b.base_years.size() == 2);
  CHECK(b.base_years[0].year == 2020);
  CHECK(b.base_years[0].is_default);
  CHECK(b.base_years[0].origin == baseline_origin::observation);
  CHECK(b.base_years[1].year == 2021);
  CHECK(b.base_years[1].value == 52.0);
  CHECK(b.base_years[1].status[statcan] == progress_status::moderate_progress);
  CHECK(b.base_years[1].status[eurostat] == progress_status::moderate_progress);
  CHECK(b.base_years[1].status[sdsn] == progress_status::moderate_progress);
  CHECK(b.base_years[1].status[escap] == progress_status::moderate_progress);
  CHECK(b.base_years[1].status[nbs] == progress_status::moderate_progress);
  CHECK(b.base_year_sensitive[statcan]);
  CHECK(b.base_year_sensitive[eurostat]);
  CHECK(b.base_year_sensitive[nbs]);
  CHECK_FALSE(b.base_year_sensitive[sdsn]);
  CHECK_FALSE(b.base_year_sensitive[escap]);
  // A has one observation: its only base is the plan's milestone, so nothing is varied.
  CHECK(row(c, "A").base_years.empty());
  CHECK(c.base_year_changes[statcan] == 1);
  CHECK(c.base_year_changes[sdsn] == 0);
}

TEST_CASE("cut-offs moved by 5 % flip the verdicts that sit near them", "[method_comparison]") {
  const auto model = small_model();
  const auto c = compare_methods(model);
  const auto& a = row(c, "A");
  // R = 0.943 clears 0.95 × 0.95 = 0.9025; CS 9.27 misses 9 × 1.05 = 9.45.
  CHECK(a.looser[statcan] == progress_status::on_track);
  CHECK(a.stricter[statcan] == progress_status::moderate_progress);
  CHECK(a.stricter[escap] == progress_status::moderate_progress);
  CHECK(a.looser[escap] == progress_status::on_track);
  CHECK(a.threshold_sensitive[statcan]);
  CHECK(a.threshold_sensitive[escap]);
  CHECK_FALSE(a.threshold_sensitive[sdsn]);
  CHECK_FALSE(a.threshold_sensitive[nbs]);
  // B's SDSN ratio 0.5 falls below 0.5 × 1.05.
  CHECK(row(c, "B").stricter[sdsn] == progress_status::insufficient_progress);
  CHECK(row(c, "B").threshold_sensitive[sdsn]);
  // C: Eurostat's 1 % no-target rate × 0.95 = 0.95 % < 0.995 %.
  CHECK(row(c, "C").looser[eurostat] == progress_status::on_track);
  CHECK_FALSE(row(c, "C").threshold_sensitive[statcan]);
  CHECK(c.threshold_changes[statcan] == 1);
  CHECK(c.threshold_changes[eurostat] == 2);
}

TEST_CASE("a step of zero changes nothing, and a negative step is refused", "[method_comparison]") {
  const auto model = small_model();
  comparison_options o;
  o.band_step = 0.0;
  const auto c = compare_methods(model, o);
  for (const auto& r : c.rows)
    for (std::size_t k = 0; k < compared_method_count; ++k) CHECK_FALSE(r.threshold_sensitive[k]);
  o.band_step = -0.1;
  CHECK_THROWS_AS(compare_methods(model, o), prosper::argument_error);
}

TEST_CASE("OECD's distance needs σ across at least three regions", "[method_comparison]") {
  const auto model = small_model();
  CHECK(row(compare_methods(model), "A").oecd_note == "no peer observations given for σ");
  std::vector<io::observation_record> peers = small_data();
  peers.push_back(obs("A", 2022, 110.0, "乙县"));
  peers.push_back(obs("A", 2022, 150.0, "丙县"));
  // σ of 130, 110, 150 (n − 1) = 20; the distance (200 − 130)/20 = 3.5.
  const auto c = compare_methods(model, {}, peers);
  const auto& a = row(c, "A");
  CHECK(a.oecd_sigma == Approx(20.0));
  CHECK(a.oecd_distance == Approx(3.5));
  const auto& b = row(c, "B");
  CHECK_FALSE(b.oecd_distance);
  CHECK(b.oecd_note == "σ needs at least 3 regions observed in 2023, found 1");
}

TEST_CASE("the progress-chart rule is listed as not compared, with the reason", "[method_comparison]") {
  const auto c = compare_methods(small_model());
  REQUIRE(c.not_compared.size() == 1);
  CHECK(c.not_compared[0].name == "unsd_progress_chart");
  CHECK_THAT(c.not_compared[0].reason, Catch::Contains("could not be read"));
}

TEST_CASE("the JSON parses and carries the verdicts, the rates and the sensitivity",
          "[method_comparison]") {
  const auto model = small_model();
  const auto j = nlohmann::json::parse(comparison_json(compare_methods(model)));
  CHECK(j["methods"].size() == 5);
  CHECK(j["methods"][0] == "statcan");
  CHECK(j["agreement"]["overall"]["agree"] == 1);
  CHECK(j["agreement"]["overall"]["compared"] == 3);
  CHECK(j["agreement"]["pairs"].size() == 10);
  CHECK(j["agreement"]["pairs"][0]["a"] == "statcan");
  CHECK(j["agreement"]["pairs"][0]["b"] == "eurostat");
  CHECK(j["agreement"]["pairs"][0]["rate"] == 1.0);
  const auto& a = j["indicators"][0];
  CHECK(a["indicator"] == "A");
  CHECK(a["verdicts"]["escap"]["status"] == "on_track");
  CHECK(a["verdicts"]["escap"]["measure_name"] == "anticipated_status");
  CHECK(a["agree"] == false);
  CHECK(a["majority"] == "moderate_progress");
  CHECK(a["thresholds"]["looser"]["statcan"] == "on_track");
  CHECK(a["threshold_sensitive"] == nlohmann::json::array({"statcan", "eurostat", "escap"}));
  CHECK(a["oecd_distance"].is_null());
  CHECK(j["indicators"][1]["base_years"][1]["verdicts"]["nbs"] == "moderate_progress");
  CHECK(j["indicators"][3]["verdicts"]["statcan"]["status"] == "no_data");
  CHECK(j["indicators"][3]["agree"].is_null());
  CHECK(j["sensitivity"]["base_year"]["statcan"] == 1);
  CHECK(j["not_compared"][0]["method"] == "unsd_progress_chart");
}

TEST_CASE("the CSV has one line per verdict under its exact header", "[method_comparison]") {
  const std::string csv = comparison_csv(compare_methods(small_model()));
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);
  CHECK(line == comparison_csv_header);
  std::size_t lines = 0, defaults = 0;
  while (std::getline(in, line)) {
    ++lines;
    if (line.find(",default,") != std::string::npos) ++defaults;
  }
  CHECK(defaults == 5 * 5);
  // A, B, C: 2 moved cut-offs × 5; B: one other base year × 5.
  CHECK(lines == 25 + 3 * 10 + 5);
  CHECK_THAT(csv, Catch::Contains("A,甲市,指标A,Indicator A,default,2020,100,,escap,on_track,9.268964684175433,"
                                  "anticipated_status,false,"));
  CHECK_THAT(csv, Catch::Contains("B,甲市,指标B,Indicator B,base_year,2021,52,,statcan,"
                                  "moderate_progress,,,,"));
  CHECK_THAT(csv, Catch::Contains("A,甲市,指标A,Indicator A,looser,2020,100,-0.05,statcan,on_track,"));
}

TEST_CASE("a formula-like name is neutralised in CSV and escaped in Markdown",
          "[method_comparison]") {
  pl::plan p = small_plan();
  p.indicators[0].name_zh = "=HYPERLINK(\"x\")";
  p.indicators[0].name_en = "*bold* | pipe";
  report_options o;
  o.lang = language::en;
  o.sections.audit = false;
  o.sections.ratio_panel = false;
  const auto model = build_report_model(p, {}, small_data(), o);
  const auto c = compare_methods(model);
  CHECK_THAT(comparison_csv(c), Catch::Contains(",\"'=HYPERLINK(\"\"x\"\")\","));
  const std::string md = comparison_markdown(c);
  CHECK_THAT(md, Catch::Contains("\\*bold\\* \\| pipe"));
  CHECK_THAT(md, !Catch::Contains("*bold*"));
}

TEST_CASE("the table lists the rows with data, the rates and the lists of changes",
          "[method_comparison]") {
  report_options o;
  o.lang = language::en;
  const auto text = comparison_text(compare_methods(small_model(o)));
  CHECK_THAT(text, Catch::Contains("StatCan"));
  CHECK_THAT(text, Catch::Contains("1 indicators without data are not listed"));
  CHECK_THAT(text, Catch::Contains("all methods agree 33% (1/3)"));
  CHECK_THAT(text, Catch::Contains("B Indicator B: 2020 (50, *) StatCan insufficient progress"));
  CHECK_THAT(text, Catch::Contains("SDSN moderate progress → insufficient progress (stricter)"));
  CHECK_THAT(text, Catch::Contains("Not compared: unsd_progress_chart"));
}

TEST_CASE("the shipped Lishui data: every method is compared on the observed indicators",
          "[method_comparison]") {
  const auto data = io::load_observations_csv(
      std::string(PROSPER_SOURCE_DIR) + "/examples/data/lishui-2021-2025.csv", pl::lishui());
  report_options o;
  o.sections.audit = false;
  o.sections.ratio_panel = false;
  const auto model = build_report_model(pl::lishui(), pl::lishui_relations(), data.observations, o);
  const auto c = compare_methods(model, {}, data.observations);
  REQUIRE(c.rows.size() == model.rows.size());
  CHECK(c.overall.compared >= 1);
  for (const auto& r : c.rows)
    for (const auto& v : r.verdicts) {
      if (v.measure) CHECK(std::isfinite(*v.measure));
      CHECK(v.explanation.find("nan") == std::string::npos);
    }
  const auto j = nlohmann::json::parse(comparison_json(c));
  CHECK(j["indicators"].size() == model.rows.size());
}

TEST_CASE("a report past the region limit compares only the plan's own region",
          "[method_comparison]") {
  report_options o;
  o.regions = {"甲市", "乙县", "丙县"};
  o.limits.regions = 2;
  const auto model = small_model(o);
  REQUIRE_FALSE(model.region_summaries.empty());
  CHECK(compare_methods(model).rows.size() == 5 * 3);
  comparison_options co;
  co.listed_rows_only = true;
  const auto c = compare_methods(model, co);
  REQUIRE(c.rows.size() == 5);
  for (const auto& r : c.rows) CHECK(r.row->region == "甲市");
}
