#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "prosper/literals.hpp"
#include "prosper/math/assess.hpp"

using namespace prosper;
using namespace prosper::literals;
using math::milestone;
using math::observation;
namespace u = prosper::units;

namespace {
constexpr auto higher = direction::higher_is_better;
constexpr auto lower = direction::lower_is_better;
constexpr auto neutral = direction::neutral;
using obs = std::vector<observation>;

// Every optional number of an assessment is either empty or finite: "never NaN out".
void check_finite_numbers(const assessment& a) {
  for (const auto* v : {&a.base_value, &a.current_value, &a.target_value, &a.observed_rate,
                        &a.required_rate, &a.required_rate_from_now, &a.observed_step,
                        &a.required_step, &a.required_step_from_now, &a.ratio, &a.projected_value,
                        &a.elapsed_share, &a.progress_share, &a.anticipated_gap, &a.current_status,
                        &a.anticipated_status, &a.realisation, &a.score, &a.limit_factor})
    if (v->has_value()) CHECK(std::isfinite(**v));
  if (a.status == progress_status::not_assessable) CHECK_FALSE(a.reason.empty());
  else CHECK(a.reason.empty());
}

assessment run(direction d, prosper::math::milestone g, observation base, const obs& series, assessment_method m) {
  auto a = math::assess(g, base, series, d, m);
  check_finite_numbers(a);
  return a;
}
assessment run(direction d, prosper::math::milestone g, observation base, const obs& series, const assessment_options& o) {
  auto a = math::assess(g, base, series, d, o);
  check_finite_numbers(a);
  return a;
}
}  // namespace

// Expected values computed independently in Python from the methodology's formulas, e.g.
// R = ((7.80/7.27) − 1)/((9.24/7.27)^(1/3) − 1) = 0.8761284166457903.

TEST_CASE("GDP per capita at 7.80 in 2023 needs acceleration: R = 0.876 and 8.84 %/yr from now",
          "[assess]") {
  const auto a = run(higher, {2025, target_kind::point, 9.24}, {2022, 7.27}, {{2023, 7.80}},
                     assessment_method::statcan);
  CHECK(a.status == progress_status::moderate_progress);
  CHECK(*a.ratio == Approx(0.8761284166457903).epsilon(1e-12));
  CHECK(*a.observed_rate == Approx(0.07290233837689142).epsilon(1e-12));
  CHECK(*a.required_rate == Approx(0.08320964939819442).epsilon(1e-12));
  CHECK(*a.required_rate_from_now == Approx(0.08840037881993812).epsilon(1e-12));
  CHECK(*a.projected_value == Approx(8.978731536017891).epsilon(1e-12));
  CHECK(*a.anticipated_gap == Approx(0.13262358577772027).epsilon(1e-12));
  CHECK(*a.current_status == Approx(2.6903553299492398).epsilon(1e-12));
  CHECK(*a.elapsed_share == Approx(1.0 / 3.0));
  CHECK(*a.score == Approx(1.972345833184217).epsilon(1e-10));
  CHECK(a.base_year == 2022);
  CHECK(a.current_year == 2023);
  CHECK(a.target_year == 2025);
  CHECK(*a.target_value == 9.24);
  CHECK(a.warnings.empty());
}

TEST_CASE("the urban/rural income ratio at 1.97 in 2023 is on track: R = 1.78", "[assess]") {
  const auto a = run(lower, {2025, target_kind::at_most, 1.95}, {2022, 2.0}, {{2023, 1.97}},
                     assessment_method::eurostat);
  CHECK(a.status == progress_status::on_track);
  CHECK(*a.ratio == Approx(1.7849156083084665).epsilon(1e-12));
  CHECK(*a.observed_rate == Approx(-0.015).epsilon(1e-12));
  CHECK(*a.required_rate == Approx(-0.008403758659612626).epsilon(1e-12));
  CHECK_FALSE(a.score.has_value());  // Eurostat publishes no score
  CHECK(*a.current_status == Approx(6.0).epsilon(1e-12));
}

