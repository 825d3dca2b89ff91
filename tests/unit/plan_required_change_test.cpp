#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "prosper/plan/lishui.hpp"
#include "prosper/plan/required_change.hpp"

using prosper::direction;
using prosper::target_kind;
namespace plan = prosper::plan;
using plan::indicator;
using prosper::math::milestone;

namespace {
indicator row(std::string unit, direction d, milestone base, milestone target) {
  indicator i;
  i.id = "t";
  i.unit = prosper::units::runtime_unit::resolve(unit);
  i.dir = d;
  i.milestones = {std::move(base), std::move(target)};
  return i;
}
const plan::indicator& lishui_row(const std::string& id) {
  for (const auto& i : plan::lishui().indicators)
    if (i.id == id) return i;
  FAIL("no Lishui row " << id);
  return plan::lishui().indicators.front();
}
}  // namespace

// Expected rates and steps computed independently in Python, e.g. (68/64)**(1/3) − 1.

TEST_CASE("a point target gives both the CAGR and the annual change", "[plan_required_change]") {
  const auto r = plan::required_change(row("万元", direction::higher_is_better,
                                           {2022, target_kind::point, 7.27, {}, "7.27"},
                                           {2025, target_kind::point, 9.24, {}, "9.24"}));
  CHECK(*r.cagr == Approx(0.08320964939819442).epsilon(1e-12));
  CHECK(*r.annual_change == Approx(0.6566666666666666).epsilon(1e-12));
  CHECK(r.change_unit == prosper::units::runtime_unit::resolve("万元"));
  CHECK(r.base_year == 2022);
  CHECK(r.target_year == 2025);
  CHECK(*r.base_value == 7.27);
  CHECK(*r.target_value == 9.24);
  CHECK(r.reason.empty());
  CHECK_FALSE(r.maintain);
  CHECK_FALSE(r.already_met);
}

TEST_CASE("a % indicator's annual change is in percentage points", "[plan_required_change]") {
  const auto r = plan::required_change(row("%", direction::higher_is_better,
                                           {2022, target_kind::point, 58.0, {}, "58"},
                                           {2025, target_kind::point, 70.0, {}, "70"}));
  CHECK(*r.annual_change == Approx(4.0).epsilon(1e-12));
  CHECK(r.change_unit == prosper::units::runtime_unit::resolve("pp"));
  CHECK(*r.cagr == Approx(0.06469042607881903).epsilon(1e-12));
}

TEST_CASE("bounds are treated as their values, with headroom flagged", "[plan_required_change]") {
  // Urbanisation ≥64 → ≥68: the base printed as a bound is read as its value.
  auto r = plan::required_change(row("%", direction::higher_is_better,
                                     {2022, target_kind::at_least, 64.0, {}, "≥64"},
                                     {2025, target_kind::at_least, 68.0, {}, "≥68"}));
  CHECK(*r.cagr == Approx(0.020413775479336982).epsilon(1e-12));
  CHECK(*r.annual_change == Approx(4.0 / 3.0).epsilon(1e-12));
  CHECK_FALSE(r.already_met);
  CHECK(r.notes.size() == 2);
  // Urban/rural ratio ≤2.0 → ≤1.95.
  r = plan::required_change(row("", direction::lower_is_better,
                                {2022, target_kind::at_most, 2.0, {}, "≤2.0"},
                                {2025, target_kind::at_most, 1.95, {}, "≤1.95"}));
  CHECK(*r.cagr == Approx(-0.008403758659612626).epsilon(1e-12));
  CHECK(*r.annual_change == Approx(-0.016666666666666666).epsilon(1e-12));
  // A base already inside the bound: the figures are headroom.
  r = plan::required_change(row("", direction::lower_is_better,
                                {2022, target_kind::point, 1.90, {}, "1.90"},
                                {2025, target_kind::at_most, 1.95, {}, "≤1.95"}));
  CHECK(r.already_met);
  CHECK(*r.cagr > 0);
  // Max/min ratio 1.5 → ≤1.5: zero change, already met, no division anywhere.
  r = plan::required_change(row("", direction::lower_is_better,
                                {2022, target_kind::point, 1.5, {}, "1.5"},
                                {2025, target_kind::at_most, 1.5, {}, "≤1.5"}));
  CHECK(*r.cagr == 0.0);
  CHECK(*r.annual_change == 0.0);
  CHECK(r.already_met);
}

