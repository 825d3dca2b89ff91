#include "prosper/inequality/generalised_entropy.hpp"

#include <boost/math/distributions/normal.hpp>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "prosper/inequality/dispersion.hpp"
#include "prosper/inequality/theil.hpp"

using namespace prosper::inequality;
using Eigen::VectorXd;

namespace {
// GE(α) straight from the textbook formula in long double: the independent reference.
long double ge_long_double(const VectorXd& x, const VectorXd& w, long double alpha) {
  long double wsum = 0, total = 0;
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    wsum += w[i];
    total += static_cast<long double>(w[i]) * x[i];
  }
  const long double mean = total / wsum;
  long double s = 0;
  for (Eigen::Index i = 0; i < x.size(); ++i) s += w[i] * std::pow(x[i] / mean, alpha);
  return (s / wsum - 1.0L) / (alpha * (alpha - 1.0L));
}
const VectorXd incomes{{23100, 31800, 44400, 52500, 61000, 18700, 97000, 35500, 40200, 120000}};
const VectorXd people{{1.2, 2.0, 0.8, 1.5, 1.1, 0.9, 0.5, 2.4, 1.0, 0.3}};
}  // namespace

TEST_CASE("GE(0) is the MLD, GE(1) Theil's T and GE(2) half the squared CV", "[generalised_entropy]") {
  CHECK(generalised_entropy(incomes, 0.0) == mld(incomes));
  CHECK(generalised_entropy(incomes, 1.0) == theil_t(incomes));
  CHECK(generalised_entropy(incomes, people, 0.0) == mld(incomes, people));
  CHECK(generalised_entropy(incomes, people, 1.0) == theil_t(incomes, people));
  const double cv = coefficient_of_variation(incomes, people);
  CHECK(generalised_entropy(incomes, people, 2.0) == Approx(0.5 * cv * cv).epsilon(1e-13));
  CHECK(generalised_entropy(VectorXd{{0, 1}}, 1.0) == Approx(std::log(2.0)).epsilon(1e-15));
}

TEST_CASE("hand-checked GE values for (1, 3)", "[generalised_entropy]") {
  const VectorXd x{{1, 3}};  // r = ½ and 3/2
  CHECK(generalised_entropy(x, 2.0) == Approx(0.125).epsilon(1e-15));
  CHECK(generalised_entropy(x, -1.0) == Approx(1.0 / 6.0).epsilon(1e-15));  // ½·(½(2 + 2/3) − 1)
  CHECK(generalised_entropy(x, 0.5) == Approx(4.0 * (1.0 - (std::sqrt(0.5) + std::sqrt(1.5)) / 2.0)).epsilon(1e-14));
  CHECK(generalised_entropy(x, 0.5) == Approx(0.13630).margin(5e-6));
  // Integer weights equal repetition: (1, 1, 3) has μ = 5/3 and CV² = 0.32.
  CHECK(generalised_entropy(x, VectorXd{{2, 1}}, 2.0) == Approx(0.16).epsilon(1e-14));
  CHECK(generalised_entropy(x, VectorXd{{2, 1}}, -0.7) ==
        Approx(generalised_entropy(VectorXd{{1, 1, 3}}, -0.7)).epsilon(1e-14));
}

TEST_CASE("GE agrees with a long-double evaluation of the textbook formula for any α",
          "[generalised_entropy]") {
  for (double a : {-3.0, -1.0, -0.5, 0.25, 0.5, 0.9, 1.5, 2.0, 3.0, 5.0}) {
    CAPTURE(a);
    const VectorXd ones = VectorXd::Ones(incomes.size());
    CHECK(generalised_entropy(incomes, a) ==
          Approx(static_cast<double>(ge_long_double(incomes, ones, a))).epsilon(1e-12));
    CHECK(generalised_entropy(incomes, people, a) ==
          Approx(static_cast<double>(ge_long_double(incomes, people, a))).epsilon(1e-12));
  }
}

TEST_CASE("GE is continuous at α = 0 and α = 1, where the textbook formula divides 0 by 0",
          "[generalised_entropy]") {
  for (double eps : {1e-6, 1e-9, 1e-12}) {
    CAPTURE(eps);
    CHECK(generalised_entropy(incomes, 1.0 + eps) == Approx(theil_t(incomes)).epsilon(10 * eps + 1e-13));
    CHECK(generalised_entropy(incomes, 1.0 - eps) == Approx(theil_t(incomes)).epsilon(10 * eps + 1e-13));
    CHECK(generalised_entropy(incomes, eps) == Approx(mld(incomes)).epsilon(10 * eps + 1e-13));
    CHECK(generalised_entropy(incomes, -eps) == Approx(mld(incomes)).epsilon(10 * eps + 1e-13));
  }
}

