// Conformance with R's ineq package (Achim Zeileis): Gini, Theil, var.coeff.
//
// Sources:
// - cran/ineq, tests/Examples/ineq-Ex.Rout.save at commit e17b77ab4928777e4d4cfe1fbc190d1143df6816
//   (version 0.2-13): the printed output of the package's own examples, which R CMD check compares.
// - cran/ineq, R/ineq.R at the same commit: the formulas (Gini with corr, Theil with parameter 0
//   dropping zeros, var.coeff with the 1/n variance).
// - cran/ineq, data/Ilocos.rda: the household incomes behind the Theil examples (ilocos_data.hpp).
//
// R prints 7 significant digits; the tolerance is half a unit in the last printed digit.

#include <catch2/catch.hpp>

#include <Eigen/Core>
#include <cmath>

#include "ilocos_data.hpp"
#include "prosper/inequality/atkinson.hpp"
#include "prosper/inequality/dispersion.hpp"
#include "prosper/inequality/gini.hpp"
#include "prosper/inequality/theil.hpp"

using namespace prosper::inequality;
using Eigen::VectorXd;

namespace {

// The example income vector of ?ineq and ?conc: class means of the 1968 US income distribution.
const VectorXd us_1968{{541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261}};

// ?Lasym, "Examples from Damgaard & Weiner (2000), Figure 2".
VectorXd damgaard_x() {
  VectorXd x(10);
  x.head(9).setConstant(50.0 / 9.0);
  x[9] = 50.0;
  return x;
}
VectorXd damgaard_y() {
  VectorXd y(10);
  y.head(5).setConstant(2.0);
  y.tail(5).setConstant(18.0);
  return y;
}

template <std::size_t N>
VectorXd per_10000(const std::array<double, N>& income) {
  VectorXd x(static_cast<Eigen::Index>(N));
  for (std::size_t i = 0; i < N; ++i) x[static_cast<Eigen::Index>(i)] = income[i] / 10000.0;
  return x;
}

}  // namespace

TEST_CASE("R ineq ?ineq example: ineq(x) (the Gini) of the 1968 US class means is 0.4620911", "[r-ineq][gini]") {
  CHECK(gini(us_1968) == Approx(0.4620911).margin(5e-8));
}

TEST_CASE("R ineq ?Lasym example: Gini(x, corr = TRUE) = 0.4444444 for rep(c(50/9, 50), c(9, 1))",
          "[r-ineq][gini]") {
  const VectorXd x = damgaard_x();
  CHECK(x.mean() == Approx(10.0).epsilon(1e-15));  // "mean(x) [1] 10"
  CHECK(gini(x, gini_correction::finite_sample) == Approx(0.4444444).margin(5e-8));
}

TEST_CASE("R ineq ?Lasym example: Gini(y, corr = TRUE) = 0.4444444 for rep(c(2, 18), c(5, 5))",
          "[r-ineq][gini]") {
  const VectorXd y = damgaard_y();
  CHECK(y.mean() == Approx(10.0).epsilon(1e-15));  // "mean(y) [1] 10"
  CHECK(gini(y, gini_correction::finite_sample) == Approx(0.4444444).margin(5e-8));
}

TEST_CASE("R ineq Gini: corr = FALSE is (n - 1)/n of corr = TRUE, prosper's default", "[r-ineq][gini]") {
  // ineq.R: G/(n - 1) with corr, G/n without; for the ?Lasym data n = 10, so 0.4444444 x 9/10.
  CHECK(gini(damgaard_x()) == Approx(0.4).epsilon(1e-14));
  CHECK(gini(damgaard_y()) == Approx(0.4).epsilon(1e-14));
}

TEST_CASE("R ineq ?Lc example: Theil (parameter 0) of Pangasinan incomes/10000 is 0.2837236",
          "[r-ineq][theil]") {
  // ineq(income.p, type = "Theil", parameter = 0); ineq's parameter-0 Theil is Theil's T, GE(1).
  CHECK(theil_t(per_10000(conformance::ilocos::pangasinan_income)) == Approx(0.2837236).margin(5e-8));
}

TEST_CASE("R ineq ?Lc example: Theil (parameter 0) of La Union incomes/10000 is 0.3622122",
          "[r-ineq][theil]") {
  CHECK(theil_t(per_10000(conformance::ilocos::la_union_income)) == Approx(0.3622122).margin(5e-8));
}

TEST_CASE("R ineq Theil drops zeros and recomputes the mean; prosper keeps them (0 ln 0 = 0)",
          "[r-ineq][theil][difference]") {
  // ineq.R: `x <- x[!(x==0)]` before `Th <- x/mean(x)`. On PySAL's test input (0,0,0,10,10,10)
  // that leaves (10,10,10) and a Theil of 0, although half the population has nothing; with the
  // zeros in the mean, T = ln 2 (PySAL's expected value). Difference D4.
  const VectorXd y{{0, 0, 0, 10, 10, 10}};
  CHECK(theil_t(y) == Approx(std::log(2.0)).epsilon(1e-15));
  CHECK(theil_t(VectorXd{{10, 10, 10}}) == 0.0);  // what ineq's Theil computes for y
}

TEST_CASE("R ineq var.coeff uses the 1/n standard deviation, as prosper's coefficient of variation",
          "[r-ineq][cv]") {
  // ineq.R: V <- sqrt((n-1)*var(x)/n)/mean(x), var() being the 1/(n-1) variance; applied to the
  // ?ineq example vector.
  const double n = static_cast<double>(us_1968.size());
  const double mean = us_1968.mean();
  const double var = (us_1968.array() - mean).square().sum() / (n - 1.0);
  CHECK(coefficient_of_variation(us_1968) == Approx(std::sqrt((n - 1.0) * var / n) / mean).epsilon(1e-14));
}

TEST_CASE("R ineq ?ineq example: Atkinson with parameter 0.5 of the 1968 US class means is 0.1796591",
          "[r-ineq][atkinson]") {
  CHECK(atkinson(us_1968, 0.5) == Approx(0.1796591).margin(5e-8));
}

TEST_CASE("R ineq ?Lc example: Atkinson (default parameter 0.5) of Pangasinan incomes/10000 is 0.1291856",
          "[r-ineq][atkinson]") {
  CHECK(atkinson(per_10000(conformance::ilocos::pangasinan_income), 0.5) == Approx(0.1291856).margin(5e-8));
}

TEST_CASE("R ineq ?Lc example: Atkinson (default parameter 0.5) of La Union incomes/10000 is 0.1672924",
          "[r-ineq][atkinson]") {
  CHECK(atkinson(per_10000(conformance::ilocos::la_union_income), 0.5) == Approx(0.1672924).margin(5e-8));
}