TEST_CASE("a kept level requires no change and says so", "[plan_required_change]") {
  auto r = plan::required_change(row("微克/立方米", direction::lower_is_better,
                                     {2022, target_kind::point, 23.0, {}, "23"},
                                     {2025, target_kind::maintain, 23.0, {}, "23"}));
  CHECK(r.maintain);
  CHECK(*r.cagr == 0.0);
  CHECK(*r.annual_change == 0.0);
  CHECK(r.reason.empty());
  // A kept level printed without a number keeps the base.
  r = plan::required_change(row("%", direction::higher_is_better,
                                {2022, target_kind::point, 100.0, {}, "100"},
                                {2025, target_kind::maintain, std::nullopt, {}, "保持"}));
  CHECK(r.maintain);
  CHECK(*r.target_value == 100.0);
  CHECK(*r.annual_change == 0.0);
}

TEST_CASE("a band asks for the least change that lands in it", "[plan_required_change]") {
  auto r = plan::required_change(row("", direction::neutral, {2022, target_kind::point, 0.44, {}, "0.44"},
                                     {2025, target_kind::band, 0.30, 0.40, "0.30–0.40"}));
  CHECK(*r.target_value == 0.40);
  CHECK(*r.annual_change == Approx(-0.04 / 3.0).epsilon(1e-12));
  CHECK_FALSE(r.already_met);
  r = plan::required_change(row("", direction::neutral, {2022, target_kind::point, 0.35, {}, "0.35"},
                                {2025, target_kind::band, 0.30, 0.40, "0.30–0.40"}));
  CHECK(r.already_met);
  CHECK(*r.annual_change == 0.0);
  CHECK(*r.cagr == 0.0);
  r = plan::required_change(row("", direction::neutral, {2022, target_kind::band, 0.30, 0.40, "0.30–0.40"},
                                {2025, target_kind::band, 0.30, 0.40, "0.30–0.40"}));
  CHECK_FALSE(r.annual_change.has_value());
  CHECK(r.reason.find("range") != std::string::npos);
}

TEST_CASE("milestones without a number give a reason instead of figures", "[plan_required_change]") {
  struct row_t { target_kind base_kind, goal_kind; const char* printed; const char* reason; };
  const row_t rows[] = {
      {target_kind::direction_only, target_kind::direction_only, "稳步下降", "direction only"},
      {target_kind::qualitative, target_kind::qualitative, "维持在合理区间", "qualitative"},
      {target_kind::external, target_kind::external, "根据省定目标", "higher authority"},
      {target_kind::not_set, target_kind::point, "——", "prints no value"},
  };
  for (const auto& x : rows) {
    CAPTURE(x.printed);
    const auto r = plan::required_change(
        row("%", direction::higher_is_better, {2022, x.base_kind, std::nullopt, {}, x.printed},
            {2025, x.goal_kind, x.goal_kind == target_kind::point ? std::optional<double>(50.0) : std::nullopt,
             {}, x.goal_kind == target_kind::point ? "50" : x.printed}));
    CHECK_FALSE(r.cagr.has_value());
    CHECK_FALSE(r.annual_change.has_value());
    CHECK(r.reason.find(x.reason) != std::string::npos);
    CHECK(r.reason.find(x.printed) != std::string::npos);  // the printed cell is quoted
  }
}

TEST_CASE("non-positive values keep the linear change and explain the missing rate",
          "[plan_required_change]") {
  const auto r = plan::required_change(row("%", direction::higher_is_better,
                                           {2022, target_kind::point, -1.5, {}, "-1.5"},
                                           {2025, target_kind::point, 1.5, {}, "1.5"}));
  CHECK_FALSE(r.cagr.has_value());
  CHECK(*r.annual_change == Approx(1.0));
  CHECK(r.reason.find("no compound rate") != std::string::npos);
}