TEST_CASE("each method's verdict on the two worked examples", "[assess]") {
  struct row {
    const char* name;
    direction d;
    prosper::math::milestone g;
    observation base;
    observation current;
    assessment_method m;
    progress_status expected;
    double ratio;  // NaN when the method reports none
  };
  const double none = std::numeric_limits<double>::quiet_NaN();
  const row rows[] = {
      {"gdp eurostat", higher, {2025, target_kind::point, 9.24}, {2022, 7.27}, {2023, 7.80},
       assessment_method::eurostat, progress_status::moderate_progress, 0.8761284166457903},
      // SDSN: (0.53/1)/(1.97/3); NBS: realisation 78.68 → 84.42 of 100, the same for x/S.
      {"gdp sdsn", higher, {2025, target_kind::point, 9.24}, {2022, 7.27}, {2023, 7.80},
       assessment_method::sdsn, progress_status::moderate_progress, 0.8071065989847717},
      {"gdp nbs", higher, {2025, target_kind::point, 9.24}, {2022, 7.27}, {2023, 7.80},
       assessment_method::nbs, progress_status::moderate_progress, 0.8071065989847718},
      // ESCAP: anticipated CS 8.67 ≤ 9, "need to accelerate".
      {"gdp escap", higher, {2025, target_kind::point, 9.24}, {2022, 7.27}, {2023, 7.80},
       assessment_method::escap, progress_status::moderate_progress, none},
      {"ratio statcan", lower, {2025, target_kind::at_most, 1.95}, {2022, 2.0}, {2023, 1.97},
       assessment_method::statcan, progress_status::on_track, 1.7849156083084665},
      {"ratio sdsn", lower, {2025, target_kind::at_most, 1.95}, {2022, 2.0}, {2023, 1.97},
       assessment_method::sdsn, progress_status::on_track, 1.8},
      // NBS inverse: 100·1.95/x, 97.5 → 98.98, needing 2.5 points in 3 years.
      {"ratio nbs", lower, {2025, target_kind::at_most, 1.95}, {2022, 2.0}, {2023, 1.97},
       assessment_method::nbs, progress_status::on_track, 1.7817258883248768},
      // ESCAP: 1.97·(1.97/2)² = 1.911 meets ≤ 1.95, so the anticipated CS is 10.
      {"ratio escap", lower, {2025, target_kind::at_most, 1.95}, {2022, 2.0}, {2023, 1.97},
       assessment_method::escap, progress_status::on_track, none},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    const auto a = run(r.d, r.g, r.base, {r.current}, r.m);
    CHECK(a.status == r.expected);
    CHECK(a.method == r.m);
    if (std::isnan(r.ratio)) {
      CHECK_FALSE(a.ratio.has_value());
    } else {
      REQUIRE(a.ratio.has_value());
      CHECK(*a.ratio == Approx(r.ratio).epsilon(1e-12));
    }
  }
  const auto escap = run(higher, {2025, target_kind::point, 9.24}, {2022, 7.27}, {{2023, 7.80}},
                         assessment_method::escap);
  CHECK(*escap.anticipated_status == Approx(8.673764142222801).epsilon(1e-12));
  const auto nbs = run(higher, {2025, target_kind::point, 9.24}, {2022, 7.27}, {{2023, 7.80}},
                       assessment_method::nbs);
  CHECK(*nbs.realisation == Approx(84.41558441558442).epsilon(1e-12));
}

TEST_CASE("SDSN's worked example is a moderately increasing 0.80", "[assess]") {
  // Methodology §3.5: 50 % (2019) → 58 % (2022) against 70 % by 2025.
  const auto a = run(higher, {2025, target_kind::at_least, 70.0}, {2019, 50.0}, {{2022, 58.0}},
                     assessment_method::sdsn);
  CHECK(*a.ratio == Approx(0.8).epsilon(1e-12));
  CHECK(a.status == progress_status::moderate_progress);
}

TEST_CASE("ESCAP uses every observation, weighting recent growth more", "[assess]") {
  // 7.27, 7.80, 8.40 (2022–2024): weights 1.5 and 3; projection 9.0349, CS 8.96 ≤ 9.
  const auto a = run(higher, {2025, target_kind::point, 9.24}, {2022, 7.27},
                     {{2023, 7.80}, {2024, 8.40}}, assessment_method::escap);
  CHECK(*a.projected_value == Approx(9.03488173826421).epsilon(1e-12));
  CHECK(*a.anticipated_status == Approx(8.958790549564517).epsilon(1e-12));
  CHECK(a.status == progress_status::moderate_progress);
  // StatCan on the same data uses base and latest only: R = ((8.40/7.27)^(1/2) − 1)/8.32 %.
  const auto s = run(higher, {2025, target_kind::point, 9.24}, {2022, 7.27},
                     {{2023, 7.80}, {2024, 8.40}}, assessment_method::statcan);
  CHECK(*s.ratio == Approx(0.9002661137340597).epsilon(1e-12));
  CHECK(s.status == progress_status::moderate_progress);
}

