#pragma once
// Test support: a small plan with hand-computed roll-up and schedule values, and its report
// model (used by rollup_view_test and rollup_table_test).

#include <string>
#include <utility>
#include <vector>

#include "prosper/io/observations.hpp"
#include "prosper/plan/plan.hpp"
#include "prosper/report/report_model.hpp"

namespace prosper::test {

inline plan::indicator rollup_indicator(std::string id, std::string category, const char* unit,
                                        direction dir, std::vector<math::milestone> ms) {
  plan::indicator i;
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
inline plan::plan small_plan() {
  plan::plan p;
  p.name_zh = "小规划";
  p.region_zh = "某市";
  p.base_year = 2020;
  p.target_year = 2025;
  using K = target_kind;
  p.indicators = {
      rollup_indicator("1", "甲", "元", direction::higher_is_better,
                       {{2020, K::point, 100.0}, {2025, K::point, 150.0}}),
      rollup_indicator("2", "甲", "倍", direction::lower_is_better,
                       {{2020, K::at_most, 2.0}, {2025, K::at_most, 1.5}}),
      rollup_indicator("3", "乙", "%/年", direction::higher_is_better,
                       {{2020, K::at_least, 6.0}, {2025, K::at_least, 6.0}}),
      rollup_indicator("4", "乙", "元", direction::higher_is_better,
                       {{2020, K::direction_only}, {2025, K::direction_only}}),
      rollup_indicator("5", "乙", "元", direction::higher_is_better,
                       {{2020, K::point, 1.0}, {2025, K::point, 2.0}}),
  };
  return p;
}

/// An observation of indicator `id` in the plan's own region.
inline io::observation_record observation_of(const plan::plan& p, const char* id, int year, double v) {
  io::observation_record o;
  o.indicator = id;
  o.region = p.region_zh;
  o.year = year;
  o.value = v;
  return o;
}

inline std::vector<io::observation_record> small_data(const plan::plan& p) {
  const auto obs = [&](const char* id, int year, double v) { return observation_of(p, id, year, v); };
  return {obs("1", 2020, 100.0), obs("1", 2022, 130.0), obs("2", 2020, 2.0), obs("2", 2023, 1.9),
          obs("3", 2021, 7.0),   obs("3", 2022, 5.0),   obs("4", 2020, 10.0), obs("4", 2022, 10.5)};
}

/// The small plan, its data and its report model.
struct rollup_fixture {
  prosper::plan::plan plan = small_plan();
  std::vector<io::observation_record> data = small_data(plan);
  report::report_model model;
  explicit rollup_fixture(report::report_options o = {}) {
    model = report::build_report_model(plan, {}, data, o);
  }
};

}  // namespace prosper::test