TEST_CASE("GE of a large lognormal sample approaches the lognormal's closed form", "[generalised_entropy]") {
  // For ln X ~ N(m, σ²), E[X^α] = exp(αm + α²σ²/2), so E[(X/μ)^α] = exp(α(α − 1)σ²/2) and
  // GE(α) = (exp(α(α − 1)σ²/2) − 1)/(α(α − 1)). The sample is the lognormal's 100,000
  // quantiles at (i − ½)/n, from Boost's normal quantile.
  const double sigma = 0.6;
  const int n = 100000;
  VectorXd x(n);
  const boost::math::normal z;
  for (int i = 0; i < n; ++i) x[i] = std::exp(sigma * boost::math::quantile(z, (i + 0.5) / n));
  for (double a : {-1.0, 0.5, 2.0}) {
    CAPTURE(a);
    const double exact = std::expm1(a * (a - 1.0) * sigma * sigma / 2.0) / (a * (a - 1.0));
    CHECK(generalised_entropy(x, a) == Approx(exact).epsilon(2e-3));
  }
}

TEST_CASE("GE is never negative and equal values give exactly 0", "[generalised_entropy]") {
  for (double a : {-2.0, 0.3, 1.0000001, 4.0}) {
    CHECK(generalised_entropy(VectorXd::Constant(7, 3.3333333333333335), a) == 0.0);
    CHECK(generalised_entropy(VectorXd{{1, 1.0000000001}}, a) >= 0.0);
  }
  // Zeros count for α > 0: one of four holding everything gives (4^(α−1) − 1)/(α(α − 1)).
  CHECK(generalised_entropy(VectorXd{{0, 0, 0, 10}}, 2.0) == Approx(1.5).epsilon(1e-14));
}

TEST_CASE("GE refuses what has no finite value", "[generalised_entropy][bad_input]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_WITH(generalised_entropy(VectorXd{{0, 1}}, -1.0),
                    Catch::Contains("prosper::generalised_entropy: values[0] is 0"));
  CHECK_THROWS_AS(generalised_entropy(VectorXd{{0, 1}}, -1.0), std::domain_error);
  CHECK_THROWS_AS(generalised_entropy(VectorXd{{0, 1}}, 0.0), std::domain_error);
  CHECK_THROWS_AS(generalised_entropy(VectorXd{}, 2.0), std::invalid_argument);
  CHECK_THROWS_AS(generalised_entropy(VectorXd{{1, -1}}, 2.0), std::invalid_argument);
  CHECK_THROWS_AS(generalised_entropy(VectorXd{{0, 0}}, 2.0), std::domain_error);
  CHECK_THROWS_AS(generalised_entropy(VectorXd{{1, 2}}, VectorXd{{1}}, 2.0), std::invalid_argument);
  CHECK_THROWS_WITH(generalised_entropy(VectorXd{{1, 2}}, nan),
                    Catch::Contains("prosper::generalised_entropy: alpha"));
  // 1.5^2000 and (2·10⁻¹⁰)^−40 overflow the double range.
  CHECK_THROWS_AS(generalised_entropy(VectorXd{{1, 3}}, 2000.0), std::domain_error);
  CHECK_THROWS_AS(generalised_entropy(VectorXd{{1e-10, 1}}, -40.0), std::domain_error);
}

#include "../conformance/ilocos_data.hpp"

TEST_CASE("GE near α = 1 reproduces R ineq's published Theil of the Pangasinan incomes",
          "[generalised_entropy]") {
  // R ineq's ?Lc example prints ineq(income.p, type = "Theil", parameter = 0) = 0.2837236 for the
  // Pangasinan incomes of its Ilocos data divided by 10,000 (tests/conformance/r_ineq_test.cpp).
  // GE(1 ± 10⁻⁹) takes the general branch of the formula, not theil_t.
  const auto& income = conformance::ilocos::pangasinan_income;
  VectorXd x(static_cast<Eigen::Index>(income.size()));
  for (std::size_t i = 0; i < income.size(); ++i) x[static_cast<Eigen::Index>(i)] = income[i] / 10000.0;
  CHECK(generalised_entropy(x, 1.0) == Approx(0.2837236).margin(5e-8));
  CHECK(generalised_entropy(x, 1.0 + 1e-9) == Approx(0.2837236).margin(5e-8));
  CHECK(generalised_entropy(x, 1.0 - 1e-9) == Approx(0.2837236).margin(5e-8));
}
