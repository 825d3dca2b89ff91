#include "prosper/plan/audit.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <catch2/catch.hpp>
#include <regex>
#include <string>

#include "prosper/plan/lishui.hpp"

using namespace prosper::plan;
using prosper::direction;
using prosper::target_kind;

// Expected values were computed independently in Python: the formula at the printed values, and
// the tolerance as the largest deviation over the corners of "printed ± half a unit in the last
// digit", plus the other side's half unit.

namespace {
const finding& find(const audit_report& r, const std::string& id) {
  const auto it = std::find_if(r.findings.begin(), r.findings.end(),
                               [&](const finding& f) { return f.id == id; });
  REQUIRE(it != r.findings.end());
  return *it;
}
const audit_report& lishui_audit() {
  static const audit_report r = audit(lishui(), lishui_relations());
  return r;
}
}  // namespace

TEST_CASE("finding statuses have stable ASCII names", "[audit]") {
  CHECK(to_string(finding_status::holds) == "holds");
  CHECK(to_string(finding_status::violated) == "violated");
  CHECK(to_string(finding_status::not_evaluable) == "not_evaluable");
}

TEST_CASE("row 33 equals row 2 over row 1 once 万元 is converted to 元", "[audit][lishui]") {
  const finding& f = find(lishui_audit(), "identity.33.2022");
  CHECK(f.status == finding_status::holds);
  CHECK(*f.lhs == Approx(0.6107290234));  // 44400 / 72700
  CHECK(*f.rhs == 0.611);
  // 0.000427205 from 44400 ± 0.5 and 7.27 ± 0.005, plus 0.0005 from 0.611's last digit.
  CHECK(*f.tolerance == Approx(0.000927205).epsilon(1e-6));
  CHECK(f.indicators == std::vector<std::string>{"33", "2", "1"});
  CHECK(f.text_zh == "居民人均可支配收入与人均GDP之比");
  const finding& g = find(lishui_audit(), "identity.33.2025");
  CHECK(g.status == finding_status::holds);
  CHECK(*g.lhs == Approx(0.6168831169));  // 57000 / 92400
}

TEST_CASE("rounding of printed values alone never raises an alarm", "[audit]") {
  // 0.6107 against a printed 0.611 differs by 0.00027: more than exact equality allows, far
  // less than the printing precision.
  const finding& f = find(lishui_audit(), "identity.33.2022");
  CHECK(*f.gap > 0.0);
  CHECK(*f.gap < *f.tolerance);
}

TEST_CASE("the ratio to the provincial average is not evaluable and names the implied figure",
          "[audit][lishui]") {
  const finding& f = find(lishui_audit(), "external.20.2022");
  CHECK(f.status == finding_status::not_evaluable);
  CHECK_FALSE(f.lhs.has_value());
  CHECK(*f.rhs == 0.74);
  // 44400 / 0.74 = 60000 元: reported, not asserted.
  CHECK_THAT(f.explanation, Catch::Contains("60000 元"));
  CHECK_THAT(find(lishui_audit(), "external.20.2025").explanation, Catch::Contains("75000 元"));
}

TEST_CASE("the urban/rural ratio implied by the weighted-mean identity fits under its bound",
          "[audit][lishui]") {
  // u = 0.64: urban = (44400 − 0.36·28600)/0.64 = 53287.5 元, ratio 1.8632 ≤ 2.0.
  const finding& f = find(lishui_audit(), "mean.17.2022");
  CHECK(f.status == finding_status::holds);
  CHECK(*f.lhs == Approx(1.8631993007));
  CHECK(*f.rhs == 2.0);
  CHECK(*f.gap == 0.0);
  CHECK_THAT(f.explanation, Catch::Contains("53287.5 元"));
  // u = 0.68: urban = 65941.2 元, ratio 1.73529 ≤ 1.95.
  const finding& g = find(lishui_audit(), "mean.17.2025");
  CHECK(g.status == finding_status::holds);
  CHECK(*g.lhs == Approx(1.7352941176));
  CHECK(g.indicators == std::vector<std::string>{"17", "2", "3", "24"});
}

