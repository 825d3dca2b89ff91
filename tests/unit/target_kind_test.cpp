// target_kind.hpp: which kinds carry a number, their stable names, and the sign a bound prints with.
#include <catch2/catch.hpp>

#include "prosper/target_kind.hpp"

using prosper::target_kind;

TEST_CASE("bounds print with their comparison sign and every other kind prints bare",
          "[target_kind]") {
  STATIC_REQUIRE(prosper::bound_sign(target_kind::at_least) == "≥");
  STATIC_REQUIRE(prosper::bound_sign(target_kind::greater_than) == ">");
  STATIC_REQUIRE(prosper::bound_sign(target_kind::at_most) == "≤");
  STATIC_REQUIRE(prosper::bound_sign(target_kind::less_than) == "<");
  for (const target_kind k : {target_kind::point, target_kind::band, target_kind::maintain,
                              target_kind::direction_only, target_kind::qualitative,
                              target_kind::external, target_kind::not_set}) {
    CAPTURE(prosper::to_string(k));
    CHECK(prosper::bound_sign(k).empty());
  }
}

TEST_CASE("the kinds that carry a number are the bounds, points, bands and maintain targets",
          "[target_kind]") {
  CHECK(prosper::is_numeric(target_kind::point));
  CHECK(prosper::is_numeric(target_kind::band));
  CHECK(prosper::is_numeric(target_kind::maintain));
  CHECK(prosper::is_numeric(target_kind::less_than));
  CHECK_FALSE(prosper::is_numeric(target_kind::direction_only));
  CHECK_FALSE(prosper::is_numeric(target_kind::qualitative));
  CHECK_FALSE(prosper::is_numeric(target_kind::external));
  CHECK_FALSE(prosper::is_numeric(target_kind::not_set));
  CHECK(prosper::to_string(target_kind::at_least) == "at_least");
}
