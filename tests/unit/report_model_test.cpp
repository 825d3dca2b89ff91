#include "prosper/report/report_model.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "prosper/io/observations_csv.hpp"
#include "prosper/plan/lishui.hpp"

#include "../support/translated_plan.hpp"

using namespace prosper;
using namespace prosper::report;
namespace pl = prosper::plan;

namespace {

std::string source_path(const std::string& rel) {
  return std::string(PROSPER_SOURCE_DIR) + "/" + rel;
}

io::read_result load(const std::string& rel) {
  return io::load_observations_csv(source_path(rel), pl::lishui());
}

const indicator_row& row_of(const report_model& m, const std::string& id,
                            const std::string& region = "丽水市") {
  for (const auto& r : m.rows)
    if (r.indicator->id == id && r.region == region) return r;
  throw std::logic_error("no row " + id + " " + region);
}

report_model model_of(const io::read_result& data, const report_options& opt = {}) {
  return build_report_model(pl::lishui(), pl::lishui_relations(), data.observations, opt);
}

// Designated initialisers would leave the other members to -Wmissing-field-initializers.
report_options with_method(assessment_method m) {
  report_options o;
  o.method = m;
  return o;
}
report_options as_of(int year) {
  report_options o;
  o.as_of = year;
  return o;
}
report_options only_ids(std::vector<std::string> ids) {
  report_options o;
  o.indicators = std::move(ids);
  return o;
}
report_options only_categories(std::vector<std::string> c) {
  report_options o;
  o.categories = std::move(c);
  return o;
}

}  // namespace

TEST_CASE("every indicator is listed, the ones without data as no data", "[report_model]") {
  const auto data = load("examples/data/lishui-published.csv");
  const auto m = model_of(data);
  REQUIRE(m.rows.size() == pl::lishui().indicators.size());
  CHECK(m.as_of_year == 2021);
  std::size_t no_data = 0;
  for (const auto& r : m.rows) {
    if (r.no_data) {
      ++no_data;
      CHECK(r.why == not_assessable_reason::no_data);
      CHECK(r.status == progress_status::not_assessable);
      CHECK_FALSE(r.latest_value);
    }
  }
  CHECK(no_data == m.rows.size() - 3);  // 2, 3 and 35 are observed
  CHECK(m.totals.total == m.rows.size());
  CHECK(m.totals.no_data() == no_data);
  std::size_t by_category = 0;
  for (const auto& c : m.categories) by_category += c.counts.total;
  CHECK(by_category == m.rows.size());
  CHECK(m.categories.size() == 8);
}

TEST_CASE("published data before the base year: latest value, rate from now, trend projection",
          "[report_model]") {
  const auto data = load("examples/data/lishui-published.csv");
  const auto m = model_of(data);
  const auto& r3 = row_of(m, "3");
  CHECK(r3.latest_year == 2021);
  CHECK(r3.latest_value == 26386.0);
  CHECK(r3.baseline == baseline_origin::plan_milestone);
  CHECK(r3.baseline_value == 28600.0);
  CHECK(r3.status == progress_status::not_assessable);
  CHECK(r3.why == not_assessable_reason::no_observation_after_base);
  // 26386 → 38000 over 2021–2025.
  REQUIRE(r3.required_rate_from_now);
  CHECK(*r3.required_rate_from_now == Approx(std::pow(38000.0 / 26386.0, 0.25) - 1).epsilon(1e-12));
  // The plan's own requirement, 28600 → 38000 over three years.
  REQUIRE(r3.required.cagr);
  CHECK(*r3.required.cagr == Approx(0.0993).epsilon(1e-3));
  // 2020 → 2021 grew 11.6 %; continued to 2025.
  REQUIRE(r3.observed_rate);
  CHECK(*r3.observed_rate == Approx(26386.0 / 23637.0 - 1).epsilon(1e-12));
  REQUIRE(r3.projected_value);
  CHECK(r3.projection == projection_basis::observed_trend);
  CHECK(*r3.projected_value == Approx(26386.0 * std::pow(26386.0 / 23637.0, 4)).epsilon(1e-12));
  CHECK(r3.probability_missing == probability_gap::no_verdict);  // nothing after the base year
  CHECK(r3.gap == Approx(38000.0 - 26386.0));
  CHECK(r3.latest_source.find("China Daily") != std::string::npos);
  CHECK_FALSE(m.data.synthetic);
  CHECK(m.data.sources.size() == 2);
}

