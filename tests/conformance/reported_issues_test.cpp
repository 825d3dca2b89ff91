// Conformance with inputs and expected answers that users published in bug reports against other
// inequality tools. Each case keeps the reporter's input and the correct answer, and says what
// the tool returned.
//
// Sources (issue and pull-request threads):
// - scikit-bio/scikit-bio issue #1844 (2023-02-23): alpha_diversity('gini_index', [2,2,2,2,2])
//   returned -0.2; "the output should be 0".
// - PolicyEngine/microdf pull request #289 (2026-04-17): MicroSeries([-5, 0, 10]).gini(negatives=
//   "zero") returned 2.0 (the option was ignored), now 0.6666...; MicroSeries([0, 0, 0],
//   weights=[1, 2, 3]).gini() returned nan, now 0.0.
// - networkit/networkit issue #1513: stats.gini([1,2,3]) = 0.2222222222222222,
//   gini([5,5,5]) = 0.0, gini([0,0,0]) raises ZeroDivisionError.

#include <catch2/catch.hpp>

#include <Eigen/Core>

#include "prosper/inequality/gini.hpp"
#include "prosper/inequality/theil.hpp"

using namespace prosper::inequality;
using Eigen::VectorXd;

TEST_CASE("scikit-bio #1844: the Gini of equal counts [2,2,2,2,2] is 0, not -0.2", "[issues][gini][peer-bug]") {
  // Peer bug P4: a negative Gini from a Lorenz-area formula on equal values.
  const VectorXd counts{{2, 2, 2, 2, 2}};
  CHECK(gini(counts) == 0.0);
  CHECK(gini(counts, gini_correction::finite_sample) == 0.0);
  CHECK(theil_t(counts) == 0.0);
}

TEST_CASE("microdf #289: [-5, 0, 10] with negatives set to zero has Gini 2/3", "[issues][gini]") {
  // The fixed option gives the Gini of [0, 0, 10], 0.6666...; prosper has no negatives option and
  // refuses negative incomes (difference D5), so the caller zeroes them as microdf now does.
  CHECK(gini(VectorXd{{0, 0, 10}}) == Approx(2.0 / 3.0).epsilon(1e-15));
  CHECK_THROWS(gini(VectorXd{{-5, 0, 10}}));
}

TEST_CASE("microdf #289: the raw formula on [-5, 0, 10] gave 2.0, outside [0, 1]", "[issues][gini][peer-bug]") {
  // With negatives the Gini is not bounded by 1; prosper refuses rather than return 2.0.
  CHECK_THROWS(gini(VectorXd{{-5, 0, 10}}, VectorXd{{1, 1, 1}}));
}

TEST_CASE("microdf #289: an all-zero weighted series gave nan; prosper refuses it explicitly",
          "[issues][gini][difference]") {
  // microdf now returns 0.0 for [0, 0, 0] with weights [1, 2, 3]. The Gini is a ratio to the mean,
  // which is 0 here; prosper throws a domain error naming the zero total (difference D5).
  CHECK_THROWS(gini(VectorXd{{0, 0, 0}}, VectorXd{{1, 2, 3}}));
}

TEST_CASE("networkit #1513: gini([1,2,3]) = 0.2222222222222222 and gini([5,5,5]) = 0", "[issues][gini]") {
  CHECK(gini(VectorXd{{1, 2, 3}}) == Approx(0.2222222222222222).epsilon(1e-15));
  CHECK(gini(VectorXd{{5, 5, 5}}) == 0.0);
}

TEST_CASE("networkit #1513: gini([0,0,0]) raised ZeroDivisionError; prosper raises a typed error",
          "[issues][gini]") {
  CHECK_THROWS(gini(VectorXd{{0, 0, 0}}));
}
