#include "prosper/composite/uncertainty.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <stdexcept>

#include "prosper/composite/weights.hpp"

using namespace prosper;
using namespace prosper::composite;
using Eigen::MatrixXd;
using Eigen::VectorXd;

namespace {
panel tied() {
  panel p;
  p.values = MatrixXd{{2, 10}, {4, 20}, {6, 30}};
  p.regions = {"a", "b", "c"};
  p.indicators = {"income", "pm25"};
  p.directions = {direction::higher_is_better, direction::lower_is_better};
  return p;
}
// Five regions × four indicators; region "lead" is best on every indicator.
panel five() {
  panel p;
  p.values = MatrixXd{{9.0, 80, 12, 0.9}, {7.0, 60, 20, 0.7}, {7.5, 75, 25, 0.5},
                      {6.0, 70, 30, 0.8}, {5.0, 50, 35, 0.6}};
  p.regions = {"lead", "b", "c", "d", "e"};
  p.indicators = {"gdp", "share", "pm25", "ratio"};
  p.directions = {direction::higher_is_better, direction::higher_is_better,
                  direction::lower_is_better, direction::higher_is_better};
  return p;
}
}  // namespace

TEST_CASE("with nothing varied, every run is the nominal index", "[uncertainty]") {
  uncertainty_options o;
  o.noise_factor = 0.0;
  o.draws = 50;
  const auto r = composite_uncertainty(five(), normalisation_spec::min_max(), equal_weights(4),
                                       aggregation::arithmetic, o);
  REQUIRE(r.regions.size() == 5);
  for (const auto& g : r.regions) {
    CAPTURE(g.region);
    CHECK(g.score_lower == Approx(g.nominal_score).epsilon(1e-14));
    CHECK(g.score_upper == Approx(g.nominal_score).epsilon(1e-14));
    CHECK(g.rank_lower == g.nominal_rank);
    CHECK(g.rank_upper == g.nominal_rank);
  }
}

TEST_CASE("a region best on every indicator is first in every run", "[uncertainty]") {
  uncertainty_options o;
  o.normalisations = {normalisation_spec::min_max(1, 100), normalisation_spec::goalposts({4, 40, 10, 0.4}, {10, 90, 40, 1.0})};
  o.aggregations = {aggregation::arithmetic, aggregation::geometric};
  o.weights = weight_noise::dirichlet;
  o.concentration = 5.0;
  o.draws = 2000;
  const auto r = composite_uncertainty(five(), normalisation_spec::min_max(1, 100), equal_weights(4),
                                       aggregation::arithmetic, o);
  CHECK(r.regions[0].nominal_rank == 1.0);
  CHECK(r.regions[0].rank_lower == 1.0);
  CHECK(r.regions[0].rank_upper == 1.0);
  CHECK(r.ranks.col(0).maxCoeff() == 1.0);
  // The others move: their 5–95 % rank ranges are wider than a point.
  double spread = 0.0;
  for (std::size_t i = 1; i < 5; ++i) spread += r.regions[i].rank_upper - r.regions[i].rank_lower;
  CHECK(spread > 0.0);
}

TEST_CASE("regions tied at the nominal weights spread out when the weights move", "[uncertainty]") {
  uncertainty_options o;
  o.draws = 4000;
  const auto r = composite_uncertainty(tied(), normalisation_spec::min_max(), equal_weights(2),
                                       aggregation::arithmetic, o);
  for (const auto& g : r.regions) {
    CAPTURE(g.region);
    CHECK(g.nominal_score == 50.0);
    CHECK(g.nominal_rank == 1.0);
  }
  // Once the weights differ, one of a and c is above 50 and the other below: b is second in
  // every run, a and c first or last.
  CHECK(r.regions[1].rank_lower == 2.0);
  CHECK(r.regions[1].rank_upper == 2.0);
  CHECK(r.regions[0].rank_lower == 1.0);
  CHECK(r.regions[2].rank_lower == 1.0);
  // Region a scores 100·w₂ and region c 100·w₁ (min-max 0 or 100 on each indicator); with
  // weights ±25 % around ½ each, w₁ = (1 + u₁)/(2 + u₁ + u₂), so the score runs over
  // [100·0.75/2, 100·1.25/2] = [37.5, 62.5] and its median is 50 by symmetry.
  CHECK(r.regions[0].score_median == Approx(50.0).margin(0.5));
  CHECK(r.regions[0].score_lower > 37.5);
  CHECK(r.regions[0].score_upper < 62.5);
  CHECK(r.regions[1].score_lower == Approx(50.0).epsilon(1e-14));  // b is 50 on both
  // a and c are never both above b, so one of them is last in every run.
  CHECK(r.regions[0].rank_upper == 3.0);
  CHECK(r.regions[2].rank_upper == 3.0);
}