TEST_CASE("a base-year observation replaces the plan's base milestone", "[report_model]") {
  const auto data = io::read_observations_csv("indicator,year,value\n2,2022,45000\n2,2023,48000\n",
                                              "inline.csv", pl::lishui());
  const auto m = model_of(data);
  const auto& r = row_of(m, "2");
  CHECK(r.baseline == baseline_origin::observation);
  CHECK(r.baseline_value == 45000.0);
  REQUIRE(r.required_rate);
  CHECK(*r.required_rate == Approx(std::pow(57000.0 / 45000.0, 1.0 / 3) - 1));
  // The plan's requirement stays the plan's: from 44400.
  CHECK(*r.required.cagr == Approx(std::pow(57000.0 / 44400.0, 1.0 / 3) - 1));
}

namespace {

void check_fixture(const std::string& file, progress_status expected,
                   const std::vector<std::string>& ids) {
  const auto data = load("tests/data/observations/" + file);
  REQUIRE(data.skipped == 0);
  const auto m = model_of(data);
  for (const auto& id : ids) {
    INFO(file << " indicator " << id << ": " << row_of(m, id).reason);
    CHECK(row_of(m, id).status == expected);
    CHECK_FALSE(row_of(m, id).no_data);
  }
}

}  // namespace

TEST_CASE("status fixtures: one file per status, higher, lower, maintain and max/min rows",
          "[report_model]") {
  check_fixture("status_achieved.csv", progress_status::achieved, {"2", "13", "26", "27", "19"});
  check_fixture("status_on_track.csv", progress_status::on_track, {"2", "13", "36"});
  check_fixture("status_moderate.csv", progress_status::moderate_progress, {"2", "13", "36"});
  check_fixture("status_insufficient.csv", progress_status::insufficient_progress,
                {"2", "13", "36"});
  check_fixture("status_moving_away.csv", progress_status::moving_away,
                {"2", "13", "26", "27", "19", "36"});
  check_fixture("status_not_assessable.csv", progress_status::not_assessable,
                {"2", "13", "37", "30"});
}

TEST_CASE("not-assessable rows say why", "[report_model]") {
  const auto m = model_of(load("tests/data/observations/status_not_assessable.csv"));
  CHECK(row_of(m, "2").why == not_assessable_reason::no_observation_after_base);
  CHECK(row_of(m, "2").baseline == baseline_origin::observation);
  CHECK(row_of(m, "13").why == not_assessable_reason::no_observation_after_base);
  CHECK(row_of(m, "37").why == not_assessable_reason::no_numeric_target);
  CHECK(row_of(m, "30").why == not_assessable_reason::no_numeric_target);
  CHECK(row_of(m, "1").why == not_assessable_reason::no_data);
}

TEST_CASE("the method preset changes the verdict's basis", "[report_model]") {
  const auto data = load("tests/data/observations/status_on_track.csv");
  for (auto method : {assessment_method::eurostat, assessment_method::statcan,
                      assessment_method::sdsn, assessment_method::escap, assessment_method::nbs}) {
    const auto m = model_of(data, with_method(method));
    const auto& r = row_of(m, "2");
    INFO(to_string(method) << ": " << r.reason);
    CHECK(r.status != progress_status::not_assessable);
    CHECK_FALSE(r.basis.empty());
  }
}