TEST_CASE("a digital economy of 1000 亿元 in a GDP above 2250 亿元 falls short of 50 %",
          "[audit][lishui]") {
  const finding& f = find(lishui_audit(), "share.12.2025");
  CHECK(f.status == finding_status::violated);
  CHECK(*f.lhs == Approx(44.444444444));  // 100 · 1000 / 2250
  CHECK(*f.rhs == 50.0);
  CHECK(*f.gap == Approx(5.555555556));
  // 0.0321 from 1000 ± 0.5 and 2250 ± 0.5, plus 0.5 from the printed "50".
  CHECK(*f.tolerance == Approx(0.5321059).epsilon(1e-6));
  CHECK(f.indicators == std::vector<std::string>{"12"});
  CHECK(f.body_targets == std::vector<std::string>{"三.11.1", "一.1.1"});
  CHECK(f.unit == prosper::units::runtime_unit::resolve("%"));
}

TEST_CASE("culture growing 16 % a year does not fit a share path of 7.1 → 8 % of GDP",
          "[audit][lishui]") {
  // ((8/7.1)·(9.24/7.27))^(1/3) − 1 = 12.7171 %; the tolerance is wide (the printed "8" is ±0.5)
  // yet 16 % is still out of reach.
  const finding& f = find(lishui_audit(), "growth.48.culture");
  CHECK(f.status == finding_status::violated);
  CHECK(*f.lhs == Approx(12.717080850));
  CHECK(*f.rhs == 16.0);
  CHECK(*f.tolerance == Approx(2.70179254 + 0.5).epsilon(1e-6));
  CHECK(*f.gap == Approx(16.0 - 12.717080850));
}

TEST_CASE("income outgrows per-capita GDP but the minimum allowance does not keep up with income",
          "[audit][lishui]") {
  const finding& inc = find(lishui_audit(), "order.2.1");
  CHECK(inc.status == finding_status::holds);
  CHECK(*inc.lhs == Approx(8.6835865965));  // (57000/44400)^(1/3) − 1
  CHECK(*inc.rhs == Approx(8.3209649398));  // (9.24/7.27)^(1/3) − 1
  CHECK(inc.unit == prosper::units::runtime_unit::resolve("%/年"));
  const finding& dibao = find(lishui_audit(), "order.39.2");
  CHECK(dibao.status == finding_status::violated);
  CHECK(*dibao.lhs == Approx(4.4751091772));  // (13000/11400)^(1/3) − 1
  CHECK(*dibao.gap == Approx(8.6835865965 - 4.4751091772));
  CHECK(*dibao.tolerance == Approx(0.0028668854 + 0.0007257630).epsilon(1e-6));
}

TEST_CASE("growth claims of the body are checked against the rows' milestones", "[audit][lishui]") {
  // 16400 → 25000 over 3 years is 15.09 %: "年均增长15%" holds.
  const finding& low = find(lishui_audit(), "growth_claim.一.3.8");
  CHECK(low.status == finding_status::holds);
  CHECK(*low.lhs == Approx(15.088532806));
  // 12.9 → 18.5 亿元 is 12.77 %: "年均增长15%" is out of reach even with ±0.05 on each end.
  const finding& ecom = find(lishui_audit(), "growth_claim.四.21.3");
  CHECK(ecom.status == finding_status::violated);
  CHECK(*ecom.lhs == Approx(12.770110513));
  CHECK(*ecom.tolerance == Approx(0.24771022 + 0.5).epsilon(1e-6));
}

TEST_CASE("a body target in 万元 restating a row in 元 agrees after conversion",
          "[audit][lishui]") {
  const finding& f = find(lishui_audit(), "restates.一.3.2");
  CHECK(f.status == finding_status::holds);
  CHECK(*f.lhs == Approx(57000.0));
  CHECK(*f.rhs == 57000.0);
  CHECK(*f.tolerance == Approx(500.5));  // 5.7万 ± 0.05万, 57000 ± 0.5
  CHECK(f.unit == prosper::units::runtime_unit::resolve("元"));
}