TEST_CASE("ratio bands are closed below and configurable", "[assess]") {
  // Build a current value whose R is exactly at a threshold: R = CAGR_obs/CAGR_req over one year.
  const double req = std::pow(9.24 / 7.27, 1.0 / 3.0) - 1.0;
  struct row { double r; progress_status expected; };
  const row rows[] = {{1.2, progress_status::on_track}, {0.96, progress_status::on_track},
                      {0.94, progress_status::moderate_progress}, {0.61, progress_status::moderate_progress},
                      {0.59, progress_status::insufficient_progress}, {0.01, progress_status::insufficient_progress},
                      {-0.01, progress_status::moving_away}};
  for (const auto& r : rows) {
    CAPTURE(r.r);
    const double current = 7.27 * (1.0 + r.r * req);
    CHECK(run(higher, {2025, target_kind::point, 9.24}, {2022, 7.27}, {{2023, current}},
              assessment_method::eurostat).status == r.expected);
  }
  auto strict = preset(assessment_method::statcan);
  strict.thresholds.on_track = 1.0;
  strict.thresholds.moderate = 0.9;
  CHECK(run(higher, {2025, target_kind::point, 9.24}, {2022, 7.27}, {{2023, 7.80}}, strict).status ==
        progress_status::insufficient_progress);
  CHECK(statcan_target_score(0.95) == Approx(2.5));
  CHECK(statcan_target_score(0.6) == 0.0);
  CHECK(statcan_target_score(1.3) == Approx(5.0));
  CHECK(statcan_target_score(-0.6) == Approx(-5.0));
  CHECK(statcan_target_score(-3.0) == -5.0);
}

TEST_CASE("a met target is achieved whatever the trend", "[assess]") {
  for (auto m : {assessment_method::eurostat, assessment_method::statcan, assessment_method::sdsn,
                 assessment_method::escap, assessment_method::nbs}) {
    CAPTURE(to_string(m));
    // Met now, although it fell since 2023.
    auto a = run(higher, {2025, target_kind::point, 9.24}, {2022, 7.27}, {{2023, 9.60}, {2024, 9.30}}, m);
    CHECK(a.status == progress_status::achieved);
    CHECK(a.basis == "the target is met");
    // A lower-is-better bound met.
    a = run(lower, {2025, target_kind::at_most, 1.95}, {2022, 2.0}, {{2023, 1.94}}, m);
    CHECK(a.status == progress_status::achieved);
    // A strict bound is not met at equality, an inclusive one is.
    CHECK(run(higher, {2025, target_kind::greater_than, 95.0}, {2022, 90.0}, {{2023, 95.0}}, m).status !=
          progress_status::achieved);
    CHECK(run(higher, {2025, target_kind::at_least, 95.0}, {2022, 90.0}, {{2023, 95.0}}, m).status ==
          progress_status::achieved);
  }
  // EUSTAT's tolerance: within 1 pp of a 100 % target counts as achieved when asked.
  auto eustat = preset(assessment_method::statcan);
  eustat.achieved_tolerance = 1.0;
  CHECK(run(higher, {2025, target_kind::point, 100.0}, {2022, 97.0}, {{2023, 99.2}}, eustat).status ==
        progress_status::achieved);
}

TEST_CASE("edge case: base equals target is a threshold check, never a division", "[assess]") {
  // PM2.5 kept at 23 (Open SDG's ZeroDivisionError case: base 23, target 23, current 22).
  for (auto m : {assessment_method::eurostat, assessment_method::statcan, assessment_method::sdsn,
                 assessment_method::escap, assessment_method::nbs}) {
    CAPTURE(to_string(m));
    auto a = run(lower, {2025, target_kind::maintain, 23.0}, {2022, 23.0}, {{2023, 22.0}}, m);
    CHECK(a.status == progress_status::achieved);
    a = run(lower, {2025, target_kind::maintain, 23.0}, {2022, 23.0}, {{2023, 25.0}}, m);
    CHECK(a.status == progress_status::moving_away);
    CHECK_FALSE(a.ratio.has_value());
    CHECK(*a.required_rate == 0.0);
    CHECK(a.basis.find("threshold check") != std::string::npos);
    // Max/min county GDP ratio ≤ 1.5 kept at ≤ 1.5.
    CHECK(run(lower, {2025, target_kind::at_most, 1.5}, {2022, 1.5}, {{2023, 1.48}}, m).status ==
          progress_status::achieved);
    CHECK(run(lower, {2025, target_kind::at_most, 1.5}, {2022, 1.5}, {{2023, 1.52}}, m).status ==
          progress_status::moving_away);
    // A neutral indicator asked to stay at its level: any departure is moving away.
    CHECK(run(neutral, {2025, target_kind::maintain, 0.35}, {2022, 0.35}, {{2023, 0.35}}, m).status ==
          progress_status::achieved);
    CHECK(run(neutral, {2025, target_kind::maintain, 0.35}, {2022, 0.35}, {{2023, 0.36}}, m).status ==
          progress_status::moving_away);
  }
}

