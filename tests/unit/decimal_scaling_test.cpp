// units/detail/decimal_scaling.hpp: power-of-ten conversions move the decimal point of a printed
// value; everything else, and every value that is not a printed decimal, is plain arithmetic.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "prosper/units/detail/decimal_scaling.hpp"

namespace d = prosper::units::detail;

TEST_CASE("power_of_ten_exponent recognises exactly the powers of ten a double holds",
          "[decimal_scaling]") {
  STATIC_REQUIRE(d::power_of_ten_exponent(1.0) == 0);
  STATIC_REQUIRE(d::power_of_ten_exponent(10000.0) == 4);
  STATIC_REQUIRE(d::power_of_ten_exponent(1e22) == 22);
  // 10^23 is not a double; neither is 1e-4, which is why scaling down divides by 10^4.
  STATIC_REQUIRE_FALSE(d::power_of_ten_exponent(1e23).has_value());
  STATIC_REQUIRE_FALSE(d::power_of_ten_exponent(1e-4).has_value());
  STATIC_REQUIRE_FALSE(d::power_of_ten_exponent(10000.0 / 15.0).has_value());
  STATIC_REQUIRE_FALSE(d::power_of_ten_exponent(0.0).has_value());
}

TEST_CASE("shifting a printed decimal gives the double nearest the shifted decimal",
          "[decimal_scaling]") {
  // Hand-checked: each right-hand side is the decimal with its point moved, read as a literal.
  struct row { double value; int k; double expected; };
  const row table[] = {
      {97.8371, 4, 978371.0},   // 97.8371 * 1e4 is 978371.0000000001
      {978371.0, -4, 97.8371},
      {72700.0, -4, 7.27},
      {7.27, 4, 72700.0},
      {-0.1, 1, -1.0},
      {0.3, 2, 30.0},
      {1.5e-300, 8, 1.5e-292},
      {4.56, -300, 4.56e-300},
  };
  for (const row& r : table) {
    CAPTURE(r.value, r.k);
    const auto shifted = d::shift_decimal(r.value, r.k);
    REQUIRE(shifted.has_value());
    CHECK(*shifted == r.expected);
  }
}

TEST_CASE("shift_decimal declines what it cannot do better than arithmetic", "[decimal_scaling]") {
  // 17 significant digits: not a printed decimal, and the shifted digits could come back 2 ulps off.
  CHECK_FALSE(d::shift_decimal(8160685.783327512, -4).has_value());
  CHECK_FALSE(d::shift_decimal(0.1 + 0.2, 1).has_value());  // 0.30000000000000004
  CHECK_FALSE(d::shift_decimal(0.0, 4).has_value());
  CHECK_FALSE(d::shift_decimal(std::numeric_limits<double>::quiet_NaN(), 4).has_value());
  CHECK_FALSE(d::shift_decimal(std::numeric_limits<double>::infinity(), -4).has_value());
  CHECK_FALSE(d::shift_decimal(1e308, 4).has_value());   // overflows
  CHECK_FALSE(d::shift_decimal(1e-320, -8).has_value());  // below the smallest subnormal
}

TEST_CASE("scale multiplies up, divides down by the exact inverse, and shifts powers of ten",
          "[decimal_scaling]") {
  CHECK(d::scale(97.8371, 1e4, 1e-4) == 978371.0);
  CHECK(d::scale(72700.0, 1e-4, 1e4) == 7.27);
  CHECK(d::scale(978371.0, 1e-4, 1e4) == 97.8371);
  // 亩 → m² is not a power of ten: plain arithmetic, multiplied up and divided down.
  constexpr double mu = 10000.0 / 15.0;
  CHECK(d::scale(3.0, mu, 1.0 / mu) == 3.0 * mu);
  CHECK(d::scale(2000.0, 1.0 / mu, mu) == 2000.0 / mu);
  // What shift_decimal declines falls back to the arithmetic, never to a NaN or a wrong infinity.
  CHECK(d::scale(1e308, 1e4, 1e-4) == std::numeric_limits<double>::infinity());
  CHECK(std::isnan(d::scale(std::numeric_limits<double>::quiet_NaN(), 1e4, 1e-4)));
  CHECK(d::scale(8160685.783327512, 1e-4, 1e4) == 8160685.783327512 / 1e4);
  CHECK(std::signbit(d::scale(-0.0, 1e4, 1e-4)));
}
