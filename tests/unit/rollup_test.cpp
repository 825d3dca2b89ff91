#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "prosper/error.hpp"
#include "prosper/math/rollup.hpp"

using namespace prosper;
using math::nbs_standard;
using math::rollup_item;
using math::schedule_item;
using math::schedule_scale;
using math::schedule_status;

namespace {
constexpr auto higher = direction::higher_is_better;
constexpr auto lower = direction::lower_is_better;
constexpr auto neutral = direction::neutral;

// A small synthetic plan: two categories of three indicators each. Expected values by hand:
// A: scores 3 (w 1) and 0.5 (w 3) → (3 + 1.5)/4 = 1.125; degrees 80 and 60 → (80 + 180)/4 = 65.
// B: scores 5 and −5 (w 2 each) → 0; degrees 100 and 40 → (200 + 80)/4 = 70.
// All: scores 4.5/8 = 0.5625; degrees 540/8 = 67.5; on schedule 2 of 4 evaluated.
std::vector<rollup_item> synthetic() {
  return {
      {"A", progress_status::on_track, false, 3.0, 80.0, 1.0, schedule_status::on_schedule},
      {"A", progress_status::moderate_progress, false, 0.5, 60.0, 3.0, schedule_status::lagging},
      {"A", progress_status::not_assessable, true, std::nullopt, std::nullopt, 1.0,
       schedule_status::not_evaluable},
      {"B", progress_status::achieved, false, 5.0, 100.0, 2.0, schedule_status::achieved},
      {"B", progress_status::moving_away, false, -5.0, 40.0, 2.0, schedule_status::lagging},
      {"B", progress_status::not_assessable, false, std::nullopt, std::nullopt, 1.0, std::nullopt},
  };
}
}  // namespace

TEST_CASE("a roll-up counts statuses per category in the order categories first appear", "[rollup]") {
  const auto items = synthetic();
  const auto r = math::rollup(items);
  REQUIRE(r.categories.size() == 2);
  const auto& a = r.categories[0];
  const auto& b = r.categories[1];
  CHECK(a.category == "A");
  CHECK(b.category == "B");
  CHECK(a.total == 3);
  CHECK(a.of(progress_status::on_track) == 1);
  CHECK(a.of(progress_status::moderate_progress) == 1);
  CHECK(a.of(progress_status::not_assessable) == 0);  // the unobserved one is "no data"
  CHECK(a.counts[math::rollup_bucket_count - 1] == 1);
  CHECK(*a.share(static_cast<std::size_t>(progress_status::on_track)) == Approx(1.0 / 3.0));
  CHECK(b.of(progress_status::achieved) == 1);
  CHECK(b.of(progress_status::moving_away) == 1);
  CHECK(b.of(progress_status::not_assessable) == 1);
  CHECK(r.overall.total == 6);
  CHECK(r.overall.category.empty());
  CHECK(*r.overall.share(math::rollup_bucket_count - 1) == Approx(1.0 / 6.0));
  CHECK(math::rollup_bucket_key(6) == "no_data");
  CHECK(math::rollup_bucket_key(1) == "on_track");
}

TEST_CASE("the mean score and the mean degree are weighted by the declared weights", "[rollup]") {
  const auto items = synthetic();
  const auto r = math::rollup(items);
  CHECK(*r.categories[0].mean_score == Approx(1.125).epsilon(1e-15));
  CHECK(*r.categories[0].mean_degree == Approx(65.0).epsilon(1e-15));
  CHECK(r.categories[0].scored == 2);
  CHECK(r.categories[0].with_degree == 2);
  CHECK(r.categories[0].degree_weight == 4.0);
  CHECK(*r.categories[1].mean_score == Approx(0.0).margin(1e-15));
  CHECK(*r.categories[1].mean_degree == Approx(70.0).epsilon(1e-15));
  CHECK(*r.overall.mean_score == Approx(0.5625).epsilon(1e-15));
  CHECK(*r.overall.mean_degree == Approx(67.5).epsilon(1e-15));
}

