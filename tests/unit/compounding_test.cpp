#include <catch2/catch.hpp>

#include "prosper/math/compounding.hpp"

using prosper::compounding;
using prosper::growth_factor;
using prosper::implied_rate;

TEST_CASE("growth factors match hand-checked values for each convention", "[compounding]") {
  struct row { double rate, years; compounding c; int freq; double expected; };
  // clang-format off
  const row rows[] = {
      {0.10, 2.0, compounding::simple,     1, 1.20},
      {0.10, 2.0, compounding::compounded, 1, 1.21},
      {0.10, 2.0, compounding::compounded, 2, 1.21550625},      // 1.05^4
      {0.10, 2.0, compounding::continuous, 1, 1.2214027581601699},  // e^0.2
      {0.15, 5.0, compounding::compounded, 1, 2.0113571875},   // 1.15^5: "年均增长15%" doubles
      {-0.05, 1.0, compounding::compounded, 1, 0.95},
  };
  // clang-format on
  for (const auto& r : rows) {
    CAPTURE(r.rate, r.years, static_cast<int>(r.c), r.freq);
    CHECK(growth_factor(r.rate, r.years, r.c, r.freq) == Approx(r.expected).epsilon(1e-12));
    CHECK(implied_rate(r.expected, r.years, r.c, r.freq) == Approx(r.rate).epsilon(1e-12));
  }
}

TEST_CASE("implied rate inverts growth factor to 1e-12 over a sweep", "[compounding]") {
  for (auto c : {compounding::simple, compounding::compounded, compounding::continuous}) {
    for (double rate = -0.5; rate <= 1.0; rate += 0.0125) {
      for (double years : {0.5, 1.0, 3.0, 5.0, 15.0}) {
        const double f = growth_factor(rate, years, c);
        if (f <= 0) continue;
        CHECK(growth_factor(implied_rate(f, years, c), years, c) == Approx(f).epsilon(1e-12));
      }
    }
  }
}

TEST_CASE("a factor of one implies zero growth even over zero years", "[compounding]") {
  CHECK(implied_rate(1.0, 0.0, compounding::compounded) == 0.0);
  CHECK(implied_rate(1.0, 3.0, compounding::continuous) == 0.0);
}

TEST_CASE("impossible growth questions are refused with the reason", "[compounding]") {
  CHECK_THROWS_WITH(implied_rate(0.0, 3.0, compounding::compounded),
                    Catch::Contains("factor > 0"));
  CHECK_THROWS_WITH(implied_rate(1.2, 0.0, compounding::compounded), Catch::Contains("years"));
  CHECK_THROWS_WITH(implied_rate(1.2, -1.0, compounding::simple), Catch::Contains("years"));
  CHECK_THROWS_WITH(growth_factor(std::nan(""), 1.0, compounding::simple),
                    Catch::Contains("rate must be finite"));
  CHECK_THROWS_WITH(growth_factor(-1.5, 1.0, compounding::compounded), Catch::Contains("−100 %"));
}

TEST_CASE("growth factor of the implied rate returns every factor to 1e-12 relative",
          "[compounding]") {
  // A property sweep over factors rather than rates: 0.01× to 100× over 0.25 to 30 years, for
  // every convention and the common compounding frequencies.
  int checked = 0;
  for (auto c : {compounding::simple, compounding::compounded, compounding::continuous}) {
    for (int freq : {1, 2, 4, 12}) {
      if (c != compounding::compounded && freq != 1) continue;
      for (double log10_factor = -2.0; log10_factor <= 2.0; log10_factor += 0.05) {
        const double x = std::pow(10.0, log10_factor);
        for (double years : {0.25, 1.0, 2.0, 3.0, 5.0, 7.5, 30.0}) {
          CAPTURE(static_cast<int>(c), freq, x, years);
          // A compounded rate within a few per cent of −100 % per period cannot carry 1 + r to
          // twelve digits in a double (0.01× over a quarter year is −99.999999 %); such rates are
          // outside any plan and outside what the round trip can promise.
          if (c == compounding::compounded && implied_rate(x, years, c, freq) / freq < -0.9) continue;
          const double back = growth_factor(implied_rate(x, years, c, freq), years, c, freq);
          CHECK(std::abs(back - x) <= 1e-12 * x);
          ++checked;
        }
      }
    }
  }
  CHECK(checked > 3000);
}
