#include "prosper/composite/normalise.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>

using namespace prosper;
using namespace prosper::composite;
using Eigen::MatrixXd;

namespace {
// One higher-is-better and one lower-is-better indicator over three regions.
panel three() {
  panel p;
  p.values = MatrixXd{{2, 6}, {4, 4}, {6, 2}};
  p.regions = {"a", "b", "c"};
  p.indicators = {"income", "pm25"};
  p.directions = {direction::higher_is_better, direction::lower_is_better};
  return p;
}
}  // namespace

// Expected values follow COINr's formulas (bluefoxr/COINr R/normalise.R), worked by hand.

TEST_CASE("min-max puts the worst region at lower and the best at upper", "[normalise]") {
  const auto s = normalise(three(), normalisation_spec::min_max());
  CHECK(s(0, 0) == 0.0);
  CHECK(s(1, 0) == 50.0);
  CHECK(s(2, 0) == 100.0);
  // Lower is better: (max − x)/(max − min).
  CHECK(s(0, 1) == 0.0);
  CHECK(s(2, 1) == 100.0);
  const auto t = normalise(three(), normalisation_spec::min_max(1.0, 10.0));
  CHECK(t(1, 0) == Approx(5.5).epsilon(1e-15));
}

TEST_CASE("z-scores use the sample standard deviation, as R's sd", "[normalise]") {
  const auto s = normalise(three(), normalisation_spec::z_score());
  // mean 4, sd √((4 + 0 + 4)/2) = 2.
  CHECK(s(0, 0) == Approx(-1.0).epsilon(1e-15));
  CHECK(s(1, 0) == Approx(0.0).margin(1e-15));
  CHECK(s(2, 0) == Approx(1.0).epsilon(1e-15));
  CHECK(s(0, 1) == Approx(-1.0).epsilon(1e-15));  // 6 on a lower-is-better indicator is worst
  const auto t = normalise(three(), normalisation_spec::z_score(10.0, 2.0));
  CHECK(t(2, 0) == Approx(12.0).epsilon(1e-15));
}

TEST_CASE("distance to target measures progress from the worst value to the target", "[normalise]") {
  const auto s = normalise(three(), normalisation_spec::distance_to_target({5.0, 3.0}));
  // Higher: (x − 2)/(5 − 2), capped at 1, × 100. Lower: (6 − x)/(6 − 3).
  CHECK(s(0, 0) == 0.0);
  CHECK(s(1, 0) == Approx(200.0 / 3.0).epsilon(1e-14));
  CHECK(s(2, 0) == 100.0);
  CHECK(s(1, 1) == Approx(200.0 / 3.0).epsilon(1e-14));
  CHECK(s(2, 1) == 100.0);
  const auto u = normalise(three(), normalisation_spec::distance_to_target({5.0, 3.0}, false));
  CHECK(u(2, 0) == Approx(400.0 / 3.0).epsilon(1e-14));
}

TEST_CASE("goalposts are truncated to [0, scale]", "[normalise]") {
  // COINr's own examples: n_goalposts(1, c(0, 10, 1)) = 0.1, and 0.9 with direction −1.
  panel p = three();
  p.values = MatrixXd{{1, 1}, {-5, 12}, {7, 5}};
  const auto s = normalise(p, normalisation_spec::goalposts({0, 0}, {10, 10}, 1.0));
  CHECK(s(0, 0) == Approx(0.1).epsilon(1e-15));
  CHECK(s(0, 1) == Approx(0.9).epsilon(1e-15));
  CHECK(s(1, 0) == 0.0);  // below the low goalpost
  CHECK(s(1, 1) == 0.0);  // 12 on a lower-is-better indicator is past the worst goalpost
  CHECK(s(2, 0) == Approx(0.7).epsilon(1e-15));
  CHECK(s(2, 1) == Approx(0.5).epsilon(1e-15));
}

TEST_CASE("normalisation refuses panels and parameters it cannot use", "[normalise][bad_input]") {
  panel p = three();
  p.values(1, 1) = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_WITH(normalise(p, normalisation_spec::min_max()),
                    Catch::Contains("prosper::composite::normalise") && Catch::Contains("'pm25' for 'b'"));
  p = three();
  p.regions.pop_back();
  CHECK_THROWS_AS(normalise(p, normalisation_spec::min_max()), std::invalid_argument);
  p = three();
  p.directions[0] = direction::neutral;
  CHECK_THROWS_AS(normalise(p, normalisation_spec::min_max()), std::invalid_argument);
  p = three();
  p.values.col(0).setConstant(3.0);
  CHECK_THROWS_AS(normalise(p, normalisation_spec::min_max()), std::domain_error);
  CHECK_THROWS_AS(normalise(p, normalisation_spec::z_score()), std::domain_error);
  CHECK_THROWS_AS(normalise(three(), normalisation_spec::distance_to_target({2.0, 3.0})), std::domain_error);
  CHECK_THROWS_AS(normalise(three(), normalisation_spec::distance_to_target({5.0})), std::invalid_argument);
  CHECK_THROWS_AS(normalise(three(), normalisation_spec::goalposts({5, 0}, {1, 10})), std::invalid_argument);
  CHECK_THROWS_AS(normalise(three(), normalisation_spec::min_max(10, 1)), std::invalid_argument);
  CHECK(to_string(normalisation::goalposts) == "goalposts");
}