TEST_CASE("with equal weights the means are plain means", "[rollup]") {
  auto items = synthetic();
  for (auto& it : items) it.weight = 1.0;
  const auto r = math::rollup(items);
  CHECK(*r.categories[0].mean_score == Approx(1.75));    // (3 + 0.5)/2
  CHECK(*r.categories[0].mean_degree == Approx(70.0));   // (80 + 60)/2
  CHECK(*r.overall.mean_degree == Approx(70.0));         // 280/4
}

TEST_CASE("the schedule counts give the share on schedule among the indicators evaluated", "[rollup]") {
  const auto items = synthetic();
  const auto r = math::rollup(items);
  const auto& a = r.categories[0];
  CHECK(a.of(schedule_status::on_schedule) == 1);
  CHECK(a.of(schedule_status::lagging) == 1);
  CHECK(a.of(schedule_status::not_evaluable) == 1);
  CHECK(a.schedule_evaluated == 2);
  CHECK(*a.on_schedule_share() == 0.5);
  // The achieved one counts as on schedule (达到预期进度 includes 提前实现).
  CHECK(r.categories[1].on_schedule() == 1);
  CHECK(r.overall.schedule_evaluated == 4);
  CHECK(r.overall.on_schedule() == 2);
  CHECK(*r.overall.on_schedule_share() == 0.5);
}

TEST_CASE("a category without any score or degree has no mean, not a zero", "[rollup]") {
  const std::vector<rollup_item> items = {
      {"C", progress_status::not_assessable, true, std::nullopt, std::nullopt, 1.0, std::nullopt}};
  const auto r = math::rollup(items);
  CHECK_FALSE(r.categories[0].mean_score);
  CHECK_FALSE(r.categories[0].mean_degree);
  CHECK_FALSE(r.categories[0].on_schedule_share());
}

TEST_CASE("no items give an empty roll-up; weights all zero or negative are refused", "[rollup]") {
  const auto empty = math::rollup(std::vector<rollup_item>{});
  CHECK(empty.categories.empty());
  CHECK(empty.overall.total == 0);
  CHECK_FALSE(empty.overall.share(0));
  CHECK_FALSE(empty.overall.mean_degree);

  auto items = synthetic();
  for (auto& it : items) it.weight = 0.0;
  CHECK_THROWS_AS(math::rollup(items), prosper::argument_error);
  items = synthetic();
  items[1].weight = -1.0;
  CHECK_THROWS_AS(math::rollup(items), prosper::argument_error);
  items[1].weight = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_AS(math::rollup(items), prosper::argument_error);
  items = synthetic();
  items[0].degree = std::numeric_limits<double>::infinity();
  CHECK_THROWS_AS(math::rollup(items), prosper::argument_error);
}

TEST_CASE("a category whose valued items all weigh zero has no weighted mean", "[rollup]") {
  auto items = synthetic();
  items[0].weight = 0.0;
  items[1].weight = 0.0;
  const auto r = math::rollup(items);
  CHECK_FALSE(r.categories[0].mean_degree);
  CHECK(*r.overall.mean_degree == Approx(70.0));  // B alone
}

TEST_CASE("the NBS degree is x/S, S/x or the interval rule, capped at 100", "[rollup]") {
  CHECK(math::nbs_degree(7.80, nbs_standard::positive(9.24)) == Approx(84.41558441558442).epsilon(1e-14));
  CHECK(math::nbs_degree(9.80, nbs_standard::positive(9.24)) == 100.0);
  CHECK(math::nbs_degree(45.0, nbs_standard::inverse(40.0)) == Approx(88.88888888888889).epsilon(1e-14));
  CHECK(math::nbs_degree(35.0, nbs_standard::inverse(40.0)) == 100.0);
  CHECK(math::nbs_degree(4.0, nbs_standard::interval(3.0, 6.0, 1.0, 8.0)) == 100.0);
  CHECK(math::nbs_degree(2.0, nbs_standard::interval(3.0, 6.0, 1.0, 8.0)) == 50.0);  // (2−1)/(3−1)
  CHECK(math::nbs_degree(7.5, nbs_standard::interval(3.0, 6.0, 1.0, 8.0)) == 25.0);  // (8−7.5)/(8−6)
  CHECK(math::nbs_degree(9.0, nbs_standard::interval(3.0, 6.0, 1.0, 8.0)) == 0.0);
}