TEST_CASE("the Lishui audit: 36 relations, 28 hold, 4 violated, 4 not evaluable",
          "[audit][lishui]") {
  const audit_summary& s = lishui_audit().summary;
  CHECK(s.relations == 36);
  CHECK(s.holds == 28);
  CHECK(s.violated == 4);
  CHECK(s.not_evaluable == 4);  // the two ratios to the province, the two county max/min bounds
  // Explicit relations first, in their order, then the derived ones.
  CHECK(lishui_audit().findings.front().id == "identity.33.2022");
  CHECK(lishui_audit().findings[12].id == "restates.一.1.2");
}

TEST_CASE("a max/min bound over regions is checked only for being possible", "[audit]") {
  const auto& f = *std::find_if(lishui_audit().findings.begin(), lishui_audit().findings.end(),
                                [](const finding& x) { return x.id == "maxmin.19.2025"; });
  CHECK(f.kind == relation_kind::max_min_over_regions);
  CHECK(f.status == finding_status::not_evaluable);
  CHECK(f.indicators == std::vector<std::string>{"19", "2"});
  CHECK(f.rhs == 1.5);
  CHECK_THAT(f.explanation, Catch::Contains("the plan prints no regional values"));
  CHECK_THAT(f.explanation_zh, Catch::Contains("规划未列出各地区的数值"));

  // A bound below 1 can never be met: the highest of any values over the lowest is at least 1.
  plan p = lishui();
  for (auto& ind : p.indicators)
    if (ind.id == "19") ind.milestones.back().value = 0.9;
  const finding impossible =
      evaluate(p, {"m", relation_kind::max_min_over_regions,
                   {operand::of_indicator("19", 2025), operand::of_indicator("2", 2025)}, "", ""});
  CHECK(impossible.status == finding_status::violated);
  CHECK(impossible.lhs == 0.9);
  CHECK(impossible.rhs == 1.0);
  CHECK(*impossible.gap == Approx(0.1));
  CHECK(*impossible.tolerance == Approx(0.05));  // "≤1.5" printed: half of its last digit
}

namespace {
plan tiny() {
  plan p;
  p.indicators = {
      {"1",
       "A",
       "",
       "",
       "",
       "",
       prosper::units::runtime_unit::resolve("元"),
       direction::higher_is_better,
       {{2022, target_kind::point, 100.0, std::nullopt, "100"},
        {2025, target_kind::point, 133.1, std::nullopt, "133.1"}},
       "", "", "元"},
      {"2",
       "B",
       "",
       "",
       "",
       "",
       prosper::units::runtime_unit::resolve("%"),
       direction::higher_is_better,
       {{2022, target_kind::external, std::nullopt, std::nullopt, "根据省定目标"},
        {2025, target_kind::band, 10.0, 12.0, "10—12"}},
       "", "", "%"},
  };
  p.body_targets = {
      {"x", "一", "1", "A达到140元", "", "level", target_kind::point, 140.0, std::nullopt,
       prosper::units::runtime_unit::resolve("元"), 2025, "1", "", "元"},
      {"y", "一", "1", "B达到11%", "", "share", target_kind::point, 11.0, std::nullopt,
       prosper::units::runtime_unit::resolve("%"), 2025, "2", "", "%"},
  };
  return p;
}
}  // namespace

TEST_CASE("a restatement that disagrees beyond rounding is violated by the difference", "[audit]") {
  const finding f = evaluate(tiny(), {"r",
                                      relation_kind::restates,
                                      {operand::of_body("x"), operand::of_indicator("1", 2025)},
                                      "",
                                      ""});
  CHECK(f.status == finding_status::violated);
  CHECK(*f.gap == Approx(6.9));  // 140 − 133.1
  CHECK(*f.tolerance == Approx(0.55));
}

TEST_CASE("a value inside a band restates it", "[audit]") {
  const finding f = evaluate(tiny(), {"r",
                                      relation_kind::restates,
                                      {operand::of_body("y"), operand::of_indicator("2", 2025)},
                                      "",
                                      ""});
  CHECK(f.status == finding_status::holds);
  CHECK(*f.gap == 0.0);
}

