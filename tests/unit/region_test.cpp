#include "prosper/region.hpp"

#include <catch2/catch.hpp>
#include <type_traits>

#include "prosper/literals.hpp"

using namespace prosper;
using namespace prosper::literals;

namespace {
using county_income = indicator<struct county_income_tag, units::yuan, direction::higher_is_better>;
}  // namespace

TEST_CASE("a region takes a quantity or a typed indicator value and keeps its name",
          "[region]") {
  const region a{"莲都区", 60000_yuan, quantity<units::wan_person>{57.0}};
  STATIC_REQUIRE(std::is_same_v<decltype(a), const region<units::yuan>>);
  CHECK(a.name == "莲都区");
  CHECK(a.value == 60000_yuan);
  CHECK(a.population.value() == 57.0);

  const region b{"青田县", indicator_value<county_income>{52000_yuan}};
  STATIC_REQUIRE(std::is_same_v<decltype(b), const region<units::yuan>>);
  CHECK(b.value == 52000_yuan);
  CHECK(b.population.value() == 0.0);  // not given
}

TEST_CASE("a region of one unit does not take a value in another", "[region]") {
  STATIC_REQUIRE_FALSE(std::is_constructible_v<region<units::yuan>, std::string, quantity<units::percent>>);
  STATIC_REQUIRE(std::is_constructible_v<region<units::yuan>, std::string, indicator_value<county_income>>);
}
