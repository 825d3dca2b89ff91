// Conformance with DescTools / DescToolsX (Andri Signorell): gini and coefVar, and the weighted
// Gini proposed in DescTools issue #91.
//
// Sources:
// - AndriSignorell/DescToolsX, tests/testthat/test-gini.R and test-coefVar.R at commit
//   2620e36e2973d91ca70c408e1b9d1af2cbf6c2da.
// - AndriSignorell/DescTools issue #91 ("Alternative code for Gini-coefficient", 2022-04-18):
//   DescTools' weights must be integers (repetitions); multiplying fractional weights up to
//   integers inflates n and narrows the bootstrap intervals. The issue proposes the acid package's
//   form: the Lorenz-area Gini on normalised weights times 1/(1 - sum w^2).
//
// DescTools' gini defaults to unbiased = TRUE (n/(n - 1)); prosper defaults to the population
// Gini (R ineq's and PySAL's default) and offers the correction as gini_correction::finite_sample
// (difference D3). DescTools' coefVar uses the 1/(n - 1) standard deviation, prosper the 1/n one
// (difference D7).

#include <catch2/catch.hpp>

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <vector>

#include "prosper/inequality/dispersion.hpp"
#include "prosper/inequality/gini.hpp"

using namespace prosper::inequality;
using Eigen::VectorXd;

namespace {

// The Gini of DescTools issue #91 on (x, w): the Lorenz-area sum over cumulative normalised
// weights and incomes, times 1/(1 - sum w^2); a transcription of the formula in the issue.
double issue_91_gini(const VectorXd& x, const VectorXd& w) {
  std::vector<Eigen::Index> order(static_cast<std::size_t>(x.size()));
  for (Eigen::Index i = 0; i < x.size(); ++i) order[static_cast<std::size_t>(i)] = i;
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return x[a] < x[b]; });
  const double W = w.sum();
  std::vector<double> wc, xwc;
  double cw = 0.0, cxw = 0.0, sw2 = 0.0;
  for (auto i : order) {
    const double wi = w[i] / W;
    cw += wi;
    cxw += wi * x[i];
    sw2 += wi * wi;
    wc.push_back(cw);
    xwc.push_back(cxw);
  }
  for (auto& v : xwc) v /= cxw;
  double g = 0.0;
  for (std::size_t k = 1; k < wc.size(); ++k) g += xwc[k] * wc[k - 1] - xwc[k - 1] * wc[k];
  return std::max(0.0, g / (1.0 - sw2));
}

}  // namespace

TEST_CASE("DescToolsX test-gini: a perfectly equal distribution has Gini 0", "[desctools][gini]") {
  CHECK(gini(VectorXd::Constant(100, 10.0)) == 0.0);
  CHECK(gini(VectorXd::Constant(100, 10.0), gini_correction::finite_sample) == 0.0);
}

TEST_CASE("DescToolsX test-gini: unbiased = FALSE gives (n - 1)/n when one person has everything",
          "[desctools][gini]") {
  // x <- c(rep(0, 9), 100); gini(x, unbiased = FALSE) == 9/10.
  VectorXd x = VectorXd::Zero(10);
  x[9] = 100.0;
  CHECK(gini(x) == Approx(0.9).epsilon(1e-14));
  // DescTools' default, unbiased = TRUE, is 1 here: prosper's finite_sample (difference D3).
  CHECK(gini(x, gini_correction::finite_sample) == Approx(1.0).epsilon(1e-14));
}

TEST_CASE("DescToolsX test-gini: unbiased = FALSE is lower than unbiased = TRUE for (10, 20, 30, 40)",
          "[desctools][gini]") {
  const VectorXd x{{10, 20, 30, 40}};
  CHECK(gini(x) < gini(x, gini_correction::finite_sample));
  const double g = gini(x);
  CHECK(g >= 0.0);
  CHECK(g <= 1.0);
}

TEST_CASE("DescToolsX test-gini: uniform weights give the unweighted result", "[desctools][gini]") {
  const VectorXd x{{10, 20, 30, 40}};
  CHECK(gini(x, VectorXd::Ones(4)) == Approx(gini(x)).epsilon(1e-15));
  CHECK(gini(x, VectorXd::Ones(4), gini_correction::finite_sample) ==
        Approx(gini(x, gini_correction::finite_sample)).epsilon(1e-15));
}

TEST_CASE("DescToolsX test-gini: negative values are an error", "[desctools][gini]") {
  // expect_error(gini(c(1, -2, 3))).
  CHECK_THROWS(gini(VectorXd{{1, -2, 3}}));
}

TEST_CASE("DescToolsX test-coefVar: coefVar is sd/mean with the 1/(n - 1) sd; prosper uses 1/n",
          "[desctools][cv][difference]") {
  // x <- c(2, 4, 6, 8, 10); expect_equal(coefVar(x), sd(x)/mean(x)); sd = sqrt(10) with n - 1.
  const VectorXd x{{2, 4, 6, 8, 10}};
  const double desctools = std::sqrt(10.0) / 6.0;
  CHECK(coefficient_of_variation(x) * std::sqrt(5.0 / 4.0) == Approx(desctools).epsilon(1e-14));
  CHECK(coefficient_of_variation(x) == Approx(std::sqrt(8.0) / 6.0).epsilon(1e-14));
}

TEST_CASE("DescToolsX test-coefVar: a constant vector has CV 0", "[desctools][cv]") {
  CHECK(coefficient_of_variation(VectorXd::Constant(10, 5.0)) == 0.0);
}

TEST_CASE("DescTools issue #91: the proposed weighted Gini is prosper's Kish-corrected Gini",
          "[desctools][gini][weights]") {
  // Fractional weights are accepted, and the correction uses the normalised weights, so scaling
  // every weight (turning shares into counts, as DescTools users had to) changes nothing. Data:
  // DescToolsX's (10, 20, 30, 40); the population shares are illustrative (the issue gives none).
  const VectorXd x{{10, 20, 30, 40}};
  const VectorXd shares{{0.4, 0.3, 0.2, 0.1}};
  CHECK(gini(x, shares, gini_correction::finite_sample) == Approx(issue_91_gini(x, shares)).epsilon(1e-13));
  CHECK(gini(x, shares * 1000.0, gini_correction::finite_sample) ==
        Approx(gini(x, shares, gini_correction::finite_sample)).epsilon(1e-13));
  // Repeating each value w times (DescTools' integer weights) is the n/(n - 1) correction on
  // 1000 observations: much smaller than the Kish correction for 4 groups, the too-narrow
  // interval the issue reports.
  VectorXd repeated(1000);
  Eigen::Index k = 0;
  for (Eigen::Index i = 0; i < 4; ++i)
    for (int r = 0; r < static_cast<int>(std::lround(shares[i] * 1000.0)); ++r) repeated[k++] = x[i];
  CHECK(gini(repeated, gini_correction::finite_sample) < gini(x, shares, gini_correction::finite_sample));
  CHECK(gini(repeated) == Approx(gini(x, shares)).epsilon(1e-12));
}
