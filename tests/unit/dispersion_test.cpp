#include "prosper/inequality/dispersion.hpp"

#include <catch2/catch.hpp>
#include <limits>
#include <stdexcept>

#include "prosper/literals.hpp"

using namespace prosper;
using namespace prosper::literals;
using namespace prosper::inequality;
using Eigen::VectorXd;

TEST_CASE("the coefficient of variation uses the population standard deviation", "[dispersion]") {
  CHECK(coefficient_of_variation(VectorXd{{2, 4, 4, 4, 5, 5, 7, 9}}) == Approx(0.4).epsilon(1e-14));
  CHECK(coefficient_of_variation(VectorXd::Constant(9, 7.27)) == 0.0);
  // Weights equal repetition.
  CHECK(coefficient_of_variation(VectorXd{{2, 4, 5, 7, 9}}, VectorXd{{1, 3, 2, 1, 1}}) ==
        Approx(0.4).epsilon(1e-14));
}

TEST_CASE("Lorenz shares split a unit at the boundary", "[dispersion]") {
  const VectorXd x{{3, 1}};
  CHECK(lorenz_share(x, VectorXd{{1, 1}}, 0.5) == Approx(0.25));
  CHECK(lorenz_share(x, VectorXd{{1, 1}}, 0.25) == Approx(0.125));
  CHECK(lorenz_share(x, VectorXd{{1, 1}}, 0.0) == 0.0);
  CHECK(lorenz_share(x, VectorXd{{1, 1}}, 1.0) == 1.0);
  CHECK(lorenz_share(VectorXd{{1, 2, 3, 4}}, 0.5) == Approx(0.3));
}

TEST_CASE("Palma and S80/S20 on hand-checked data", "[dispersion]") {
  CHECK(palma(VectorXd::LinSpaced(10, 1, 10)) == Approx(1.0).epsilon(1e-14));
  CHECK(share_ratio(VectorXd{{1, 2, 3, 4, 10}}, VectorXd::Ones(5), 0.2, 0.2) ==
        Approx(10.0).epsilon(1e-14));
  CHECK(palma(VectorXd::Constant(20, 5.0)) == Approx(0.25).epsilon(1e-14));  // 10 % / 40 %
}

TEST_CASE("the Engel coefficient is food over total consumption", "[dispersion]") {
  CHECK(engel_coefficient(9000_yuan, 31380_yuan).value() == Approx(100.0 * 9000.0 / 31380.0));
  CHECK(engel_coefficient(0.9_wan_yuan, 31380_yuan).value() == Approx(100.0 * 9000.0 / 31380.0));
}

TEST_CASE("dispersion measures refuse bad input", "[dispersion][bad_input]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_WITH(coefficient_of_variation(VectorXd(0)),
                    Catch::Contains("coefficient_of_variation") && Catch::Contains("empty"));
  CHECK_THROWS_AS(coefficient_of_variation(VectorXd{{0, 0}}), std::domain_error);
  CHECK_THROWS_WITH(coefficient_of_variation(VectorXd{{1, 2}}, VectorXd{{0, 0}}),
                    Catch::Contains("all zero"));
  CHECK_THROWS_WITH(lorenz_share(VectorXd{{1, 2}}, 1.5), Catch::Contains("[0, 1]"));
  CHECK_THROWS_WITH(lorenz_share(VectorXd{{1, 2}}, nan), Catch::Contains("finite"));
  CHECK_THROWS_WITH(palma(VectorXd{{0, 0, 0, 0, 10}}), Catch::Contains("hold nothing"));
  CHECK_THROWS_WITH(share_ratio(VectorXd{{1, 2}}, VectorXd{{1, 1}}, 0.7, 0.5),
                    Catch::Contains("at most 1"));
  CHECK_THROWS_WITH(palma(VectorXd{{1, 2}}, VectorXd{{1, 2, 3}}),
                    Catch::Contains("weights have 3"));
  CHECK_THROWS_WITH(engel_coefficient(40000_yuan, 31380_yuan), Catch::Contains("exceeds"));
  CHECK_THROWS_WITH(engel_coefficient(1_yuan, 0_yuan), Catch::Contains("total spending"));
}
