#include "prosper/report/rollup_table.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "prosper/io/observations_csv.hpp"
#include "prosper/plan/lishui.hpp"

using namespace prosper;
using namespace prosper::report;
namespace pl = prosper::plan;
using math::schedule_status;

namespace {

pl::indicator indicator(std::string id, std::string category, const char* unit, direction dir,
                        std::vector<math::milestone> ms) {
  pl::indicator i;
  i.id = id;
  i.name_zh = "指标" + id;
  i.name_en = "Indicator " + id;
  i.category_zh = category;
  i.category_en = category == "甲" ? "Alpha" : "Beta";
  i.unit = units::runtime_unit::resolve(unit);
  i.dir = dir;
  i.milestones = std::move(ms);
  return i;
}

// A small plan, 2020 → 2025, two categories. Expected values by hand (Python for the logs):
// 1 (甲) income 100 → 150, at 130 in 2022: 60 % of the way in 40 % of the time, on schedule;
//   StatCan ratio 1.659 → score 5; degree 130/150 = 86.67.
// 2 (甲) ratio ≤ 2.0 → ≤ 1.5, at 1.9 in 2023: 20 % in 60 %, lagging; ratio 0.3032 → score
//   (0.3032 − 0.6)·25/6 = −1.2367; degree 1.5/1.9 = 78.95.
// 3 (乙) growth ≥ 6 %/年, 7 % and 5 %: ln(1.07·1.05)/(5·ln 1.06) = 0.3997 < 0.4, lagging; a
//   threshold for StatCan (6 → ≥ 6), moving away, no score; degree 5/6 = 83.33.
// 4 (乙) direction only, 10 → 10.5: growth 2.47 %/yr, on track, score 5; no degree, no schedule.
// 5 (乙) no data.
pl::plan small_plan() {
  pl::plan p;
  p.name_zh = "小规划";
  p.region_zh = "某市";
  p.base_year = 2020;
  p.target_year = 2025;
  using K = target_kind;
  p.indicators = {
      indicator("1", "甲", "元", direction::higher_is_better,
                {{2020, K::point, 100.0}, {2025, K::point, 150.0}}),
      indicator("2", "甲", "倍", direction::lower_is_better,
                {{2020, K::at_most, 2.0}, {2025, K::at_most, 1.5}}),
      indicator("3", "乙", "%/年", direction::higher_is_better,
                {{2020, K::at_least, 6.0}, {2025, K::at_least, 6.0}}),
      indicator("4", "乙", "元", direction::higher_is_better,
                {{2020, K::direction_only}, {2025, K::direction_only}}),
      indicator("5", "乙", "元", direction::higher_is_better,
                {{2020, K::point, 1.0}, {2025, K::point, 2.0}}),
  };
  return p;
}

std::vector<io::observation_record> small_data(const pl::plan& p) {
  const auto obs = [&](const char* id, int year, double v) {
    io::observation_record o;
    o.indicator = id;
    o.region = p.region_zh;
    o.year = year;
    o.value = v;
    return o;
  };
  return {obs("1", 2020, 100.0), obs("1", 2022, 130.0), obs("2", 2020, 2.0), obs("2", 2023, 1.9),
          obs("3", 2021, 7.0),   obs("3", 2022, 5.0),   obs("4", 2020, 10.0), obs("4", 2022, 10.5)};
}

struct fixture {
  pl::plan plan = small_plan();
  std::vector<io::observation_record> data = small_data(plan);
  report_model model;
  explicit fixture(report_options o = {}) {
    model = build_report_model(plan, {}, data, o);
  }
};

}  // namespace