TEST_CASE("an interval indicator without declared limits has no degree", "[rollup]") {
  CHECK_THROWS_AS(math::nbs_degree(4.0, nbs_standard::interval(3.0, 6.0, std::nullopt, 8.0)),
                  prosper::argument_error);
  CHECK_THROWS_AS(math::nbs_degree(4.0, nbs_standard::interval(3.0, 6.0, 1.0, std::nullopt)),
                  prosper::argument_error);
  CHECK_THROWS_AS(math::nbs_degree(4.0, nbs_standard::interval(3.0, 6.0, 4.0, 8.0)),
                  prosper::argument_error);
  CHECK_THROWS_AS(math::nbs_degree(7.0, nbs_standard::positive(0.0)), prosper::value_error);
  CHECK(math::to_string(math::nbs_type::interval) == "interval");
}

TEST_CASE("GDP per capita at 7.80 in 2023 has made 27 % of the way in 33 % of the time: lagging", "[schedule]") {
  const auto e = math::schedule_progress({2022, 7.27, 2025, 9.24, 2023, 7.80, higher});
  CHECK(e.elapsed_share == Approx(1.0 / 3.0).epsilon(1e-15));
  CHECK(*e.progress_share == Approx(0.2690355329949239).epsilon(1e-14));  // 0.53/1.97
  CHECK(e.status == schedule_status::lagging);
  CHECK_FALSE(e.threshold);
  // At 8.00 it has made 37 % of the way: on schedule.
  const auto f = math::schedule_progress({2022, 7.27, 2025, 9.24, 2023, 8.00, higher});
  CHECK(*f.progress_share == Approx(0.37055837563451777).epsilon(1e-14));
  CHECK(f.status == schedule_status::on_schedule);
  // At 9.30 in 2024 it has met the target: achieved ahead of time.
  const auto g = math::schedule_progress({2022, 7.27, 2025, 9.24, 2024, 9.30, higher});
  CHECK(*g.progress_share == Approx(1.030456852791878).epsilon(1e-14));
  CHECK(g.status == schedule_status::achieved);
}

TEST_CASE("a falling target is measured the same way, with no special case", "[schedule]") {
  // The urban/rural income ratio 2.0 → 1.95: at 1.96 in 2024, 80 % of the way in 2/3 of the time.
  const auto e = math::schedule_progress({2022, 2.0, 2025, 1.95, 2024, 1.96, lower});
  CHECK(*e.progress_share == Approx(0.8).epsilon(1e-12));
  CHECK(e.status == schedule_status::on_schedule);
  const auto f = math::schedule_progress({2022, 2.0, 2025, 1.95, 2024, 2.01, lower});
  CHECK(*f.progress_share == Approx(-0.2).epsilon(1e-12));
  CHECK(f.status == schedule_status::lagging);
}