TEST_CASE("explicit milestone years are honoured and checked", "[plan_required_change]") {
  indicator i = row("元", direction::higher_is_better, {2022, target_kind::point, 44400.0, {}, "44400"},
                    {2025, target_kind::point, 57000.0, {}, "57000"});
  i.milestones.insert(i.milestones.begin() + 1, {2023, target_kind::point, 48000.0, {}, "48000"});
  auto r = plan::required_change(i, 2023, 2025);
  CHECK(*r.cagr == Approx(std::sqrt(57000.0 / 48000.0) - 1.0).epsilon(1e-12));
  r = plan::required_change(i);  // first to last
  CHECK(*r.cagr == Approx(0.08683586596492354).epsilon(1e-12));
  r = plan::required_change(i, 2024, 2025);
  CHECK(r.reason == "no milestone for 2024");
  r = plan::required_change(i, 2025, 2022);
  CHECK(r.reason.find("must be after") != std::string::npos);
  indicator lone;
  lone.milestones = {{2025, target_kind::point, 1.0, {}, "1"}};
  CHECK(plan::required_change(lone).reason.find("1 milestone") != std::string::npos);
}

TEST_CASE("every Lishui row gets figures or a reason, and nothing is NaN", "[plan_required_change]") {
  int with_rate = 0, with_reason = 0;
  for (const auto& ind : plan::lishui().indicators) {
    CAPTURE(ind.id, ind.name_zh);
    const auto r = plan::required_change(ind);
    CHECK(r.indicator_id == ind.id);
    if (r.cagr) CHECK(std::isfinite(*r.cagr));
    if (r.annual_change) CHECK(std::isfinite(*r.annual_change));
    CHECK((r.annual_change.has_value() || !r.reason.empty()));
    if (r.cagr) ++with_rate;
    if (!r.reason.empty()) ++with_reason;
    if (ind.unit.is_share())
      CHECK(r.change_unit == prosper::units::runtime_unit::of<prosper::units::percentage_point>());
  }
  CHECK(with_rate > 50);
  CHECK(with_reason >= 10);  // direction-only, qualitative, external and "——" rows
  // Spot checks against the printed table (rows looked up by id only to pick the data).
  CHECK(*plan::required_change(lishui_row("1")).cagr == Approx(0.08320964939819442).epsilon(1e-12));
  CHECK(*plan::required_change(lishui_row("34.1")).annual_change == Approx(4.0).epsilon(1e-12));
  CHECK(*plan::required_change(lishui_row("24")).cagr == Approx(0.020413775479336982).epsilon(1e-12));
  CHECK(*plan::required_change(lishui_row("13")).cagr == Approx(-0.045742892000667945).epsilon(1e-12));
  CHECK(*plan::required_change(lishui_row("63")).cagr == Approx(-0.11649163461878487).epsilon(1e-12));
  CHECK(plan::required_change(lishui_row("26")).maintain);
  CHECK(*plan::required_change(lishui_row("26")).annual_change == 0.0);
  CHECK(plan::required_change(lishui_row("12")).reason.find("——") != std::string::npos);
  CHECK_FALSE(plan::required_change(lishui_row("30")).annual_change.has_value());
}

// F8 (docs/reliability.md): a subnormal base (5e-324) gave a required CAGR of ∞. The kernel now
// gives the finite rate; a period too short for any finite rate gives a reason instead.
TEST_CASE("a subnormal base gives a finite CAGR or a reason, never an infinite one",
          "[plan_required_change]") {
  const auto r = plan::required_change(row("元", direction::higher_is_better,
                                           {2022, target_kind::point, 5e-324, {}, "5e-324"},
                                           {2025, target_kind::point, 38000.0, {}, "38000"}));
  REQUIRE(r.cagr.has_value());
  CHECK(std::isfinite(*r.cagr));
  CHECK(r.reason.empty());
  const auto huge = plan::required_change(row("元", direction::higher_is_better,
                                              {2022, target_kind::point, 5e-324, {}, "5e-324"},
                                              {2023, target_kind::point, 1e300, {}, "1e300"}));
  CHECK_FALSE(huge.cagr.has_value());
  CHECK_THAT(huge.reason, Catch::StartsWith("no compound rate: ") && Catch::Contains("too short"));
  REQUIRE(r.annual_change.has_value());
  CHECK(std::isfinite(*r.annual_change));
}