TEST_CASE("the roll-up of a small plan has the hand-computed counts, means and schedule", "[rollup_table]") {
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

TEST_CASE("each indicator's schedule verdict shows its year, shares and reason", "[rollup_table]") {
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

TEST_CASE("a growth-rate indicator with a missing year is not evaluable", "[rollup_table]") {
  fixture f;
  f.data.erase(f.data.begin() + 4);  // the 2021 rate of indicator 3
  f.model = build_report_model(f.plan, {}, f.data, {});
  const rollup_view v = build_rollup(f.model);
  CHECK(v.rows[2].why == schedule_gap::missing_rate_year);
  CHECK(v.rows[2].schedule == schedule_status::not_evaluable);
}

TEST_CASE("declared weights weight the means; a missing or unknown weight is refused", "[rollup_table]") {
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

TEST_CASE("a band's degree needs declared limits", "[rollup_table]") {
  fixture f;
  f.plan.indicators[0].milestones.back() = {2025, target_kind::band, 140.0, 160.0};
  f.model = build_report_model(f.plan, {}, f.data, {});
  CHECK_FALSE(build_rollup(f.model).rows[0].degree);
  rollup_options o;
  o.interval_limits["1"] = {100.0, 200.0};
  // 130 below the band [140, 160], 0 at 100: (130 − 100)/(140 − 100) = 75.
  CHECK(*build_rollup(f.model, o).rows[0].degree == Approx(75.0));
}

TEST_CASE("the four formats carry the roll-up and the schedule", "[rollup_table]") {
  const fixture f;
  const std::string csv = render_view(f.model, assess_view::rollup, output_format::csv);
  CHECK(csv.rfind(std::string(rollup_csv_header) + "\n", 0) == 0);
  CHECK(csv.find("\n甲,Alpha,2,0,1,0,1,0,0,0,") != std::string::npos);
  const std::string sched = render_view(f.model, assess_view::schedule, output_format::csv);
  CHECK(sched.find("\n2,指标2,Indicator 2,甲,lagging,none,2023,2020,2,2025,1.5,1.9,level,false,0.6,0.2,") !=
        std::string::npos);
  const auto json = nlohmann::json::parse(render_view(f.model, assess_view::all, output_format::json));
  CHECK(json["rollup"]["overall"]["total"] == 5);
  CHECK(json["schedule"]["summary"]["evaluated"] == 3);
  CHECK(json["assessments"].size() == 5);
  const std::string table = render_view(f.model, assess_view::rollup, output_format::table);
  CHECK(table.find("合计") != std::string::npos);
  CHECK(table.find("1/3 (33.3%)") != std::string::npos);
  const std::string rollup_md = render_view(f.model, assess_view::rollup, output_format::md);
  CHECK(rollup_md.find("| **合计** | **5** |") != std::string::npos);
  CHECK(rollup_md.substr(rollup_md.size() - 4) == "等\n");  // no space folded in at the line end
  const std::string md = render_view(f.model, assess_view::schedule, output_format::md);
  CHECK(md.find("| 2 | 2023 | 60.0% | 20.0% | 滞后 |") != std::string::npos);
  CHECK_THROWS_AS(render_view(f.model, assess_view::all, output_format::csv), prosper::argument_error);
}

TEST_CASE("every data cell is escaped for its format", "[rollup_table]") {
  fixture f;
  f.plan.indicators[0].category_zh = "=cmd|' /C calc'!A0";
  f.plan.indicators[0].name_zh = "a|b*c*";
  f.model = build_report_model(f.plan, {}, f.data, {});
  const std::string csv = render_view(f.model, assess_view::rollup, output_format::csv);
  CHECK(csv.find("\n'=cmd|' /C calc'!A0,Alpha,") != std::string::npos);  // no formula
  const std::string md = render_view(f.model, assess_view::schedule, output_format::md);
  CHECK(md.find("a\\|b\\*c\\*") != std::string::npos);
}

TEST_CASE("the Lishui plan with the shipped data rolls up all 70 rows", "[rollup_table]") {
  const auto data = io::load_observations_csv(
      std::string(PROSPER_SOURCE_DIR) + "/examples/data/lishui-2021-2025.csv", pl::lishui());
  const report_model m = build_report_model(pl::lishui(), pl::lishui_relations(), data.observations);
  const rollup_view v = build_rollup(m);
  CHECK(v.result.overall.total == 70);
  CHECK(v.result.categories.size() == 8);
  std::size_t sum = 0;
  for (const auto& g : v.result.categories) sum += g.total;
  CHECK(sum == 70);
}
