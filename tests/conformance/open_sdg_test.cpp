// Conformance with Open SDG and its build tool sdg-build: Statistics Canada's progress measure as
// Open SDG 2.4.0 ships it.
//
// Sources (all public):
// - open-sdg/sdg-build, sdg/ProgressMeasure.py at commit 139fede74ba534d2ed8b9eee4cd878b41f54cb67
//   (SeriesProgress: methodology_1/2, get_progress_status, get_score, get_progress_thresholds).
// - open-sdg/sdg-build test assets tests/assets/progress-calculation/ at commit
//   513547703ec3e9ebccec0713210527748787e79b (data/*.csv and indicator-config/*.yml: Statistics
//   Canada series with their configured direction and target), and data/indicator_1-1-1.csv at
//   568d7d38307bb8196c37bbacb80927a9bd2bba27.
// - open-sdg/open-sdg, tests/features/ProgressStatus.feature with tests/data/data/indicator_1-5-3.csv,
//   indicator_1-5-4.csv and tests/data/indicator-config/1-5-3.yml, 1-5-4.yml at commit
//   26d2e38700e4fee329fea4823e908c4298064693.
// - open-sdg/open-sdg, docs/progress-methodology.md at the same commit: Statistics Canada's text
//   of the method (thresholds, score figures, scaling factor C, zero replacement).
//
// sdg-build's test file (tests/ProgressMeasure_test.py) prints results but asserts none, so the
// expected statuses and scores of the asset cases are ProgressMeasure.py's formulas applied to the
// assets' own series and configuration; each case says so. The feature-test cases are asserted by
// Open SDG itself ("Then I should see ...").
//
// Status names: substantial_progress = on_track, moderate_progress = moderate_progress,
// limited_progress = insufficient_progress, deterioration = moving_away,
// target_achieved = achieved.

#include <catch2/catch.hpp>

#include <vector>

#include "conformance_common.hpp"
#include "prosper/math/projection.hpp"

using namespace conformance;
namespace math = prosper::math;

namespace {

// Headline (all disaggregations empty) rows of the sdg-build test assets at commit 5135477.
const std::vector<observation> asset_3_3_3{{2010, 1.51}, {2011, 1.51}, {2012, 1.38}, {2013, 1.4},
                                           {2014, 1.27}, {2015, 1.55}, {2016, 1.69}, {2017, 1.65},
                                           {2018, 1.62}, {2019, 1.82}};
const std::vector<observation> asset_1_2_1{
    {2015, 14.5}, {2016, 12.8}, {2017, 11.7}, {2018, 11.0}, {2019, 10.1}};
const std::vector<observation> asset_1_a_2{
    {2015, 57.781}, {2016, 58.964}, {2017, 58.478}, {2018, 57.519}, {2019, 56.143}};
const std::vector<observation> asset_17_8_1{{2018, 91.3}, {2020, 92.3}};
const std::vector<observation> asset_3_1_1{{2015, 7.060817171907362}, {2016, 6.264650145392089},
                                           {2017, 6.625886543619536}, {2018, 8.555028886589724},
                                           {2019, 7.526112923948628}};
const std::vector<observation> asset_3_2_1{
    {2015, 5.3}, {2016, 5.29}, {2017, 5.16}, {2018, 5.36}, {2019, 5.07}};
const std::vector<observation> asset_3_2_2{
    {2015, 4.5}, {2016, 4.5}, {2017, 4.5}, {2018, 4.7}, {2019, 4.4}};
const std::vector<observation> asset_3_3_1{
    {1995, 9.96}, {1996, 9.16}, {1997, 8.06}, {1998, 7.3},  {1999, 6.89}, {2000, 6.4},
    {2001, 6.75}, {2002, 7.37}, {2003, 7.34}, {2004, 7.29}, {2005, 7.13}, {2006, 7.19},
    {2007, 6.88}, {2008, 7.39}, {2009, 6.57}, {2010, 6.32}, {2011, 6.18}, {2012, 5.53},
    {2013, 5.5},  {2014, 5.41}, {2015, 5.44}, {2016, 5.98}, {2017, 5.88}, {2018, 6.19},
    {2019, 5.64}};

// Open SDG's series defaults: base year 2015 (or the first later year with data), target year
// 2030, direction "negative" unless configured "positive".
assessment open_sdg(const std::vector<observation>& series, direction d, std::optional<double> target,
                    const assessment_options& options = prosper::preset(assessment_method::statcan)) {
  const observation base = math::select_base(series, 2015, math::base_year_rule::next_available);
  prosper::math::milestone g = target ? prosper::math::milestone{2030, d == direction::higher_is_better ? target_kind::at_least : target_kind::at_most, *target}
                  : prosper::math::milestone{2030, target_kind::direction_only};
  return run(d, g, base, after(series, base.year), options);
}

// Open SDG's score uses the rounded slopes 7.1429 and 4.1667 where prosper uses 50/7 and 25/6;
// the two agree to about 1e-4 over the score's range (docs/conformance.md, difference D1).
constexpr double score_tolerance = 1e-3;

}  // namespace

