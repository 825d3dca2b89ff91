#include "prosper/report/evaluation_view.hpp"

#include <catch2/catch.hpp>
#include <vector>

#include "../support/rollup_fixture.hpp"

using namespace prosper;
using namespace prosper::report;
using math::evaluation_stage;
using math::evaluation_verdict;
using prosper::test::rollup_indicator;

namespace {

// The roll-up fixture's small plan (2020 → 2025) with two more indicators, and data through 2025.
// Known answers, computed by hand (Python for the mean rate):
// 1 point 150 (higher is better), 148 in 2025: not achieved, short by 2, degree 148/150 = 98.67.
// 2 ≤ 1.5, 1.48 in 2025: achieved, short by 0, degree 100 (inverse, capped).
// 3 ≥ 6 %/年, rates 7, 5, 6, 6, 6: mean (1.07·1.05·1.06³)^(1/5) − 1 = 5.99811 %, not achieved
//   by 0.00189 points — 7 and 5 average a little below 6 on the compound scale.
// 4 direction only: no numeric target. 5: no data.
// 6 > 95 %, exactly 95 in 2025: not achieved (a strict bound), short by 0.
// 7 ≥ 80, 85 in 2024 and nothing for 2025: not evaluable, the 2024 value shown.
struct final_fixture {
  plan::plan plan = prosper::test::small_plan();
  std::vector<io::observation_record> data;
  report_model model;
  final_fixture() {
    using K = target_kind;
    plan.indicators.push_back(rollup_indicator("6", "乙", "%", direction::higher_is_better,
                                               {{2020, K::greater_than, 95.0}, {2025, K::greater_than, 95.0}}));
    plan.indicators.push_back(rollup_indicator("7", "乙", "元", direction::higher_is_better,
                                               {{2020, K::at_least, 80.0}, {2025, K::at_least, 80.0}}));
    const auto obs = [&](const char* id, int year, double v) {
      return prosper::test::observation_of(plan, id, year, v);
    };
    data = {obs("1", 2020, 100.0), obs("1", 2025, 148.0), obs("2", 2020, 2.0), obs("2", 2025, 1.48),
            obs("3", 2021, 7.0),   obs("3", 2022, 5.0),   obs("3", 2023, 6.0), obs("3", 2024, 6.0),
            obs("3", 2025, 6.0),   obs("4", 2020, 10.0),  obs("4", 2025, 11.0), obs("6", 2020, 94.0),
            obs("6", 2025, 95.0),  obs("7", 2020, 70.0),  obs("7", 2024, 85.0)};
    model = build_report_model(plan, {}, data, {});
  }
};

}  // namespace

TEST_CASE("an evaluation as of the target year is final, before it mid-term", "[evaluation_view]") {
  CHECK(evaluation_stage_of(final_fixture{}.model) == evaluation_stage::final);
  CHECK(evaluation_stage_of(prosper::test::rollup_fixture{}.model) == evaluation_stage::mid_term);
}

TEST_CASE("the final evaluation judges each target on its target year's value", "[evaluation_view]") {
  const final_fixture f;
  const evaluation_view v = build_evaluation(f.model);
  REQUIRE(v.stage == evaluation_stage::final);
  CHECK(v.target_year == 2025);
  REQUIRE(v.rows.size() == 7);

  CHECK(v.rows[0].verdict == evaluation_verdict::not_achieved);
  CHECK(*v.rows[0].year == 2025);
  CHECK(*v.rows[0].value == 148.0);
  CHECK(*v.rows[0].benchmark == 150.0);
  CHECK(*v.rows[0].shortfall == 2.0);
  CHECK(*v.rows[0].degree == Approx(98.66666666666667).epsilon(1e-12));

  CHECK(v.rows[1].verdict == evaluation_verdict::achieved);
  CHECK(*v.rows[1].shortfall == 0.0);
  CHECK(*v.rows[1].degree == 100.0);

  // A yearly-growth target is judged on the mean rate over the whole period.
  CHECK(v.rows[2].verdict == evaluation_verdict::not_achieved);
  CHECK(v.rows[2].mean_rate);
  CHECK(*v.rows[2].value == Approx(5.9981131403740395).epsilon(1e-12));
  CHECK(*v.rows[2].shortfall == Approx(0.0018868596259604686).epsilon(1e-9));

  CHECK(v.rows[3].why == evaluation_gap::no_numeric_target);
  CHECK(v.rows[3].verdict == evaluation_verdict::not_evaluable);
  CHECK(v.rows[4].why == evaluation_gap::no_data);

  // A strict bound met with equality is missed, by a distance of 0.
  CHECK(v.rows[5].verdict == evaluation_verdict::not_achieved);
  CHECK(*v.rows[5].shortfall == 0.0);

  // No value for the target year: not evaluable, never judged on an earlier year's value.
  CHECK(v.rows[6].verdict == evaluation_verdict::not_evaluable);
  CHECK(v.rows[6].why == evaluation_gap::no_target_year_value);
  CHECK(*v.rows[6].year == 2024);
  CHECK(*v.rows[6].value == 85.0);
  CHECK_FALSE(v.rows[6].shortfall);
  CHECK_FALSE(v.rows[6].degree);
}

