#include "prosper/plan/draft.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "prosper/plan/audit.hpp"
#include "prosper/plan/validate.hpp"

#include "../support/rollup_fixture.hpp"

using namespace prosper;
using prosper::test::rollup_indicator;
using K = target_kind;
using series_map = std::map<std::string, std::vector<math::observation>, std::less<>>;

namespace {

// A finished plan, 2020 → 2025: rural income (1) to grow faster than urban income (2), as a
// declared growth ordering; urbanisation (3, a share); an urban/rural ratio (4, lower is better);
// a yearly-growth target (5); an income observed only twice (6).
plan::plan finished() {
  plan::plan p = prosper::test::small_plan();
  p.indicators = {
      rollup_indicator("1", "甲", "元", direction::higher_is_better, {{2020, K::point, 100.0}, {2025, K::at_least, 140.0}}),
      rollup_indicator("2", "甲", "元", direction::higher_is_better, {{2020, K::point, 200.0}, {2025, K::at_least, 250.0}}),
      rollup_indicator("3", "乙", "%", direction::higher_is_better, {{2020, K::point, 60.0}, {2025, K::at_least, 65.0}}),
      rollup_indicator("4", "乙", "倍", direction::lower_is_better, {{2020, K::point, 2.0}, {2025, K::at_most, 1.9}}),
      rollup_indicator("5", "乙", "%/年", direction::higher_is_better, {{2020, K::not_set}, {2025, K::at_least, 6.0}}),
      rollup_indicator("6", "乙", "元", direction::higher_is_better, {{2020, K::point, 10.0}, {2025, K::at_least, 12.0}}),
  };
  return p;
}

std::vector<plan::relation> relations() {
  using plan::operand;
  plan::relation order;
  order.id = "order.1.2";
  order.kind = plan::relation_kind::growth_ordering;
  order.operands = {operand::of_indicator("1", 2020), operand::of_indicator("1", 2025),
                    operand::of_indicator("2", 2020), operand::of_indicator("2", 2025)};
  order.text_zh = "农村居民收入增长快于城镇居民";
  plan::relation growth = order;
  growth.id = "claim.5";
  growth.kind = plan::relation_kind::growth_claim;
  growth.operands = {operand::of_indicator("5", 2025), operand::of_indicator("1", 2020),
                     operand::of_indicator("1", 2025)};
  return {order, growth};
}

series_map observed() {
  series_map s;
  const auto put = [&](const char* id, std::vector<double> v, int first = 2020) {
    for (std::size_t i = 0; i < v.size(); ++i) s[id].push_back({first + int(i), v[i]});
  };
  put("1", {100, 108, 117, 126, 136, 147});
  put("2", {200, 210, 220, 231, 243, 255});
  put("3", {60, 61.2, 62.3, 63.5, 64.6, 65.8});
  put("4", {2.0, 1.95, 1.88, 1.83, 1.79, 1.73});
  put("5", {6, 7, 5, 6, 6}, 2021);
  put("6", {11.5, 12.1}, 2024);
  return s;
}

plan::draft_options to_2030(double p = 0.8) {
  plan::draft_options o;
  o.target_year = 2030;
  o.probability = p;
  return o;
}

}  // namespace