TEST_CASE("the probability needs three observations and a direction", "[report_model]") {
  const auto data =
      io::read_observations_csv("indicator,year,value\n2,2022,44400\n2,2023,48000\n2,2024,52500\n",
                                "inline.csv", pl::lishui());
  const auto m = model_of(data);
  const auto& r = row_of(m, "2");
  REQUIRE(r.probability);
  CHECK(*r.probability > 0.5);
  CHECK(*r.probability <= 1.0);
  CHECK(r.probability_missing == probability_gap::none);
  // The same model as math::forecast_reach on the observations from the base year on: a random
  // walk with drift on the log scale, Student-t for the two estimated parameters.
  const std::vector<math::observation> series = {{2022, 44400}, {2023, 48000}, {2024, 52500}};
  const auto f = math::forecast_reach(series, 57000, 2025, direction::higher_is_better);
  CHECK(*r.probability == Approx(f.probability).epsilon(1e-12));
  // The 80 % interval of the 2025 value brackets its median, and the verdict's stability is
  // judged: the drift's interval reaches other statuses or it does not.
  REQUIRE(r.projected_lower);
  REQUIRE(r.projected_upper);
  CHECK(*r.projected_lower == Approx(f.lower).epsilon(1e-12));
  CHECK(*r.projected_upper == Approx(f.upper).epsilon(1e-12));
  REQUIRE(r.status_stable);
  REQUIRE(r.status_worst);
  REQUIRE(r.status_best);
  CHECK(*r.status_stable == (*r.status_worst == r.status && *r.status_best == r.status));
  CHECK(stability_text(r, language::en).find(*r.status_stable ? "stable" : "could be") == 0);

  // Two observations leave the trend's spread unknown: no probability, no stability.
  const auto two = io::read_observations_csv("indicator,year,value\n2,2022,44400\n2,2023,48000\n",
                                             "inline.csv", pl::lishui());
  const auto m2 = model_of(two);  // the row is a reference into the model: keep the model
  const auto& r2 = row_of(m2, "2");
  CHECK_FALSE(r2.probability);
  CHECK(r2.probability_missing == probability_gap::too_few_observations);
  CHECK_FALSE(r2.status_stable);
  CHECK(stability_text(r2, language::en).empty());
}

TEST_CASE("the as-of year drops later observations", "[report_model]") {
  const auto data = io::read_observations_csv("indicator,year,value\n2,2023,48500\n2,2024,43000\n",
                                              "inline.csv", pl::lishui());
  const auto m = model_of(data, as_of(2023));
  CHECK(m.as_of_year == 2023);
  CHECK(row_of(m, "2").latest_year == 2023);
  CHECK(row_of(m, "2").status == progress_status::on_track);
  CHECK(row_of(model_of(data), "2").status == progress_status::moving_away);
}

TEST_CASE("selection by indicator, category and region", "[report_model]") {
  const auto data = load("examples/data/illustrative-counties.csv");
  report_options opt;
  opt.indicators = {"2", "19"};
  opt.regions = {"莲都区", "庆元县"};
  const auto m = model_of(data, opt);
  REQUIRE(m.rows.size() == 4);
  const auto& r = row_of(m, "2", "莲都区");
  CHECK_FALSE(r.plan_region);
  CHECK(r.baseline == baseline_origin::observation);
  CHECK(r.baseline_value == 55000.0);
  CHECK(m.data.synthetic);
  // A county has no base milestone of its own; 19 has no county data at all.
  CHECK(row_of(m, "19", "莲都区").no_data);

  report_options by_category;
  by_category.categories = {"Coordinated regional development"};
  const auto c = model_of(data, by_category);
  CHECK(c.rows.size() == 7);  // rows 17–23
  CHECK(c.categories.size() == 1);

  CHECK_THROWS_AS(model_of(data, only_ids({"99"})), std::invalid_argument);
  CHECK_THROWS_AS(model_of(data, only_categories({"nope"})), std::invalid_argument);
}

TEST_CASE("ratio panel: the urban/rural ratio from the plan and from observations",
          "[report_model]") {
  const auto data = io::read_observations_csv(
      "indicator,year,value\n2,2023,47000\n3,2023,31000\n24,2023,65\n17,2024,1.9\n", "inline.csv",
      pl::lishui());
  const auto m = model_of(data);
  REQUIRE(m.ratios.urban_rural.size() == 1);  // one weighted_mean_ratio relation, two years
  const auto& u = m.ratios.urban_rural[0];
  REQUIRE(u.ratio_indicator);
  CHECK(u.ratio_indicator->id == "17");
  CHECK(u.base_bound == 2.0);
  CHECK(u.target_bound == 1.95);
  REQUIRE(u.implied_base);
  CHECK(*u.implied_base == Approx(1.8632).epsilon(1e-4));
  CHECK(*u.implied_target == Approx(1.7353).epsilon(1e-4));
  CHECK(*u.required_ratio_change == Approx(-0.0084).epsilon(1e-2));
  CHECK(*u.rural_faster_by == Approx(0.008475).epsilon(1e-3));
  REQUIRE(u.observed.size() == 2);
  CHECK(u.observed[0].year == 2023);
  CHECK(u.observed[0].implied);
  // urban = (47000 − 0.35·31000)/0.65 = 55615.4; / 31000 = 1.794
  CHECK(u.observed[0].ratio == Approx((47000 - 0.35 * 31000) / 0.65 / 31000));
  CHECK(u.observed[0].within_bound == true);
  CHECK(u.observed[1].year == 2024);
  CHECK_FALSE(u.observed[1].implied);
  CHECK(u.observed[1].ratio == 1.9);
}

