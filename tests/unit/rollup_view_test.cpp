#include "prosper/report/rollup_view.hpp"

#include <catch2/catch.hpp>
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

TEST_CASE("the roll-up of a small plan has the hand-computed counts, means and schedule", "[rollup_view]") {
  const fixture f;
  const rollup_view v = build_rollup(f.model);
  REQUIRE(v.result.categories.size() == 2);
  const auto& a = v.result.categories[0];
  const auto& b = v.result.categories[1];
  CHECK(a.category == "甲");
  CHECK(v.category_en[0] == "Alpha");
  CHECK(a.of(progress_status::on_track) == 1);
  CHECK(a.of(progress_status::insufficient_progress) == 1);
  CHECK(*a.mean_score == Approx((5.0 - 1.2366844822261351) / 2).epsilon(1e-12));
  CHECK(*a.mean_degree == Approx(82.80701754385964).epsilon(1e-12));
  CHECK(a.on_schedule() == 1);
  CHECK(a.schedule_evaluated == 2);
  CHECK(b.of(progress_status::moving_away) == 1);
  CHECK(b.of(progress_status::on_track) == 1);
  CHECK(b.counts[math::rollup_bucket_count - 1] == 1);  // no data
  CHECK(*b.mean_score == Approx(5.0));
  CHECK(b.scored == 1);
  CHECK(*b.mean_degree == Approx(83.33333333333333).epsilon(1e-12));
  CHECK(b.on_schedule() == 0);
  CHECK(b.schedule_evaluated == 1);
  CHECK(b.of(schedule_status::not_evaluable) == 2);
  CHECK(v.result.overall.total == 5);
  CHECK(*v.result.overall.mean_degree == Approx(82.98245614035086).epsilon(1e-12));
  CHECK(*v.result.overall.on_schedule_share() == Approx(1.0 / 3.0));
}

TEST_CASE("each indicator's schedule verdict shows its year, shares and reason", "[rollup_view]") {
  const fixture f;
  const rollup_view v = build_rollup(f.model);
  REQUIRE(v.rows.size() == 5);
  CHECK(v.rows[0].schedule == schedule_status::on_schedule);
  CHECK(*v.rows[0].year == 2022);
  CHECK(*v.rows[0].elapsed_share == Approx(0.4));
  CHECK(*v.rows[0].progress_share == Approx(0.6));
  CHECK(v.rows[1].schedule == schedule_status::lagging);
  CHECK(*v.rows[1].progress_share == Approx(0.2));
  CHECK(*v.rows[1].degree == Approx(78.94736842105263).epsilon(1e-12));
  CHECK(*v.rows[1].degree_type == math::nbs_type::inverse);
  // A growth-rate indicator is judged on its chained yearly rates.
  CHECK(v.rows[2].scale == math::schedule_scale::cumulative_growth);
  CHECK(*v.rows[2].value == Approx(1.07 * 1.05).epsilon(1e-14));
  CHECK(*v.rows[2].target_value == Approx(0.06).epsilon(1e-14));
  CHECK(*v.rows[2].progress_share == Approx(0.39969450738800416).epsilon(1e-12));
  CHECK(v.rows[2].schedule == schedule_status::lagging);
  CHECK(v.rows[3].why == schedule_gap::no_numeric_target);
  CHECK_FALSE(v.rows[3].degree);
  CHECK(v.rows[4].why == schedule_gap::no_data);
}

TEST_CASE("a growth-rate indicator with a missing year is not evaluable", "[rollup_view]") {
  fixture f;
  f.data.erase(f.data.begin() + 4);  // the 2021 rate of indicator 3
  f.model = build_report_model(f.plan, {}, f.data, {});
  const rollup_view v = build_rollup(f.model);
  CHECK(v.rows[2].why == schedule_gap::missing_rate_year);
  CHECK(v.rows[2].schedule == schedule_status::not_evaluable);
}

TEST_CASE("declared weights weight the means; a missing or unknown weight is refused", "[rollup_view]") {
  const fixture f;
  rollup_options o;
  o.weights = {{"1", 1.0}, {"2", 3.0}, {"3", 1.0}, {"4", 1.0}, {"5", 1.0}};
  const rollup_view v = build_rollup(f.model, o);
  CHECK(v.declared_weights);
  CHECK(*v.result.categories[0].mean_degree == Approx(80.87719298245614).epsilon(1e-12));
  o.weights.erase("5");
  CHECK_THROWS_AS(build_rollup(f.model, o), prosper::argument_error);
  o.weights["5"] = 1.0;
  o.weights["99"] = 1.0;
  CHECK_THROWS_AS(build_rollup(f.model, o), prosper::argument_error);
  o.weights = {{"1", 0.0}, {"2", 0.0}, {"3", 0.0}, {"4", 0.0}, {"5", 0.0}};
  CHECK_THROWS_AS(build_rollup(f.model, o), prosper::argument_error);
}

TEST_CASE("a band's degree needs declared limits", "[rollup_view]") {
  fixture f;
  f.plan.indicators[0].milestones.back() = {2025, target_kind::band, 140.0, 160.0};
  f.model = build_report_model(f.plan, {}, f.data, {});
  CHECK_FALSE(build_rollup(f.model).rows[0].degree);
  rollup_options o;
  o.interval_limits["1"] = {100.0, 200.0};
  // 130 below the band [140, 160], 0 at 100: (130 − 100)/(140 − 100) = 75.
  CHECK(*build_rollup(f.model, o).rows[0].degree == Approx(75.0));
}


TEST_CASE("the report's tables list every category, the total and the judged indicators",
          "[rollup_view]") {
  const fixture f;
  const rollup_tables t = rollup_tables_of(build_rollup(f.model), f.model);
  REQUIRE(t.rollup_rows.size() == 3);  // 甲, 乙, then the overall line
  CHECK(t.rollup_rows[0][0] == "甲");
  CHECK(t.rollup_rows[2][0] == "合计");
  CHECK(t.rollup_rows[0].size() == t.rollup_header.size());
  CHECK(t.categories_omitted == 0);
  // Indicators 1, 2 and 3 are judged against the time elapsed; 4 (direction only) and 5 (no
  // data) are counted, not listed.
  REQUIRE(t.schedule_rows.size() == 3);
  CHECK(t.schedule_rows[0][0] == "1");
  CHECK(t.schedule_rows[1][0] == "2");
  CHECK(t.schedule_not_judged == 2);
  CHECK(t.schedule_omitted == 0);
  CHECK(t.schedule_line.find("按时序进度") == 0);
  CHECK(t.schedule_line.back() != '\n');

  report_options tight;
  tight.limits.categories = 1;
  tight.limits.full_rows = 2;
  const fixture small(tight);
  const rollup_tables cut = rollup_tables_of(build_rollup(small.model), small.model);
  CHECK(cut.rollup_rows.size() == 2);  // one category and the overall line
  CHECK(cut.categories_omitted == 1);
  CHECK(cut.schedule_rows.size() == 2);
  CHECK(cut.schedule_omitted == 1);
}
