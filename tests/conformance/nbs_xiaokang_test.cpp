// Conformance with China's National Bureau of Statistics (NBS) xiaokang monitoring: the degree of
// realisation (实现程度) of single indicators and of the composite, and the pace needed to reach
// 100 by the target year.
//
// Sources:
// - NBS, 全面建设小康社会统计监测方案 (June 2008), 三、评价方法: positive indicators (正指标,
//   e.g. 人均GDP, 居民人均可支配收入) score actual/standard, inverse indicators (逆指标: 恩格尔系数,
//   5岁以下儿童死亡率, 单位GDP能耗) standard/actual, interval indicators (区间指标) by a target band
//   and allowed limits; stored copy at https://max.book118.com/html/2019/0413/5222243244002024.shtm
//   (the formula images did not survive; the classification did).
// - NBS, 全面建成小康社会统计监测指标 (2013), 全国统一标准: 人均GDP ≥ 57000 元 (weight 4.0),
//   恩格尔系数 ≤ 40 % (2.0), 基尼系数 ≤ 0.4 (1.5), 城乡居民收入比 ≤ 2.8 (1.5); stored copy at
//   https://777doc.com/doc-4954787.html.
// - NBS, 2006年中国全面建设小康社会进程统计监测报告, as reported by 中新网 on 2007-11-22
//   (http://m.yogviha.cn/gn/news/2007/11-22/1084245.shtml): 实现程度 57.05 % in 2000 and 69.05 %
//   in 2006, "距离2020年完全实现...100分还差42.95分,平均每年要增加2.15分", "平均每年增加2.0分",
//   "按此发展趋势,到2020年完全可以实现".
// - 曹学勤, 赵春鹏, 全面建设小康社会的指标体系 (西安交通大学), on NBS's 1991 16-indicator xiaokang
//   standard: in 2000 农民人均纯收入 1066 元 against 1200, 人均蛋白质日摄入量 73 克 against 75,
//   农村初级卫生保健基本合格县比重 80 % against 100 %; composite 48 % (1990) and 96 % (2000);
//   stored copy at https://www.360docs.net/doc/8b3787645.html.
//
// The single-indicator scores are the scheme's stated rule applied to the quoted actual and
// standard values; the composite cases use the NBS's own published figures.

#include <catch2/catch.hpp>

#include "conformance_common.hpp"
#include "prosper/math/gap.hpp"

using namespace conformance;
namespace math = prosper::math;

TEST_CASE("NBS 1991 standard, 2000: 农民人均纯收入 1066 of 1200 yuan is 88.83 % realised", "[nbs][score]") {
  CHECK(math::nbs_positive_score(1066.0, 1200.0) == Approx(100.0 * 1066.0 / 1200.0).epsilon(1e-15));
  CHECK(math::nbs_positive_score(1066.0, 1200.0) == Approx(88.83).margin(0.005));
}

TEST_CASE("NBS 1991 standard, 2000: protein intake 73 of 75 g/day is 97.33 % realised", "[nbs][score]") {
  CHECK(math::nbs_positive_score(73.0, 75.0) == Approx(97.33).margin(0.005));
}

TEST_CASE("NBS 1991 standard, 2000: primary-health-care counties 80 % of 100 % is 80 % realised", "[nbs][score]") {
  CHECK(math::nbs_positive_score(80.0, 100.0) == Approx(80.0).epsilon(1e-15));
}

TEST_CASE("NBS 2013 standards: a value exactly at the standard scores 100, positive and inverse", "[nbs][score]") {
  CHECK(math::nbs_positive_score(57000.0, 57000.0) == 100.0);  // 人均GDP ≥ 57000
  CHECK(math::nbs_inverse_score(40.0, 40.0) == 100.0);         // 恩格尔系数 ≤ 40 %
  CHECK(math::nbs_inverse_score(2.8, 2.8) == 100.0);           // 城乡居民收入比 ≤ 2.8
  CHECK(math::nbs_inverse_score(0.4, 0.4) == 100.0);           // 基尼系数 ≤ 0.4
}

TEST_CASE("NBS 2008 scheme: scores are capped at 100 once the standard is passed", "[nbs][score]") {
  // The 1991 standard 恩格尔系数 50 % was met by 2000 (the paper lists only three unmet
  // indicators): at the standard and under it the score is 100. The actuals are not quoted, so
  // the cap is checked at the standard and at the 1991 national composite's 100 %.
  CHECK(math::nbs_inverse_score(50.0, 50.0) == 100.0);
  CHECK(math::nbs_positive_score(100.0, 100.0) == 100.0);
}

TEST_CASE("NBS 2006 report: 42.95 points short of 100 in 2020 means 2.15 points a year from 2000",
          "[nbs][composite]") {
  const auto a = run(direction::higher_is_better, {2020, target_kind::at_least, 100.0}, {2000, 57.05},
                     {{2006, 69.05}}, assessment_method::nbs);
  CHECK(*a.realisation == Approx(69.05).epsilon(1e-14));
  CHECK(100.0 - 57.05 == Approx(42.95).epsilon(1e-14));
  CHECK(*a.required_step == Approx(2.15).margin(0.005));  // 42.95/20 = 2.1475, printed 2.15
  CHECK(*a.observed_step == Approx(2.0).epsilon(1e-12));  // (69.05 - 57.05)/6, printed 2.0
}

TEST_CASE("NBS 2006 report: at 2.0 points a year against 2.15 needed, 2020's 100 is not reached",
          "[nbs][composite][peer-inconsistency]") {
  // The report concludes "按此发展趋势,到2020年完全可以实现" (at this pace it can be fully
  // realised by 2020). Its own two rates say otherwise: 69.05 + 14 x 2.0 = 97.05 in 2020, and the
  // pace is 93 % of the pace required, "progress, but acceleration needed" (P6).
  const auto a = run(direction::higher_is_better, {2020, target_kind::at_least, 100.0}, {2000, 57.05},
                     {{2006, 69.05}}, assessment_method::nbs);
  CHECK(a.status == progress_status::moderate_progress);
  CHECK(*a.ratio == Approx(2.0 / 2.1475).epsilon(1e-12));
  CHECK(*a.projected_value == Approx(97.05).epsilon(1e-12));
}

TEST_CASE("NBS 1991 xiaokang composite: 48 % (1990) to 96 % (2000) is short of 100 % by the target year",
          "[nbs][composite]") {
  // The paper's composite: 48 % (1990), 96 % (2000), against the 2000 target of 100 % set in 1991.
  // It rose 4.8 points a year against 5.2 needed: 92 % of the pace, short of 100 by 2000, as the
  // paper says ("只有三项指标尚未达到预定的小康标准").
  const auto a = run(direction::higher_is_better, {2000, target_kind::at_least, 100.0}, {1990, 48.0},
                     {{2000, 96.0}}, assessment_method::nbs);
  CHECK(*a.observed_step == Approx(4.8).epsilon(1e-12));
  CHECK(*a.required_step == Approx(5.2).epsilon(1e-12));
  CHECK(a.status == progress_status::moderate_progress);
}