TEST_CASE("edge case: a base already better than the target is achieved or a threshold miss",
          "[assess]") {
  // Base 1.90 already meets ≤ 1.95: the "required" CAGR points the wrong way (Open SDG uses |·|).
  auto a = run(lower, {2025, target_kind::at_most, 1.95}, {2022, 1.90}, {{2023, 1.93}},
               assessment_method::statcan);
  CHECK(a.status == progress_status::achieved);
  a = run(lower, {2025, target_kind::at_most, 1.95}, {2022, 1.90}, {{2023, 1.97}},
          assessment_method::statcan);
  CHECK(a.status == progress_status::moving_away);
  CHECK_FALSE(a.ratio.has_value());
  CHECK(a.basis.find("base already met") != std::string::npos);
}

TEST_CASE("edge case: zero in a compound rate is not assessable unless the caller opts in",
          "[assess]") {
  auto a = run(higher, {2025, target_kind::point, 10.0}, {2022, 0.0}, {{2023, 2.0}},
               assessment_method::statcan);
  CHECK(a.status == progress_status::not_assessable);
  CHECK(a.reason.find("base value is 0") != std::string::npos);
  CHECK_FALSE(a.ratio.has_value());
  // A linear method needs no logarithm.
  a = run(higher, {2025, target_kind::point, 10.0}, {2022, 0.0}, {{2023, 2.0}}, assessment_method::sdsn);
  CHECK(a.status == progress_status::moderate_progress);
  CHECK(*a.ratio == Approx(0.6));
  // StatCan's 0.001 only when asked, with a warning.
  auto opt = preset(assessment_method::statcan);
  opt.zero_replacement = 0.001;
  a = run(higher, {2025, target_kind::point, 10.0}, {2022, 0.0}, {{2023, 2.0}}, opt);
  CHECK(a.status == progress_status::on_track);  // (2/0.001) in one year vs (10/0.001)^(1/3)
  CHECK_FALSE(a.warnings.empty());
  // A zero target: "reduce to zero".
  a = run(lower, {2025, target_kind::point, 0.0}, {2022, 6.0}, {{2023, 4.0}}, assessment_method::eurostat);
  CHECK(a.status == progress_status::not_assessable);
  CHECK(a.reason.find("target value is 0") != std::string::npos);
}

TEST_CASE("edge case: mixed signs are refused, an all-negative series flips its sign", "[assess]") {
  auto a = run(higher, {2025, target_kind::point, 3.0}, {2022, -1.0}, {{2023, 1.0}},
               assessment_method::statcan);
  CHECK(a.status == progress_status::not_assessable);
  CHECK(a.reason.find("mixed-sign") != std::string::npos);
  // −10 → −8 towards −5, higher is better: s = −1 makes the improvement count as progress.
  // R = −1·(0.8 − 1)/|0.5^(1/3) − 1| = 0.9694644203726146.
  a = run(higher, {2025, target_kind::point, -5.0}, {2022, -10.0}, {{2023, -8.0}},
          assessment_method::statcan);
  CHECK(*a.ratio == Approx(0.9694644203726146).epsilon(1e-12));
  CHECK(a.status == progress_status::on_track);
  // Getting worse (more negative) is moving away.
  a = run(higher, {2025, target_kind::point, -5.0}, {2022, -10.0}, {{2023, -11.0}},
          assessment_method::statcan);
  CHECK(a.status == progress_status::moving_away);
}