TEST_CASE("the final evaluation's summary counts achieved and missed targets per category", "[evaluation_view]") {
  const final_fixture f;
  const evaluation_view v = build_evaluation(f.model);
  REQUIRE(v.result.categories.size() == 2);
  const auto& a = v.result.categories[0];
  CHECK(a.of(math::schedule_status::achieved) == 1);
  CHECK(a.of(math::schedule_status::lagging) == 1);  // not achieved
  CHECK(*a.mean_degree == Approx(99.33333333333334).epsilon(1e-12));
  const auto& b = v.result.categories[1];
  CHECK(b.of(math::schedule_status::achieved) == 0);
  CHECK(b.of(math::schedule_status::lagging) == 2);
  CHECK(b.of(math::schedule_status::not_evaluable) == 3);
  CHECK(v.result.overall.schedule_evaluated == 4);
  CHECK(v.category_en[1] == "Beta");
}

TEST_CASE("the mid-term evaluation compares each value with the value due by now", "[evaluation_view]") {
  const prosper::test::rollup_fixture f;  // data up to 2023
  const evaluation_view v = build_evaluation(f.model);
  REQUIRE(v.stage == evaluation_stage::mid_term);
  REQUIRE(v.rows.size() == 5);
  // 100 → 150, 40 % of the time gone by 2022: 120 due, 130 reached.
  CHECK(v.rows[0].verdict == evaluation_verdict::on_schedule);
  CHECK(*v.rows[0].benchmark == Approx(120.0));
  CHECK(*v.rows[0].shortfall == 0.0);
  // 2.0 → ≤ 1.5, 60 % of the time gone by 2023: 1.7 due, 1.9 reached.
  CHECK(v.rows[1].verdict == evaluation_verdict::lagging);
  CHECK(*v.rows[1].benchmark == Approx(1.7));
  CHECK(*v.rows[1].shortfall == Approx(0.2));
  // 7 % and 5 %: a mean of 5.9953 % a year against the 6 % asked for.
  CHECK(v.rows[2].verdict == evaluation_verdict::lagging);
  CHECK(*v.rows[2].value == Approx(5.995282913910849).epsilon(1e-12));
  CHECK(*v.rows[2].benchmark == Approx(6.0));
  CHECK(*v.rows[2].shortfall == Approx(0.004717086089151223).epsilon(1e-9));
  CHECK(v.rows[3].why == evaluation_gap::no_numeric_target);
  CHECK(v.rows[4].why == evaluation_gap::no_data);
}

TEST_CASE("a final evaluation can be asked for before the target year", "[evaluation_view]") {
  const prosper::test::rollup_fixture f;  // data up to 2023: no target-year value yet
  const evaluation_view v = build_evaluation(f.model, evaluation_stage::final);
  CHECK(v.stage == evaluation_stage::final);
  CHECK(v.rows[0].why == evaluation_gap::no_target_year_value);
  CHECK(v.rows[2].why == evaluation_gap::missing_rate_year);
  CHECK(v.result.overall.schedule_evaluated == 0);
}
