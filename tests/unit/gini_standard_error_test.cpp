#include "prosper/inequality/gini_standard_error.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "prosper/inequality/gini.hpp"
#include "prosper/math/detail/random.hpp"

using namespace prosper::inequality;
using Eigen::VectorXd;

TEST_CASE("Davidson's standard error by hand for three values", "[gini_standard_error]") {
  // x = (1, 2, 3): μ = 2, Ĝ = 2/9; Ẑᵢ = −(11/9)xᵢ + ((2i − 1)/3)xᵢ − (2/3)Σⱼ≤ᵢ xⱼ gives −14/9,
  // −22/9, −24/9 with mean −20/9; Σ(Ẑ − Z̄)² = 56/81, so Var = (56/81)/(3·2)² = 14/729.
  CHECK(gini(VectorXd{{1, 2, 3}}) == Approx(2.0 / 9.0).epsilon(1e-15));
  CHECK(gini_standard_error(VectorXd{{1, 2, 3}}) == Approx(std::sqrt(14.0) / 27.0).epsilon(1e-14));
  // Order does not matter, nor how ties are sorted.
  CHECK(gini_standard_error(VectorXd{{3, 1, 2}}) == Approx(std::sqrt(14.0) / 27.0).epsilon(1e-14));
  CHECK(gini_standard_error(VectorXd{{2, 1, 2, 5}}) == Approx(gini_standard_error(VectorXd{{5, 2, 2, 1}})).epsilon(1e-15));
  CHECK(gini_standard_error(VectorXd::Constant(6, 4.4)) == 0.0);
}

TEST_CASE("Davidson's standard error matches the sampling spread of the Gini", "[gini_standard_error]") {
  // 2,000 samples of 500 lognormal incomes (σ = 0.8): the standard deviation of their Ginis is
  // the true standard error, and the average estimate should be close to it (Davidson reports
  // good accuracy unless the tail is heavy; the lognormal's is not).
  prosper::detail::rng::stream rs(3);
  constexpr int reps = 2000, n = 500;
  VectorXd x(n);
  double sum = 0, sumsq = 0, se = 0;
  for (int r = 0; r < reps; ++r) {
    for (int i = 0; i < n; ++i) x[i] = std::exp(0.8 * rs.normal());
    const double g = gini(x);
    sum += g;
    sumsq += g * g;
    se += gini_standard_error(x);
  }
  const double mean = sum / reps;
  const double spread = std::sqrt((sumsq - reps * mean * mean) / (reps - 1));
  CAPTURE(spread, se / reps);
  // The spread itself is estimated from 2,000 samples, to about 1.6 %.
  CHECK(se / reps == Approx(spread).epsilon(0.05));
}

TEST_CASE("Davidson's standard error agrees with the jackknife on a large sample", "[gini_standard_error]") {
  // The jackknife is another consistent estimator (Yitzhaki 1991); they should agree to a few %.
  prosper::detail::rng::stream rs(11);
  constexpr int n = 800;
  VectorXd x(n);
  for (int i = 0; i < n; ++i) x[i] = std::exp(0.5 * rs.normal());
  VectorXd loo(n);
  VectorXd rest(n - 1);
  for (int i = 0; i < n; ++i) {
    for (int j = 0, k = 0; j < n; ++j)
      if (j != i) rest[k++] = x[j];
    loo[i] = gini(rest);
  }
  const double jack = std::sqrt((n - 1.0) / n * (loo.array() - loo.mean()).square().sum());
  CHECK(gini_standard_error(x) == Approx(jack).epsilon(0.05));
}

TEST_CASE("the Gini's standard error refuses bad input", "[gini_standard_error][bad_input]") {
  CHECK_THROWS_AS(gini_standard_error(VectorXd{{1}}), std::invalid_argument);
  CHECK_THROWS_WITH(gini_standard_error(VectorXd{{1}}), Catch::Contains("prosper::gini_standard_error"));
  CHECK_THROWS_AS(gini_standard_error(VectorXd{}), std::invalid_argument);
  CHECK_THROWS_AS(gini_standard_error(VectorXd{{0, 0}}), std::domain_error);
  CHECK_THROWS_AS(gini_standard_error(VectorXd{{1, -2}}), std::invalid_argument);
  CHECK_THROWS_AS(gini_standard_error(VectorXd{{1, std::numeric_limits<double>::infinity()}}),
                  std::invalid_argument);
}