TEST_CASE("edge case: too few observations or a duplicate year are not assessable", "[assess]") {
  auto a = run(higher, {2025, target_kind::point, 9.24}, {2022, 7.27}, {}, assessment_method::statcan);
  CHECK(a.status == progress_status::not_assessable);
  CHECK(a.reason.find("fewer than two observations") != std::string::npos);
  a = run(higher, {2025, target_kind::point, 9.24}, {2022, 7.27}, {{2023, 7.8}, {2023, 7.9}},
          assessment_method::statcan);
  CHECK(a.status == progress_status::not_assessable);
  CHECK(a.reason.find("duplicate year 2023") != std::string::npos);
  a = run(higher, {2025, target_kind::point, 9.24}, {2022, 7.27},
          {{2023, std::numeric_limits<double>::quiet_NaN()}}, assessment_method::statcan);
  CHECK(a.status == progress_status::not_assessable);
  a = run(higher, {2025, target_kind::point, std::numeric_limits<double>::infinity()}, {2022, 7.27},
          {{2023, 7.8}}, assessment_method::statcan);
  CHECK(a.status == progress_status::not_assessable);
  a = run(higher, {2022, target_kind::point, 9.24}, {2022, 7.27}, {{2023, 7.8}}, assessment_method::statcan);
  CHECK(a.status == progress_status::not_assessable);
  CHECK(a.reason.find("must be after the base year") != std::string::npos);
  // A base value that is met on its own is achieved, with a warning that nothing else is known.
  a = run(higher, {2025, target_kind::at_least, 5.0}, {2022, 7.27}, {}, assessment_method::statcan);
  CHECK(a.status == progress_status::achieved);
  CHECK_FALSE(a.warnings.empty());
}

TEST_CASE("edge case: a passed target year is assessed up to the target year", "[assess]") {
  const auto a = run(higher, {2025, target_kind::point, 9.24}, {2022, 7.27},
                     {{2023, 7.80}, {2024, 8.40}, {2025, 9.00}, {2026, 9.50}},
                     assessment_method::statcan);
  CHECK(a.current_year == 2025);
  CHECK(*a.current_value == 9.00);
  CHECK(a.status != progress_status::achieved);  // 9.50 in 2026 is too late
  CHECK(*a.projected_value == 9.00);
  CHECK_FALSE(a.required_rate_from_now.has_value());
  REQUIRE_FALSE(a.warnings.empty());
  CHECK(a.warnings.back().find("has passed") != std::string::npos);
  // R = ((9/7.27)^(1/3) − 1)/((9.24/7.27)^(1/3) − 1)
  CHECK(*a.ratio == Approx((std::cbrt(9.0 / 7.27) - 1.0) / (std::cbrt(9.24 / 7.27) - 1.0)).epsilon(1e-12));
}

TEST_CASE("edge case: a bounded share is projected in logit space and never above 100 %",
          "[assess]") {
  auto opt = preset(assessment_method::statcan);
  opt.natural_limit = 100.0;
  // 58 → 61 % in one year, projected to 2025: logit 66.74 % rather than the CAGR's 67.47 %.
  auto a = run(higher, {2025, target_kind::at_least, 70.0}, {2022, 58.0}, {{2023, 61.0}}, opt);
  CHECK(*a.projected_value == Approx(66.73868743661905).epsilon(1e-12));
  // A share racing to 100 % stays below it under every method.
  for (auto m : {assessment_method::eurostat, assessment_method::statcan, assessment_method::sdsn,
                 assessment_method::escap, assessment_method::nbs}) {
    auto o = preset(m);
    o.natural_limit = 100.0;
    a = run(higher, {2035, target_kind::at_least, 99.9}, {2022, 80.0}, {{2023, 90.0}, {2024, 97.0}}, o);
    REQUIRE(a.projected_value.has_value());
    CHECK(*a.projected_value < 100.0);
  }
}

