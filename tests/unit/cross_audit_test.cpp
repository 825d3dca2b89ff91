#include "prosper/plan/cross_audit.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "prosper/plan/lishui.hpp"
#include "prosper/plan/lishui_against_zhejiang.hpp"
#include "prosper/plan/zhejiang.hpp"

using namespace prosper::plan;
using prosper::direction;
using prosper::target_kind;

// Small synthetic plans: a city and a province, each with the rows a cross relation reads. The
// verdicts below are worked out by hand from the printed numbers.

namespace {

// A number as a plan prints it: "0.76", "57000", "1.95".
std::string printed(double v) { return prosper::plan::detail::audit::num(v); }

indicator row(std::string id, std::string unit, target_kind kind, std::optional<double> value,
              std::string cell, int year = 2025) {
  indicator i;
  i.id = std::move(id);
  i.name_zh = "指标" + i.id;
  i.unit = prosper::units::runtime_unit::resolve(unit);
  i.unit_printed = unit;
  i.dir = direction::higher_is_better;
  i.milestones = {{year, kind, value, std::nullopt, std::move(cell)}};
  return i;
}

plan city(double ratio, double income, target_kind ceiling_kind = target_kind::at_most,
          double ceiling = 1.95) {
  plan p;
  p.name_zh = "某市方案";
  p.region_zh = "某市";
  p.region_en = "City";
  p.base_year = 2021;
  p.target_year = 2025;
  p.indicators = {row("r", "", target_kind::point, ratio, printed(ratio)),
                  row("y", "元", target_kind::point, income, printed(income)),
                  row("u", "", ceiling_kind, ceiling, printed(ceiling))};
  return p;
}

plan province(target_kind ceiling_kind = target_kind::less_than, double ceiling = 1.9) {
  plan p;
  p.name_zh = "某省方案";
  p.region_zh = "某省";
  p.region_en = "Province";
  p.base_year = 2021;
  p.target_year = 2025;
  p.indicators = {row("income", "元", target_kind::point, 75000.0, "75000"),
                  row("u", "", ceiling_kind, ceiling, printed(ceiling)),
                  row("wish", "", target_kind::direction_only, std::nullopt, "continue to increase")};
  return p;
}

cross_relation income_ratio() {
  return {"cross.ratio",
          relation_kind::ratio_identity,
          {{plan_side::plan, operand::of_indicator("r", 2025)},
           {plan_side::plan, operand::of_indicator("y", 2025)},
           {plan_side::against, operand::of_indicator("income", 2025)}},
          "",
          ""};
}

cross_relation ceilings() {
  return {"cross.ceiling",
          relation_kind::bound_no_looser,
          {{plan_side::plan, operand::of_indicator("u", 2025)},
           {plan_side::against, operand::of_indicator("u", 2025)}},
          "",
          ""};
}

const finding& only(const audit_report& r) {
  REQUIRE(r.findings.size() == 1);
  return r.findings.front();
}

const finding& find(const audit_report& r, const std::string& id) {
  const auto it = std::find_if(r.findings.begin(), r.findings.end(),
                               [&](const finding& f) { return f.id == id; });
  REQUIRE(it != r.findings.end());
  return *it;
}

}  // namespace

TEST_CASE("a city's income at its ratio to the province's income target holds", "[cross_audit]") {
  // The doc example: 57000 / 75000 = 0.76.
  const audit_report r = audit_against(city(0.76, 57000), province(), {income_ratio()});
  const finding& f = only(r);
  CHECK(f.status == finding_status::holds);
  CHECK(*f.lhs == Approx(0.76));
  CHECK(*f.rhs == 0.76);
  CHECK(r.summary.holds == 1);
}

TEST_CASE("a city's income below its ratio times the province's income is violated",
          "[cross_audit]") {
  // 54000 / 75000 = 0.72 against 0.76: off by 0.04, far beyond the printing tolerance
  // (≈ 0.005 + 0.5/75000·0.72 + 0.5/54000·0.72 ≈ 0.00501).
  const finding f = only(audit_against(city(0.76, 54000), province(), {income_ratio()}));
  CHECK(f.status == finding_status::violated);
  CHECK(*f.lhs == Approx(0.72));
  CHECK(*f.gap == Approx(0.04));
  CHECK(*f.tolerance < 0.006);
}

TEST_CASE("each operand is read from the plan its side names", "[cross_audit]") {
  // Both plans have a row "u"; the city's is 1.95 and the province's 1.9.
  const finding f = only(audit_against(city(0.76, 57000), province(), {ceilings()}));
  CHECK(*f.lhs == 1.95);
  CHECK(*f.rhs == 1.9);
  CHECK(f.indicators == std::vector<std::string>{"u", "against:u"});
  CHECK_THAT(f.explanation, Catch::Contains("City indicator u (2025)"));
  CHECK_THAT(f.explanation, Catch::Contains("Province indicator u (2025)"));
  CHECK_THAT(f.explanation_zh, Catch::Contains("某省指标u（2025年）"));
}

