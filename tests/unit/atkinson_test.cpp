#include "prosper/inequality/atkinson.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "prosper/inequality/generalised_entropy.hpp"
#include "prosper/inequality/theil.hpp"

using namespace prosper::inequality;
using Eigen::VectorXd;

namespace {
// A(ε) straight from the definition in long double: the independent reference.
long double atkinson_long_double(const VectorXd& x, const VectorXd& w, long double e) {
  long double wsum = 0, total = 0;
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    wsum += w[i];
    total += static_cast<long double>(w[i]) * x[i];
  }
  const long double mean = total / wsum;
  long double s = 0;
  if (e == 1.0L) {
    for (Eigen::Index i = 0; i < x.size(); ++i) s += w[i] * std::log(x[i] / mean);
    return 1.0L - std::exp(s / wsum);
  }
  for (Eigen::Index i = 0; i < x.size(); ++i) s += w[i] * std::pow(x[i] / mean, 1.0L - e);
  return 1.0L - std::pow(s / wsum, 1.0L / (1.0L - e));
}
const VectorXd incomes{{23100, 31800, 44400, 52500, 61000, 18700, 97000, 35500, 40200, 120000}};
const VectorXd people{{1.2, 2.0, 0.8, 1.5, 1.1, 0.9, 0.5, 2.4, 1.0, 0.3}};
}  // namespace

TEST_CASE("hand-checked Atkinson values for (1, 3)", "[atkinson]") {
  const VectorXd x{{1, 3}};
  CHECK(atkinson(x, 0.5) == Approx(1.0 - (1.0 + std::sqrt(3.0) / 2.0) / 2.0).epsilon(1e-14));
  CHECK(atkinson(x, 1.0) == Approx(1.0 - std::sqrt(3.0) / 2.0).epsilon(1e-14));
  CHECK(atkinson(x, 2.0) == Approx(0.25).epsilon(1e-14));  // harmonic mean 1.5
  CHECK(atkinson(x, 0.0) == 0.0);
  CHECK(atkinson(x, VectorXd{{2, 1}}, 2.0) == Approx(8.0 / 35.0).epsilon(1e-14));
}

TEST_CASE("Atkinson agrees with a long-double evaluation of its definition", "[atkinson]") {
  const VectorXd ones = VectorXd::Ones(incomes.size());
  for (double e : {0.1, 0.5, 0.999, 1.0, 1.001, 1.5, 2.0, 3.0, 8.0}) {
    CAPTURE(e);
    CHECK(atkinson(incomes, e) == Approx(static_cast<double>(atkinson_long_double(incomes, ones, e))).epsilon(1e-12));
    CHECK(atkinson(incomes, people, e) ==
          Approx(static_cast<double>(atkinson_long_double(incomes, people, e))).epsilon(1e-12));
  }
}

TEST_CASE("Atkinson is the GE index in another guise", "[atkinson]") {
  // A(1) = 1 − exp(−MLD); A(ε) = 1 − (ε(ε − 1)·GE(1 − ε) + 1)^(1/(1−ε)).
  CHECK(atkinson(incomes, people, 1.0) == Approx(-std::expm1(-mld(incomes, people))).epsilon(1e-13));
  for (double e : {0.5, 2.0, 3.0}) {
    CAPTURE(e);
    const double ge = generalised_entropy(incomes, people, 1.0 - e);
    CHECK(atkinson(incomes, people, e) ==
          Approx(1.0 - std::pow(e * (e - 1.0) * ge + 1.0, 1.0 / (1.0 - e))).epsilon(1e-12));
  }
}

TEST_CASE("Atkinson of a large lognormal sample approaches 1 − exp(−εσ²/2)", "[atkinson]") {
  // For ln X ~ N(m, σ²), E[X^γ] = exp(γm + γ²σ²/2), so the power mean of order γ = 1 − ε over
  // the mean is exp(−εσ²/2) and A(ε) = 1 − exp(−εσ²/2) for every ε. The sample is exp(σ·zᵢ) with
  // zᵢ the normal quantiles at (i − ½)/n, found by Newton's method on std::erfc.
  const double sigma = 0.5;
  const int n = 20001;
  VectorXd x(n);
  for (int i = 0; i < n; ++i) {
    const double p = (i + 0.5) / n;
    double z = 0.0;
    for (int k = 0; k < 100; ++k) {
      const double f = 0.5 * std::erfc(-z / std::sqrt(2.0)) - p;
      const double d = std::exp(-0.5 * z * z) / std::sqrt(2.0 * 3.141592653589793);
      z -= f / d;
      if (std::abs(f) < 1e-15) break;
    }
    x[i] = std::exp(sigma * z);
  }
  for (double e : {0.5, 1.0, 2.0}) {
    CAPTURE(e);
    CHECK(atkinson(x, e) == Approx(-std::expm1(-e * sigma * sigma / 2.0)).epsilon(3e-3));
  }
}

TEST_CASE("Atkinson with zeros and extreme aversion stays in [0, 1]", "[atkinson]") {
  // A zero counts as 0^(1−ε) = 0 below ε = 1 and makes the index 1 from ε = 1 on.
  const VectorXd z{{0, 1, 3}};
  CHECK(atkinson(z, 0.5) == Approx(1.0 - std::pow((1.0 + std::sqrt(3.0)) / 3.0, 2.0) / (4.0 / 3.0)).epsilon(1e-14));
  CHECK(atkinson(z, 1.0) == 1.0);
  CHECK(atkinson(z, 2.0) == 1.0);
  // A zero with zero weight is no one's income.
  CHECK(atkinson(z, VectorXd{{0, 1, 1}}, 2.0) == Approx(0.25).epsilon(1e-14));
  // ε = 60 on incomes 10⁻¹⁰ apart in scale: the powers overflow, the log-sum-exp does not.
  const VectorXd wide{{1e-10, 1.0, 1e10}};
  const double a = atkinson(wide, 60.0);
  CHECK(a > 0.99);
  CHECK(a <= 1.0);
  CHECK(atkinson(wide, 60.0) == Approx(static_cast<double>(atkinson_long_double(wide, VectorXd::Ones(3), 60.0L))).epsilon(1e-12));
  for (double v : {0.1, 44400.0, 3.3333333333333335}) CHECK(atkinson(VectorXd::Constant(5, v), 1.5) == 0.0);
}

TEST_CASE("Atkinson refuses bad input", "[atkinson][bad_input]") {
  CHECK_THROWS_AS(atkinson(VectorXd{{1, 2}}, -0.5), std::invalid_argument);
  CHECK_THROWS_WITH(atkinson(VectorXd{{1, 2}}, -0.5), Catch::Contains("prosper::atkinson: epsilon"));
  CHECK_THROWS_AS(atkinson(VectorXd{}, 1.0), std::invalid_argument);
  CHECK_THROWS_AS(atkinson(VectorXd{{0, 0}}, 1.0), std::domain_error);
  CHECK_THROWS_AS(atkinson(VectorXd{{1, std::numeric_limits<double>::quiet_NaN()}}, 1.0), std::invalid_argument);
  CHECK_THROWS_AS(atkinson(VectorXd{{1, 2}}, std::numeric_limits<double>::infinity()), std::logic_error);
  CHECK_THROWS_AS(atkinson(VectorXd{{1, 2}}, VectorXd{{0, 0}}, 1.0), std::invalid_argument);
}