TEST_CASE("edge case: direction-only targets use growth thresholds scaled by C near a limit",
          "[assess]") {
  CHECK(natural_limit_factor(95.0, 100.0) == Approx(0.2036704944377239).epsilon(1e-12));
  CHECK(natural_limit_factor(50.0, 100.0) == Approx(0.9539290869596531).epsilon(1e-12));
  CHECK(natural_limit_factor(100.0, 100.0) == 0.0);
  CHECK(natural_limit_factor(250.0, 100.0) == 1.0);
  CHECK(natural_limit_factor(0.0, 0.0) == 1.0);
  // Engel coefficient "steadily decreasing": 30 % → 29.4 %, a 2 % fall, is on track.
  auto a = run(lower, {2025, target_kind::direction_only}, {2022, 30.0}, {{2023, 29.4}},
               assessment_method::statcan);
  CHECK(a.status == progress_status::on_track);
  CHECK(*a.observed_rate == Approx(-0.02).epsilon(1e-12));
  CHECK(*a.score == Approx(5.0));
  CHECK_FALSE(a.ratio.has_value());
  // Rising is moving away.
  CHECK(run(lower, {2025, target_kind::direction_only}, {2022, 30.0}, {{2023, 30.3}},
            assessment_method::statcan).status == progress_status::moving_away);
  // A share at 95 % of its 100 % limit growing 0.53 %/yr: below 1.5 % but above 1.5 %·C = 0.31 %.
  auto opt = preset(assessment_method::statcan);
  opt.natural_limit = 100.0;
  a = run(higher, {2025, target_kind::direction_only}, {2022, 95.0}, {{2023, 95.5}}, opt);
  CHECK(a.status == progress_status::on_track);
  CHECK(*a.limit_factor == Approx(0.2036704944377239).epsilon(1e-12));
  CHECK(run(higher, {2025, target_kind::direction_only}, {2022, 95.0}, {{2023, 95.5}},
            assessment_method::statcan).status == progress_status::moderate_progress);
  // At the limit and holding: on track (C = 0).
  a = run(higher, {2025, target_kind::direction_only}, {2022, 100.0}, {{2023, 100.0}}, opt);
  CHECK(a.status == progress_status::on_track);
  CHECK(*a.score == 5.0);
  // Eurostat's scheme: 0–1 % is moderate progress.
  CHECK(run(higher, {2025, target_kind::direction_only}, {2022, 95.0}, {{2023, 95.5}},
            assessment_method::eurostat).status == progress_status::moderate_progress);
  // A neutral indicator has no direction to move in.
  CHECK(run(neutral, {2025, target_kind::direction_only}, {2022, 0.3}, {{2023, 0.31}},
            assessment_method::statcan).status == progress_status::not_assessable);
}

TEST_CASE("band targets: inside is achieved, outside is assessed towards the nearer end",
          "[assess]") {
  // Gini "in a reasonable range" [0.30, 0.40].
  CHECK(run(neutral, {2025, target_kind::band, 0.30, 0.40}, {2022, 0.42}, {{2023, 0.39}},
            assessment_method::statcan).status == progress_status::achieved);
  auto a = run(neutral, {2025, target_kind::band, 0.30, 0.40}, {2022, 0.44}, {{2023, 0.43}},
               assessment_method::statcan);
  CHECK(*a.target_value == 0.40);
  // Falling 2.27 % a year where 3.13 % is needed: R = −(0.43/0.44 − 1)/|(0.40/0.44)^(1/3) − 1|.
  CHECK(*a.ratio == Approx(0.7267914436870414).epsilon(1e-12));
  CHECK(a.status == progress_status::moderate_progress);
  // Drifting out of a band the base was in is moving away.
  CHECK(run(neutral, {2025, target_kind::band, 0.30, 0.40}, {2022, 0.38}, {{2023, 0.41}},
            assessment_method::statcan).status == progress_status::moving_away);
  CHECK(run(neutral, {2025, target_kind::band, 0.40, 0.30}, {2022, 0.38}, {{2023, 0.41}},
            assessment_method::statcan).status == progress_status::not_assessable);
}

TEST_CASE("targets without a number are not assessable, with the kind in the reason", "[assess]") {
  for (auto k : {target_kind::qualitative, target_kind::external, target_kind::not_set}) {
    const auto a = run(higher, {2025, k}, {2022, 7.27}, {{2023, 7.8}}, assessment_method::statcan);
    CHECK(a.status == progress_status::not_assessable);
    CHECK(a.reason.find(std::string(to_string(k))) != std::string::npos);
  }
  CHECK(run(higher, {2025, target_kind::point}, {2022, 7.27}, {{2023, 7.8}},
            assessment_method::statcan).reason == "the point target has no value");
}

TEST_CASE("the base-year value in the series and earlier years are reported, not used", "[assess]") {
  const auto a = run(higher, {2025, target_kind::point, 9.24}, {2022, 7.27},
                     {{2020, 6.5}, {2022, 7.30}, {2023, 7.80}}, assessment_method::statcan);
  CHECK(*a.ratio == Approx(0.8761284166457903).epsilon(1e-12));
  CHECK(a.warnings.size() == 2);
}