TEST_CASE("a target that asks for no change is a threshold: met or lagging, no share", "[schedule]") {
  // PM2.5 kept at 23 (lower is better).
  const auto met = math::schedule_progress({2022, 23.0, 2025, 23.0, 2023, 22.0, lower});
  CHECK(met.threshold);
  CHECK_FALSE(met.progress_share);
  CHECK(met.status == schedule_status::achieved);
  CHECK(math::schedule_progress({2022, 23.0, 2025, 23.0, 2023, 24.0, lower}).status ==
        schedule_status::lagging);
  // A bound the base already met, then crossed, is never "on schedule".
  CHECK(math::schedule_progress({2022, 1.90, 2025, 1.95, 2024, 1.93, lower}).status ==
        schedule_status::achieved);
  const auto crossed = math::schedule_progress({2022, 1.90, 2025, 1.95, 2024, 1.96, lower});
  CHECK(crossed.threshold);
  CHECK(crossed.status == schedule_status::lagging);
  // A neutral indicator kept at a level meets it only at that level.
  CHECK(math::schedule_progress({2022, 10.0, 2025, 10.0, 2023, 10.0, neutral}).status ==
        schedule_status::achieved);
  CHECK(math::schedule_progress({2022, 10.0, 2025, 10.0, 2023, 10.5, neutral}).status ==
        schedule_status::lagging);
}

TEST_CASE("a growth-rate target is judged on the cumulative growth it implies", "[schedule]") {
  // 年均增长6.5 % from 2020 to 2025; three years at 6.6 % a year are 60.9 % of the cumulative
  // log growth required, against 60 % of the time: on schedule. At 6.4 % a year, 59.1 %: lagging.
  const auto faster = math::schedule_progress({2020, 100.0, 2025, 0.065, 2023, 100.0 * std::pow(1.066, 3),
                                               higher, schedule_scale::cumulative_growth});
  CHECK(*faster.progress_share == Approx(0.608941925291664).epsilon(1e-12));
  CHECK(faster.status == schedule_status::on_schedule);
  const auto slower = math::schedule_progress({2020, 1.0, 2025, 0.065, 2023, std::pow(1.064, 3),
                                               higher, schedule_scale::cumulative_growth});
  CHECK(*slower.progress_share == Approx(0.591049674589403).epsilon(1e-12));
  CHECK(slower.status == schedule_status::lagging);
  // Growth exactly at the target rate is exactly on the time line.
  const auto exact = math::schedule_progress({2020, 1.0, 2025, 0.065, 2023, std::pow(1.065, 3),
                                              higher, schedule_scale::cumulative_growth});
  CHECK(*exact.progress_share == Approx(0.6).epsilon(1e-12));
  // 年均下降3 %: energy use per unit of GDP 1.0 → 0.95 in two of five years is 33.7 % of the
  // required cumulative decline against 40 % of the time.
  const auto decline = math::schedule_progress({2020, 1.0, 2025, -0.03, 2022, 0.95, lower,
                                                schedule_scale::cumulative_growth});
  CHECK(*decline.progress_share == Approx(0.33679992766260475).epsilon(1e-12));
  CHECK(decline.status == schedule_status::lagging);
}

TEST_CASE("the schedule view refuses years outside the plan period and bad numbers", "[schedule]") {
  CHECK_THROWS_AS(math::schedule_progress({2022, 7.27, 2025, 9.24, 2022, 7.27, higher}),
                  prosper::argument_error);  // t = base: no time has elapsed
  CHECK_THROWS_AS(math::schedule_progress({2022, 7.27, 2025, 9.24, 2026, 9.5, higher}),
                  prosper::argument_error);
  CHECK_THROWS_AS(math::schedule_progress({2022, 7.27, 2022, 9.24, 2022, 9.5, higher}),
                  prosper::argument_error);
  CHECK_THROWS_AS(math::schedule_progress({2022, std::nan(""), 2025, 9.24, 2023, 7.8, higher}),
                  prosper::value_error);
  CHECK_THROWS_AS(math::schedule_progress({2020, 0.0, 2025, 0.065, 2023, 1.2, higher,
                                           schedule_scale::cumulative_growth}),
                  prosper::value_error);
  CHECK_THROWS_AS(math::schedule_progress({2020, 1.0, 2025, -1.5, 2023, 1.2, higher,
                                           schedule_scale::cumulative_growth}),
                  prosper::value_error);
  CHECK(math::to_string(schedule_status::on_schedule) == "on_schedule");
  CHECK(math::to_string(schedule_scale::cumulative_growth) == "cumulative_growth");
}