TEST_CASE("a milestone without a number makes a relation not evaluable and says which", "[audit]") {
  const finding f =
      evaluate(tiny(), {"g",
                        relation_kind::growth_ordering,
                        {operand::of_indicator("2", 2022), operand::of_indicator("2", 2025),
                         operand::of_indicator("1", 2022), operand::of_indicator("1", 2025)},
                        "",
                        ""});
  CHECK(f.status == finding_status::not_evaluable);
  CHECK_THAT(f.explanation, Catch::Contains("根据省定目标"));
  CHECK(f.explanation_zh == "附表第2行2022年未列数值（“根据省定目标”）");
  CHECK_FALSE(f.lhs.has_value());
}

TEST_CASE("unknown ids and wrong operand counts are not evaluable, never a crash", "[audit]") {
  const finding unknown =
      evaluate(tiny(), {"u",
                        relation_kind::restates,
                        {operand::of_body("nope"), operand::of_indicator("1", 2025)},
                        "",
                        ""});
  CHECK(unknown.status == finding_status::not_evaluable);
  CHECK_THAT(unknown.explanation, Catch::Contains("'nope'"));
  const finding year = evaluate(tiny(), {"y",
                                         relation_kind::restates,
                                         {operand::of_body("x"), operand::of_indicator("1", 2030)},
                                         "",
                                         ""});
  CHECK_THAT(year.explanation, Catch::Contains("no milestone for 2030"));
  const finding count = evaluate(
      tiny(), {"c", relation_kind::ratio_identity, {operand::of_indicator("1", 2025)}, "", ""});
  CHECK(count.status == finding_status::not_evaluable);
  CHECK_THAT(count.explanation, Catch::Contains("needs 3 operands, got 1"));
  // The same reasons in Chinese.
  CHECK(unknown.explanation_zh == "规划中没有正文目标“nope”");
  CHECK(year.explanation_zh == "附表第1行没有2030年的目标值");
  CHECK(count.explanation_zh == "ratio_identity关系需要3个操作数，实际为1个");
}

TEST_CASE("a growth claim of exactly the implied CAGR holds", "[audit]") {
  plan p = tiny();
  p.body_targets.push_back({"g", "一", "1", "A年均增长10%", "", "annual_growth", target_kind::point,
                            10.0, std::nullopt, prosper::units::runtime_unit::resolve("%/年"), 2025, "1", "", "%/年"});
  // 100 → 133.1 over three years is exactly 10 % a year.
  const finding f = evaluate(p, {"c",
                                 relation_kind::growth_claim,
                                 {operand::of_body("g"), operand::of_indicator("1", 2022),
                                  operand::of_indicator("1", 2025)},
                                 "",
                                 ""});
  CHECK(f.status == finding_status::holds);
  CHECK(*f.lhs == Approx(10.0));
}

TEST_CASE("an explicit relation overrides the derived one with the same id", "[audit]") {
  const plan p = tiny();
  const audit_report plain = audit(p, {});
  REQUIRE(plain.summary.relations == 2);  // restates.x and restates.y
  const relation override_x{"restates.x",
                            relation_kind::restates,
                            {operand::of_body("x"), operand::of_indicator("1", 2025)},
                            "A达到140元",
                            "checked by hand"};
  const audit_report r = audit(p, {override_x});
  CHECK(r.summary.relations == 2);
  CHECK(r.findings.front().note == "checked by hand");
}

TEST_CASE("summaries count findings by status", "[audit]") {
  std::vector<finding> fs(4);
  fs[0].status = finding_status::holds;
  fs[1].status = finding_status::violated;
  fs[2].status = finding_status::violated;
  fs[3].status = finding_status::not_evaluable;
  const audit_summary s = summarise(fs);
  CHECK(s.relations == 4);
  CHECK(s.holds == 1);
  CHECK(s.violated == 2);
  CHECK(s.not_evaluable == 1);
}

