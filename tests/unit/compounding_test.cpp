#include <catch2/catch.hpp>

#include <boost/math/special_functions/expm1.hpp>
#include <boost/math/special_functions/log1p.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

#include "prosper/error.hpp"
#include "prosper/math/compounding.hpp"

using prosper::math::compounding;
using prosper::math::growth_factor;
using prosper::math::implied_rate;
namespace math = prosper::math;

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
  CHECK_THROWS_WITH(growth_factor(-1.5, 1.0, compounding::compounded), Catch::Contains("-100 %"));
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

// ---- The kernel against 50-digit arithmetic ------------------------------------------------

namespace {

using big = boost::multiprecision::cpp_bin_float_50;

// The distance from `got` to the exact value `exact` in units in the last place of the double
// nearest to `exact`.
double ulps(double got, const big& exact) {
  const double nearest = exact.convert_to<double>();
  const double ulp = std::nextafter(std::abs(nearest), std::numeric_limits<double>::infinity()) -
                     std::abs(nearest);
  return (abs(big(got) - exact) / big(ulp)).convert_to<double>();
}

// Log-uniform draws from a fixed seed; only the raw 64-bit output of mt19937_64 is used, which
// the standard fixes, so the same cases run on every compiler.
struct draws {
  std::mt19937_64 engine{20261202};
  double log_uniform(double lo, double hi) {
    const double u = static_cast<double>(engine() >> 11) * 0x1.0p-53;
    return std::exp(std::log(lo) + u * (std::log(hi) - std::log(lo)));
  }
};

}  // namespace

TEST_CASE("the compound rate is within two ulp of 50-digit arithmetic for factors 1e-300 to "
          "1e300 and horizons 0.01 to 1e9 years, or refused when it is not a finite number",
          "[compounding][kernel]") {
  draws d;
  int checked = 0, refused = 0;
  for (int i = 0; i < 20000; ++i) {
    const double factor = d.log_uniform(1e-300, 1e300);
    const double years = d.log_uniform(0.01, 1e9);
    CAPTURE(factor, years);
    const big exact = boost::math::expm1(log(big(factor)) / big(years));
    const bool representable =
        exact < big(std::numeric_limits<double>::max()) && exact.convert_to<double>() > -1.0;
    if (representable) {
      CHECK(ulps(math::compound_rate(factor, years), exact) <= 2.0);
      ++checked;
    } else {
      CHECK_THROWS_AS(math::compound_rate(factor, years), prosper::value_error);
      ++refused;
    }
  }
  CHECK(checked > 10000);
  CHECK(refused > 100);
}

TEST_CASE("the compound rate between two close levels keeps its digits where target / base "
          "would round them away", "[compounding][kernel]") {
  draws d;
  for (int i = 0; i < 5000; ++i) {
    const double base = d.log_uniform(1e-300, 1e300);
    // Targets within a relative 1e-12 … 1 of the base, above or below it.
    const double step = d.log_uniform(1e-12, 0.5) * (i % 2 ? 1.0 : -1.0);
    const double target = base * (1.0 + step);
    const double years = d.log_uniform(0.5, 1e6);
    CAPTURE(base, target, years);
    const big exact = boost::math::expm1(log(big(target) / big(base)) / big(years));
    CHECK(ulps(math::compound_rate(base, target, years), exact) <= 2.0);
  }
}

TEST_CASE("the compound factor, the kernel's inverse, is within two ulp of 50-digit arithmetic",
          "[compounding][kernel]") {
  draws d;
  int checked = 0;
  for (int i = 0; i < 20000; ++i) {
    const double rate = (i % 2 ? 1.0 : -1.0) * d.log_uniform(1e-12, i % 2 ? 1e3 : 0.999999);
    const double years = d.log_uniform(0.01, 1e9);
    CAPTURE(rate, years);
    const big exact = exp(big(years) * boost::math::log1p(big(rate)));
    if (exact >= big(std::numeric_limits<double>::max())) {
      CHECK_THROWS_AS(math::compound_factor(rate, years), prosper::value_error);
      continue;
    }
    // Below the normal range the result is a subnormal or zero, exact to its own absolute ulp.
    if (exact < big(std::numeric_limits<double>::min())) continue;
    CHECK(ulps(math::compound_factor(rate, years), exact) <= 2.0);
    ++checked;
  }
  CHECK(checked > 10000);
}

TEST_CASE("a long horizon keeps the rate's digits where pow(x, 1/years) - 1 cancels them",
          "[compounding][kernel]") {
  // Doubling over a million years is 6.93e-7 a year; pow(2, 1e-6) − 1 keeps only about ten
  // significant digits of it.
  const double years = 1e6;
  const big exact = boost::math::expm1(log(big(2)) / big(years));
  CHECK(ulps(math::compound_rate(2.0, years), exact) <= 1.0);
  CHECK(ulps(std::pow(2.0, 1.0 / years) - 1.0, exact) > 100.0);
}

TEST_CASE("the kernel refuses what has no compound rate, naming the function",
          "[compounding][kernel]") {
  CHECK_THROWS_AS(math::compound_rate(0.0, 3.0), prosper::value_error);
  CHECK_THROWS_WITH(math::compound_rate(0.0, 3.0), Catch::Contains("prosper::math::compound_rate"));
  CHECK_THROWS_AS(math::compound_rate(2.0, 0.0), prosper::value_error);
  CHECK_THROWS_AS(math::compound_rate(-1.0, 2.0, 3.0), prosper::value_error);
  CHECK_THROWS_WITH(math::compound_rate(1e300, 0.01), Catch::Contains("too short"));
  CHECK_THROWS_AS(math::compound_factor(-1.0, 3.0), prosper::value_error);
  CHECK_THROWS_WITH(math::compound_factor(10.0, 1e3), Catch::Contains("overflows"));
  CHECK(math::compound_rate(5.0, 5.0, 1e-300) == 0.0);
}