TEST_CASE("ratio panel: county max/min from the declared counties, the province left out",
          "[report_model]") {
  const auto m = model_of(load("tests/data/observations/status_county_maxmin.csv"));
  REQUIRE(m.ratios.max_min.size() == 2);  // maxmin.18.2025 and maxmin.19.2025, in that order
  CHECK(m.ratios.max_min[0].ratio_indicator->id == "18");
  CHECK(m.ratios.max_min[0].points.empty());  // no county GDP per capita
  const auto& income = m.ratios.max_min[1];
  CHECK(income.ratio_indicator->id == "19");
  CHECK(income.value_indicator->id == "2");
  CHECK(income.bound == 1.5);
  CHECK(income.regions.size() == 9);  // the plan's nine county-level units
  REQUIRE(income.points.size() == 2);
  CHECK(income.points[0].year == 2022);
  CHECK(income.points[0].ratio == Approx(1.5));
  CHECK(income.points[0].highest == "莲都区");
  CHECK(income.points[0].lowest == "庆元县");
  CHECK(income.points[0].regions == 3);
  CHECK(income.points[0].within_bound == true);
  CHECK(income.points[1].ratio == Approx(1.575));
  CHECK(income.points[1].regions == 3);  // 浙江省 is declared a province, not a county
  CHECK(income.points[1].within_bound == false);

  const auto illustrative = model_of(load("examples/data/illustrative-counties.csv"));
  const auto& pts = illustrative.ratios.max_min[1].points;
  REQUIRE(pts.size() == 2);
  CHECK(pts[0].ratio == Approx(52000.0 / 35000.0));
  CHECK(pts[1].ratio == Approx(55000.0 / 38000.0));
  CHECK(pts[1].regions == 9);
}

TEST_CASE("the max/min row is rated from the same county values the panel computes",
          "[report_model]") {
  const auto data = load("tests/data/observations/status_county_maxmin.csv");
  const auto m = model_of(data);
  const indicator_row& r19 = row_of(m, "19");
  REQUIRE(r19.latest_value);
  CHECK(*r19.latest_value == m.ratios.max_min[1].points.back().ratio);
  CHECK(r19.latest_year == 2023);
  CHECK_FALSE(r19.no_data);
  CHECK(r19.latest_source.find("下辖地区") != std::string::npos);
  // Without the panel in the output the row is rated all the same, and the county values
  // count as used.
  report_options lean;
  lean.sections.ratio_panel = false;
  const auto assessed = model_of(data, lean);
  CHECK(assessed.ratios.max_min.empty());
  CHECK(*row_of(assessed, "19").latest_value == *r19.latest_value);
  CHECK(assessed.data.used == m.data.used);
}

TEST_CASE("a ratio to the province average is computed from the declared reference region",
          "[report_model]") {
  const auto data = io::read_observations_csv(
      "indicator,region,year,value\n2,丽水市,2023,50000\n2,浙江省,2023,63830\n"
      "2,丽水市,2024,53000\n2,浙江省,2024,67013\n",
      "inline.csv", pl::lishui());
  const auto m = model_of(data);
  REQUIRE(m.ratios.reference.size() == 1);  // external.20.2022 and external.20.2025
  const auto& rr = m.ratios.reference[0];
  CHECK(rr.ratio_indicator->id == "20");
  CHECK(rr.references == std::vector<std::string>{"浙江省"});
  REQUIRE(rr.points.size() == 2);
  CHECK(rr.points[0].year == 2023);
  CHECK(rr.points[0].reference == "浙江省");
  CHECK(rr.points[0].ratio == 50000.0 / 63830.0);
  CHECK_FALSE(rr.points[0].direct);
  CHECK(rr.points[0].within_bound == true);  // 0.783 ≥ 0.74, the 2022 target in force
  const indicator_row& r20 = row_of(m, "20");
  REQUIRE(r20.latest_value);
  CHECK(*r20.latest_value == 53000.0 / 67013.0);
  CHECK(m.data.used == 4);
}

TEST_CASE("the audit is part of the model unless left out", "[report_model]") {
  const auto data = load("examples/data/lishui-published.csv");
  const auto m = model_of(data);
  REQUIRE(m.audit);
  CHECK(m.audit->summary.relations == 36);
  report_options opt;
  opt.sections.audit = false;
  opt.sections.ratio_panel = false;
  const auto lean = model_of(data, opt);
  CHECK_FALSE(lean.audit);
  CHECK(lean.ratios.urban_rural.empty());
}

