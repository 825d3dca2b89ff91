#include "prosper/units/runtime_unit.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <set>
#include <string>

#include "prosper/quantity.hpp"

namespace u = prosper::units;
using prosper::quantity;

namespace {

// Calls `f.template operator()<From, To>()` for every ordered pair of typed units.
template <class F, class... From, class... To>
void for_each_pair(F&& f, u::unit_list<From...>, u::unit_list<To...> to) {
  (
      [&]<class A>() {
        ([&]<class B>() { f.template operator()<A, B>(); }.template operator()<To>(), ...);
      }.template operator()<From>(),
      ...);
  (void)to;
}

template <class... U>
std::set<std::string_view> names_of(u::unit_list<U...>) {
  return {U::name...};
}

}  // namespace

TEST_CASE("every typed unit is registered once, in the typed list's order", "[registry]") {
  const auto& units = u::unit_registry::instance().units();
  REQUIRE(units.size() == u::unit_count);
  CHECK(u::unit_count == 34);
  CHECK(names_of(u::all_units{}).size() == u::unit_count);  // ASCII names are unique
  CHECK(units.front().name == "yuan");
  for (const auto& unit : units) {
    INFO(unit.name);
    CHECK(u::find_unit(unit.name) == &unit);
    CHECK(std::isfinite(unit.factor));
    CHECK(unit.factor > 0.0);
  }
}

TEST_CASE("runtime conversions agree with the typed conversions for every convertible pair",
          "[registry]") {
  int pairs = 0;
  for_each_pair(
      [&]<class From, class To>() {
        const bool runtime = u::convertible(From::name, To::name);
        INFO(From::name << " -> " << To::name);
        CHECK(runtime == u::convertible_unit<From, To>);
        if constexpr (u::convertible_unit<From, To>) {
          ++pairs;
          const double typed = quantity<To>(quantity<From>{3.7}).value();
          CHECK(u::convert(3.7, From::name, To::name) == Approx(typed).epsilon(1e-14));
        }
      },
      u::all_units{}, u::all_units{});
  CHECK(pairs > static_cast<int>(u::unit_count));  // some units do have partners
}

TEST_CASE("money converts between 元, 万元 and 亿元 exactly as quantities do", "[registry]") {
  CHECK(u::convert(72700.0, "元", "万元") == 7.27);
  CHECK(u::convert(7.27, "万元", "元") == 72700.0);
  CHECK(u::convert(7.27, "万元", "元") == quantity<u::yuan>(quantity<u::wan_yuan>{7.27}).value());
  CHECK(u::convert(2250.0, "亿元", "万元") == 22'500'000.0);
  CHECK(u::convert(22'500'000.0, "万元", "亿元") == 2250.0);
  CHECK(u::convert(12.9, "亿人民币", "亿元") == 12.9);
  CHECK(u::conversion_factor_between("亿元", "万元") == 10000.0);
}

TEST_CASE("亩 and 平方米 convert by the statutory 10000/15", "[registry]") {
  CHECK(u::convert(1.0, "亩", "平方米") ==
        Approx(quantity<u::square_metre>(quantity<u::mu>{1.0}).value()).epsilon(1e-15));
  CHECK(u::convert(10000.0, "m2", "亩") == Approx(15.0).epsilon(1e-15));
  CHECK(u::convert(10.0, "万亩", "亩") == 100000.0);
  CHECK(u::convert(1.0, "㎡", "m²") == 1.0);
}

TEST_CASE("shares convert among %, ‰ and fractions but never into percentage points",
          "[registry]") {
  CHECK(u::convert(64.0, "%", "fraction") == Approx(0.64));
  CHECK(u::convert(5.0, "‰", "%") == Approx(0.5));
  CHECK(u::convert(64.0, "％", "百分比") == 64.0);
  CHECK(u::convert(3.7, "人/千人", "人/万人") == Approx(37.0));
  CHECK_THROWS_WITH(u::convert(4.0, "个百分点", "%"),
                    "cannot convert 个百分点 to %: different kinds (percentage_point vs share)");
  CHECK_THROWS_WITH(u::convert(1.0, "倍", "%"),
                    Catch::Contains("different kinds (multiple vs share)"));
}

TEST_CASE("an empty unit is a pure multiple, as the plan prints its ratios", "[registry]") {
  REQUIRE(u::find_unit("") != nullptr);
  CHECK(u::find_unit("")->name == "times");
  CHECK(u::convert(1.96, "倍", "") == 1.96);
}

