#include "prosper/units/runtime_unit.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <string_view>

#include "prosper/format.hpp"
#include "prosper/testing/catch.hpp"

namespace u = prosper::units;
using prosper::language;
using u::runtime_unit;

namespace {
runtime_unit unit(std::string_view spelling) { return runtime_unit::resolve(spelling); }

// The factor from one unit to another, or nothing when they do not convert.
std::optional<double> factor(std::string_view from, std::string_view to) {
  if (!u::convertible(unit(from), unit(to))) return std::nullopt;
  return u::conversion_factor_between(unit(from), unit(to));
}
}  // namespace

TEST_CASE("every spelling of percent resolves to one unit that behaves identically",
          "[runtime_unit]") {
  const runtime_unit percent = runtime_unit::of<u::percent>();
  for (const char* spelling : {"%", "％", "百分比", "percent", " % "}) {
    INFO(spelling);
    const runtime_unit r = unit(spelling);
    CHECK(r == percent);
    CHECK(r.is_share());
    CHECK(r.whole() == 100.0);
    CHECK(r.difference_unit() == runtime_unit::of<u::percentage_point>());
    CHECK(r.difference_factor() == 1.0);
    CHECK(r.symbol(language::zh) == "%");
    CHECK(r.symbol_attaches());
    CHECK(prosper::with_unit("64", r, language::zh) == "64%");
  }
  // The spelling is kept, for writing the plan back as it was given.
  CHECK(unit("百分比").spelling() == "百分比");
}

TEST_CASE("a change of any share is in percentage points, scaled to percent", "[runtime_unit]") {
  CHECK(unit("fraction").difference_factor() == 100.0);
  CHECK(unit("‰").difference_factor() == Approx(0.1));
  CHECK(unit("‰").whole() == Approx(1000.0));
  CHECK(unit("万元").difference_unit() == unit("万元"));
  CHECK(unit("万元").difference_factor() == 1.0);
  CHECK_FALSE(unit("万元").whole().has_value());
  CHECK(unit("%/年").whole() == Approx(100.0));
}

TEST_CASE("units convert through prosper's typed units", "[runtime_unit]") {
  CHECK(factor("万元", "元") == 10000.0);
  CHECK(factor("亿元", "万元") == 10000.0);
  CHECK(factor("元", "万元") == Approx(1e-4));
  CHECK(factor("fraction", "%") == 100.0);
  CHECK(factor("%", "fraction") == Approx(0.01));
  CHECK(factor("万亩", "亩") == 10000.0);
  // The table's "亿人民币" is 亿元, and "岁" is a number of years.
  CHECK(factor("亿人民币", "万元") == 10000.0);
  CHECK(factor("岁", "年") == 1.0);
  CHECK(u::convert(72700.0, unit("元"), unit("万元")) == 7.27);
}

TEST_CASE("units of different dimension or kind do not convert", "[runtime_unit]") {
  CHECK_FALSE(factor("亿元", "%").has_value());
  CHECK_FALSE(factor("小时", "%").has_value());
  // A share and a percentage-point change are both "%"-like to Boost, but not the same kind.
  CHECK_FALSE(factor("%", "个百分点").has_value());
  CHECK_FALSE(factor("元", "人").has_value());
  // A cell without a unit is a pure number (倍), not a fraction that would convert to %.
  CHECK_FALSE(factor("", "%").has_value());
  CHECK(factor("", "倍") == 1.0);
  CHECK_THROWS_WITH(u::convert(1.0, unit("元"), unit("%")),
                    "cannot convert 元 to %: different dimensions (currency vs 1)");
}

TEST_CASE("a spelling the registry does not know is an opaque unit equal only to itself",
          "[runtime_unit]") {
  const runtime_unit suo = unit("所");
  CHECK_FALSE(suo.registered());
  CHECK(suo == unit("所"));
  CHECK(suo != unit("张"));
  CHECK(suo.kind() == u::unit_kind::plain);
  CHECK(suo.symbol(language::en) == "所");
  CHECK(factor("所", "所") == 1.0);
  CHECK_FALSE(factor("所", "个").has_value());
  CHECK_THROWS_WITH(u::convert(1.0, suo, unit("个")),
                    Catch::Contains("a unit the registry does not know converts only into itself"));
  CHECK_THROWS_AS(runtime_unit::known("所"), u::unit_error);
}

TEST_CASE("a ratio prints bare and a money unit after a space", "[runtime_unit]") {
  CHECK(unit("").label(language::zh).empty());
  CHECK(unit("倍").label(language::zh).empty());
  CHECK(unit("倍").symbol(language::zh) == "倍");
  CHECK(prosper::with_unit("1.95", unit(""), language::zh) == "1.95");
  CHECK(prosper::with_unit("57000", unit("元"), language::zh) == "57000 元");
  CHECK(prosper::with_unit("7.27", unit("万元"), language::en) == "7.27 10k CNY");
}

TEST_CASE("the default unit is the pure number", "[runtime_unit]") {
  CHECK(runtime_unit() == runtime_unit::of<u::times>());
}