namespace {
using gdp_pc = indicator<struct gdp_pc_tag, u::wan_yuan, direction::higher_is_better>;
using share = indicator<struct share_tag, u::percent, direction::higher_is_better>;
using pm25 = indicator<struct pm25_tag, u::microgram_per_cubic_metre, direction::lower_is_better>;
}  // namespace

TEST_CASE("the typed entry takes milestones and indicator values", "[assess]") {
  const prosper::milestone<gdp_pc> m{2025, target<gdp_pc>::point(9.24_wan_yuan)};
  const std::vector<dated_value<gdp_pc>> series{{2023, indicator_value<gdp_pc>{7.80_wan_yuan}}};
  const auto a = assess(m, {2022, indicator_value<gdp_pc>{7.27_wan_yuan}}, series,
                        assessment_method::eurostat);
  CHECK(a.status == progress_status::moderate_progress);
  CHECK(*a.ratio == Approx(0.8761284166457903).epsilon(1e-12));
  // A % share gets 100 % as its natural limit, so its projection runs in logit space.
  const std::vector<dated_value<share>> s{{2023, indicator_value<share>{61.0_pct}}};
  const auto b = assess(prosper::milestone<share>{2025, target<share>::at_least(70.0_pct)},
                        {2022, indicator_value<share>{58.0_pct}}, s, assessment_method::statcan);
  CHECK(*b.projected_value == Approx(66.73868743661905).epsilon(1e-12));
  // Maintain PM2.5 at 23.
  const std::vector<dated_value<pm25>> p{{2023, indicator_value<pm25>{22_ug_m3}}};
  CHECK(assess(prosper::milestone<pm25>{2025, target<pm25>::maintain(23_ug_m3)},
               {2022, indicator_value<pm25>{23_ug_m3}}, p, assessment_method::statcan)
            .status == progress_status::achieved);
}

TEST_CASE("status and method names are stable ASCII", "[assess]") {
  CHECK(to_string(progress_status::moderate_progress) == "moderate_progress");
  CHECK(to_string(progress_status::not_assessable) == "not_assessable");
  CHECK(to_string(assessment_method::nbs) == "nbs");
  CHECK(preset(assessment_method::sdsn).thresholds.on_track == 1.0);
  CHECK(preset(assessment_method::eurostat).thresholds.growth_on_track == 0.01);
}

TEST_CASE("the projection method can be chosen, and ESCAP projects shares in logit space",
          "[assess]") {
  // Log-linear least squares through ln 7.27, ln 7.80, ln 8.40 (2022–2024), evaluated in 2025.
  auto opt = preset(assessment_method::statcan);
  opt.projection = projection_method::log_linear_trend;
  auto a = run(higher, {2025, target_kind::point, 9.24}, {2022, 7.27}, {{2023, 7.80}, {2024, 8.40}}, opt);
  CHECK(*a.projected_value == Approx(9.023623676168885).epsilon(1e-12));
  // ESCAP on a share with a 100 % limit: weighted logit fit with weights 1, 1.5, 3.
  auto e = preset(assessment_method::escap);
  e.natural_limit = 100.0;
  a = run(higher, {2025, target_kind::at_least, 70.0}, {2022, 58.0}, {{2023, 61.0}, {2024, 63.0}}, e);
  CHECK(*a.projected_value == Approx(65.40610823939028).epsilon(1e-12));
  CHECK(a.status == progress_status::moderate_progress);  // CS = 10·(65.4 − 58)/12 = 6.2
}

TEST_CASE("a kept level met within the tolerance is achieved, not a division by zero", "[assess]") {
  auto opt = preset(assessment_method::statcan);
  opt.achieved_tolerance = 0.5;
  const auto a = run(lower, {2025, target_kind::maintain, 23.0}, {2022, 23.0}, {{2023, 23.3}}, opt);
  CHECK(a.status == progress_status::achieved);
  CHECK_FALSE(a.current_status.has_value());
}

