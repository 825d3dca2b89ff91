#include "prosper/inequality/gini.hpp"

#include <catch2/catch.hpp>
#include <limits>
#include <stdexcept>
#include <vector>

using namespace prosper::inequality;
using Eigen::VectorXd;

TEST_CASE("the Gini of 1..5 matches R's ineq with and without the correction", "[gini]") {
  // Boost.Math's gini_coefficient test (1..5: 0.2667) and R ineq::Gini(1:5, corr = TRUE) (0.3333).
  const VectorXd x{{3, 1, 5, 2, 4}};
  CHECK(gini(x) == Approx(4.0 / 15.0).epsilon(1e-14));
  CHECK(gini(x, gini_correction::finite_sample) == Approx(1.0 / 3.0).epsilon(1e-14));
}

TEST_CASE("equal values have a Gini of exactly 0, never negative", "[gini]") {
  for (double v : {0.1, 1.0, 44400.0, 1e-300, 3.3333333333333335}) {
    const VectorXd x = VectorXd::Constant(7, v);
    CHECK(gini(x) == 0.0);
    CHECK(gini(x, VectorXd::LinSpaced(7, 0.5, 3.5)) == 0.0);
    CHECK(gini(x, gini_correction::finite_sample) == 0.0);
  }
}

TEST_CASE("one person holding everything gives (n − 1)/n", "[gini]") {
  CHECK(gini(VectorXd{{0, 0, 0, 10}}) == Approx(0.75).epsilon(1e-15));
}

TEST_CASE("integer weights equal repeated values and real weights are fine", "[gini]") {
  CHECK(gini(VectorXd{{1, 3}}, VectorXd{{2, 1}}) ==
        Approx(gini(VectorXd{{1, 1, 3}})).epsilon(1e-14));
  CHECK(gini(VectorXd{{5, 2, 9}}, VectorXd{{3, 1, 2}}) ==
        Approx(gini(VectorXd{{5, 5, 5, 2, 9, 9}})).epsilon(1e-14));
  // Scaling all weights changes nothing; fractional weights are accepted.
  const VectorXd x{{30000, 45000, 60000}};
  CHECK(gini(x, VectorXd{{0.5, 0.25, 0.25}}) ==
        Approx(gini(x, VectorXd{{2, 1, 1}})).epsilon(1e-14));
  // A zero weight drops the unit.
  CHECK(gini(VectorXd{{1, 2, 100}}, VectorXd{{1, 1, 0}}) ==
        Approx(gini(VectorXd{{1, 2}})).epsilon(1e-14));
  // The weighted correction is Kish's: with unit weights it is n/(n − 1).
  CHECK(gini(x, VectorXd::Ones(3), gini_correction::finite_sample) ==
        Approx(gini(x) * 1.5).epsilon(1e-14));
}

TEST_CASE("the Gini agrees with the double-sum definition on irregular data", "[gini]") {
  const VectorXd x{{3.2, 0.0, 7.7, 1.1, 1.1, 12.5, 4.0}};
  const VectorXd w{{1.5, 0.2, 3.0, 1.0, 2.5, 0.7, 1.1}};
  double num = 0.0;
  for (Eigen::Index i = 0; i < x.size(); ++i)
    for (Eigen::Index j = 0; j < x.size(); ++j) num += w[i] * w[j] * std::abs(x[i] - x[j]);
  const double W = w.sum();
  const double mu = x.dot(w) / W;
  CHECK(gini(x, w) == Approx(num / (2 * W * W * mu)).epsilon(1e-13));
}

TEST_CASE("the quintile example gives 0.2812 and is a lower bound", "[gini]") {
  // Grouped Gini from quintile shares (trapezoid rule on the Lorenz curve); shares in any order and scale.
  const VectorXd shares{{37.6, 8.1, 20.0, 11.5, 22.8}};
  CHECK(gini_grouped(VectorXd::Constant(5, 20.0), shares) == Approx(0.2812).epsilon(1e-12));
  // Grouping individual data can only lose inequality.
  const VectorXd x{{1, 2, 3, 4, 10, 20}};
  const double grouped = gini_grouped(VectorXd{{3, 3}}, VectorXd{{6, 34}});
  CHECK(grouped < gini(x));
  CHECK(gini_grouped(VectorXd{{1, 2}}, VectorXd{{10, 20}}) == 0.0);
}

TEST_CASE("Gini functions refuse bad input", "[gini][bad_input]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_WITH(gini(VectorXd(0)),
                    Catch::Contains("prosper::gini") && Catch::Contains("empty"));
  CHECK_THROWS_WITH(gini(VectorXd{{1, -2}}),
                    Catch::Contains("values[1]") && Catch::Contains("≥ 0"));
  CHECK_THROWS_AS(gini(VectorXd{{1, nan}}), std::invalid_argument);
  CHECK_THROWS_WITH(gini(VectorXd{{0, 0}}), Catch::Contains("total is zero"));
  CHECK_THROWS_AS(gini(VectorXd{{0, 0}}), std::domain_error);
  CHECK_THROWS_WITH(gini(VectorXd{{1, 2}}, VectorXd{{0, 0}}), Catch::Contains("all zero"));
  CHECK_THROWS_WITH(gini(VectorXd{{1, 2}}, VectorXd{{1}}), Catch::Contains("weights have 1"));
  CHECK_THROWS_WITH(gini(VectorXd{{1, 2}}, VectorXd{{1, nan}}), Catch::Contains("weights[1]"));
  CHECK_THROWS_WITH(gini(VectorXd{{5}}, gini_correction::finite_sample),
                    Catch::Contains("two units"));
  CHECK_THROWS_WITH(gini_grouped(VectorXd{{1, 0}}, VectorXd{{1, 1}}),
                    Catch::Contains("gini_grouped") && Catch::Contains("population[1]"));
  CHECK_THROWS_WITH(gini_grouped(VectorXd{{1, 1}}, VectorXd{{1}}), Catch::Contains("income has 1"));
}