TEST_CASE("a city's ceiling above the province's is looser: violated by the difference",
          "[cross_audit]") {
  const finding f = only(audit_against(city(0.76, 57000), province(), {ceilings()}));
  CHECK(f.status == finding_status::violated);
  CHECK(*f.gap == Approx(0.05));  // 1.95 − 1.9, bounds compared as printed
  CHECK(*f.tolerance == 0.0);
  CHECK_THAT(f.explanation, Catch::Contains("looser by 0.05"));
}

TEST_CASE("a city's ceiling at or below the province's holds", "[cross_audit]") {
  const finding below =
      only(audit_against(city(0.76, 57000, target_kind::at_most, 1.5),
                         province(target_kind::at_most, 1.55), {ceilings()}));
  CHECK(below.status == finding_status::holds);
  CHECK(*below.gap == 0.0);
  // "≤1.9" against "<1.9": the same number counts as equal.
  const finding equal = only(audit_against(city(0.76, 57000, target_kind::at_most, 1.9),
                                           province(target_kind::less_than, 1.9), {ceilings()}));
  CHECK(equal.status == finding_status::holds);
}

TEST_CASE("a point target inside the other plan's range is no looser", "[cross_audit]") {
  const finding f = only(audit_against(city(0.76, 57000, target_kind::point, 1.8), province(),
                                       {ceilings()}));
  CHECK(f.status == finding_status::holds);
  const finding g = only(audit_against(city(0.76, 57000, target_kind::point, 2.0), province(),
                                       {ceilings()}));
  CHECK(g.status == finding_status::violated);
  CHECK(*g.gap == Approx(0.1));
}

TEST_CASE("a floor against a ceiling is looser without a finite gap", "[cross_audit]") {
  const finding f = only(audit_against(city(0.76, 57000, target_kind::at_least, 1.5), province(),
                                       {ceilings()}));
  CHECK(f.status == finding_status::violated);
  CHECK_FALSE(f.gap.has_value());
  CHECK_THAT(f.explanation, Catch::Contains("sets no upper end"));
}

TEST_CASE("an operand the other plan prints no number for is not evaluable", "[cross_audit]") {
  const cross_relation rel{"cross.wish",
                           relation_kind::bound_no_looser,
                           {{plan_side::plan, operand::of_indicator("u", 2025)},
                            {plan_side::against, operand::of_indicator("wish", 2025)}},
                           "",
                           ""};
  const finding f = only(audit_against(city(0.76, 57000), province(), {rel}));
  CHECK(f.status == finding_status::not_evaluable);
  CHECK_THAT(f.explanation, Catch::StartsWith("Province: "));
  CHECK_THAT(f.explanation_zh, Catch::StartsWith("某省："));
}

TEST_CASE("Lishui against Zhejiang: each verdict follows from the two plans' numbers",
          "[cross_audit][lishui][zhejiang]") {
  const audit_report r =
      audit_against(lishui(), zhejiang(), lishui_against_zhejiang().relations);
  CHECK(r.summary.relations == 4);
  // Row 20 (0.76) against row 2 (57000 元) over Zhejiang's 75000 元: 57000 / 75000 = 0.76.
  const finding& ratio = find(r, "cross.income_ratio.2025");
  CHECK(ratio.status == finding_status::holds);
  CHECK(*ratio.lhs == Approx(0.76));
  CHECK(ratio.indicators == std::vector<std::string>{"20", "2", "against:income"});
  // Row 17 "≤1.95" against "<1.9": looser by 0.05.
  const finding& urban = find(r, "cross.urban_rural_income.2025");
  CHECK(urban.status == finding_status::violated);
  CHECK(*urban.lhs == 1.95);
  CHECK(*urban.rhs == 1.9);
  CHECK(*urban.gap == Approx(0.05));
  // Row 19 "≤1.5" against "1.55以内"; row 18 "≤1.5" against "<2.1".
  const finding& income_spread = find(r, "cross.income_max_min.2025");
  CHECK(income_spread.status == finding_status::holds);
  CHECK(*income_spread.rhs == 1.55);
  const finding& gdp_spread = find(r, "cross.gdp_max_min.2025");
  CHECK(gdp_spread.status == finding_status::holds);
  CHECK(*gdp_spread.rhs == 2.1);
  CHECK(r.summary.holds == 3);
  CHECK(r.summary.violated == 1);
}

TEST_CASE("the verdicts change with the numbers, not with the relations' ids",
          "[cross_audit][lishui][zhejiang]") {
  // The same relations on a Zhejiang plan whose urban/rural ceiling is 2.0: the city's 1.95 is
  // no longer looser, and an income target of 80000 元 breaks the ratio identity.
  plan z = zhejiang();
  for (indicator& i : z.indicators) {
    if (i.id == "urban_rural_income") {
      i.milestones.back().value = 2.0;
      i.milestones.back().printed = "<2.0";
    }
    if (i.id == "income") {
      i.milestones.back().value = 80000.0;
      i.milestones.back().printed = "80000";
    }
  }
  const audit_report r = audit_against(lishui(), z, lishui_against_zhejiang().relations);
  CHECK(find(r, "cross.urban_rural_income.2025").status == finding_status::holds);
  const finding& ratio = find(r, "cross.income_ratio.2025");
  CHECK(ratio.status == finding_status::violated);
  CHECK(*ratio.lhs == Approx(0.7125));  // 57000 / 80000
}