TEST_CASE("units of different dimensions refuse to convert with a message naming both",
          "[registry]") {
  CHECK_THROWS_AS(u::convert(1.0, "元", "%"), u::unit_error);
  CHECK_THROWS_WITH(u::convert(1.0, "元", "%"),
                    "cannot convert 元 to %: different dimensions (currency vs 1)");
  CHECK_THROWS_WITH(u::convert(1.0, "元", "人"),
                    Catch::Contains("different dimensions (currency vs population)"));
  CHECK_THROWS_WITH(u::convert(1.0, "元", ""), Catch::Contains("\"\" (no unit)"));
  CHECK_FALSE(u::convertible("微克/立方米", "平方米"));
  CHECK_FALSE(u::convertible("%/年", "%"));
}

TEST_CASE("unknown and ambiguous spellings are reported, not guessed", "[registry]") {
  CHECK(u::find_unit("斤") == nullptr);
  CHECK_THROWS_WITH(u::convert(1.0, "斤", "元"), "unknown unit '斤'");
  CHECK_THROWS_WITH(u::convert(1.0, "元", "美元"), "unknown unit '美元'");
  // Two typed units share this English symbol, so it names neither.
  CHECK(u::find_unit("per 1,000 people") == nullptr);
  CHECK_THROWS_WITH(u::convert(1.0, "per 1,000 people", "人/万人"),
                    Catch::Contains("ambiguous unit 'per 1,000 people'"));
}

TEST_CASE("spellings printed by Chinese sources resolve to their typed units", "[registry]") {
  const std::pair<const char*, const char*> cases[] = {
      {"元", "yuan"},
      {"万元", "wan_yuan"},
      {"亿元", "yi_yuan"},
      {"亿人民币", "yi_yuan"},
      {"%", "percent"},
      {"％", "percent"},
      {"百分比", "percent"},
      {"‰", "per_mille"},
      {"个百分点", "pp"},
      {"微克/立方米", "ug_per_m3"},
      {"μg/m³", "ug_per_m3"},
      {"µg/m³", "ug_per_m3"},
      {"ug/m3", "ug_per_m3"},
      {"平方米", "m2"},
      {"m2", "m2"},
      {"㎡", "m2"},
      {"平方米/万元", "m2_per_wan_yuan"},
      {"倍", "times"},
      {"岁", "year"},
      {"年", "year"},
      {"人", "person"},
      {"万人", "wan_person"},
      {"个", "item"},
      {"家", "establishment"},
      {"件", "case"},
      {"万亩", "wan_mu"},
      {"亩", "mu"},
      {"公里/小时", "km_per_h"},
      {"km/h", "km_per_h"},
      {"吨标准煤/万元", "tce_per_wan_yuan"},
      {"吨/万元", "t_per_wan_yuan"},
      {"人/亿元", "persons_per_yi_yuan"},
      {"件/万人", "cases_per_10000_people"},
      {"人/万人", "per_10000_people"},
      {"人/千人", "per_1000_people"},
      {"平方米/人", "m2_per_person"},
      {"万元/人", "wan_yuan_per_person"},
      {"%/年", "pct_per_year"},
      {" 微克／立方米 ", "ug_per_m3"},
  };
  for (const auto& [spelling, name] : cases) {
    INFO(spelling);
    const auto* unit = u::find_unit(spelling);
    REQUIRE(unit != nullptr);
    CHECK(unit->name == name);
  }
}

TEST_CASE("dimension keys are rendered from the Boost dimension", "[registry]") {
  CHECK(u::find_unit("元")->dimension == "currency");
  CHECK(u::find_unit("亩")->dimension == "length^2");
  CHECK(u::find_unit("%")->dimension == "1");
  CHECK(u::find_unit("公里/小时")->dimension == "length*time^-1");
  CHECK(u::find_unit("人/亿元")->dimension == "currency^-1*population");
  CHECK(u::find_unit("%")->kind == u::unit_kind::share);
}

TEST_CASE("every unit of the embedded plan's indicators is a registered spelling", "[registry]") {
  // The units the Lishui appendix table prints (plan/lishui.hpp), listed here so this test does
  // not depend on the plan's header.
  for (const char* printed :
       {"万元",     "元", "亿元",        "万元/人",       "%",       "平方米/万元", "",
        "亿人民币", "个", "微克/立方米", "吨标准煤/万元", "吨/万元", "平方米",      "年",
        "岁",       "人", "公里/小时",   "人/亿元",       "件/万人", "人/万人"}) {
    INFO(printed);
    CHECK(u::find_unit(printed) != nullptr);
  }
}