// F3 (docs/reliability.md): a plan value of 0 made the compound rate from it ∞ ("grows ∞ %/年"),
// and the finding was judged holds or violated on it.
TEST_CASE("a growth rate from zero is not evaluable, with no infinite number", "[audit]") {
  plan p = tiny();
  p.indicators[0].milestones[0].value = 0.0;
  p.indicators[0].milestones[0].printed = "0";
  p.body_targets.push_back({"g", "一", "1", "A年均增长10%", "", "annual_growth", target_kind::point,
                            10.0, std::nullopt, prosper::units::runtime_unit::resolve("%/年"), 2025, "1", "", "%/年"});
  const std::string reason =
      "the plan's numbers give no finite value (a zero divisor or a growth rate from zero)";
  const finding claim = evaluate(p, {"c",
                                     relation_kind::growth_claim,
                                     {operand::of_body("g"), operand::of_indicator("1", 2022),
                                      operand::of_indicator("1", 2025)},
                                     "",
                                     ""});
  const finding order =
      evaluate(p, {"o",
                   relation_kind::growth_ordering,
                   {operand::of_indicator("1", 2022), operand::of_indicator("1", 2025),
                    operand::of_indicator("1", 2022), operand::of_indicator("1", 2025)},
                   "",
                   ""});
  for (const finding& f : {claim, order}) {
    INFO(f.id);
    CHECK(f.status == finding_status::not_evaluable);
    CHECK(f.explanation == reason);
    CHECK(f.explanation_zh == "规划的数字得不出有限值（除数为零，或从零起算增长率）");
    CHECK_FALSE(f.lhs.has_value());
    CHECK_FALSE(f.rhs.has_value());
    CHECK_FALSE(f.tolerance.has_value());
    CHECK_FALSE(f.gap.has_value());
  }
}

// Issue 14 (numbers at the edges): finite plan numbers whose formula leaves the double range
// printed "∞" and, when only a corner of the admissible range overflowed, were judged on it.
namespace {
const std::string overflow_en =
    "a number beyond the range of double precision (about ±1.8e308) arises from the plan's "
    "numbers, so no verdict can rest on it";
const std::string overflow_zh = "由规划的数字算出的数值超出双精度浮点数的范围（约±1.8e308），无法据此作出判断";

void require_overflow_refusal(const finding& f) {
  INFO(f.id << ": " << f.explanation);
  CHECK(f.status == finding_status::not_evaluable);
  CHECK(f.explanation == overflow_en);
  CHECK(f.explanation_zh == overflow_zh);
  CHECK_FALSE(f.lhs.has_value());
  CHECK_FALSE(f.gap.has_value());
}
}  // namespace

TEST_CASE("a growth from 1e-300 to 1e300 overflows and is not evaluable, with no ∞", "[audit][edges]") {
  plan p = tiny();
  p.indicators[0].milestones[0].value = 1e-300;
  p.indicators[0].milestones[0].printed = "1e-300";
  p.indicators[0].milestones[1].value = 1e300;
  p.indicators[0].milestones[1].printed = "1e300";
  p.body_targets.push_back({"g", "一", "1", "A年均增长10%", "", "annual_growth", target_kind::point,
                            10.0, std::nullopt, prosper::units::runtime_unit::resolve("%/年"), 2025, "1", "", "%/年"});
  const finding claim = evaluate(p, {"c",
                                     relation_kind::growth_claim,
                                     {operand::of_body("g"), operand::of_indicator("1", 2022),
                                      operand::of_indicator("1", 2025)},
                                     "",
                                     ""});
  require_overflow_refusal(claim);
}

TEST_CASE("a band whose upper end overflows on conversion gets no verdict", "[audit][edges]") {
  // The body's band [1, 1e301] 亿元 restates a row in 元: 1e301 亿元 is 1e309 元, beyond the double
  // range. The value 1 亿元 alone converts fine, so before the fix the overflowed end made the
  // admissible range unbounded and the restatement "held".
  plan p = tiny();
  p.body_targets.push_back({"b", "一", "1", "A在1至1e301亿元之间", "", "level", target_kind::band, 1.0,
                            1e301, prosper::units::runtime_unit::resolve("亿元"), 2025, "1", "", "亿元"});
  const finding f = evaluate(p, {"r",
                                 relation_kind::restates,
                                 {operand::of_body("b"), operand::of_indicator("1", 2025)},
                                 "",
                                 ""});
  require_overflow_refusal(f);
}