// --- sdg-build test assets: ProgressMeasure.py's arithmetic on the assets' own inputs --------

TEST_CASE("sdg-build asset 1-2-1 (negative, target 7.25): R = 1.914, substantial progress, score 5",
          "[open_sdg][sdg-build]") {
  // indicator-config/temp/1-2-1.yml: direction negative, target 7.25; 14.5 (2015) -> 10.1 (2019).
  const auto a = open_sdg(asset_1_2_1, direction::lower_is_better, 7.25);
  CHECK(a.status == progress_status::on_track);
  CHECK(*a.ratio == Approx(1.9140922217549072).epsilon(1e-12));
  CHECK(*a.score == Approx(5.0).margin(score_tolerance));
}

TEST_CASE("sdg-build asset 1-a-2 (positive, no target): CAGR -0.716 %, deterioration, score -3.395",
          "[open_sdg][sdg-build]") {
  // indicator-config/temp/1-a-2.yml: direction positive, no target; 57.781 (2015) -> 56.143 (2019).
  const auto a = open_sdg(asset_1_a_2, direction::higher_is_better, std::nullopt);
  CHECK(a.status == progress_status::moving_away);
  CHECK(*a.observed_rate == Approx(-0.0071637160234158115).epsilon(1e-12));
  CHECK(*a.score == Approx(-3.3954645029269765).epsilon(1e-12));
}

TEST_CASE("sdg-build asset 17-8-1 (positive, no 2015 value): base falls to 2018, moderate progress",
          "[open_sdg][sdg-build]") {
  // indicator-config/temp/17-8-1.yml: direction positive; headline 91.3 (2018), 92.3 (2020). The
  // base year 2015 is missing, so ProgressMeasure uses the first later year (2018).
  CHECK(math::select_base(asset_17_8_1, 2015).year == 2018);
  const auto a = open_sdg(asset_17_8_1, direction::higher_is_better, std::nullopt);
  CHECK(a.base_year == 2018);
  CHECK(a.status == progress_status::moderate_progress);
  CHECK(*a.observed_rate == Approx(0.0054615370660220375).epsilon(1e-12));
  CHECK(*a.score == Approx(0.11538426650550937).epsilon(1e-10));
}

TEST_CASE("sdg-build asset 3-1-1 (negative, target 70): target achieved, score 5",
          "[open_sdg][sdg-build]") {
  // indicator-config/temp/3-1-1.yml: direction negative, target 70; latest 7.526 <= 70.
  const auto a = open_sdg(asset_3_1_1, direction::lower_is_better, 70.0);
  CHECK(a.status == progress_status::achieved);
}

