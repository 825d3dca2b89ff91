#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "prosper/literals.hpp"
#include "prosper/plan/lishui_indicators.hpp"

using namespace prosper;
using namespace prosper::literals;

namespace {
// Which typed unit may stand for each unit the table prints (see the header's comment).
const std::map<std::string, std::set<std::string_view>> allowed_units = {
    {"%", {"percent"}},
    {"元", {"yuan"}},
    {"万元", {"wan_yuan", "wan_yuan_per_mu"}},
    {"亿元", {"yi_yuan"}},
    {"亿人民币", {"yi_yuan"}},
    {"万元/人", {"wan_yuan_per_person"}},
    {"个", {"item", "items_per_1000_people"}},
    {"人", {"per_1000_people", "per_10000_people"}},
    {"人/万人", {"per_10000_people"}},
    {"人/亿元", {"persons_per_yi_yuan"}},
    {"件/万人", {"cases_per_10000_people"}},
    {"公里/小时", {"km_per_h"}},
    {"吨/万元", {"t_per_wan_yuan"}},
    {"吨标准煤/万元", {"tce_per_wan_yuan"}},
    {"岁", {"year"}},
    {"年", {"year"}},
    {"平方米", {"m2_per_10000_people", "m2_per_person"}},
    {"平方米/万元", {"m2_per_wan_yuan"}},
    {"微克/立方米", {"ug_per_m3"}},
    {"", {"times", "fraction"}},
};
}  // namespace

TEST_CASE("every catalog indicator has exactly one typed twin with its direction and unit",
          "[lishui_indicators]") {
  std::set<std::string> typed_ids;
  std::apply(
      [&](auto... tag) {
        (
            [&]<class I>(I*) {
              const auto& rec = lishui::record<I>();
              INFO("indicator " << rec.id << " " << rec.name_zh);
              CHECK(typed_ids.insert(rec.id).second);
              CHECK(rec.dir == I::desired_direction);
              REQUIRE(allowed_units.count(rec.unit) == 1);
              CHECK(allowed_units.at(rec.unit).count(I::unit::name) == 1);
            }(tag),
            ...);
      },
      [] {
        return []<class... I>(std::tuple<I...>*) { return std::tuple<I*...>{}; }(
            static_cast<lishui::all_indicators*>(nullptr));
      }());
  CHECK(typed_ids.size() == plan::lishui().indicators.size());
}

TEST_CASE("typed milestones carry the plan's numbers and wording", "[lishui_indicators]") {
  const auto gdp = lishui::milestones<lishui::per_capita_gdp>();
  REQUIRE(gdp.size() == 2);
  CHECK(gdp[0].year == 2022);
  CHECK(gdp[0].goal.value->as_quantity() == 7.27_wan_yuan);
  CHECK(gdp[1].goal.value->as_quantity() == 9.24_wan_yuan);

  const auto ratio = lishui::milestones<lishui::urban_rural_income_ratio>();
  CHECK(ratio[1].goal.kind == target_kind::at_most);
  CHECK(ratio[1].goal.wording_zh == "≤1.95");
  CHECK(*is_met(ratio[1].goal, indicator_value<lishui::urban_rural_income_ratio>{1.9_times}));

  const auto energy = lishui::milestones<lishui::energy_intensity>();
  CHECK(energy[1].goal.kind == target_kind::external);
  CHECK_FALSE(energy[1].goal.value.has_value());
  CHECK_FALSE(is_met(energy[1].goal, indicator_value<lishui::energy_intensity>{}).has_value());
}

TEST_CASE("two percent indicators of the plan are different types", "[lishui_indicators]") {
  STATIC_REQUIRE_FALSE(std::is_same_v<indicator_value<lishui::urbanisation_rate>,
                                      indicator_value<lishui::rd_share_of_gdp>>);
}