TEST_CASE("a drafted target is the value the trend meets with the chosen probability", "[draft]") {
  const series_map s = observed();
  const plan::draft_result d = plan::draft_plan(finished(), {}, s, to_2030());
  REQUIRE(d.rows.size() == 6);
  const auto e = math::estimate_drift(s.at("1"), math::value_scale::level());
  const plan::draft_row& r = d.rows[0];
  REQUIRE(r.target);
  CHECK(*r.target == Approx(math::reachable_target(e, 2030, direction::higher_is_better, 0.8)).epsilon(1e-14));
  CHECK(math::forecast_reach(e, *r.target, 2030, direction::higher_is_better).probability ==
        Approx(0.8).epsilon(1e-12));
  CHECK(*r.target < *r.median);  // a safer target than the median
  CHECK(*r.last_year == 2025);
  // The plan: base 2025 at the observed value, "≥" the target in 2030, printed to four digits.
  const plan::indicator& ind = d.draft.indicators[0];
  REQUIRE(ind.milestones.size() == 2);
  CHECK(ind.milestones[0].year == 2025);
  CHECK(*ind.milestones[0].value == 147.0);
  CHECK(ind.milestones[1].kind == K::at_least);
  CHECK(*ind.milestones[1].value == *r.target);
  CHECK(ind.milestones[1].printed.rfind("≥", 0) == 0);
  CHECK(ind.milestones[1].printed.find('e') == std::string::npos);  // never 1.234e+05
  CHECK(std::stod(ind.milestones[1].printed.substr(std::string("≥").size())) ==
        Approx(*r.target).epsilon(5e-4));
  // Lower is better: "≤" a value above the median; a share is modelled in logit space below 100.
  CHECK(d.draft.indicators[3].milestones[1].kind == K::at_most);
  CHECK(*d.rows[3].target > *d.rows[3].median);
  CHECK(d.draft.indicators[3].milestones[1].printed.rfind("≤1.", 0) == 0);
  CHECK(*d.rows[2].target < 100.0);
  CHECK(d.draft.base_year == 2025);
  CHECK(d.draft.target_year == 2030);
}

TEST_CASE("a higher probability drafts a less ambitious target", "[draft]") {
  const series_map s = observed();
  const auto safe = plan::draft_plan(finished(), {}, s, to_2030(0.9));
  const auto bold = plan::draft_plan(finished(), {}, s, to_2030(0.6));
  CHECK(*safe.rows[0].target < *bold.rows[0].target);
  CHECK(*safe.rows[3].target > *bold.rows[3].target);
}

TEST_CASE("rows without a trend keep their indicator, an unset target and the reason", "[draft]") {
  const plan::draft_result d = plan::draft_plan(finished(), {}, observed(), to_2030());
  CHECK(d.rows[4].why == plan::draft_gap::yearly_growth_target);
  CHECK(d.rows[5].why == plan::draft_gap::too_few_observations);
  CHECK(d.rows[5].observations == 2);
  CHECK(d.draft.indicators[5].milestones[1].kind == K::not_set);
  CHECK_FALSE(d.draft.indicators[5].milestones[1].value);
}

TEST_CASE("the draft carries over the relations that still apply and its audit passes", "[draft]") {
  const plan::draft_result d = plan::draft_plan(finished(), relations(), observed(), to_2030());
  REQUIRE(d.relations.size() == 1);
  CHECK(d.relations[0].id == "order.1.2.draft");
  CHECK(d.relations[0].operands[0].year == 2025);
  CHECK(d.relations[0].operands[1].year == 2030);
  // The growth claim reads indicator 5's 2030 milestone, which has no drafted number.
  CHECK(d.relations_dropped == std::vector<std::string>{"claim.5"});
  CHECK_NOTHROW(plan::validate(d.draft, d.relations));
  const plan::audit_report a = plan::audit(d.draft, d.relations);
  const auto f = std::find_if(a.findings.begin(), a.findings.end(),
                              [](const plan::finding& x) { return x.id == "order.1.2.draft"; });
  REQUIRE(f != a.findings.end());
  CHECK(f->status == plan::finding_status::holds);
  CHECK(a.summary.violated == 0);
}

TEST_CASE("a draft refuses an observation after its base year and a target year before it", "[draft]") {
  series_map s = observed();
  s["1"].push_back({2026, 160.0});
  CHECK_THROWS_WITH(plan::draft_plan(finished(), {}, s, to_2030()),
                    Catch::Contains("observation for 2026") && Catch::Contains("base year 2025"));
  plan::draft_options o = to_2030();
  o.target_year = 2025;
  CHECK_THROWS_AS(plan::draft_plan(finished(), {}, observed(), o), prosper::error);
  o = to_2030();
  o.probability = 1.0;
  CHECK_THROWS_AS(plan::draft_plan(finished(), {}, observed(), o), prosper::error);
}