// Issue 14 (numbers at the edges): options outside their domain were accepted, and
// zero_replacement = ∞ replaced a zero base by ∞ in every rate.
namespace {
// The message of the argument_error that `f` throws, or "" when it throws none.
template <class F>
std::string refusal(F f) {
  try {
    f();
  } catch (const prosper::argument_error& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("options outside their domain are refused with the option's name", "[assess][edges]") {
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const auto assess_with = [&](const assessment_options& o) {
    return [o] {
      math::assess({2025, target_kind::point, 9.24}, {2022, 7.27}, obs{{2023, 7.80}}, higher, o);
    };
  };
  struct bad_option {
    const char* name;
    void (*set)(assessment_options&, double);
    double value;
  };
  const bad_option cases[] = {
      {"zero_replacement", [](assessment_options& o, double v) { o.zero_replacement = v; }, inf},
      {"zero_replacement", [](assessment_options& o, double v) { o.zero_replacement = v; }, nan},
      {"zero_replacement", [](assessment_options& o, double v) { o.zero_replacement = v; }, 0.0},
      {"achieved_tolerance", [](assessment_options& o, double v) { o.achieved_tolerance = v; }, -1.0},
      {"achieved_tolerance", [](assessment_options& o, double v) { o.achieved_tolerance = v; }, nan},
      {"achieved_tolerance", [](assessment_options& o, double v) { o.achieved_tolerance = v; }, inf},
      {"natural_limit", [](assessment_options& o, double v) { o.natural_limit = v; }, inf},
      {"thresholds.on_track", [](assessment_options& o, double v) { o.thresholds.on_track = v; }, nan},
      {"thresholds.cs_moderate", [](assessment_options& o, double v) { o.thresholds.cs_moderate = v; }, -inf},
      {"thresholds.growth_insufficient",
       [](assessment_options& o, double v) { o.thresholds.growth_insufficient = v; }, nan},
  };
  for (const auto& c : cases) {
    assessment_options o = preset(assessment_method::statcan);
    c.set(o, c.value);
    const std::string why = refusal(assess_with(o));
    INFO(c.name << " = " << c.value << ": " << why);
    CHECK(why.rfind("prosper::math::assess: assessment_options." + std::string(c.name) + " must be ",
                    0) == 0);
  }
}

TEST_CASE("an unknown method or projection is refused, not assessed as StatCan", "[assess][edges]") {
  assessment_options o = preset(assessment_method::statcan);
  o.method = static_cast<assessment_method>(42);
  CHECK(refusal([&] { validate_options("math::assess", o); }) ==
        "prosper::math::assess: assessment_options.method is not a known method (value 42)");
  o = preset(assessment_method::statcan);
  o.projection = static_cast<projection_method>(-1);
  CHECK(refusal([&] { validate_options("math::assess", o); })
            .find("assessment_options.projection is not a known projection") != std::string::npos);
}

TEST_CASE("options in their domain are accepted, a negative zero replacement included",
          "[assess][edges]") {
  for (const auto m : {assessment_method::eurostat, assessment_method::statcan,
                       assessment_method::sdsn, assessment_method::escap, assessment_method::nbs})
    CHECK(refusal([&] { validate_options("math::assess", preset(m)); }).empty());
  assessment_options o = preset(assessment_method::statcan);
  o.zero_replacement = -0.001;  // the sign comes from the series; the magnitude is what counts
  o.achieved_tolerance = 0.0;
  CHECK(refusal([&] { validate_options("math::assess", o); }).empty());
}

TEST_CASE("the typed entry refuses the same options", "[assess][edges]") {
  assessment_options o = preset(assessment_method::eurostat);
  o.achieved_tolerance = -0.5;
  const prosper::milestone<gdp_pc> m{2025, target<gdp_pc>::point(9.24_wan_yuan)};
  const std::vector<dated_value<gdp_pc>> series{{2023, indicator_value<gdp_pc>{7.80_wan_yuan}}};
  CHECK_THROWS_AS(assess(m, {2022, indicator_value<gdp_pc>{7.27_wan_yuan}}, series, o),
                  prosper::argument_error);
}

TEST_CASE("years INT_MIN and INT_MAX apart assess without an int overflow", "[assess][edges]") {
  // A rise from 1 to 2 over the widest span of int years is a tiny but positive rate, and the
  // required rate to 4 over the same span is larger: progress, not "moving away".
  constexpr int first = std::numeric_limits<int>::min();
  constexpr int last = std::numeric_limits<int>::max();
  const auto a = math::assess({last, target_kind::point, 4.0}, {first, 1.0},
                              obs{{last - 1, 2.0}}, higher, preset(assessment_method::statcan));
  INFO(a.reason);
  REQUIRE(a.observed_rate.has_value());
  CHECK(*a.observed_rate > 0);
  CHECK(std::isfinite(*a.observed_rate));
  CHECK(a.status != progress_status::moving_away);
  CHECK(a.status != progress_status::not_assessable);
}