TEST_CASE("no number in the model is non-finite", "[report_model]") {
  for (const char* file :
       {"examples/data/lishui-published.csv", "examples/data/zhejiang-reference.csv",
        "tests/data/observations/status_moving_away.csv"}) {
    const auto m = model_of(load(file));
    for (const auto& r : m.rows) {
      for (const auto* v : {&r.aim, &r.latest_value, &r.baseline_value, &r.observed_rate,
                            &r.required_rate, &r.required_rate_from_now, &r.required_step_from_now,
                            &r.projected_value, &r.probability, &r.gap, &r.gap_share, &r.ratio})
        if (*v) CHECK(std::isfinite(**v));
    }
  }
}

TEST_CASE("the panels come from the declared relations and regions, not from names",
          "[report_model]") {
  const auto [p, relations] = prosper::test::translated_lishui();
  const auto data = io::read_observations_csv(
      "indicator,region,year,value\n"
      "X2,Lishui,2023,47000\nX3,Lishui,2023,31000\nX24,Lishui,2023,65\n"
      "X2,Liandu,2023,60000\nX2,Qingyuan,2023,40000\nX2,Zhejiang,2023,63830\n",
      "inline.csv", p);
  const auto m = build_report_model(p, relations, data.observations, {});
  REQUIRE(m.ratios.urban_rural.size() == 1);
  CHECK(m.ratios.urban_rural[0].ratio_indicator->id == "X17");
  REQUIRE(m.ratios.urban_rural[0].observed.size() == 1);
  CHECK(m.ratios.urban_rural[0].observed[0].ratio ==
        Approx((47000 - 0.35 * 31000) / 0.65 / 31000));
  REQUIRE(m.ratios.max_min.size() == 2);
  REQUIRE(m.ratios.max_min[1].points.size() == 1);
  CHECK(m.ratios.max_min[1].points[0].ratio == 1.5);  // Zhejiang is a province, not a county
  REQUIRE(m.ratios.reference.size() == 1);
  REQUIRE(m.ratios.reference[0].points.size() == 1);
  CHECK(m.ratios.reference[0].points[0].ratio == 47000.0 / 63830.0);
  CHECK(*row_of(m, "X19", "Lishui").latest_value == 1.5);
  CHECK(*row_of(m, "X20", "Lishui").latest_value == 47000.0 / 63830.0);
  CHECK(m.data.used == data.observations.size());
  CHECK(m.as_of_year == 2023);
}

TEST_CASE("a plan without relations has no panels, and one without regions no max/min values",
          "[report_model]") {
  const auto data = load("tests/data/observations/status_county_maxmin.csv");
  const auto bare = build_report_model(pl::lishui(), {}, data.observations, {});
  CHECK(bare.ratios.urban_rural.empty());
  CHECK(bare.ratios.max_min.empty());
  CHECK(bare.ratios.reference.empty());
  CHECK(bare.rows[0].indicator->id == "1");

  pl::plan no_regions = pl::lishui();
  no_regions.regions.clear();
  const auto m = build_report_model(no_regions, pl::lishui_relations(), data.observations, {});
  REQUIRE(m.ratios.max_min.size() == 2);
  CHECK(m.ratios.max_min[1].regions.empty());
  CHECK(m.ratios.max_min[1].points.empty());
  report_options named;
  named.sub_regions = {"莲都区", "庆元县"};
  const auto given = build_report_model(no_regions, pl::lishui_relations(), data.observations, named);
  REQUIRE(given.ratios.max_min[1].points.size() == 2);
  CHECK(given.ratios.max_min[1].points[1].ratio == 63000.0 / 40000.0);
}

TEST_CASE("the title is the caller's when given, else the plan's name in the report's language",
          "[report_model]") {
  const io::read_result none;
  CHECK(title_text(model_of(none)) == pl::lishui().name_zh);
  report_options en;
  en.lang = language::en;
  CHECK(title_text(model_of(none, en)) == pl::lishui().name_en);
  report_options own;
  own.title = "缙云县 2023";
  CHECK(title_text(model_of(none, own)) == "缙云县 2023");
}

