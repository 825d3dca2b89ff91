#include "prosper/math/achievement.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "prosper/plan/lishui_indicators.hpp"
#include "prosper/target.hpp"

using namespace prosper;
using math::is_met;
using math::milestone;
using math::shortfall;
using K = target_kind;

TEST_CASE("a value meets a bound as printed, a point once reached in the indicator's direction", "[achievement]") {
  constexpr auto up = direction::higher_is_better, down = direction::lower_is_better;
  CHECK(*is_met({2025, K::at_least, 57000.0}, 57000.0, up));
  CHECK_FALSE(*is_met({2025, K::greater_than, 95.0}, 95.0, up));
  CHECK(*is_met({2025, K::at_most, 1.95}, 1.95, down));
  CHECK_FALSE(*is_met({2025, K::at_most, 1.95}, 1.97, down));
  CHECK_FALSE(*is_met({2025, K::less_than, 1.9}, 1.9, down));
  CHECK(*is_met({2025, K::point, 57000.0}, 57100.0, up));
  CHECK(*is_met({2025, K::point, 23.0}, 22.0, down));
  CHECK_FALSE(*is_met({2025, K::point, 0.35}, 0.36, direction::neutral));
  CHECK(*is_met({2025, K::band, 3.0, 6.0}, 4.5, direction::neutral));
  CHECK_FALSE(*is_met({2025, K::band, 3.0, 6.0}, 6.5, direction::neutral));
  CHECK_FALSE(is_met({2025, K::direction_only}, 1.0, up).has_value());
  CHECK_FALSE(is_met({2025, K::external}, 1.0, up).has_value());
}

TEST_CASE("the runtime check and the typed check agree", "[achievement]") {
  using prosper::lishui::per_capita_gdp;
  const auto t = target<per_capita_gdp>::at_least(quantity<units::wan_yuan>{9.24});
  for (double x : {9.0, 9.24, 9.5})
    CHECK(*is_met(t, indicator_value<per_capita_gdp>{quantity<units::wan_yuan>{x}}) ==
          *is_met({2025, K::at_least, 9.24}, x, direction::higher_is_better));
}

TEST_CASE("the shortfall is the distance to the values that meet the target", "[achievement]") {
  constexpr auto up = direction::higher_is_better, down = direction::lower_is_better;
  CHECK(*shortfall({2025, K::at_least, 57000.0}, 55800.0, up) == 1200.0);
  CHECK(*shortfall({2025, K::at_least, 57000.0}, 58000.0, up) == 0.0);
  CHECK(*shortfall({2025, K::at_most, 1.95}, 2.0, down) == Approx(0.05));
  CHECK(*shortfall({2025, K::greater_than, 95.0}, 95.0, up) == 0.0);
  CHECK(*shortfall({2025, K::band, 3.0, 6.0}, 2.5, direction::neutral) == 0.5);
  CHECK(*shortfall({2025, K::band, 3.0, 6.0}, 6.5, direction::neutral) == 0.5);
  CHECK(*shortfall({2025, K::point, 23.0}, 25.0, down) == 2.0);
  CHECK(*shortfall({2025, K::point, 0.35}, 0.3, direction::neutral) == Approx(0.05));
  CHECK_FALSE(shortfall({2025, K::qualitative}, 1.0, up).has_value());
}

TEST_CASE("a shortfall of a number that is not finite is refused", "[achievement]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_AS(shortfall({2025, K::at_least, 1.0}, nan, direction::higher_is_better), value_error);
  CHECK_THROWS_AS(shortfall({2025, K::at_least, nan}, 1.0, direction::higher_is_better), value_error);
}