TEST_CASE("a share whose part is near 1e308 overflows only at a corner and is not judged",
          "[audit][edges]") {
  // part/total·100 at the printed values is 1.7e306·100/1e0 = 1.7e308, finite; at the upper corner
  // of the rounding box the ×100 leaves the double range.
  plan p = tiny();
  p.indicators[0].milestones[1].value = 1.79e306;
  p.indicators[0].milestones[1].printed = "1.79e306";
  p.indicators.push_back(p.indicators[0]);
  p.indicators.back().id = "3";
  p.indicators.back().milestones[1].value = 1.0;
  p.indicators.back().milestones[1].printed = "1";
  p.body_targets.push_back({"s", "一", "1", "A占比50%", "", "share", target_kind::point, 50.0,
                            std::nullopt, prosper::units::runtime_unit::resolve("%"), 2025, "1", "", "%"});
  const finding f = evaluate(p, {"s",
                                 relation_kind::share_of_total,
                                 {operand::of_body("s"), operand::of_indicator("1", 2025),
                                  operand::of_indicator("3", 2025)},
                                 "",
                                 ""});
  require_overflow_refusal(f);
}

TEST_CASE("years INT_MIN and INT_MAX apart are 2³² − 1 years, not an int overflow", "[audit][edges]") {
  // A constant series over the widest span of int years grows 0 %/年, so the claim of 0 holds; the
  // int difference overflowed (UBSan) and wrapped to −1, making the claim "not in increasing years".
  plan p = tiny();
  p.indicators[0].milestones[0] = {std::numeric_limits<int>::min(), target_kind::point, 100.0,
                                   std::nullopt, "100"};
  p.indicators[0].milestones[1] = {std::numeric_limits<int>::max(), target_kind::point, 100.0,
                                   std::nullopt, "100"};
  p.body_targets.push_back({"g", "一", "1", "A年均增长0%", "", "annual_growth", target_kind::point,
                            0.0, std::nullopt, prosper::units::runtime_unit::resolve("%/年"),
                            std::numeric_limits<int>::max(), "1", "", "%/年"});
  const finding f = evaluate(p, {"c",
                                 relation_kind::growth_claim,
                                 {operand::of_body("g"),
                                  operand::of_indicator("1", std::numeric_limits<int>::min()),
                                  operand::of_indicator("1", std::numeric_limits<int>::max())},
                                 "",
                                 ""});
  INFO(f.explanation);
  CHECK(f.status == finding_status::holds);
  REQUIRE(f.lhs.has_value());
  CHECK(*f.lhs == 0.0);
}