// Issue 14: rows for a region the report does not assess vanished without a word ("Observations:
// 1, used: 1" for a single row of 'Lishui' instead of 丽水市). Every observation is now used or
// listed as unused with where it was read and why.
TEST_CASE("every observation is used or listed as unused with its location and reason",
          "[report_model]") {
  const auto data = load("tests/data/observations/other_regions.csv");
  REQUIRE(data.observations.size() == 4);
  report_options o;
  o.as_of = 2023;
  const report_model m = model_of(data, o);
  CHECK(m.data.observations == 4);
  CHECK(m.data.used == 2);  // 丽水市 2021, and 浙江省 2021 as the reference of row 20's ratio
  REQUIRE(m.data.unused.size() == 2);
  CHECK(m.data.used + m.data.unused.size() == m.data.observations);
  const unused_observation& lishui_en = m.data.unused[0];
  CHECK(lishui_en.location() == source_path("tests/data/observations/other_regions.csv") + ":3");
  CHECK(lishui_en.region == "Lishui");
  CHECK(lishui_en.why == unused_reason::region_not_assessed);
  CHECK(unused_text(lishui_en, m, language::en) ==
        "region 'Lishui' is not assessed (the report assesses 丽水市)");
  CHECK(unused_text(lishui_en, m, language::zh) == "地区“Lishui”未纳入评估（评估地区：丽水市）");
  CHECK(m.data.unused[1].why == unused_reason::after_as_of);
  CHECK(unused_text(m.data.unused[1], m, language::en) == "after the as-of year 2023");
  CHECK_FALSE(left_out_by_options(unused_reason::region_not_assessed));
  CHECK(left_out_by_options(unused_reason::after_as_of));
  CHECK_THAT(unused_lines(m, language::en)[0],
             Catch::EndsWith("other_regions.csv:3 · 2 · Lishui · 2021: region 'Lishui' is not "
                             "assessed (the report assesses 丽水市)"));
}

TEST_CASE("an observation only counts as used when a section shows it", "[report_model]") {
  // Indicator 2 of a region that is not assessed feeds the urban/rural panel only when the
  // region's rural income and urbanisation are there too; alone it is unused.
  const auto data = io::read_observations_csv(
      "indicator,region,year,value\n2,Lishui,2021,42042\n", "inline.csv", pl::lishui());
  const report_model m = model_of(data);
  CHECK(m.data.used == 0);
  REQUIRE(m.data.unused.size() == 1);
  CHECK(m.data.unused[0].location() == "inline.csv:2");
  // With the panel off (what `prosper assess` does), the county values still rate row 19, so
  // they count as used; an implied urban/rural ratio of a region no row assesses does not.
  const auto counties = load("tests/data/observations/status_county_maxmin.csv");
  report_options no_panel;
  no_panel.sections.ratio_panel = false;
  const report_model with = model_of(counties);
  const report_model without = model_of(counties, no_panel);
  CHECK(with.data.unused.size() == 1);  // 浙江省: no 丽水市 value to compare it with
  CHECK(without.data.unused.size() == 1);
  const auto parts = io::read_observations_csv(
      "indicator,region,year,value\n2,Lishui,2023,47000\n3,Lishui,2023,31000\n24,Lishui,2023,65\n",
      "inline.csv", pl::lishui());
  CHECK(model_of(parts).data.used == 3);
  CHECK(model_of(parts, no_panel).data.used == 0);
  CHECK(with.data.used + with.data.unused.size() == counties.observations.size());
  CHECK(without.data.used + without.data.unused.size() == counties.observations.size());
  // An indicator left out by the selection is said to be so.
  report_options only_one;
  only_one.indicators = {"1"};
  const report_model selected = model_of(load("tests/data/observations/other_regions.csv"), only_one);
  for (const unused_observation& u : selected.data.unused)
    if (u.region == "丽水市") CHECK(u.why == unused_reason::not_selected);
}

TEST_CASE("a rising share is assessed with its whole as the natural limit", "[report_model]") {
  const auto* urbanisation = report::detail::model::by_id(pl::lishui(), "24");
  REQUIRE(urbanisation);
  CHECK(assessment_options_for(*urbanisation, assessment_method::escap).natural_limit == 100.0);
  CHECK(assessment_options_for(*urbanisation, assessment_method::sdsn).thresholds.moderate == 0.5);
  const auto* gdp = report::detail::model::by_id(pl::lishui(), "1");
  REQUIRE(gdp);
  CHECK_FALSE(assessment_options_for(*gdp, assessment_method::statcan).natural_limit);
}
