#include "prosper/composite/aggregate.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <stdexcept>

using namespace prosper;
using namespace prosper::composite;
using Eigen::MatrixXd;
using Eigen::VectorXd;

TEST_CASE("arithmetic aggregation compensates, geometric penalises imbalance", "[aggregate]") {
  const MatrixXd s{{20, 80}, {50, 50}};
  const auto a = aggregate(s, VectorXd{{1, 1}}, aggregation::arithmetic);
  CHECK(a[0] == 50.0);
  CHECK(a[1] == 50.0);
  const auto g = aggregate(s, VectorXd{{1, 1}}, aggregation::geometric);
  CHECK(g[0] == Approx(40.0).epsilon(1e-14));  // √(20·80)
  CHECK(g[1] == Approx(50.0).epsilon(1e-14));
  // Weights need not sum to 1 (COINr divides by their sum): (3·20 + 80)/4.
  CHECK(aggregate(s, VectorXd{{3, 1}}, aggregation::arithmetic)[0] == Approx(35.0).epsilon(1e-15));
  CHECK(aggregate(s, VectorXd{{3, 1}}, aggregation::geometric)[0] ==
        Approx(std::pow(20.0, 0.75) * std::pow(80.0, 0.25)).epsilon(1e-14));
}

TEST_CASE("ranks give 1 to the highest score and the smallest rank to ties", "[aggregate]") {
  const auto r = ranks(VectorXd{{70, 90, 70, 50}});
  CHECK(r[0] == 2.0);
  CHECK(r[1] == 1.0);
  CHECK(r[2] == 2.0);
  CHECK(r[3] == 4.0);
}

TEST_CASE("a composite index in one call", "[aggregate]") {
  panel p;
  p.values = MatrixXd{{2, 10}, {4, 20}, {6, 30}};
  p.regions = {"a", "b", "c"};
  p.indicators = {"income", "pm25"};
  p.directions = {direction::higher_is_better, direction::lower_is_better};
  const auto r = composite_index(p, normalisation_spec::min_max(), VectorXd{{1, 1}}, aggregation::arithmetic);
  CHECK(r.scores[0] == 50.0);
  CHECK(r.scores[1] == 50.0);
  CHECK(r.scores[2] == 50.0);
  CHECK(r.ranks[0] == 1.0);
  CHECK(r.ranks[2] == 1.0);
  // Min-max onto [1, 100] lets the geometric mean see the worst region: √(1·100) = 10.
  const auto g = composite_index(p, normalisation_spec::min_max(1, 100), VectorXd{{1, 1}}, aggregation::geometric);
  CHECK(g.scores[0] == Approx(10.0).epsilon(1e-14));
  CHECK(g.scores[1] == Approx(50.5).epsilon(1e-14));
  CHECK(g.ranks[1] == 1.0);
}

TEST_CASE("aggregation refuses what it cannot combine", "[aggregate][bad_input]") {
  const MatrixXd s{{0, 80}, {50, 50}};
  CHECK_THROWS_AS(aggregate(s, VectorXd{{1, 1}}, aggregation::geometric), std::domain_error);
  CHECK_THROWS_WITH(aggregate(s, VectorXd{{1, 1}}, aggregation::geometric),
                    Catch::Contains("prosper::composite::aggregate") && Catch::Contains("(0, 0)"));
  // A zero with zero weight does not enter.
  CHECK(aggregate(s, VectorXd{{0, 1}}, aggregation::geometric)[0] == Approx(80.0).epsilon(1e-14));
  CHECK_THROWS_AS(aggregate(s, VectorXd{{1}}, aggregation::arithmetic), std::invalid_argument);
  CHECK_THROWS_AS(aggregate(s, VectorXd{{-1, 2}}, aggregation::arithmetic), std::invalid_argument);
  CHECK_THROWS_AS(aggregate(s, VectorXd{{0, 0}}, aggregation::arithmetic), std::invalid_argument);
  CHECK(to_string(aggregation::geometric) == "geometric");
}