TEST_CASE("no explanation ever prints ∞, whatever finite numbers the plan holds", "[audit][edges]") {
  // Every relation kind over milestone values from 5e-324 to 1.7e308: each finding is judged on
  // finite numbers or is not evaluable, and no sentence shows an infinity.
  const double extremes[] = {5e-324, 1e-308, 1e-10, 1.0, 1e10, 1e300, 1.7e308};
  for (const double a : extremes) {
    for (const double b : extremes) {
      plan p = tiny();
      p.indicators[0].milestones[0].value = a;
      p.indicators[0].milestones[0].printed = prosper::detail::checks::num(a);
      p.indicators[0].milestones[1].value = b;
      p.indicators[0].milestones[1].printed = prosper::detail::checks::num(b);
      p.body_targets[0].value = b;
      p.body_targets[0].unit = prosper::units::runtime_unit::resolve("亿元");
      p.body_targets.push_back({"g", "一", "1", "A年均增长10%", "", "annual_growth",
                                target_kind::at_least, 10.0, std::nullopt,
                                prosper::units::runtime_unit::resolve("%/年"), 2025, "1", "", "%/年"});
      const auto i1 = [](int year) { return operand::of_indicator("1", year); };
      const std::vector<relation> relations = {
          {"r", relation_kind::restates, {operand::of_body("x"), i1(2025)}, "", ""},
          {"q", relation_kind::ratio_identity, {operand::of_body("g"), i1(2025), i1(2022)}, "", ""},
          {"s", relation_kind::share_of_total, {operand::of_body("g"), i1(2022), i1(2025)}, "", ""},
          {"c", relation_kind::growth_claim, {operand::of_body("g"), i1(2022), i1(2025)}, "", ""},
          {"o", relation_kind::growth_ordering, {i1(2022), i1(2025), i1(2022), i1(2025)}, "", ""},
      };
      for (const relation& rel : relations) {
        const finding f = evaluate(p, rel);
        INFO(rel.id << " with " << a << " and " << b << ": " << f.explanation);
        CHECK(f.explanation.find("∞") == std::string::npos);
        CHECK(f.explanation_zh.find("∞") == std::string::npos);
        CHECK(f.explanation.find("inf") == std::string::npos);
        if (f.status != finding_status::not_evaluable) {
          REQUIRE(f.lhs.has_value());
          CHECK(std::isfinite(*f.lhs));
          CHECK(std::isfinite(*f.gap));
          CHECK(std::isfinite(*f.tolerance));
        }
      }
    }
  }
}

// ---- Chinese explanations: the same sentence, the same numbers -------------------------------

TEST_CASE("a restatement that holds is explained in Chinese with the same numbers",
          "[audit][lishui][zh]") {
  const finding& f = find(lishui_audit(), "restates.一.3.2");
  CHECK(f.explanation ==
        "body 一.3.2 \"居民人均可支配收入达到5.7万元\" reads 57000 元; row 2 (2025) prints "
        "\"57000\": consistent within the printing tolerance ±500.5 元");
  CHECK(f.explanation_zh ==
        "正文一.3.2“居民人均可支配收入达到5.7万元”即57000 元；附表第2行（2025年）为“57000”："
        "在印刷精度容差±500.5 元内一致");
}

TEST_CASE("the violated minimum-allowance ordering says in Chinese by how many points",
          "[audit][lishui][zh]") {
  const finding& f = find(lishui_audit(), "order.39.2");
  REQUIRE(f.status == finding_status::violated);
  CHECK(f.explanation_zh ==
        "附表第39行（2022年）→2025年增速4.47511%/年（11400 → 13000），"
        "附表第2行（2022年）→2025年增速8.68359%/年（44400 → 57000）；前者应不低于后者："
        "相差4.20848 个百分点/年，超出印刷精度容差±0.00359265 个百分点/年");
}

TEST_CASE("the ratio to an outside figure says in Chinese why it cannot be checked",
          "[audit][lishui][zh]") {
  const finding& f = find(lishui_audit(), "external.20.2022");
  REQUIRE(f.status == finding_status::not_evaluable);
  CHECK(f.explanation_zh ==
        "附表第20行（2022年）“0.74”是附表第2行（2022年）与规划未列出的外部数值之比，无法核查；"
        "按规划自身的数字，该外部数值为44400 元 / 0.74 = 60000 元");
}

TEST_CASE("a unit that does not convert is not evaluable, in both languages", "[audit][zh]") {
  plan p = tiny();
  p.body_targets.push_back({"z", "一", "1", "A达到140人", "", "level", target_kind::point, 140.0,
                            std::nullopt, prosper::units::runtime_unit::resolve("人"), 2025, "1", "", "人"});
  const finding f = evaluate(p, {"r",
                                 relation_kind::restates,
                                 {operand::of_body("z"), operand::of_indicator("1", 2025)},
                                 "",
                                 ""});
  CHECK(f.status == finding_status::not_evaluable);
  CHECK(f.explanation == "the body's unit '人' does not convert into row unit '元'");
  CHECK(f.explanation_zh == "正文单位“人”无法换算为附表单位“元”");
}