TEST_CASE("sdg-build asset 3-2-1 (negative, target 25): target achieved", "[open_sdg][sdg-build]") {
  // indicator-config/temp/3-2-1.yml: direction negative, target 25; latest 5.07.
  CHECK(open_sdg(asset_3_2_1, direction::lower_is_better, 25.0).status == progress_status::achieved);
}

TEST_CASE("sdg-build asset 3-2-2 (negative, target 12): target achieved", "[open_sdg][sdg-build]") {
  // indicator-config/temp/3-2-2.yml: direction negative, target 12; latest 4.4.
  CHECK(open_sdg(asset_3_2_2, direction::lower_is_better, 12.0).status == progress_status::achieved);
}

TEST_CASE("sdg-build asset 3-3-1 (negative, no target): deterioration, score -3.633",
          "[open_sdg][sdg-build]") {
  // indicator-config/temp/3-3-1.yml: direction negative; 5.44 (2015) -> 5.64 (2019); data from
  // 1995 on, before the base year, is not used.
  const auto a = open_sdg(asset_3_3_1, direction::lower_is_better, std::nullopt);
  CHECK(a.status == progress_status::moving_away);
  CHECK(*a.observed_rate == Approx(0.009067110608890205).epsilon(1e-12));
  CHECK(*a.score == Approx(-3.6333888261112754).epsilon(1e-10));
}

TEST_CASE("sdg-build asset 1-1-1 (default direction negative): 100 -> 120 is deterioration, score -5",
          "[open_sdg][sdg-build]") {
  // data/indicator_1-1-1.csv at 568d7d3 (headline 100 in 2020, 120 in 2021) with a configuration
  // that only turns the calculation on: the direction defaults to negative and the base year to
  // the first year after 2015 with data.
  const auto a = open_sdg({{2020, 100.0}, {2021, 120.0}}, direction::lower_is_better, std::nullopt);
  CHECK(a.status == progress_status::moving_away);
  CHECK(*a.observed_rate == Approx(0.2).epsilon(1e-12));
  CHECK(*a.score == Approx(-5.0).margin(1e-12));
}

TEST_CASE("sdg-build asset 3-3-3 (target 0): replaced by 0.001 only when asked; R = -0.106",
          "[open_sdg][sdg-build][difference]") {
  // indicator-config/3-3-3.yml: direction negative, target 0; 1.55 (2015) -> 1.82 (2019).
  // ProgressMeasure replaces the zero target by 0.001 silently (its docs warn the choice can swing
  // the result). prosper refuses a compound rate to zero unless the caller opts in: difference D2.
  const auto refused = open_sdg(asset_3_3_3, direction::lower_is_better, 0.0);
  CHECK(refused.status == progress_status::not_assessable);
  CHECK_FALSE(refused.reason.empty());

  auto options = prosper::preset(assessment_method::statcan);
  options.zero_replacement = 0.001;
  const auto a = open_sdg(asset_3_3_3, direction::lower_is_better, 0.0, options);
  CHECK(a.status == progress_status::moving_away);
  CHECK(*a.ratio == Approx(-0.1057876713820222).epsilon(1e-10));
  CHECK(*a.score == Approx(-2.940785490347472).margin(score_tolerance));
  CHECK_FALSE(a.warnings.empty());
}

// --- Open SDG's own feature tests (tests/features/ProgressStatus.feature) -------------------

TEST_CASE("Open SDG feature 1-5-4: 5 -> 6 against a target of 9 is 'On track'", "[open_sdg][feature]") {
  // 1-5-4.yml: direction positive, target 9, target_year 2030, base_year 2015, unit Total,
  // Group1 "single disaggregation": 5 (2015), 6 (2016). R = 0.2/((9/5)^(1/15) - 1) = 5.005.
  const auto a = run(direction::higher_is_better, {2030, target_kind::at_least, 9.0}, {2015, 5.0},
                     {{2016, 6.0}}, assessment_method::statcan);
  CHECK(a.status == progress_status::on_track);
  CHECK(*a.ratio == Approx(0.2 / (std::pow(9.0 / 5.0, 1.0 / 15.0) - 1.0)).epsilon(1e-12));
  CHECK(*a.score == Approx(5.0).margin(score_tolerance));
}