TEST_CASE("Dirichlet weights have the nominal weights as their mean", "[uncertainty]") {
  prosper::detail::rng::stream rs(5);
  uncertainty_options o;
  o.weights = weight_noise::dirichlet;
  o.concentration = 20.0;
  const VectorXd nominal{{0.5, 0.3, 0.2}};
  VectorXd w(3), sum = VectorXd::Zero(3);
  constexpr int n = 20000;
  double worst_total = 0.0;
  for (int i = 0; i < n; ++i) {
    composite::detail::draw_weights(rs, nominal, o, w);
    worst_total = std::max(worst_total, std::abs(w.sum() - 1.0));
    sum += w;
  }
  CHECK(worst_total < 1e-14);
  for (Eigen::Index j = 0; j < 3; ++j) {
    // Var wⱼ = wⱼ(1 − wⱼ)/(κ + 1) for a Dirichlet with mean w and concentration κ.
    const double se = std::sqrt(nominal[j] * (1 - nominal[j]) / 21.0 / n);
    CHECK(std::abs(sum[j] / n - nominal[j]) < 4 * se);
  }
}

TEST_CASE("threshold noise moves goalposts and targets", "[uncertainty]") {
  uncertainty_options o;
  o.threshold_noise = 0.2;
  o.noise_factor = 0.0;
  o.draws = 500;
  const auto spec = normalisation_spec::goalposts({4, 40, 10, 0.4}, {10, 90, 40, 1.0});
  const auto r = composite_uncertainty(five(), spec, equal_weights(4), aggregation::arithmetic, o);
  CHECK(r.regions[1].score_upper > r.regions[1].score_lower);
  const auto d = composite_uncertainty(five(), normalisation_spec::distance_to_target({10, 90, 10, 1.0}),
                                       equal_weights(4), aggregation::arithmetic, o);
  CHECK(d.regions[2].score_upper > d.regions[2].score_lower);
}

TEST_CASE("the same seed gives the same bits; another seed another sample", "[uncertainty]") {
  uncertainty_options o;
  o.normalisations = {normalisation_spec::min_max(), normalisation_spec::z_score()};
  o.draws = 300;
  const auto a = composite_uncertainty(five(), normalisation_spec::min_max(), equal_weights(4),
                                       aggregation::arithmetic, o);
  const auto b = composite_uncertainty(five(), normalisation_spec::min_max(), equal_weights(4),
                                       aggregation::arithmetic, o);
  CHECK(a.scores == b.scores);
  CHECK(a.ranks == b.ranks);
  o.seed = 12345;
  const auto c = composite_uncertainty(five(), normalisation_spec::min_max(), equal_weights(4),
                                       aggregation::arithmetic, o);
  CHECK(c.scores != a.scores);
  CHECK(a.draws == 300);
}

TEST_CASE("the uncertainty analysis refuses options it cannot run", "[uncertainty][bad_input]") {
  uncertainty_options o;
  o.aggregations = {aggregation::geometric};
  CHECK_THROWS_WITH(composite_uncertainty(five(), normalisation_spec::min_max(), equal_weights(4),
                                          aggregation::arithmetic, o),
                    Catch::Contains("prosper::composite::composite_uncertainty") && Catch::Contains("[1, 100]"));
  o = {};
  o.draws = 0;
  CHECK_THROWS_AS(composite_uncertainty(five(), normalisation_spec::min_max(), equal_weights(4),
                                        aggregation::arithmetic, o),
                  std::invalid_argument);
  o = {};
  o.noise_factor = 1.5;
  CHECK_THROWS_AS(composite_uncertainty(five(), normalisation_spec::min_max(), equal_weights(4),
                                        aggregation::arithmetic, o),
                  std::invalid_argument);
  o = {};
  o.threshold_noise = 0.9;
  CHECK_THROWS_WITH(composite_uncertainty(five(), normalisation_spec::goalposts({4, 40, 10, 0.4}, {10, 90, 40, 1.0}),
                                          equal_weights(4), aggregation::arithmetic, o),
                    Catch::Contains("past its high one"));
  CHECK_THROWS_AS(composite_uncertainty(five(), normalisation_spec::min_max(), equal_weights(3),
                                        aggregation::arithmetic),
                  std::invalid_argument);
  // Goalposts that leave a region at 0 cannot be aggregated geometrically: named in the message.
  CHECK_THROWS_AS(composite_uncertainty(five(), normalisation_spec::goalposts({5, 50, 12, 0.5}, {9, 80, 35, 0.9}),
                                        equal_weights(4), aggregation::geometric),
                  std::domain_error);
}
