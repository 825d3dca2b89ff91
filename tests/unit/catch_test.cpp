#include "prosper/testing/catch.hpp"

#include "prosper/literals.hpp"
#include "prosper/math/required_change.hpp"

using namespace prosper;
using namespace prosper::literals;
using prosper::testing::within_abs;
using prosper::testing::within_rel;

TEST_CASE("a quantity prints with its Chinese symbol in test output", "[testing]") {
  CHECK(Catch::Detail::stringify(7.27_wan_yuan) == "7.27 万元");
  CHECK(Catch::Detail::stringify(64.0_pct) == "64%");
}

TEST_CASE("the unit-aware matchers compare in the expected value's unit", "[testing]") {
  CHECK_THAT(required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0), within_rel(8.321_pct_per_year, 1e-4));
  CHECK_THAT(72700_yuan, within_abs(7.27_wan_yuan, 1e-12));
  CHECK_FALSE(within_rel(7.27_wan_yuan, 1e-6).match(72800_yuan));
  CHECK_FALSE(within_abs(1.0_yuan, 1.0).match(quantity<units::yuan>{std::nan("")}));
  CHECK(within_abs(9.24_wan_yuan, 0.005).toString() == "is within 0.005 万元 absolute of 9.24 万元");
}