TEST_CASE("Open SDG feature 1-5-3 (Percent unit): 10 -> 30 against a target of 1 is 'Deterioration'",
          "[open_sdg][feature]") {
  // 1-5-3.yml: direction negative, target 1, Group1 A, Group2 X; the Percent rows are 10 (2015),
  // 30 (2016). R = -1 * 2 / |(1/10)^(1/15) - 1| = -14.05.
  const auto a = run(direction::lower_is_better, {2030, target_kind::at_most, 1.0}, {2015, 10.0},
                     {{2016, 30.0}}, assessment_method::statcan);
  CHECK(a.status == progress_status::moving_away);
  CHECK(*a.ratio == Approx(-2.0 / std::abs(std::pow(0.1, 1.0 / 15.0) - 1.0)).epsilon(1e-12));
  CHECK(*a.score == Approx(-5.0).margin(1e-12));
}

TEST_CASE("Open SDG feature 1-5-3 (Total unit): target equal to the base is a threshold check, not "
          "a division by zero",
          "[open_sdg][feature][peer-bug]") {
  // The Total rows of the same series are 1 (2015), 3 (2016) and the target is 1, the base value.
  // ProgressMeasure.methodology_2 then computes cagr_o / abs(cagr_r) with cagr_r = (1/1)^(1/15) - 1
  // = 0, which raises ZeroDivisionError in Python before any status is set (peer bug P1). Open SDG
  // shows "Deterioration" for this indicator; prosper reaches the same verdict without dividing.
  const auto a = run(direction::lower_is_better, {2030, target_kind::at_most, 1.0}, {2015, 1.0},
                     {{2016, 3.0}}, assessment_method::statcan);
  CHECK(a.status == progress_status::moving_away);
  CHECK_FALSE(a.ratio.has_value());
  CHECK(a.reason.empty());
}

// --- Statistics Canada's published rules (docs/progress-methodology.md) --------------------

TEST_CASE("StatCan thresholds with a target are 95 % / 60 % / 0 %", "[open_sdg][statcan][thresholds]") {
  // "R >= 95% On track; 60% <= R < 95% Progress made but acceleration needed; 0% <= R < 60%
  // Limited progress; R < 0% Deterioration."
  const auto t = prosper::preset(assessment_method::statcan).thresholds;
  CHECK(t.on_track == 0.95);
  CHECK(t.moderate == 0.60);
  CHECK(t.insufficient == 0.0);
}

TEST_CASE("StatCan thresholds without a target are 1.5 %·C / 0.5 %·C / 0 %", "[open_sdg][statcan][thresholds]") {
  // "CAGR >= 1.5% C On track; 0.5% C <= CAGR < 1.5% C ...; 0% <= CAGR < 0.5% C Limited progress;
  // CAGR < 0% Deterioration", C applied only with a natural limit.
  const auto t = prosper::preset(assessment_method::statcan).thresholds;
  CHECK(t.growth_on_track == 0.015);
  CHECK(t.growth_moderate == 0.005);
  CHECK(t.growth_insufficient == 0.0);
  CHECK(t.scale_growth_by_limit);
}

