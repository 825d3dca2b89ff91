#include <catch2/catch.hpp>

#include "prosper/literals.hpp"
#include "prosper/math/required_cagr.hpp"

using namespace prosper;
using namespace prosper::literals;

// required_cagr.hpp is kept as a forwarding header; these tests prove the old include still
// gives the typed function with the old behaviour. The full table lives in required_change_test.
TEST_CASE("the plan's headline targets require the hand-checked growth rates", "[required_cagr]") {
  // Values from progress-methodology.md §1.7, recomputed: (9.24/7.27)^(1/3) − 1 = 1.2709766^(1/3) − 1 = 8.32097 %.
  CHECK(required_cagr(7.27_wan_yuan, 9.24_wan_yuan, 3.0).value() == Approx(8.320965).epsilon(1e-6));
  CHECK(required_cagr(44400_yuan, 57000_yuan, 3.0).value() == Approx(8.683587).epsilon(1e-6));
  CHECK(required_cagr(2.0_times, 1.95_times, 3.0).value() == Approx(-0.840376).epsilon(1e-5));
}

TEST_CASE("required CAGR refuses a zero base with the inputs in the message", "[required_cagr]") {
  CHECK_THROWS_WITH(required_cagr(0_yuan, 57000_yuan, 3.0), Catch::Contains("base 0"));
  CHECK_THROWS_WITH(required_cagr(44400_yuan, 57000_yuan, 0.0), Catch::Contains("years"));
}

TEST_CASE("a required CAGR compounds back to the target", "[required_cagr]") {
  const auto r = required_cagr(44400_yuan, 57000_yuan, 3.0);
  CHECK(44400.0 * growth_factor(as_fraction(r), 3.0, compounding::compounded) ==
        Approx(57000.0).epsilon(1e-12));
}