TEST_CASE("every Chinese explanation of the Lishui audit is Chinese, not English",
          "[audit][lishui][zh]") {
  for (const finding& f : lishui_audit().findings) {
    INFO(f.id << ": " << f.explanation_zh);
    CHECK_FALSE(f.explanation_zh.empty());
    for (const char* word : {"row", "body", "consistent", "off by", "implies", "prints", "reads",
                             "claims", "grows", "tolerance", "outside", "mean"})
      CHECK(f.explanation_zh.find(word) == std::string::npos);
    // No lower-case ASCII word at all: the plan's own wording has only acronyms (GDP, GEP, R&D);
    // "w" of the weighted mean is a single letter.
    CHECK_FALSE(std::regex_search(f.explanation_zh, std::regex("[a-z]{2,}")));
    // Chinese punctuation between Chinese words.
    CHECK(f.explanation_zh.find("; ") == std::string::npos);
    CHECK(f.explanation_zh.find(": ") == std::string::npos);
  }
}

namespace {
// Two ceilings and a floor in one plan, for bound_no_looser: "≤1.95", "<1.9", "≥1.2".
plan bounds() {
  const auto ratio = [](std::string id, target_kind k, double v, std::string printed) {
    indicator i;
    i.id = std::move(id);
    i.name_zh = "倍差" + i.id;
    i.dir = direction::lower_is_better;
    i.milestones = {{2025, k, v, std::nullopt, std::move(printed)}};
    return i;
  };
  plan p;
  p.indicators = {ratio("1", target_kind::at_most, 1.95, "≤1.95"),
                  ratio("2", target_kind::less_than, 1.9, "<1.9"),
                  ratio("3", target_kind::at_least, 1.2, "≥1.2")};
  return p;
}
relation no_looser(std::string a, std::string b) {
  return {"b", relation_kind::bound_no_looser,
          {operand::of_indicator(std::move(a), 2025), operand::of_indicator(std::move(b), 2025)},
          "", ""};
}
}  // namespace

TEST_CASE("a ceiling above another is looser by the difference, without a printing tolerance",
          "[audit][bound_no_looser]") {
  const finding f = evaluate(bounds(), no_looser("1", "2"));
  CHECK(f.status == finding_status::violated);
  CHECK(*f.lhs == 1.95);
  CHECK(*f.rhs == 1.9);
  CHECK(*f.gap == Approx(0.05));
  CHECK(*f.tolerance == 0.0);
  CHECK(f.explanation ==
        "row 1 (2025) \"≤1.95\" admits ≤ 1.95; row 2 (2025) \"<1.9\" admits < 1.9: the first is "
        "looser by 0.05 (bounds compared as printed)");
  CHECK(f.explanation_zh ==
        "附表第1行（2025年）“≤1.95”容许≤ 1.95；附表第2行（2025年）“<1.9”容许< 1.9：前者比后者宽0.05"
        "（界限按印刷数值比较）");
  const finding g = evaluate(bounds(), no_looser("2", "1"));
  CHECK(g.status == finding_status::holds);
  CHECK(*g.gap == 0.0);
}

TEST_CASE("a floor is not a ceiling: against one it sets no upper end", "[audit][bound_no_looser]") {
  const finding f = evaluate(bounds(), no_looser("3", "1"));
  CHECK(f.status == finding_status::violated);
  CHECK_FALSE(f.gap.has_value());
  // A ceiling against a floor admits values below the floor: looser by 1.2 − 0.
  const finding g = evaluate(bounds(), no_looser("1", "3"));
  CHECK(g.status == finding_status::violated);
  CHECK(*g.gap == Approx(1.2));
}

TEST_CASE("an indicator id without a digit is named as an indicator, not a table row", "[audit]") {
  plan p = bounds();
  p.indicators[0].id = "spread";
  const finding f = evaluate(p, no_looser("spread", "2"));
  CHECK_THAT(f.explanation, Catch::StartsWith("indicator spread (2025)"));
  CHECK_THAT(f.explanation_zh, Catch::StartsWith("指标spread（2025年）"));
}