TEST_CASE("StatCan score with a target: -5 at R = -60 %, 0 at 60 %, 2.5 at 95 %, 5 at 130 %",
          "[open_sdg][statcan][score]") {
  // "the cut-off thresholds are 130% for a score of +5 and -60% for a score of -5"; the four
  // categories split [-5, 5] equally, so the on-track boundary R = 95 % maps to 2.5.
  CHECK(prosper::statcan_target_score(-0.6) == Approx(-5.0).margin(1e-12));
  CHECK(prosper::statcan_target_score(-2.0) == -5.0);
  CHECK(prosper::statcan_target_score(0.6) == Approx(0.0).margin(1e-12));
  CHECK(prosper::statcan_target_score(0.95) == Approx(2.5).margin(1e-12));
  CHECK(prosper::statcan_target_score(1.3) == Approx(5.0).margin(1e-12));
  CHECK(prosper::statcan_target_score(3.0) == 5.0);
  // sdg-build's get_score: 4.1667 R - 2.5 below 60 %, 7.1429 R - 4.2857 above (difference D1).
  for (double r : {-0.5, 0.0, 0.3, 0.6, 0.8, 0.95, 1.2})
    CHECK(prosper::statcan_target_score(r) ==
          Approx(r >= 0.6 ? 7.1429 * r - 4.2857 : 4.1667 * r - 2.5).margin(score_tolerance));
}

TEST_CASE("StatCan score without a target: -5 at -2 %, -2.5 at 0, 0 at 0.5 %·C, 2.5 at 1.5 %·C, 5 at 2 %·C",
          "[open_sdg][statcan][score]") {
  // docs Figure 1 description; C = 1 without a limit, and thresholds above 0 scale by C.
  CHECK(prosper::statcan_growth_score(-0.02, 1.0) == Approx(-5.0).margin(1e-12));
  CHECK(prosper::statcan_growth_score(0.0, 1.0) == Approx(-2.5).margin(1e-12));
  CHECK(prosper::statcan_growth_score(0.005, 1.0) == Approx(0.0).margin(1e-12));
  CHECK(prosper::statcan_growth_score(0.015, 1.0) == Approx(2.5).margin(1e-12));
  CHECK(prosper::statcan_growth_score(0.02, 1.0) == Approx(5.0).margin(1e-12));
  const double c = 0.5;
  CHECK(prosper::statcan_growth_score(0.005 * c, c) == Approx(0.0).margin(1e-12));
  CHECK(prosper::statcan_growth_score(0.015 * c, c) == Approx(2.5).margin(1e-12));
  CHECK(prosper::statcan_growth_score(0.02 * c, c) == Approx(5.0).margin(1e-12));
  // Negative growth is never scaled: -2 % is -5 whatever C.
  CHECK(prosper::statcan_growth_score(-0.02, c) == Approx(-5.0).margin(1e-12));
}

TEST_CASE("StatCan scaling factor C: 0 at the limit, 1 from twice the limit on, 4.44 exponent",
          "[open_sdg][statcan][natural-limit]") {
  // get_progress_thresholds: base >= 2 limit -> 1 (checked first, so 0 and 0 give 1);
  // base <= limit -> 1 - (base/limit)^4.44; otherwise 1 - ((2 limit - base)/limit)^4.44.
  CHECK(prosper::natural_limit_factor(100.0, 100.0) == 0.0);
  CHECK(prosper::natural_limit_factor(200.0, 100.0) == 1.0);
  CHECK(prosper::natural_limit_factor(0.0, 0.0) == 1.0);
  CHECK(prosper::natural_limit_factor(91.3, 100.0) == Approx(1.0 - std::pow(0.913, 4.44)).epsilon(1e-14));
  CHECK(prosper::natural_limit_factor(150.0, 100.0) == Approx(1.0 - std::pow(0.5, 4.44)).epsilon(1e-14));
}

TEST_CASE("StatCan natural limit 100 % on asset 17-8-1: thresholds scale by C = 0.332, on track",
          "[open_sdg][statcan][natural-limit]") {
  // Asset 17-8-1 (a share of the population, positive direction) with the 100 % maximum that the
  // docs give for shares ("cannot exceed a maximum limit of 100%"). C = 1 - 0.913^4.44; the
  // CAGR of 0.546 % clears 1.5 % x C = 0.498 %, and the score is min(500 g/C - 5, 5).
  auto options = prosper::preset(assessment_method::statcan);
  options.natural_limit = 100.0;
  const auto a = open_sdg(asset_17_8_1, direction::higher_is_better, std::nullopt, options);
  const double c = 1.0 - std::pow(91.3 / 100.0, 4.44);
  CHECK(*a.limit_factor == Approx(c).epsilon(1e-14));
  CHECK(a.status == progress_status::on_track);
  CHECK(*a.score == Approx(500.0 * 0.0054615370660220375 / c - 5.0).epsilon(1e-10));
}

TEST_CASE("StatCan: a base at the natural limit with CAGR >= 0 is on track with score +5",
          "[open_sdg][statcan][natural-limit]") {
  // docs "Special considerations": y0 = ylim makes C exactly 0; "if the calculated progress value is
  // zero or greater (CAGR >= 0) ... a progress status of 'On track' as well as a score of +5 are
  // assigned"; a negative CAGR is scored as usual. Inputs: the 100 % limit held in both years.
  auto options = prosper::preset(assessment_method::statcan);
  options.natural_limit = 100.0;
  const auto kept = run(direction::higher_is_better, {2030, target_kind::direction_only}, {2015, 100.0},
                        {{2019, 100.0}}, options);
  CHECK(*kept.limit_factor == 0.0);
  CHECK(kept.status == progress_status::on_track);
  CHECK(*kept.score == 5.0);
  const auto fell = run(direction::higher_is_better, {2030, target_kind::direction_only}, {2015, 100.0},
                        {{2019, 99.0}}, options);
  CHECK(fell.status == progress_status::moving_away);
  CHECK(*fell.score == Approx(std::max(125.0 * (std::pow(0.99, 0.25) - 1.0) - 2.5, -5.0)).epsilon(1e-12));
}

TEST_CASE("StatCan: a target already achieved scores +5 regardless of the trend", "[open_sdg][statcan]") {
  // "Indicators that achieve the target are automatically assigned a score of 5 regardless of the
  // underlying trend" - asset 3-2-2 went 4.5 (2015), 4.7 (2018), 4.4 (2019) and sits under its
  // target 12. prosper reports the status 'achieved' and leaves the score to the caller;
  // the aggregate rule "Target achieved only if every series achieved it" is not prosper's.
  const auto a = open_sdg(asset_3_2_2, direction::lower_is_better, 12.0);
  CHECK(a.status == progress_status::achieved);
  CHECK_FALSE(a.ratio.has_value());
}

TEST_CASE("StatCan: fewer than two years of data is 'Unable to assess'", "[open_sdg][statcan]") {
  // "At least two years of data is required" - the base-year value of asset 1-2-1 alone.
  const auto a = run(direction::lower_is_better, {2030, target_kind::at_most, 7.25}, {2015, 14.5}, {},
                     assessment_method::statcan);
  CHECK(a.status == progress_status::not_assessable);
}

TEST_CASE("StatCan: mixed-sign values are 'Unable to assess'", "[open_sdg][statcan]") {
  // "valid only when all values are positive or all values are negative"; sdg-build returns None
  // when base and current differ in sign. The values are illustrative (a growth rate such as GIF
  // 8.1.1, which the docs name as a series of both signs); the verdict is the docs' rule.
  const auto a = run(direction::higher_is_better, {2030, target_kind::direction_only}, {2015, -1.2},
                     {{2019, 2.3}}, assessment_method::statcan);
  CHECK(a.status == progress_status::not_assessable);
}

TEST_CASE("sdg-build: duplicate years in a series are refused", "[open_sdg][sdg-build]") {
  // filter_data raises "Duplicate value for year ..." (test asset csv-with-duplicates); prosper
  // makes the assessment not assessable and names the year.
  const auto a = run(direction::lower_is_better, {2030, target_kind::at_most, 7.25}, {2015, 14.5},
                     {{2016, 12.8}, {2016, 12.9}}, assessment_method::statcan);
  CHECK(a.status == progress_status::not_assessable);
  CHECK(a.reason.find("2016") != std::string::npos);
}
